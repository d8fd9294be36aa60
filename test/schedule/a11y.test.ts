import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { syntheticForum } from '../../bench/synthetic-forum.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { render, shownIds } from './helpers.js';

const DURING = '2022-05-18T11:00:00-04:00';
const BEFORE = '2022-05-01T09:00:00-04:00';

/** Every view and state, each checked with axe in the light and the dark theme. */
const cases: [string, (theme: string) => TemplateResult][] = [
  ['the default programme', (theme) => html`<imrf-schedule theme=${theme}></imrf-schedule>`],
  [
    'live, in a 320 px agenda, in Tokyo time',
    (theme) =>
      html`<div style="inline-size: 320px">
        <imrf-schedule theme=${theme} now=${DURING} time-zone="Asia/Tokyo"></imrf-schedule>
      </div>`,
  ],
  [
    'a wide grid during the forum',
    (theme) =>
      html`<div style="inline-size: 1100px">
        <imrf-schedule theme=${theme} now=${DURING}></imrf-schedule>
      </div>`,
  ],
  [
    'before the forum, filtered by objective',
    (theme) => html`<imrf-schedule theme=${theme} now=${BEFORE} objective="14"></imrf-schedule>`,
  ],
  [
    'a search that matches nothing',
    (theme) => html`<imrf-schedule theme=${theme} search="zzzz"></imrf-schedule>`,
  ],
  [
    'a compact embed with round-table links',
    (theme) =>
      html`<imrf-schedule
        theme=${theme}
        no-heading
        no-filters
        roundtable-href="/roundtables/{number}"
      ></imrf-schedule>`,
  ],
  [
    'a large conference with 12 rooms',
    (theme) =>
      html`<div style="inline-size: 1000px">
        <imrf-schedule
          theme=${theme}
          .data=${syntheticForum({ sessions: 400, days: 2, rooms: 12, seed: 2 })}
        ></imrf-schedule>
      </div>`,
  ],
];

describe('schedule accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const [name, template] of cases) {
      it(`${name} (${theme})`, async () => {
        const el = await render(template(theme));
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const lang of LANGUAGES) {
    it(`in ${lang}, live, with the visitor’s time`, async () => {
      const el = await render(
        html`<div lang=${lang}>
          <imrf-schedule now=${DURING} time-zone="local"></imrf-schedule>
        </div>`,
      );
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('with a session highlighted by its anchor', async () => {
    history.replaceState(null, '', '#rt4');
    try {
      const el = await render(html`<imrf-schedule></imrf-schedule>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.target'));
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('while loading and after an error', async () => {
    const loading = await render(html`<imrf-schedule src="/api/never"></imrf-schedule>`);
    await expect(loading).to.be.accessible();
    const failed = await render(html`<imrf-schedule src="/api/status/404"></imrf-schedule>`);
    await waitUntil(() => failed.shadowRoot!.querySelector('[role=alert]'));
    await expect(failed).to.be.accessible();
    expect(shownIds(failed)).to.deep.equal([]);
  });
});
