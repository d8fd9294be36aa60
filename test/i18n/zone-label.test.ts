// The zone label in the reader's language: the forum's own name for its
// zone's place when the data has one in that language, else Intl's localized
// name of the zone, never the English IANA city in a non-English view.
import { expect, fixture, html } from '@open-wc/testing';
import { validateForum } from '../../src/data/validate.js';
import { loadCatalog } from '../helpers/catalog.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { describeZone, zonePlaceName } from '../../src/i18n/zone.js';
import '../../src/roundtable/define.js';
import type { ImrfRoundtable } from '../../src/roundtable/roundtable.js';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { text } from '../helpers/dom.js';

const NY = 'America/New_York';
const at = Date.parse('2022-05-18T10:00:00-04:00');
const NAMES = {
  en: 'New York',
  fr: 'New York',
  es: 'Nueva York',
  ru: 'Нью-Йорк',
  zh: '纽约',
  ar: 'نيويورك',
};
/** Intl's own name of a zone, to compare with what the label uses. */
const intlName = (locale: string, timeZone: string, style: 'short' | 'longGeneric') =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value;

describe('zone labels in six languages', () => {
  it('name the forum’s city as the data names it, with the zone’s short name', async () => {
    const expected = {
      en: 'New York time',
      fr: 'heure de New York',
      es: 'hora de Nueva York',
      ru: 'Нью-Йорк',
      zh: '纽约时间',
      ar: 'بتوقيت نيويورك',
    };
    for (const lang of LANGUAGES) {
      const t = await loadCatalog(lang);
      const label = describeZone(NY, at, lang, t, NAMES);
      expect(label, lang).to.contain(expected[lang]);
      expect(label, lang).to.contain(intlName(lang, NY, 'short'));
      if (lang !== 'en' && lang !== 'fr') expect(label, lang).to.not.contain('New York');
    }
  });

  it('use Intl’s localized zone name where the data names no place in the language', async () => {
    for (const lang of LANGUAGES) {
      const t = await loadCatalog(lang);
      const label = describeZone('Europe/Zurich', at, lang, t, { en: 'Geneva' });
      if (lang === 'en') {
        expect(label).to.equal(`Geneva time (${intlName('en', 'Europe/Zurich', 'short')})`);
      } else {
        expect(label, lang).to.contain(intlName(lang, 'Europe/Zurich', 'longGeneric'));
        expect(label, lang).to.not.match(/Zurich|Geneva/);
      }
    }
    // No names at all: English keeps the IANA city; places read the same way.
    const en = await loadCatalog('en');
    expect(describeZone('Asia/Tokyo', at, 'en-GB', en)).to.equal('Tokyo time (GMT+9)');
    expect(zonePlaceName('Asia/Tokyo', at, 'en', undefined)).to.equal('Tokyo');
    expect(zonePlaceName(NY, at, 'zh', NAMES)).to.equal('纽约');
    expect(zonePlaceName('Asia/Tokyo', at, 'zh', undefined)).to.equal(
      intlName('zh', 'Asia/Tokyo', 'longGeneric'),
    );
    // A plain string is the same name in every language; UTC stays UTC.
    expect(describeZone(NY, at, 'zh', await loadCatalog('zh'), 'NYC')).to.contain('NYC时间');
    expect(describeZone('UTC', at, 'ar', await loadCatalog('ar'), NAMES)).to.equal('UTC');
  });

  for (const lang of LANGUAGES) {
    it(`shows the forum’s zone in ${lang} in the schedule and the round table`, async () => {
      const t = await loadCatalog(lang);
      const schedule = await fixture<ImrfSchedule>(
        html`<imrf-schedule lang=${lang}></imrf-schedule>`,
      );
      await schedule.updateComplete;
      const zone = text(schedule.shadowRoot!.querySelector('[part=zone]'));
      const label = describeZone(NY, at, lang, t, NAMES);
      expect(zone).to.contain(label);
      // The toolbar's "forum time" choice says the same.
      const choices = [...schedule.shadowRoot!.querySelectorAll('fieldset label')].map(text);
      expect(choices[0]).to.equal(label);
      const table = await fixture<ImrfRoundtable>(
        html`<imrf-roundtable number="3" lang=${lang}></imrf-roundtable>`,
      );
      await table.updateComplete;
      expect(text(table.shadowRoot!.querySelector('[part=details]'))).to.contain(label);
      if (['ar', 'zh', 'ru', 'es'].includes(lang)) expect(zone).to.not.contain('New York');
    });
  }

  it('names the forum’s days after its place when another zone is shown', async () => {
    const el = await fixture<ImrfSchedule>(
      html`<imrf-schedule lang="ar" time-zone="Asia/Tokyo"></imrf-schedule>`,
    );
    await el.updateComplete;
    const zone = text(el.shadowRoot!.querySelector('[part=zone]'));
    expect(zone).to.contain('نيويورك');
    expect(zone).to.contain(intlName('ar', 'Asia/Tokyo', 'longGeneric'));
    expect(zone).to.not.match(/New York|Tokyo/);
  });

  it('drops the names with the zone they were written for', () => {
    const { forum } = validateForum({
      version: 1,
      id: 'x',
      title: 'X',
      timeZone: 'Nowhere/Special',
      timeZoneName: { en: 'Special' },
      sessions: [],
    });
    expect(forum.timeZoneName).to.equal(undefined);
  });
});
