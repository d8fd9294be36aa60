import { expect } from '@open-wc/testing';
import data from '../../data/imrf-2022.json';
import { defaultForum, loadedDefaultForum } from '../../src/data/default-forum.js';
import { validateForum } from '../../src/data/validate.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

/** The data with each localized text kept in these languages only. */
function keep(value: unknown, languages: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => keep(item, languages));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const localized = entries.length > 0 && entries.every(([k]) => LANGUAGES.includes(k as never));
  return Object.fromEntries(
    entries
      .filter(([k]) => !localized || languages.includes(k))
      .map(([k, v]) => [k, keep(v, languages)]),
  );
}

describe('the default data in chunks', () => {
  it('is the English forum for English, with no other language in it', async () => {
    const { forum, warnings } = await defaultForum('en');
    expect(warnings).to.deep.equal([]);
    expect(forum).to.deep.equal(validateForum(keep(data, ['en'])).forum);
    expect(JSON.stringify(forum)).not.to.match(/"(fr|es|ar|ru|zh)":/);
    expect(loadedDefaultForum('en')).to.equal(await defaultForum('en'));
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`has the ${language} texts of data/imrf-2022.json, and English, in ${language}`, async () => {
      const { forum } = await defaultForum(language);
      expect(forum).to.deep.equal(validateForum(keep(data, ['en', language])).forum);
    });
  }

  it('loads a language once per page', async () => {
    const first = defaultForum('fr');
    expect(defaultForum('fr')).to.equal(first);
    expect(await first).to.equal(loadedDefaultForum('fr'));
  });
});
