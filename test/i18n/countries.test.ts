// Country names are the UN's M49 short names in the six languages, the same in
// every browser: never the browser's CLDR names (Intl.DisplayNames). Checked
// where people read them first (round-table co-chairs in the round table, the
// objectives map and the schedule; the pledge form's country list and its
// check-your-answers page), while the elements still have to load each
// language's names themselves, then in the API.
import { expect, fixture, html } from '@open-wc/testing';
import forumData from '../../data/imrf-2022.json';
import type { ForumLoadDetail } from '../../src/data/forum-controller.js';
import { validateForum } from '../../src/data/validate.js';
import {
  countryCodes,
  countryName,
  countryNamesLoaded,
  loadCountryNames,
} from '../../src/i18n/countries.js';
import { isM49Code } from '../../src/i18n/countries/codes.js';
import ar from '../../src/i18n/countries/ar.js';
import en from '../../src/i18n/countries/en.js';
import es from '../../src/i18n/countries/es.js';
import fr from '../../src/i18n/countries/fr.js';
import ru from '../../src/i18n/countries/ru.js';
import zh from '../../src/i18n/countries/zh.js';
import { formatList } from '../../src/i18n/format.js';
import type { Language } from '../../src/i18n/languages.js';
import '../../src/objectives/define.js';
import type { ImrfObjectives } from '../../src/objectives/objectives.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import '../../src/roundtable/define.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { settled } from '../schedule/helpers.js';
import { text } from '../helpers/dom.js';
import { $, $$, answer, complete, next, stepTitle, uniqueName } from '../pledge-form/helpers.js';

/** The generated tables (from data/un-m49-country-names.csv), by language. */
const M49: Record<Language, Readonly<Record<string, string>>> = { en, fr, es, ar, zh, ru };
const LANGUAGES = Object.keys(M49) as Language[];

/** The names CLDR and UN terminology disagree on, and a few where they agree. */
const CODES = [
  ...['KR', 'KP', 'CD', 'CG', 'PS', 'VN', 'BO', 'VE', 'IR', 'RU', 'SY', 'TZ', 'LA'],
  ...['MD', 'FM', 'CV', 'FK', 'CI', 'NL'],
];

/** Spelled out from the CSV, so a wrong table or a CLDR name fails here too. */
const LITERAL: Partial<Record<Language, Record<string, string>>> = {
  en: {
    KR: 'Republic of Korea',
    KP: "Democratic People's Republic of Korea",
    CD: 'Democratic Republic of the Congo',
    PS: 'State of Palestine',
    VN: 'Viet Nam',
    BO: 'Bolivia (Plurinational State of)',
    FK: 'Falkland Islands (Malvinas)',
    CI: 'Côte d’Ivoire',
    NL: 'Netherlands (Kingdom of the)',
  },
  fr: { KR: 'République de Corée', CV: 'Cabo Verde', IR: 'Iran (République islamique d’)' },
  es: { FK: 'Islas Malvinas (Falkland)', TZ: 'República Unida de Tanzanía' },
  ar: { KR: 'جمهورية كوريا', PS: 'دولة فلسطين', VN: 'فييت نام' },
  zh: { KP: '朝鲜民主主义人民共和国', BO: '多民族玻利维亚国', FK: '福克兰群岛（马尔维纳斯）' },
  ru: { RU: 'Российская Федерация', LA: 'Лаосская Народно-Демократическая Республика' },
};

/** What people should read for a code in a language. */
const expected = (language: Language, code: string) => M49[language][code]!;

/** The default data with one round table whose co-chairs are the countries above. */
const forum = {
  ...forumData,
  roundtables: [{ number: 1, coChairs: CODES, objectives: [2, 5], session: 'rt1' }],
};

