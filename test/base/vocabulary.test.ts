// One vocabulary across the elements: every element that renders headings
// takes `heading-level`, unset values are null, and the old spellings still
// work, with one console warning per page.
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { resetDeprecationWarnings } from '../../src/base/deprecated.js';
import { headingLevel } from '../../src/base/heading.js';
import '../../src/define.js';
import type { ImrfObjectives } from '../../src/objectives/objectives.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import { text } from '../helpers/dom.js';
import { complete, next, uniqueName } from '../pledge-form/helpers.js';

const TAGS = [
  'imrf-forum',
  'imrf-schedule',
  'imrf-roundtable',
  'imrf-objectives',
  'imrf-pledge-form',
];

/** The tag names of the headings in a shadow root, in order. */
const headings = (el: HTMLElement, selector = 'h1, h2, h3, h4, h5, h6') =>
  Array.from(el.shadowRoot!.querySelectorAll(selector), (h) => h.localName);

/** Collects console.warn calls while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('one vocabulary', () => {
  beforeEach(() => resetDeprecationWarnings());

  it('leaves every unset attribute-backed property null, never undefined', () => {
    for (const tag of TAGS) {
      const element = document.createElement(tag);
      const properties = (customElements.get(tag) as unknown as typeof ReactiveElement)
        .elementProperties;
      const withAttribute = [...properties].filter(([, options]) => options.attribute !== false);
      expect(withAttribute.length, tag).to.be.greaterThan(1);
      for (const [name] of withAttribute)
        expect(
          (element as unknown as Record<PropertyKey, unknown>)[name],
          `${tag}.${String(name)}`,
        ).to.not.equal(undefined);
    }
  });

  it('documents exactly the attributes each element observes (custom-elements.json)', async () => {
    interface Declaration {
      tagName?: string;
      attributes?: { name: string }[];
    }
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: Declaration[] }[];
    };
    const declared = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName?.startsWith('imrf-'));
    expect(declared.map((d) => d.tagName).sort()).to.include.members(TAGS);
    for (const { tagName, attributes = [] } of declared) {
      const observed = (customElements.get(tagName!) as unknown as typeof ReactiveElement)
        .observedAttributes;
      expect(attributes.map((a) => a.name).sort(), tagName).to.deep.equal([...observed].sort());
    }
  });

  describe('headingLevel()', () => {
    it('keeps 1–6, makes a missing or unusable level 2, and brings others into range', () => {
      expect([1, 2, 3, 6].map((level) => headingLevel(level))).to.deep.equal([1, 2, 3, 6]);
      expect([null, undefined, NaN, 0].map((level) => headingLevel(level))).to.deep.equal([
        2, 2, 2, 2,
      ]);
      expect([-3, 9, 3.7].map((level) => headingLevel(level))).to.deep.equal([1, 6, 3]);
      expect(headingLevel(5, 2)).to.equal(6);
      expect(headingLevel(null, 1)).to.equal(3);
    });
  });

  describe('heading-level', () => {
    it('sets the round table headings, its "Objectives reviewed" one below', async () => {
      const el = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable number="1" heading-level="4"></imrf-roundtable>`,
      );
      expect(headings(el)).to.deep.equal(['h4', 'h5']);
      expect(text(el.shadowRoot!.querySelector('h4'))).to.equal('Round table 1');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h6', 'h6']);
      await expect(el).to.be.accessible();
    });

    it('sets the objectives’ round-table headings', async () => {
      const el = await fixture<ImrfObjectives>(
        html`<imrf-objectives heading-level="3"></imrf-objectives>`,
      );
      const levels = headings(el);
      expect(levels.length).to.be.greaterThan(1);
      expect(new Set(levels)).to.deep.equal(new Set(['h3']));
      expect(el.shadowRoot!.querySelectorAll('h3[part=group-heading]')).to.have.length(
        levels.length,
      );
    });

    it('sets the pledge form heading, its steps one below and their sections two below', async () => {
      const el = await fixture<ImrfPledgeForm>(
        html`<imrf-pledge-form name=${uniqueName()} no-draft heading-level="1"></imrf-pledge-form>`,
      );
      expect(headings(el)).to.deep.equal(['h1', 'h2']);
      expect(el.shadowRoot!.querySelector('h2')!.id).to.equal('step');
      await next(el);
      expect(text(el.shadowRoot!.querySelector('.error-summary h3'))).to.equal(
        'There is a problem',
      );

      const check = await fixture<ImrfPledgeForm>(
        html`<imrf-pledge-form name=${uniqueName()} no-draft heading-level="3"></imrf-pledge-form>`,
      );
      await complete(check);
      expect(headings(check)).to.deep.equal(['h3', 'h4', 'h5', 'h5']);
      await expect(check).to.be.accessible();
    });

    it('is 2 by default and when the value is not a level', async () => {
      const el = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable number="1"></imrf-roundtable>`,
      );
      el.setAttribute('heading-level', 'high');
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h2', 'h3']);
      const plain = await fixture<ImrfPledgeForm>(
        html`<imrf-pledge-form name=${uniqueName()} no-draft></imrf-pledge-form>`,
      );
      expect(headings(plain)).to.deep.equal(['h2', 'h3']);
    });
  });

  describe('deprecated spellings', () => {
    it('<imrf-objectives filter> works as search, with one warning per page', async () => {
      const said = await warnings(async () => {
        const el = await fixture<ImrfObjectives>(
          html`<imrf-objectives filter="skills"></imrf-objectives>`,
        );
        expect(el.search).to.equal('skills');
        expect(el.filter).to.equal('skills');
        expect(el.getAttribute('search')).to.equal('skills');
        expect(el.shadowRoot!.querySelectorAll('[part~=objective]')).to.have.length(1);
        el.filter = 'vulnerab';
        await el.updateComplete;
        expect(el.search).to.equal('vulnerab');
        await fixture(html`<imrf-objectives filter="data"></imrf-objectives>`);
      });
      expect(said).to.have.length(1);
      expect(said[0])
        .to.contain('<imrf-objectives>')
        .and.contain('"filter"')
        .and.contain('"search"');
    });

    it('<imrf-objectives no-filter> works as no-filters, with one warning per page', async () => {
      const said = await warnings(async () => {
        const el = await fixture<ImrfObjectives>(
          html`<imrf-objectives no-filter></imrf-objectives>`,
        );
        expect(el.noFilters).to.equal(true);
        expect(el.noFilter).to.equal(true);
        expect(el.shadowRoot!.querySelector('input')).to.equal(null);
        el.removeAttribute('no-filter');
        await el.updateComplete;
        expect(el.noFilters).to.equal(false);
        expect(el.shadowRoot!.querySelector('input')).to.not.equal(null);
      });
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('"no-filter"').and.contain('"no-filters"');
    });

    it('the current spellings warn about nothing', async () => {
      const said = await warnings(async () => {
        const el = await fixture<ImrfObjectives>(
          html`<imrf-objectives search="skills" no-filters heading-level="3"></imrf-objectives>`,
        );
        el.search = 'data';
        el.noFilters = false;
        await el.updateComplete;
      });
      expect(said).to.deep.equal([]);
    });
  });
});
