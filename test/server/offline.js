// A test-runner command that cuts the test page off from the test server's
// /hostile/net/ endpoints (or the URLs of `payload.pattern`), as when the
// visitor goes offline, and back:
// `await executeServerCommand('imrf-offline', { offline: true })`. Requests
// fail with Chromium's own net::ERR_INTERNET_DISCONNECTED (through the
// DevTools Protocol's Fetch domain, so the test runner's own connection stays
// up). Answers false where there is no DevTools Protocol, so a test can skip;
// where there is one, a DevTools call that fails throws, so a test never goes
// on believing it is offline.
//
// Chromium acknowledges Fetch.enable and Fetch.disable before the page's
// requests see the change (it hands the page new loaders, asynchronously): a
// request made at once could still reach the server while "offline". So the
// command answers only once a request from the page to `payload.probe` (a URL
// the pattern covers; by default one of /hostile/net/) fails, or goes through
// again, as it should; it throws if that does not happen within two seconds.
const sessions = new Map();

/** Waits until a request from the page to `probe` fails when offline, and goes through when not. */
async function takenEffect(page, probe, offline) {
  for (let i = 0; i < 100; i++) {
    const failed = await page.evaluate(
      (url) =>
        fetch(url, { cache: 'no-store' }).then(
          () => false,
          () => true,
        ),
      probe,
    );
    if (failed === offline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`imrf-offline: ${probe} still ${offline ? 'reachable' : 'cut off'} after 2 s`);
}

/** The page's DevTools session that fails the requests it intercepts, made once. */
async function devtools(session, page) {
  let cdp = sessions.get(session.id);
  if (!cdp) {
    cdp = await page.createCDPSession();
    cdp.on('Fetch.requestPaused', ({ requestId }) =>
      cdp
        .send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' })
        .catch(() => {}),
    );
    sessions.set(session.id, cdp);
  }
  return cdp;
}

export const offline = {
  name: 'imrf-offline',
  async executeCommand({ command, payload, session }) {
    if (command !== 'imrf-offline') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name))
      return false;
    try {
      const cdp = await devtools(session, page);
      if (payload?.offline)
        await cdp.send('Fetch.enable', {
          patterns: [{ urlPattern: payload.pattern ?? '*/hostile/net/*' }],
        });
      else await cdp.send('Fetch.disable');
    } catch (error) {
      sessions.delete(session.id);
      throw new Error(`imrf-offline: the DevTools Protocol failed: ${error?.message ?? error}`);
    }
    const probe = payload?.probe ?? '/hostile/net/count?key=offline-probe';
    await takenEffect(page, probe, Boolean(payload?.offline));
    return true;
  },
};
