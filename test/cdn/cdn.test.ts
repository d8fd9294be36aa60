import { expect, waitUntil } from '@open-wc/testing';

/** Opens a page in an iframe and resolves with its window once loaded. */
function open(url: string): Promise<Window & { problems: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  document.body.append(frame);
  return new Promise((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentWindow as never), { once: true }),
  );
}

const text = (win: Window, tag: string) =>
  win.document.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the CDN bundle on a plain HTML page', () => {
  // Built by `npm run build`, which `npm test` runs first.
  it('defines every element and renders the default programme', async () => {
    const win = await open('/test/fixtures/cdn-page.html');
    await waitUntil(() => text(win, 'imrf-schedule').includes('Round table 4'), 'no programme', {
      timeout: 5000,
    });
    for (const tag of ['imrf-forum', 'imrf-schedule', 'imrf-roundtable', 'imrf-pledge-form'])
      expect(win.customElements.get(tag), tag).to.exist;
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
