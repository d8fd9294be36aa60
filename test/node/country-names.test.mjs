// Country names are the UN's (M49), never the browser's: the six generated
// modules match the CSV they come from, the CSV matches the shared copy when
// there is one beside the clone, and nothing in src/ asks Intl for names.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSV, LANGUAGES, parseCsv, readCountries } from '../../scripts/country-names.mjs';

test(
  'src/i18n/countries/*.ts are what data/un-m49-country-names.csv gives',
  { skip: !existsSync(CSV) && 'data/un-m49-country-names.csv is absent' },
  () => {
    const run = spawnSync(process.execPath, ['scripts/country-names.mjs', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  },
);

test('the CSV reader takes quotes, doubled quotes and both line ends', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, y","say ""hi"""\n\nz,\n'), [
    ['a', 'b'],
    ['x, y', 'say "hi"'],
    ['z', ''],
  ]);
  const header = 'm49,iso2,iso3,en,fr,es,ar,zh,ru\n';
  assert.throws(() => readCountries(`${header}1,KR,KOR,Korea,,b,c,d,e\n`), /no French name/);
  assert.throws(() => readCountries(`${header}1,K,KOR,a,b,c,d,e,f\n`), /no ISO alpha-2/);
  assert.throws(
    () => readCountries(`${header}1,KR,KOR,a,b,c,d,e,f\n2,KR,KOR,a,b,c,d,e,f\n`),
    /KR twice/,
  );
});

test(
  'the M49 list: 248 countries and areas, each named in the six languages',
  {
    skip: !existsSync(CSV) && 'data/un-m49-country-names.csv is absent',
  },
  () => {
    const countries = readCountries(readFileSync(CSV, 'utf8'));
    assert.equal(countries.length, 248);
    const kr = countries.find((c) => c.iso2 === 'KR');
    assert.deepEqual(
      LANGUAGES.map((l) => kr[l]),
      [
        'Republic of Korea',
        'République de Corée',
        'República de Corea',
        'جمهورية كوريا',
        '大韩民国',
        'Республика Корея',
      ],
    );
    assert.equal(
      countries.find((c) => c.iso2 === 'TW'),
      undefined,
      'M49 counts Taiwan within China',
    );
  },
);

/** Every file under a folder. */
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

test('no country name in src/ comes from Intl.DisplayNames (CLDR)', () => {
  const users = files('src').filter((file) => readFileSync(file, 'utf8').includes('DisplayNames'));
  assert.deepEqual(users, []);
});
