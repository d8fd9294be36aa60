// Fails when custom-elements.json is not what the analyzer makes of src/ now,
// or when @wc-toolkit/cem-validator finds it or package.json incomplete.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';
import * as prettier from 'prettier';

// The analyzer takes --outdir relative to the working directory.
const dir = join('.cache', 'manifest-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', dir], { stdio: 'inherit' });
  const options = { ...(await prettier.resolveConfig('custom-elements.json')), parser: 'json' };
  const fresh = await prettier.format(
    readFileSync(join(dir, 'custom-elements.json'), 'utf8'),
    options,
  );
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run manifest` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is current.');
  // The validator's rules, with some off (CONTRIBUTING.md says why): the analyzer
  // writes the schema version it implements (1.0.0); module and
  // definition paths name the sources (src/…), which the scripts and Storybook
  // read, and package.json's `exports` maps them to dist/; the types an
  // element's API names are exported from the package entry (src/index.ts), not
  // from each element's module. The base class is abstract: it has no tag.
  await validateCem(JSON.parse(committed), {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    exclude: ['ImrfElement'],
    rules: {
      manifest: {
        schemaVersion: 'off',
        modulePath: 'off',
        definitionPath: 'off',
        typeDefinitionPath: 'off',
        exportTypes: 'off',
      },
    },
  });
  console.log('custom-elements.json passes @wc-toolkit/cem-validator.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
