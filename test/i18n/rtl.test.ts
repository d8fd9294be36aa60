// Right to left, nothing reads backwards: a time range starts where the
// reader starts (on the right in Arabic, on the left in English), and a data
// text in English inside Arabic stays one isolated run.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/roundtable/define.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { settled } from '../schedule/helpers.js';

/** The on-screen boxes of the text before and after the range dash of an element's text. */
function rangeHalves(element: Element) {
  const node = [...element.childNodes]
    .concat([...element.querySelectorAll('*')].flatMap((e) => [...e.childNodes]))
    .find((n) => n.nodeType === Node.TEXT_NODE && /[–-]/.test(n.textContent!))!;
  const value = node.textContent!;
  const dash = value.search(/[–-]/);
  const box = (from: number, to: number) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    return range.getBoundingClientRect();
  };
  const start = value.slice(0, dash).search(/\S/);
  return { start: box(start, start + 1), end: box(dash + 1, value.length), value };
}

describe('right-to-left views', () => {
  for (const [lang, rtl] of [
    ['ar', true],
    ['en', false],
  ] as const) {
    it(`keeps a session’s time range in reading order (${lang})`, async () => {
      const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang=${lang}></imrf-schedule>`);
      await settled(el);
      const time = el.shadowRoot!.getElementById('rt3')!.querySelector('time')!;
      const { start, end, value } = rangeHalves(time);
      if (rtl) expect(start.left, value).to.be.greaterThan(end.left);
      else expect(start.left, value).to.be.lessThan(end.left);

      const table = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable number="3" lang=${lang}></imrf-roundtable>`,
      );
      await table.updateComplete;
      const dd = [...table.shadowRoot!.querySelectorAll('[part=details] dd')][1]!;
      const halves = rangeHalves(dd);
      if (rtl) expect(halves.start.left, halves.value).to.be.greaterThan(halves.end.left);
      else expect(halves.start.left, halves.value).to.be.lessThan(halves.end.left);
    });
  }

  it('isolates English data texts in the Arabic view and marks their language', async () => {
    const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang="ar"></imrf-schedule>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    // "Plenary: general debate (cont.)": English, left to right, inside the Arabic page.
    const title = root.getElementById('plenary-19-pm')!.querySelector('[part=session-title] span')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(title).direction).to.equal('ltr');
    // The session it continues is named in an isolated run (<bdi>), in English.
    const continued = root.getElementById('plenary-19-pm')!.querySelector('.continued bdi')!;
    expect(continued.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(continued).unicodeBidi).to.equal('isolate');
    // Arabic data text keeps the Arabic direction.
    const heading = root.querySelector('[part=heading] .title')!;
    expect(heading.getAttribute('lang')).to.equal(null);
    expect(getComputedStyle(heading).direction).to.equal('rtl');
  });

  it('writes Arabic and Chinese numbers and dates the way Intl does for them', async () => {
    for (const lang of ['ar', 'zh']) {
      const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang=${lang}></imrf-schedule>`);
      await settled(el);
      const day = new Intl.DateTimeFormat(lang, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'America/New_York',
      }).format(Date.parse('2022-05-18T12:00:00-04:00'));
      const headings = [...el.shadowRoot!.querySelectorAll('h2, [role=heading]')].map((h) =>
        h.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(
        headings.some((h) => h.includes(day)),
        `${lang}: ${headings.join(' | ')}`,
      ).to.equal(true);
    }
  });
});
