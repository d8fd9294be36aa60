// The demo pages as a partner would open them: the plain page, the page under a
// strict Content Security Policy, the React 19 and the Vue 3 apps. Each must
// render every element it holds with no error, no CSP violation and no console
// error; on the CSP and framework pages, the elements' events reach the
// page's own code. Needs `npm run build` and `npm run build:demo` (npm test
// runs both first).
import { expect, waitUntil } from '@open-wc/testing';
import {
  allRendered,
  closePages,
  manifestElements,
  openPage,
  shadowText,
  type PageWindow,
} from '../helpers/page.js';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Clicks objective `number` in the page's <imrf-objectives>, inside its shadow root. */
function chooseObjective(win: PageWindow, number: number): void {
  const map = win.document.querySelector('imrf-objectives')!;
  const entries = [...map.shadowRoot!.querySelectorAll<HTMLElement>('[part~="entry"]')];
  const entry = entries.find(
    (el) => el.querySelector('[part="number"]')?.textContent === `${number}`,
  );
  expect(entry, `objective ${number}`).to.exist;
  entry!.click();
}

const textOf = (win: PageWindow, selector: string) =>
  win.document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

afterEach(closePages);

// The demos open under /partner/, as on a partner's site (test/server/pages.js).

// Whole pages, loaded while other test files run: more time than a unit test.
beforeEach(function () {
  this.currentTest?.timeout(30000);
});

describe('the plain partner page (demo/index.html)', () => {
  it('renders every element with no error', async () => {
    const win = await openPage('/partner/demo/?observe');
    const elements = await allRendered(win);
    expect(elements.map((el) => el.localName)).to.include.members([
      'imrf-schedule',
      'imrf-roundtable',
      'imrf-objectives',
    ]);
    expect(shadowText(win.document.querySelector('imrf-roundtable'))).to.contain('Round table 3');
    expect(win.problems).to.deep.equal([]);
  });
});

describe('the page under a strict Content Security Policy (demo/csp/)', () => {
  it('is served with the strict policy', async () => {
    const response = await fetch('/demo/csp/');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
    const html = await response.text();
    expect(html, 'inline script').not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html, 'inline style').not.to.match(/<style|\sstyle=/);
  });

  it('renders every element with no violation and no error', async () => {
    const win = await openPage('/partner/demo/csp/?observe');
    const rendered = await allRendered(win);
    const tags = (await manifestElements()).map((el) => el.tagName);
    expect(new Set(rendered.map((el) => el.localName)), 'every element on the page').to.have.keys(
      tags,
    );
    expect(shadowText(win.document.querySelector('imrf-roundtable'))).to.contain('Portugal');
    expect(shadowText(win.document.querySelector('imrf-schedule'))).to.contain('Round table 3');
    expect(win.problems).to.deep.equal([]);

    // The observer does see what the policy blocks: the check above could fail.
    const image = win.document.createElement('img');
    image.alt = '';
    image.src = 'https://example.org/pixel.png';
    win.document.body.append(image);
    await waitUntil(() => win.problems!.some((p) => p.includes('img-src')), 'no violation seen');
    if ('trustedTypes' in win) {
      expect(() => (win.document.body.innerHTML = '<p>x</p>')).to.throw();
      await waitUntil(
        () => win.problems!.some((p) => p.includes('require-trusted-types-for')),
        'Trusted Types violation not reported',
      );
    }
  });

  it('hands the events to the page’s own script', async () => {
    const win = await openPage('/partner/demo/csp/?observe');
    await allRendered(win);
    chooseObjective(win, 7);
    await waitUntil(() => textOf(win, '#choice').includes('Objective 7'), 'no answer');
    expect(textOf(win, '#choice')).to.equal('Objective 7 is reviewed by round table 4.');
    expect(win.problems).to.deep.equal([]);
  });
});

for (const framework of ['React', 'Vue']) {
  describe(`the ${framework} app (demo/${framework.toLowerCase()}/)`, () => {
    it('sets attributes and properties, and hears the events', async () => {
      const win = await openPage(`/partner/demo/${framework.toLowerCase()}/?observe`);
      // imrf-load, heard by the app, which renders its detail.
      await waitUntil(() => textOf(win, '#loaded').startsWith('Loaded'), 'imrf-load not heard', {
        timeout: 10000,
      });
      expect(textOf(win, '#loaded')).to.equal('Loaded 11 sessions.');
      await allRendered(win);

      // `data` set as a property, with an object: the schedule shows the app's title.
      const schedule = win.document.querySelector('imrf-schedule')!;
      expect(shadowText(schedule)).to.contain(`IMRF 2022, as our ${framework} app passes it`);
      // Hyphenated names become attributes, and the elements read them.
      expect(schedule.getAttribute('time-zone')).to.equal('Asia/Tokyo');
      expect(schedule.noFilters, 'no-filters').to.equal(true);
      expect(schedule.headingLevel).to.equal(3);
      expect(schedule.shadowRoot!.querySelector('[role="heading"][aria-level="3"]')).to.exist;
      const roundtable = win.document.querySelector('imrf-roundtable')!;
      expect(roundtable.objective).to.equal(7);
      expect(shadowText(roundtable)).to.contain('Round table 4');

      // imrf-objective-select, cancelled and answered by the app.
      chooseObjective(win, 14);
      await waitUntil(
        () => textOf(win, '#choice').includes('14'),
        'imrf-objective-select not heard',
      );
      expect(textOf(win, '#choice')).to.equal('Objective 14 is reviewed by round table 3.');
      await waitUntil(() => shadowText(roundtable).includes('Round table 3'), 'round table kept');
      expect(roundtable.objective).to.equal(14);

      // A property the app toggles.
      win.document.querySelector<HTMLButtonElement>('.controls button')!.click();
      await waitUntil(() => roundtable.theme === 'dark', 'theme not set');
      expect(schedule.theme).to.equal('dark');
      expect(win.problems).to.deep.equal([]);
    });
  });
}
