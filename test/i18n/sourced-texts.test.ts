// The Arabic, Chinese and Russian (and French, Spanish) views show the official
// texts the default data has in that language, and English, marked lang="en",
// only where no source gave one (data/SOURCES.md).
import { expect, fixture, html } from '@open-wc/testing';
import defaultData from '../../data/imrf-2022.json';
import '../../src/objectives/define.js';
import type { ImrfObjectives } from '../../src/objectives/objectives.js';
import '../../src/roundtable/define.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { settled } from '../schedule/helpers.js';
import { text } from '../helpers/dom.js';

type Texts = Record<string, string>;
const data = defaultData as unknown as {
  title: Texts;
  venue: Texts;
  timeZoneName: Texts;
  sessions: { id: string; title: Texts; chair?: Texts }[];
  objectives: { number: number; title: Texts; short: Texts }[];
};

/** What a view in `lang` must show for a data text: its version in `lang`, else English. */
const expected = (value: Texts, lang: string) => value[lang] ?? value['en']!;
/** The lang a view in `lang` must mark a data text with: none when it has `lang`, else "en". */
const expectedLang = (value: Texts, lang: string) => (value[lang] ? null : 'en');

const shadow = (el: HTMLElement) => el.shadowRoot!;
/** The element's own text and the `lang` it is marked with. */
const shown = (node: Element | null) => ({
  text: text(node),
  lang: node?.getAttribute('lang') ?? null,
});

describe('official texts in the reader’s language', () => {
  for (const lang of ['ar', 'zh', 'ru', 'fr', 'es']) {
    it(`schedule in ${lang}: forum title, venue, session titles and chair as sourced`, async () => {
      const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang=${lang}></imrf-schedule>`);
      await settled(el);
      const root = shadow(el);
      expect(shown(root.querySelector('[part=heading] .title'))).to.deep.equal({
        text: expected(data.title, lang),
        lang: expectedLang(data.title, lang),
      });
      const dates = root.querySelector('[part=heading] .dates')!;
      const venue = [...dates.querySelectorAll('span')].at(-1)!;
      expect(shown(venue)).to.deep.equal({
        text: expected(data.venue, lang),
        lang: expectedLang(data.venue, lang),
      });
      for (const s of data.sessions) {
        const title = root.getElementById(s.id)!.querySelector('[part=session-title] span')!;
        expect(shown(title), s.id).to.deep.equal({
          text: expected(s.title, lang),
          lang: expectedLang(s.title, lang),
        });
        if (s.chair) {
          const chair = root.getElementById(s.id)!.querySelector('.meta dd')!;
          expect(shown(chair), `${s.id} chair`).to.deep.equal({
            text: expected(s.chair, lang),
            lang: expectedLang(s.chair, lang),
          });
        }
      }
    });

    it(`round table and objectives in ${lang}: objective titles and labels as sourced`, async () => {
      const table = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable number="2" lang=${lang}></imrf-roundtable>`,
      );
      await table.updateComplete;
      const items = [...shadow(table).querySelectorAll('[part~=objective]')];
      expect(items).to.have.length(7);
      for (const item of items) {
        const n = Number(text(item.querySelector('[part=objective-number]')));
        const objective = data.objectives.find((o) => o.number === n)!;
        expect(shown(item.querySelector('.short')), `${n} short`).to.deep.equal({
          text: expected(objective.short, lang),
          lang: expectedLang(objective.short, lang),
        });
        expect(shown(item.querySelector('.short + span')), `${n} title`).to.deep.equal({
          text: expected(objective.title, lang),
          lang: expectedLang(objective.title, lang),
        });
      }

      const list = await fixture<ImrfObjectives>(
        html`<imrf-objectives lang=${lang}></imrf-objectives>`,
      );
      await list.updateComplete;
      for (const objective of data.objectives) {
        const entry = [...shadow(list).querySelectorAll('[part=entry]')].find(
          (e) => text(e.querySelector('[part=number]')) === String(objective.number),
        )!;
        expect(shown(entry.querySelector('.title')), `${objective.number}`).to.deep.equal({
          text: expected(objective.title, lang),
          lang: expectedLang(objective.title, lang),
        });
      }
    });
  }

  it('spells the sourced Chinese, Arabic and French texts as their sources do', async () => {
    const zh = await fixture<ImrfSchedule>(html`<imrf-schedule lang="zh"></imrf-schedule>`);
    await settled(zh);
    expect(text(shadow(zh).querySelector('[part=heading] .title'))).to.equal(
      '2022年国际移民问题审查论坛',
    );
    expect(text(shadow(zh).querySelector('[part=heading] .dates'))).to.contain('纽约联合国总部');
    const ar = await fixture<ImrfSchedule>(html`<imrf-schedule lang="ar"></imrf-schedule>`);
    await settled(ar);
    expect(text(shadow(ar).querySelector('[part=heading] .title'))).to.equal(
      'منتدى استعراض الهجرة الدولية 2022',
    );
    const fr = await fixture<ImrfSchedule>(html`<imrf-schedule lang="fr"></imrf-schedule>`);
    await settled(fr);
    const policy = shadow(fr).getElementById('policy-debate')!;
    expect(text(policy.querySelector('[part=session-title]'))).to.equal('Dialogue politique');
    const objectives = await fixture<ImrfObjectives>(
      html`<imrf-objectives lang="es" objective="13"></imrf-objectives>`,
    );
    await objectives.updateComplete;
    expect(text(shadow(objectives).querySelector('[part~=highlighted] .short'))).to.equal(
      'Alternativas a la detención',
    );
  });

  it('marks the filter options that show English data texts', async () => {
    for (const [lang, marked] of [
      ['ru', 'en'],
      ['fr', null],
    ] as const) {
      const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang=${lang}></imrf-schedule>`);
      await settled(el);
      const options = [...shadow(el).querySelectorAll('select option')].filter((o) =>
        /^\d+\. /.test(text(o)),
      );
      expect(options.length, lang).to.be.greaterThan(20);
      for (const option of options) {
        const n = Number(text(option).split('.')[0]);
        const objective = data.objectives.find((o) => o.number === n)!;
        expect(text(option)).to.equal(`${n}. ${expected(objective.short, lang)}`);
        expect(option.getAttribute('lang'), `${lang} ${n}`).to.equal(marked);
      }
    }
  });

  it('leaves no unmarked English data text in the Russian view', async () => {
    const el = await fixture<ImrfSchedule>(html`<imrf-schedule lang="ru"></imrf-schedule>`);
    await settled(el);
    // Every session title, room, chair and description without a Russian source is marked.
    const spans = [
      ...shadow(el).querySelectorAll(
        '[part=session-title] span, .when .place, .meta dd, .description',
      ),
    ];
    const english = spans.filter((s) => /[A-Za-z]{3}/.test(text(s)) && !/[А-Яа-я]/.test(text(s)));
    expect(english.length).to.be.greaterThan(10);
    for (const node of english) {
      const marked = node.closest('[lang]');
      expect(marked?.getAttribute('lang'), text(node)).to.equal('en');
    }
  });
});
