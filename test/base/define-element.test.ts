import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define-element.js';
import { ImrfSchedule } from '../../src/schedule/schedule.js';
import { VERSION } from '../../src/version.js';

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a tag once; loading the module again changes nothing and throws nothing', async () => {
    await import('../../src/schedule/define.js');
    const first = customElements.get('imrf-schedule');
    expect(first).to.equal(ImrfSchedule);
    const warnings = captureWarnings(() => defineElement('imrf-schedule', ImrfSchedule));
    expect(customElements.get('imrf-schedule')).to.equal(first);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first of two versions, with a warning that names both', () => {
    class Other extends HTMLElement {
      static readonly version = '9.9.9';
    }
    class Newer extends HTMLElement {
      static readonly version = VERSION;
    }
    customElements.define('imrf-versioned', Other);
    const warnings = captureWarnings(() => defineElement('imrf-versioned', Newer));
    expect(customElements.get('imrf-versioned')).to.equal(Other);
    expect(String(warnings[0]?.[0])).to.contain('9.9.9').and.contain(VERSION);
  });

  it('reports a registration that fails instead of throwing', () => {
    class Dup extends HTMLElement {}
    customElements.define('imrf-first-name', Dup);
    // The same constructor cannot be defined under a second name.
    const warnings = captureWarnings(() => defineElement('imrf-second-name', Dup));
    expect(warnings).to.have.length(1);
  });

  it('has the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
