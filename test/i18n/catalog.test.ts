import { expect } from '@open-wc/testing';
import ar from '../../src/i18n/catalogs/ar.js';
import en from '../../src/i18n/catalogs/en.js';
import es from '../../src/i18n/catalogs/es.js';
import fr from '../../src/i18n/catalogs/fr.js';
import ru from '../../src/i18n/catalogs/ru.js';
import zh from '../../src/i18n/catalogs/zh.js';
import { catalogOf, fill, loadCatalog } from '../../src/i18n/catalog.js';
import { LANGUAGES } from '../../src/i18n/languages.js';

type Tree = { [key: string]: string | Tree };

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** A count message (`Plural`): forms by plural category, `other` always there. */
const isPlural = (value: Tree): boolean =>
  'other' in value && Object.keys(value).every((k) => CATEGORIES.includes(k));

/** Every string of a catalog by its dotted path; a count message by its `other` form. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (isPlural(value)) out.set(path, value.other as string);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

/** Every count message of a catalog by its dotted path. */
function plurals(tree: Tree, prefix = ''): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') continue;
    if (isPlural(value)) out.set(path, value as Record<string, string>);
    else for (const [p, v] of plurals(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const CATALOGS = { ar, en, es, fr, ru, zh } as unknown as Record<string, Tree>;

describe('catalogs', () => {
  const reference = flatten(en as unknown as Tree);

  it('exist for exactly the six UN languages', () => {
    expect(Object.keys(CATALOGS).sort()).to.deep.equal([...LANGUAGES]);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const strings = flatten(CATALOGS[language]!);

      it('has every string of the English catalog, and no other', () => {
        const missing = [...reference.keys()].filter((k) => !strings.has(k));
        const extra = [...strings.keys()].filter((k) => !reference.has(k));
        expect(missing, 'missing').to.deep.equal([]);
        expect(extra, 'extra').to.deep.equal([]);
      });

      it('has no empty string', () => {
        const empty = [...strings].filter(([, v]) => v.trim() === '').map(([k]) => k);
        expect(empty).to.deep.equal([]);
      });

      it('keeps every placeholder of the English string', () => {
        const wrong = [...reference]
          .filter(
            ([k, v]) =>
              strings.has(k) && placeholders(strings.get(k)!).join() !== placeholders(v).join(),
          )
          .map(([k]) => k);
        expect(wrong).to.deep.equal([]);
      });

      it('writes count messages with the plural categories of the language only', () => {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const wrong = [...plurals(CATALOGS[language]!)]
          .filter(([k, forms]) => {
            const english = placeholders(reference.get(k) ?? '');
            return Object.entries(forms).some(
              ([category, form]) =>
                !categories.includes(category as Intl.LDMLPluralRule) ||
                form.trim() === '' ||
                placeholders(form).some((p) => !english.includes(p)),
            );
          })
          .map(([k]) => k);
        expect(wrong).to.deep.equal([]);
      });

      if (language !== 'en') {
        it('is translated (not a copy of English)', () => {
          const same = [...reference].filter(
            ([k, v]) => strings.get(k) === v && /[a-z]{4}/i.test(v),
          );
          // A few strings may legitimately match (e.g. "Programme" in French); most must not.
          expect(same.length, same.map(([k]) => k).join(', ')).to.be.below(reference.size / 10);
        });
      }
    });
  }
});

describe('loadCatalog', () => {
  it('loads a language once and keeps it', async () => {
    const first = await loadCatalog('ru');
    expect(first).to.equal(ru);
    expect(catalogOf('ru')).to.equal(ru);
    expect(await loadCatalog('ru')).to.equal(first);
  });

  it('has English without loading anything', () => {
    expect(catalogOf('en')).to.equal(en);
  });
});

describe('fill', () => {
  it('replaces placeholders and leaves unknown ones visible', () => {
    expect(fill('Round table {number} in {room}', { number: 3, room: 'CR4' })).to.equal(
      'Round table 3 in CR4',
    );
    expect(fill('{a} {b}', { a: 'x' })).to.equal('x {b}');
  });

  it('does not read inherited properties', () => {
    expect(fill('{constructor}', {})).to.equal('{constructor}');
  });
});
