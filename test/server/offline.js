// A test-runner command that cuts the test page off from the test server's
// /hostile/net/ endpoints (or the URLs of `payload.pattern`), as when the
// visitor goes offline, and back:
// `await executeServerCommand('imrf-offline', { offline: true })`. Requests
// fail with Chromium's own net::ERR_INTERNET_DISCONNECTED (through the
// DevTools Protocol's Fetch domain, so the test runner's own connection stays
// up). Answers false where there is no DevTools Protocol, so a test can skip;
// where there is one, a DevTools call that fails twice (with a new session the
// second time) throws, so a test never goes on believing it is offline.
const sessions = new Map();

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
    for (let attempt = 1; ; attempt++) {
      try {
        const cdp = await devtools(session, page);
        if (payload?.offline)
          await cdp.send('Fetch.enable', {
            patterns: [{ urlPattern: payload.pattern ?? '*/hostile/net/*' }],
          });
        else await cdp.send('Fetch.disable');
        return true;
      } catch (error) {
        sessions
          .get(session.id)
          ?.detach()
          .catch(() => {});
        sessions.delete(session.id);
        if (attempt === 2)
          throw new Error(`imrf-offline: the DevTools Protocol failed: ${error?.message ?? error}`);
      }
    }
  },
};
