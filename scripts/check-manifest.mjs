// Fails when custom-elements.json is not what the analyzer makes of src/ now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
