// Makes sure a Chrome or Chromium is there for the browser tests: on Debian
// or Ubuntu as root, installs the distribution's chromium; elsewhere, says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('No Chrome or Chromium found: installing Debian’s chromium (about two minutes)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!findChromium()) {
    console.error(
      'No Chrome or Chromium found: run `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome executable, then `npm test` again.',
    );
    process.exit(1);
  }
}
