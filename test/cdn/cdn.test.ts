// The CDN files (dist/cdn/, built by `npm run build`, which npm test runs
// first) on plain HTML pages, as partners use them.
import { expect, waitUntil } from '@open-wc/testing';
import {
  closePages,
  isRendered,
  manifestElements,
  openPage,
  type PageWindow,
} from '../helpers/page.js';

const text = (win: Window, tag: string) =>
  win.document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** The fallback link test/server/pages.js puts inside the tag. */
const fallback = (win: PageWindow) => win.document.querySelector('a')!;
const shown = (element: Element) => element.getClientRects().length > 0;

afterEach(closePages);

describe('the CDN bundle on a plain HTML page', () => {
  it('defines the elements on the page and renders the default programme', async () => {
    const win = (await openPage('/test/fixtures/cdn-page.html')) as PageWindow & {
      problems: string[];
    };
    await waitUntil(() => text(win, 'imrf-schedule').includes('Round table 4'), 'no programme', {
      timeout: 5000,
    });
    // The loader defines what the page uses (test/cdn/loader.test.ts has the rest),
    // each tag once what its first render needs is here (its language, its data).
    for (const tagName of ['imrf-schedule', 'imrf-roundtable', 'imrf-pledge-form'])
      await waitUntil(() => win.customElements.get(tagName), `${tagName} not defined`, {
        timeout: 5000,
      });
    const schedule = text(win, 'imrf-schedule');
    expect(schedule).to.contain('International Migration Review Forum 2022');
    expect(schedule).to.contain('Policy debate');
    // The French and Arabic strings come from the locale chunks beside the bundle.
    await waitUntil(() => text(win, 'imrf-roundtable').includes('Portugal'), 'no round table', {
      timeout: 5000,
    });
    expect(text(win, 'imrf-roundtable')).to.contain('Table ronde 3');
    await waitUntil(() => text(win, 'imrf-pledge-form').trim() !== '', 'no form', {
      timeout: 5000,
    });
    const form = win.document.querySelector('imrf-pledge-form')!.shadowRoot!;
    expect(form.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    // Loaded twice, still no error of any kind.
    expect(win.problems).to.deep.equal([]);
  });
});

describe('an <imrf-forum> whose script is not on the page', () => {
  it('leaves the elements inside on the default data, until its script comes', async () => {
    const win = await openPage('/test/fixtures/provider-late.html');
    const heading = () =>
      win.document.querySelector('imrf-schedule')?.shadowRoot?.querySelector('[part=heading]')
        ?.textContent ?? '';
    await waitUntil(
      () => heading().includes('International Migration Review Forum 2022'),
      'never stuck loading',
      { timeout: 5000 },
    );
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/imrf-forum.js';
    win.document.head.append(script);
    await waitUntil(() => heading().includes('From the provider'), 'the provider takes over', {
      timeout: 5000,
    });
  });
});

describe('each element’s CDN file alone on a page', () => {
  // One test per element of custom-elements.json: an element added later is covered.
  it('works alone, with its integrity hash, and loaded twice', async function () {
    this.timeout(30000);
    const elements = await manifestElements();
    expect(elements.length).to.be.greaterThan(0);
    for (const { tagName, slots } of elements) {
      const win = await openPage(`/test/cdn/${tagName}.html`);
      const element = win.document.querySelector(tagName)!;
      await waitUntil(() => isRendered(element), `<${tagName}> not rendered`, { timeout: 10000 });
      // Only its own tag: the file brings everything it needs, and nothing else.
      for (const other of elements)
        expect(
          !!win.customElements.get(other.tagName),
          `${other.tagName} on ${tagName}.js`,
        ).to.equal(other.tagName === tagName);
      // Once defined, an element shows its shadow DOM only: the fallback link
      // goes, unless the element has a default slot for its children.
      const slotted = (slots ?? []).some((slot) => slot.name === '');
      expect(shown(fallback(win)), `fallback link of <${tagName}>`).to.equal(slotted);
      expect(win.problems, tagName).to.deep.equal([]);
      closePages();
    }
  });

  it('shows the fallback link when no script runs', async () => {
    for (const { tagName } of await manifestElements()) {
      const win = await openPage(`/test/cdn/${tagName}.html?no-script`);
      expect(win.customElements.get(tagName)).to.equal(undefined);
      expect(shown(fallback(win)), tagName).to.equal(true);
      expect(fallback(win).href).to.equal('https://www.un.org/migration2022');
      closePages();
    }
  });
});
