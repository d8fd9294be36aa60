import { expect } from '@open-wc/testing';
import en from '../../src/i18n/catalogs/en.js';
import { loadCatalog } from '../helpers/catalog.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { isPlural } from '../../src/i18n/plural.js';

/** Every message of a section, by its path (a plural message's `other` form). */
function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (isPlural(value)) found.set(path, value.other);
  else
    for (const [key, child] of Object.entries(value as object))
      strings(child, `${path}.${key}`).forEach((text, at) => found.set(at, text));
  return found;
}
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('pledge form strings', () => {
  for (const language of LANGUAGES) {
    it(`has every string of the form in ${language}, with its placeholders`, async () => {
      const catalog = await loadCatalog(language);
      const reference = strings(en.pledge);
      const mine = strings(catalog.pledge);
      expect([...mine.keys()]).to.deep.equal([...reference.keys()]);
      for (const [path, text] of mine) {
        expect(text.trim(), path).not.to.equal('');
        expect(placeholders(text), `${language}${path}`).to.deep.equal(
          placeholders(reference.get(path)!),
        );
      }
    });
  }
});
