import { expect } from '@open-wc/testing';
import ar from '../../src/i18n/catalogs/ar.js';
import en from '../../src/i18n/catalogs/en.js';
import es from '../../src/i18n/catalogs/es.js';
import fr from '../../src/i18n/catalogs/fr.js';
import ru from '../../src/i18n/catalogs/ru.js';
import zh from '../../src/i18n/catalogs/zh.js';
import { fill } from '../../src/i18n/catalog.js';
import { loadCatalog } from '../helpers/catalog.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { formatNumber, isPlural, plural, type Plural } from '../../src/i18n/plural.js';

type Tree = { [key: string]: string | Plural | Tree };

/** The forms of a plural message, joined by this, stand for it as one string. */
const FORMS = '\u0000';

/**
 * Every message of a catalog by its dotted path; a plural message is one
 * entry, its forms joined, so the paths are the same in every language.
 */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, value] of messages(tree, prefix))
    out.set(path, typeof value === 'string' ? value : Object.values(value).join(FORMS));
  return out;
}

/** Every message of a catalog by its dotted path, plural messages as they are. */
function messages(tree: Tree, prefix = ''): Map<string, string | Plural> {
  const out = new Map<string, string | Plural>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) out.set(path, value);
    else for (const [p, v] of messages(value, path)) out.set(p, v);
  }
  return out;
}

/** The plural categories a language uses for whole numbers. */
function wholeNumberCategories(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const found = new Set<string>(['other']);
  for (let n = 0; n <= 1000; n++) found.add(rules.select(n));
  found.add(rules.select(1_000_000));
  return [...found].sort();
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
        const empty = [...strings]
          .filter(([, v]) => v.split(FORMS).some((form) => form.trim() === ''))
          .map(([k]) => k);
        expect(empty).to.deep.equal([]);
      });

      it('keeps every placeholder of the English string', () => {
        const english = messages(en as unknown as Tree);
        const wrong = [...messages(CATALOGS[language]!)]
          .filter(([k, v]) => {
            const want = english.get(k);
            if (want === undefined) return false;
            const wanted = placeholders(typeof want === 'string' ? want : want.other);
            if (typeof v === 'string') return placeholders(v).join() !== wanted.join();
            // A plural form other than `other` may say its number as a word
            // (Arabic "يومين", two days): only `{count}` may be left out there.
            return Object.entries(v).some(([category, form]) => {
              const has = placeholders(form);
              const needed = category === 'other' ? wanted : wanted.filter((p) => p !== 'count');
              return needed.some((p) => !has.includes(p)) || has.some((p) => !wanted.includes(p));
            });
          })
          .map(([k]) => k);
        expect(wrong).to.deep.equal([]);
      });

      it('says every count with plural forms, one for each category of the language', () => {
        const categories = wholeNumberCategories(language);
        const english = messages(en as unknown as Tree);
        for (const [path, value] of messages(CATALOGS[language]!)) {
          const countsInEnglish = english.get(path);
          if (typeof value === 'string') {
            // A count in a plain string would read "1 characters": it must be plural.
            expect(/\{count\}/.test(value), `${path} says {count} without plural forms`).to.be
              .false;
            expect(isPlural(countsInEnglish), `${path} is plural in English`).to.be.false;
            continue;
          }
          expect(Object.keys(value).sort(), path).to.deep.equal(categories);
        }
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

describe('plural messages', () => {
  const COUNTS = [0, 1, 2, 5, 11, 21, 100];

  for (const language of LANGUAGES) {
    it(`take the form of each count's category in ${language}`, async () => {
      const catalog = await loadCatalog(language);
      const rules = new Intl.PluralRules(language);
      for (const count of COUNTS) {
        const message = catalog.pledge.countLeft;
        const said = plural(message, count, language);
        const form = message[rules.select(count)] ?? message.other;
        expect(said, `${language} ${count}`).to.equal(
          form.replace('{count}', formatNumber(count, language)),
        );
        expect(said).to.contain(formatNumber(count, language));
        expect(said).not.to.match(/\{\w+\}/);
      }
    });
  }

  it('read as people write them', () => {
    const said = (message: Plural, count: number, language: string) =>
      plural(message, count, language);
    expect(said(en.pledge.countLeft, 1, 'en')).to.equal('You have 1 character remaining');
    expect(said(en.pledge.countLeft, 0, 'en')).to.equal('You have 0 characters remaining');
    expect(said(en.pledge.countLeft, 21, 'en')).to.equal('You have 21 characters remaining');
    expect(said(ru.pledge.countLeft, 1, 'ru')).to.equal('Остался 1 знак');
    expect(said(ru.pledge.countLeft, 21, 'ru')).to.equal('Остался 21 знак');
    expect(said(ru.pledge.countLeft, 2, 'ru')).to.equal('Осталось 2 знака');
    expect(said(ru.pledge.countLeft, 5, 'ru')).to.equal('Осталось 5 знаков');
    expect(said(ru.pledge.countLeft, 11, 'ru')).to.equal('Осталось 11 знаков');
    expect(said(fr.pledge.countLeft, 0, 'fr')).to.equal('Il vous reste 0 caractère');
    expect(said(fr.pledge.countLeft, 2, 'fr')).to.equal('Il vous reste 2 caractères');
    expect(said(es.pledge.countLeft, 1, 'es')).to.equal('Le queda 1 carácter');
    expect(said(zh.pledge.countLeft, 1, 'zh')).to.equal('您还可以输入 1 个字符');
    const ar2 = formatNumber(2, 'ar');
    expect(said(ar.pledge.countLeft, 2, 'ar')).to.equal(`يتبقى لكم ${ar2} حرفان`);
    expect(said(ar.pledge.countLeft, 5, 'ar')).to.contain('أحرف');
    expect(said(ar.pledge.countLeft, 11, 'ar')).to.contain('حرفًا');
    expect(said(ar.pledge.countLeft, 100, 'ar')).to.match(/ حرف$/);
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
