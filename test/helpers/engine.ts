/**
 * What the browser running the tests can do, for the few tests that depend
 * on the engine (the suite runs in Chromium, Firefox ESR and WebKitGTK).
 */

/** Media emulation (dark, print) needs the Chrome DevTools Protocol: Chromium only. */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

/**
 * The Space key for sendKeys: puppeteer's Chromium and WebDriver know it by
 * name, Firefox's WebDriver BiDi only as the character.
 */
export const SPACE = /Firefox\//.test(navigator.userAgent) ? ' ' : 'Space';

/** WebKitGTK's MiniBrowser, driven through WebKitWebDriver. */
export const isWebKit =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);
