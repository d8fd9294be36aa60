import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TestElement, tinyForum } from '../helpers/test-element.js';

/** Every state of the shared base, in a left-to-right and a right-to-left language. */
const STATES = {
  loading: html`<imrf-test-element src="/api/never"></imrf-test-element>`,
  error: html`<imrf-test-element src="/api/status/404"></imrf-test-element>`,
  empty: html`<imrf-test-element .data=${tinyForum('Empty', 0)}></imrf-test-element>`,
  ready: html`<imrf-test-element></imrf-test-element>`,
};

const settled = (el: TestElement, state: string) => () => {
  const root = el.shadowRoot!;
  if (state === 'loading') return !!root.querySelector('[part=retry-button]'); // the slow state
  if (state === 'error') return !!root.querySelector('[role=alert]');
  if (state === 'empty') return !!root.querySelector('[role=status]:not([aria-busy])');
  return !!root.querySelector('.title');
};

describe('states', () => {
  for (const lang of ['en', 'ar']) {
    for (const [state, template] of Object.entries(STATES)) {
      it(`renders the ${state} state accessibly (${lang})`, async () => {
        const wrapper = await fixture(html`<div lang=${lang}>${template}</div>`);
        const el = wrapper.querySelector('imrf-test-element')!;
        await waitUntil(settled(el, state), `no ${state} state`, { timeout: 3000 });
        const text = el.shadowRoot!.textContent!.trim();
        expect(text, 'never a blank box').to.not.equal('');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('announces loading as a status and errors as an alert', async () => {
    const loading = await fixture<TestElement>(STATES.loading);
    expect(loading.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
    const error = await fixture<TestElement>(STATES.error);
    await waitUntil(settled(error, 'error'));
    const alert = error.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('the server answered 404');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Try again');
  });
});
