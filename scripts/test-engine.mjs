// Runs the browser suite in another engine: `node scripts/test-engine.mjs firefox|webkit`.
// Firefox ESR runs headless; WebKitGTK's MiniBrowser needs an X display, so it
// runs under xvfb-run with WebKitWebDriver beside it. Both come from Debian's
// packages (firefox-esr; webkit2gtk-driver, xvfb, xauth): installed here when
// missing and running as root, else named in a one-line message.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const engine = process.argv[2];
const NEEDS = {
  firefox: { files: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    files: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
};
const need = NEEDS[engine];
if (!need) {
  console.error('usage: node scripts/test-engine.mjs firefox|webkit');
  process.exit(2);
}
if (!need.files.every(existsSync)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...need.packages], { stdio: 'inherit', env });
  } else {
    console.error(
      `Install ${need.packages.join(' ')} (sudo apt-get install ${need.packages.join(' ')}), then run this again.`,
    );
    process.exit(1);
  }
}

const wtr = ['npx', 'wtr', ...process.argv.slice(3)];
const env = { ...process.env, ENGINE: engine, TZ: 'Asia/Tokyo' };
let child;
if (engine === 'firefox') {
  child = spawn(wtr[0], wtr.slice(1), { stdio: 'inherit', env });
} else {
  const script = `WebKitWebDriver --port=4445 >/dev/null 2>&1 & driver=$!; sleep 1; ${wtr.join(' ')}; status=$?; kill $driver; exit $status`;
  child = spawn('xvfb-run', ['-a', 'sh', '-c', script], { stdio: 'inherit', env });
}
child.on('exit', (code) => process.exit(code ?? 1));
