import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia } from '../helpers/engine.js';
import { TestElement, tinyForum } from '../helpers/test-element.js';

const empty = JSON.stringify(tinyForum('Empty', 0));
const part = (el: TestElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const style = (el: Element) => getComputedStyle(el);

describe('theming', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  it('reads tokens set on any ancestor, through the shadow boundary', async () => {
    const wrapper = await fixture(html`
      <div
        style="--imrf-color-surface-alt: rgb(10, 20, 30); --imrf-color-text: rgb(200, 201, 202); --imrf-font-family: monospace; --imrf-radius: 0px"
      >
        <imrf-test-element data=${empty}></imrf-test-element>
      </div>
    `);
    const el = wrapper.querySelector('imrf-test-element')!;
    await el.updateComplete;
    const status = part(el, 'status');
    expect(style(status).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(style(status).color).to.equal('rgb(200, 201, 202)');
    expect(style(status).fontFamily).to.equal('monospace');
    expect(style(status).borderTopLeftRadius).to.equal('0px');
  });

  it('uses UN blue for accents and the darker blue for buttons', async () => {
    const el = await fixture<TestElement>(html`<imrf-test-element data="{"></imrf-test-element>`);
    expect(style(part(el, 'retry-button')).backgroundColor).to.equal('rgb(0, 108, 168)');
    expect(style(part(el, 'retry-button')).color).to.equal('rgb(255, 255, 255)');
  });

  it('never sets the public tokens on the host', async () => {
    const el = await fixture<TestElement>(html`<imrf-test-element></imrf-test-element>`);
    expect(style(el).getPropertyValue('--imrf-color-primary')).to.equal('');
    expect(style(el).getPropertyValue('--imrf-color-primary-dark')).to.equal('');
    expect(style(el).getPropertyValue('--_primary')).to.contain('#009edb');
  });

  it('is dark with theme="dark", from the -dark tokens', async () => {
    const wrapper = await fixture(html`
      <div style="--imrf-color-surface-dark: rgb(1, 2, 3)">
        <imrf-test-element theme="dark" data=${empty}></imrf-test-element>
        <imrf-test-element theme="light" data=${empty}></imrf-test-element>
      </div>
    `);
    const [dark, light] = [...wrapper.querySelectorAll('imrf-test-element')];
    await dark!.updateComplete;
    expect(style(part(dark!, 'base')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style(part(dark!, 'base')).color).to.equal('rgb(232, 234, 237)');
    expect(style(part(light!, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('follows the page’s colour scheme, not the visitor’s preference alone', async function () {
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture(
      html`<div>
        <imrf-test-element data=${empty}></imrf-test-element>
        <div style="color-scheme: light dark">
          <imrf-test-element data=${empty}></imrf-test-element>
        </div>
      </div>`,
    );
    const [undeclared, declared] = [...wrapper.querySelectorAll('imrf-test-element')];
    await declared!.updateComplete;
    expect(style(part(undeclared!, 'base')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(part(declared!, 'base')).backgroundColor).to.equal('rgb(21, 24, 28)');
  });

  it('sizes in em of its own font size, not the page’s root', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture(
        html`<div style="font-size: 20px">
          <imrf-test-element data="{"></imrf-test-element>
        </div>`,
      );
      const el = wrapper.querySelector('imrf-test-element')!;
      await el.updateComplete;
      expect(style(part(el, 'retry-button')).minHeight).to.equal('55px');
      expect(style(part(el, 'error')).paddingTop).to.equal('20px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps page styles out and its own styles in', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { color: rgb(255, 0, 0); font-family: fantasy; letter-spacing: 5px; } p, button { background: rgb(0, 255, 0) !important; }',
    );
    document.adoptedStyleSheets = [sheet];
    try {
      const wrapper = await fixture(
        html`<div>
          <button id="outside">Page button</button>
          <imrf-test-element data="{"></imrf-test-element>
        </div>`,
      );
      const el = wrapper.querySelector('imrf-test-element')!;
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[role=alert] p')!;
      expect(style(message).color).to.equal('rgb(27, 31, 35)');
      expect(style(message).letterSpacing).to.equal('normal');
      expect(style(message).backgroundColor).to.not.equal('rgb(0, 255, 0)');
      // Our button styles do not reach the page's button.
      expect(style(wrapper.querySelector('#outside')!).backgroundColor).to.equal('rgb(0, 255, 0)');
      expect(style(wrapper.querySelector('#outside')!).minHeight).to.not.equal('2.75em');
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('hides with the hidden attribute', async () => {
    const el = await fixture<TestElement>(html`<imrf-test-element hidden></imrf-test-element>`);
    expect(style(el).display).to.equal('none');
    el.hidden = false;
    expect(style(el).display).to.equal('block');
  });
});