describe('country names of the built-in data', () => {
  // (First in this file: no table of names has loaded on this page yet.)
  it('come with the data: a page showing it loads no table of names', async () => {
    const table = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable lang="fr" number="1"></imrf-roundtable>`,
    );
    // Round table 1: Egypt and Germany, with their M49 names in French.
    expect(text(table.shadowRoot!.querySelector('[part=co-chairs]'))).to.equal(
      formatList([expected('fr', 'EG'), expected('fr', 'DE')], 'fr'),
    );
    const english = await fixture<ImrfRoundtable>(
      html`<imrf-roundtable lang="en" number="4"></imrf-roundtable>`,
    );
    expect(text(english.shadowRoot!.querySelector('[part=co-chairs]'))).to.equal(
      formatList([expected('en', 'AZ'), expected('en', 'MA')], 'en'),
    );
    for (const language of LANGUAGES)
      expect(countryNamesLoaded(language), language).to.equal(false);
  });
});

describe('country names where people read them', () => {
  for (const language of LANGUAGES) {
    const names = CODES.map((code) => expected(language, code));
    const list = formatList(names, language);

    it(`${language}: names the co-chairs in the round table, the objectives map and the schedule`, async () => {
      // Nothing has loaded this language's names yet: the element must.
      expect(countryNamesLoaded(language)).to.equal(false);
      const table = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable lang=${language} .data=${forum}></imrf-roundtable>`,
      );
      expect(countryNamesLoaded(language)).to.equal(true);
      expect(text(table.shadowRoot!.querySelector('[part=co-chairs]'))).to.equal(list);

      const map = await fixture<ImrfObjectives>(
        html`<imrf-objectives lang=${language} .data=${forum}></imrf-objectives>`,
      );
      expect(text(map.shadowRoot!.querySelector('.meta'))).to.contain(list);

      const schedule = await fixture<ImrfSchedule>(
        html`<imrf-schedule lang=${language} .data=${forum}></imrf-schedule>`,
      );
      await settled(schedule);
      const meta = text(schedule.shadowRoot!.getElementById('rt1')?.querySelector('.meta'));
      for (const name of names) expect(meta, `${language}: ${name}`).to.contain(name);
    });

    it(`${language}: offers exactly the M49 countries and areas, sorted the language’s way`, async () => {
      const el = await fixture<ImrfPledgeForm>(
        html`<imrf-pledge-form lang=${language} name=${uniqueName()} no-draft></imrf-pledge-form>`,
      );
      const options = $$<HTMLOptionElement>(el, '[name=country] option').filter((o) => o.value);
      expect(options).to.have.length(248);
      expect(options.map((o) => o.value).sort()).to.deep.equal([...countryCodes()]);
      for (const option of options)
        expect(text(option), option.value).to.equal(expected(language, option.value));
      const labels = options.map((o) => text(o));
      expect(labels).to.deep.equal([...labels].sort(new Intl.Collator(language).compare));
    });

    it(`${language}: names the chosen country on the check-your-answers page`, async () => {
      const el = await fixture<ImrfPledgeForm>(
        html`<imrf-pledge-form lang=${language} name=${uniqueName()} no-draft></imrf-pledge-form>`,
      );
      await complete(el);
      const checkTitle = stepTitle(el);
      for (const code of CODES) {
        const row = $(el, '.value.country')!.closest('.row')!;
        row.querySelector<HTMLAnchorElement>('.action a')!.click();
        await el.updateComplete;
        await answer(el, 'country', code);
        await next(el);
        expect(stepTitle(el), code).to.equal(checkTitle);
        expect(text($(el, '.value.country')), `${language} ${code}`).to.equal(
          expected(language, code),
        );
      }
    });
  }
});

describe('country names (UN M49)', () => {
  before(() => Promise.all(LANGUAGES.map(loadCountryNames)));

  it('has the 248 countries and areas of the M49 list, named in all six languages', () => {
    const codes = countryCodes();
    expect(codes).to.have.length(248);
    expect(codes).to.include.members(CODES);
    expect(codes, 'M49 counts Taiwan within China').not.to.include('TW');
    for (const language of LANGUAGES) {
      expect(Object.keys(M49[language]).sort(), language).to.deep.equal([...codes]);
      for (const code of codes) expect(M49[language][code], `${language} ${code}`).to.not.equal('');
    }
  });

  it('names each country in each language as M49 does', () => {
    for (const language of LANGUAGES) {
      for (const code of CODES)
        expect(countryName(code, language), `${language} ${code}`).to.equal(
          expected(language, code),
        );
      for (const [code, name] of Object.entries(LITERAL[language]!))
        expect(countryName(code, language), `${language} ${code}`).to.equal(name);
    }
    expect(countryName('kr', 'fr-CA')).to.equal('République de Corée');
    expect(countryName('KR', 'de')).to.equal('Republic of Korea');
  });

  it('keeps UNSD’s published quirks visible rather than silently fixed', () => {
    expect(countryName('NL', 'ar'), 'UNSD’s placeholder').to.equal('هولندا (مملكة _)');
    expect(countryName('AQ', 'ru'), 'the locative, as published').to.equal('Антарктике');
  });

  it('shows an unknown code as the code, never blank, and never looks up inherited keys', () => {
    for (const code of ['XK', 'TW', 'ZZ', '__proto__', 'toString', 'constructor'])
      expect(countryName(code, 'fr')).to.equal(code);
    expect(isM49Code('XK')).to.equal(false);
    expect(isM49Code('KR')).to.equal(true);
    for (const code of ['kr', 'K', 'KRR', '', '__proto__'])
      expect(isM49Code(code), code).to.equal(false);
    // Every two-letter code: the validator's are exactly the tables'.
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const all = letters.flatMap((a) => letters.map((b) => a + b));
    expect(all.filter(isM49Code), 'the validator’s codes').to.deep.equal([...countryCodes()]);
  });

  it('warns about an unknown code in the data, and keeps it to show as the code', async () => {
    const data = {
      ...forumData,
      roundtables: [{ number: 1, coChairs: ['KR', 'xk'], objectives: [2], session: 'rt1' }],
    };
    const { warnings } = validateForum(data);
    expect(warnings).to.deep.include({
      path: 'roundtables[0].coChairs[1]',
      message: 'XK is not a country or area of the UN M49 list; shown as the code',
    });
    const el = await fixture<ImrfRoundtable>(html`<imrf-roundtable lang="fr"></imrf-roundtable>`);
    const loaded = new Promise<ForumLoadDetail>((resolve) =>
      el.addEventListener('imrf-load', (e) => resolve(e.detail), { once: true }),
    );
    el.data = data;
    const detail = await loaded;
    await el.updateComplete;
    expect(detail.warnings.map((w) => w.path)).to.include('roundtables[0].coChairs[1]');
    expect(text(el.shadowRoot!.querySelector('[part=co-chairs]'))).to.equal(
      formatList(['République de Corée', 'XK'], 'fr'),
    );
  });
});
