// The pledge form names the forum's objectives and guiding principles in their
// official wording: in the reader's language where data/SOURCES.md has a source,
// else in English, marked lang="en" (on the checkbox labels and on the
// check-your-answers list), as the other elements mark English data texts.
import { expect, fixture, html } from '@open-wc/testing';
import defaultData from '../../data/imrf-2022.json';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import { text } from '../helpers/dom.js';
import { $$, ABOUT, answerAll, next, PLEDGE, uniqueName } from './helpers.js';

type Texts = Record<string, string>;
const data = defaultData as unknown as {
  objectives: { number: number; title: Texts }[];
  guidingPrinciples: { id: string; title: Texts }[];
};

/** What a view in `lang` must show for a data text: its version in `lang`, else English. */
const expected = (value: Texts, lang: string) => value[lang] ?? value['en']!;
/** The lang a view in `lang` must mark a data text with: none when it has `lang`, else "en". */
const expectedLang = (value: Texts, lang: string) => (value[lang] ? null : 'en');

async function form(lang: string) {
  const el = await fixture<ImrfPledgeForm>(
    html`<imrf-pledge-form lang=${lang} name=${uniqueName()} no-draft></imrf-pledge-form>`,
  );
  await el.updateComplete;
  await answerAll(el, ABOUT);
  await next(el);
  return el;
}

const shown = (node: Element) => ({ text: text(node), lang: node.getAttribute('lang') });

describe('pledge form: official texts in the reader’s language, else marked English', () => {
  for (const lang of ['ar', 'zh', 'ru', 'fr', 'es', 'en']) {
    it(`${lang}: objective and principle labels, then the answers to check`, async () => {
      const el = await form(lang);
      const objectives = $$(el, 'label[for^="f-objectives-"]');
      expect(objectives).to.have.length(data.objectives.length);
      for (const label of objectives) {
        const n = Number(label.getAttribute('for')!.replace('f-objectives-', ''));
        const { title } = data.objectives.find((o) => o.number === n)!;
        expect(shown(label), `objective ${n}`).to.deep.equal({
          text: `${n}. ${expected(title, lang)}`,
          lang: expectedLang(title, lang),
        });
      }
      const principles = $$(el, 'label[for^="f-guidingPrinciples-"]');
      expect(principles).to.have.length(data.guidingPrinciples.length);
      for (const label of principles) {
        const id = label.getAttribute('for')!.replace('f-guidingPrinciples-', '');
        const { title } = data.guidingPrinciples.find((p) => p.id === id)!;
        expect(shown(label), id).to.deep.equal({
          text: expected(title, lang),
          lang: expectedLang(title, lang),
        });
      }

      await answerAll(el, PLEDGE);
      await next(el);
      const chosen = $$(el, 'dd.objectives li');
      expect(chosen.map((li) => text(li).split('.')[0])).to.have.members(['7', '17']);
      for (const li of chosen) {
        const n = Number(text(li).split('.')[0]);
        const { title } = data.objectives.find((o) => o.number === n)!;
        expect(shown(li), `chosen objective ${n}`).to.deep.equal({
          text: `${n}. ${expected(title, lang)}`,
          lang: expectedLang(title, lang),
        });
      }
      const [principle] = $$(el, 'dd.guidingPrinciples li');
      const { title } = data.guidingPrinciples.find((p) => p.id === 'human-rights')!;
      expect(shown(principle!)).to.deep.equal({
        text: expected(title, lang),
        lang: expectedLang(title, lang),
      });
    });
  }

  it('marks the English labels in the Arabic view and none in the English view', async () => {
    const ar = await form('ar');
    const marked = $$(ar, 'label[lang="en"]');
    // Arabic has no sourced objective title or principle: all 33 are English, marked.
    expect(marked).to.have.length(data.objectives.length + data.guidingPrinciples.length);
    for (const label of marked) expect(label.getAttribute('dir')).to.equal('auto');
    const en = await form('en');
    expect($$(en, 'label[lang]')).to.have.length(0);
    // The interface's own labels (the form's language) are never marked.
    expect($$(ar, 'label[for="f-title"][lang]')).to.have.length(0);
  });
});
