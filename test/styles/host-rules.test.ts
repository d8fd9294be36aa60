// The partner's page decides how every element sits in it: its display rules
// and hidden attribute, and its colour scheme. Every element of the library
// is checked (found in the manifest, so a new one is covered at once).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { canEmulateMedia } from '../helpers/engine.js';
import { libraryElements } from '../helpers/hostile.js';

const WHITE = 'rgb(255, 255, 255)';
/** The default dark surface (`--imrf-color-surface-dark`). */
const DARK = 'rgb(21, 24, 28)';

const { rendering, providers } = await libraryElements();

/** The page's own rules, as a partner writes them. */
const PAGE_RULES = `
  .gone { display: none; }
  .inline-block { display: inline-block; }
  .light-dark { color-scheme: light dark; }
  .dark { color-scheme: dark; }
`;

let sheet: CSSStyleSheet;
before(() => {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
after(() => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
});

/** An element in a wrapper, with attributes written as they would be on a page. */
async function place(tag: string, attributes = '', wrapper = '') {
  const markup = `<div class="${wrapper}"><${tag} ${attributes}></${tag}></div>`;
  const div = await fixture<HTMLDivElement>(staticHtml`${unsafeStatic(markup)}`);
  const el = div.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

const display = (el: Element) => getComputedStyle(el).display;

describe('the page decides the display', () => {
  for (const tag of [...rendering, ...providers]) {
    describe(`<${tag}>`, () => {
      it('is a block by default', async () => {
        expect(display(await place(tag))).to.equal('block');
      });

      it('is hidden by a class rule of the page', async () => {
        expect(display(await place(tag, 'class="gone"'))).to.equal('none');
      });

      it('is hidden by an inline style', async () => {
        expect(display(await place(tag, 'style="display: none"'))).to.equal('none');
      });

      it('is hidden by the hidden attribute, and shown again without it', async () => {
        const el = await place(tag, 'hidden');
        expect(display(el)).to.equal('none');
        el.hidden = false;
        expect(display(el)).to.equal('block');
      });

      it('takes the display the page gives it', async () => {
        expect(display(await place(tag, 'class="inline-block"'))).to.equal('inline-block');
        expect(display(await place(tag, 'style="display: flex"'))).to.equal('flex');
      });
    });
  }
});

describe('the page decides the colour scheme', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  /** The background the element paints, on its root wrapper. */
  const surface = (el: HTMLElement) =>
    getComputedStyle(el.shadowRoot!.querySelector('[part~=base]')!).backgroundColor;

  for (const tag of rendering) {
    describe(`<${tag}>`, () => {
      it('is dark on a page whose colour scheme is dark', async () => {
        expect(surface(await place(tag, '', 'dark'))).to.equal(DARK);
      });

      it('is light on a dark page with theme="light", dark on a light page with theme="dark"', async () => {
        expect(surface(await place(tag, 'theme="light"', 'dark'))).to.equal(WHITE);
        expect(surface(await place(tag, 'theme="dark"'))).to.equal(DARK);
      });

      it('stays light for a dark-preferring visitor on a page that declares nothing', async function () {
        if (!canEmulateMedia) this.skip();
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface(await place(tag))).to.equal(WHITE);
      });

      it('follows a dark-preferring visitor on a page that declares "light dark"', async function () {
        if (!canEmulateMedia) this.skip();
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface(await place(tag, '', 'light-dark'))).to.equal(DARK);
        await emulateMedia({ colorScheme: 'light' });
        expect(surface(await place(tag, '', 'light-dark'))).to.equal(WHITE);
      });

      it('follows the visitor with theme="auto", whatever the page declares', async function () {
        if (!canEmulateMedia) this.skip();
        await emulateMedia({ colorScheme: 'dark' });
        expect(surface(await place(tag, 'theme="auto"'))).to.equal(DARK);
        await emulateMedia({ colorScheme: 'light' });
        expect(surface(await place(tag, 'theme="auto"', 'dark'))).to.equal(WHITE);
      });
    });
  }

  it('gives a partner on a page with a dark scheme its own -dark tokens', async () => {
    const wrapper = await fixture(html`
      <div class="dark" style="--imrf-color-surface-dark: rgb(1, 2, 3)">
        <imrf-roundtable number="1"></imrf-roundtable>
      </div>
    `);
    const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(surface(el)).to.equal('rgb(1, 2, 3)');
  });
});
