import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, render, session } from './helpers.js';
import { canEmulateMedia } from '../helpers/engine.js';

/** Every rendered box of the shadow root that sticks out of `box` sideways. */
function overflowing(el: ImrfSchedule, box: DOMRect): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return false;
      return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
    })
    .map((node) => `${node.localName}.${node.className} (${node.textContent!.slice(0, 30)})`);
}

const display = (node: Element | null) => (node ? getComputedStyle(node).display : 'none');

describe('schedule layout', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  for (const lang of ['en', 'ar', 'ru']) {
    it(`lays out an agenda list, with nothing overflowing, in a 320 px container (${lang})`, async () => {
      const el = await render(
        html`<div lang=${lang} style="inline-size: 320px">
          <imrf-schedule time-zone="Asia/Tokyo" now="2022-05-18T11:00:00-04:00"></imrf-schedule>
        </div>`,
      );
      const box = el.parentElement!.getBoundingClientRect();
      expect(el.scrollWidth).to.be.at.most(320);
      expect(overflowing(el, box)).to.deep.equal([]);
      expect(display($(el, 'thead'))).to.equal('none');
      expect(display($(el, 'table'))).to.equal('block');
      // Agenda: round tables 3 and 4 one under the other.
      const [a, b] = ['rt3', 'rt4'].map((id) => session(el, id).getBoundingClientRect());
      expect(b!.top).to.be.above(a!.bottom);
    });
  }

  it('lays out a grid with the parallel rooms side by side in a wide container', async () => {
    const el = await render(
      html`<div style="inline-size: 1000px"><imrf-schedule></imrf-schedule></div>`,
    );
    expect(display($(el, 'thead'))).to.equal('table-header-group');
    expect(display($(el, 'table'))).to.equal('table');
    const [a, b] = ['rt3', 'rt4'].map((id) => session(el, id).getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
    expect(b!.left).to.be.above(a!.right);
    expect(overflowing(el, el.parentElement!.getBoundingClientRect())).to.deep.equal([]);
  });

  it('mirrors the grid right to left in Arabic', async () => {
    const el = await render(
      html`<div lang="ar" style="inline-size: 1000px"><imrf-schedule></imrf-schedule></div>`,
    );
    expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    const [a, b] = ['rt3', 'rt4'].map((id) => session(el, id).getBoundingClientRect());
    expect(a!.left).to.be.above(b!.right);
  });

  it('follows the element’s width, not the window’s', async () => {
    const el = await render(
      html`<div>
        <div style="inline-size: 900px"><imrf-schedule></imrf-schedule></div>
        <div style="inline-size: 400px"><imrf-schedule></imrf-schedule></div>
      </div>`,
    );
    const [wide, narrow] = [...el.parentElement!.parentElement!.querySelectorAll('imrf-schedule')];
    await (narrow as ImrfSchedule).updateComplete;
    expect(display(wide!.shadowRoot!.querySelector('thead'))).to.equal('table-header-group');
    expect(display(narrow!.shadowRoot!.querySelector('thead'))).to.equal('none');
  });

  it('prints the whole programme without controls, light even in the dark theme', async function () {
    if (!canEmulateMedia) this.skip(); // print emulation needs CDP (Chromium)
    const el = await render(html`<imrf-schedule theme="dark"></imrf-schedule>`);
    await emulateMedia({ media: 'print' });
    // Type and colour live on the root wrapper inside the shadow root.
    const root = $(el, '[part=base]')!;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(root).color).to.equal('rgb(0, 0, 0)');
    expect(display($(el, '[part=toolbar]'))).to.equal('none');
    expect($$(el, '[part=calendar-button]').map(display)).to.satisfy((d: string[]) =>
      d.every((v) => v === 'none'),
    );
    expect(getComputedStyle(session(el, 'rt3')).breakInside).to.equal('avoid');
    expect($$(el, '[part=session]')).to.have.length(11);
  });

  it('follows the visitor’s dark preference with theme="auto", and theme="dark" forces it', async function () {
    if (!canEmulateMedia) this.skip(); // colour-scheme emulation needs CDP (Chromium)
    const el = await render(html`<imrf-schedule theme="auto"></imrf-schedule>`);
    const background = (e: ImrfSchedule) => getComputedStyle($(e, '[part=base]')!).backgroundColor;
    const light = background(el);
    await emulateMedia({ colorScheme: 'dark' });
    const dark = background(el);
    expect(dark).to.not.equal(light);
    // The page declared no colour scheme: without `theme`, the programme stays light.
    const undeclared = await render(html`<imrf-schedule></imrf-schedule>`);
    expect(background(undeclared)).to.equal(light);
    await emulateMedia({ colorScheme: 'light' });
    const forced = await render(html`<imrf-schedule theme="dark"></imrf-schedule>`);
    expect(background(forced)).to.equal(dark);
  });

  it('takes partner colours through --imrf-schedule-* properties', async () => {
    const el = await render(
      html`<div
        style="--imrf-schedule-accent: rgb(128, 0, 128); --imrf-schedule-live-color: rgb(0, 100, 0)"
      >
        <imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>
      </div>`,
    );
    const rt1 = getComputedStyle(session(el, 'plenary-19-am'));
    expect(rt1.borderInlineStartColor).to.equal('rgb(128, 0, 128)');
    expect(getComputedStyle(session(el, 'rt3').querySelector('.status')!).color).to.equal(
      'rgb(0, 100, 0)',
    );
  });

  it('can be used with the keyboard alone: filters, zone, titles, details and calendar buttons', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const reached: string[] = [];
    ($(el, 'select') as HTMLSelectElement).focus();
    for (let i = 0; i < 12; i++) {
      const active = el.shadowRoot!.activeElement!;
      reached.push(active.getAttribute('part') ?? active.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(reached.slice(0, 10)).to.deep.equal([
      'select',
      'select',
      'select',
      'select',
      'input',
      'input',
      'download-button',
      'session-title',
      'summary',
      'calendar-button',
    ]);
    // A focused title reacts to Enter like a click.
    const title = session(el, 'hearing-am').querySelector<HTMLElement>('[part=session-title]')!;
    title.focus();
    let selected = '';
    el.addEventListener('imrf-session-select', (e) => (selected = e.detail.session.id));
    await sendKeys({ press: 'Enter' });
    expect(selected).to.equal('hearing-am');
    expect(getComputedStyle(title).outlineStyle).to.equal('solid');
  });
});
