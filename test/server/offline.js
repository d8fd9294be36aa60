// A test-runner command that cuts the test page off from the test server's
// /hostile/net/ endpoints (or the URLs of `payload.pattern`), as when the
// visitor goes offline, and back:
// `await executeServerCommand('imrf-offline', { offline: true })`. Requests
// fail with Chromium's own net::ERR_INTERNET_DISCONNECTED (through the
// DevTools Protocol's Fetch domain, so the test runner's own connection stays
// up). Answers false where there is no DevTools Protocol, so a test can skip.
const sessions = new Map();

export const offline = {
  name: 'imrf-offline',
  async executeCommand({ command, payload, session }) {
    if (command !== 'imrf-offline') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page || session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name))
      return false;
    try {
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
      if (payload?.offline)
        await cdp.send('Fetch.enable', {
          patterns: [{ urlPattern: payload.pattern ?? '*/hostile/net/*' }],
        });
      else await cdp.send('Fetch.disable');
      return true;
    } catch {
      return false;
    }
  },
};
