// Failing networks, for every element of the library (and a provider with a
// child): each failure ends in the right state, never an exception, and Try
// again recovers once the server does. The endpoints are in test/server/hostile.js.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import type { ImrfElement } from '../../src/base/imrf-element.js';
import type { ForumErrorDetail, ForumLoadDetail } from '../../src/data/forum-controller.js';
import {
  libraryElements,
  mount,
  pwned,
  showsError,
  showsLoading,
  visibleText,
  watchProblems,
  type Mounted,
} from '../helpers/hostile.js';

type Settled = CustomEvent<ForumLoadDetail> | CustomEvent<ForumErrorDetail>;

const { rendering, providers } = await libraryElements();

/** Each element again under another tag, offering its way out after 150 ms instead of 8 s. */
const impatient = rendering.map((tag) => {
  const name = `${tag}-impatient`;
  if (!customElements.get(name)) {
    const element = customElements.get(tag) as unknown as Pick<typeof ImrfElement, 'slowAfterMs'> &
      (new () => HTMLElement);
    customElements.define(
      name,
      class extends element {
        static override slowAfterMs = 150;
      },
    );
  }
  return name;
});

let keys = 0;
const key = () => `net-${Date.now()}-${keys++}`;
const origin = location.origin;
/** The same test server under another host name: another origin. */
const crossOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

async function count(k: string): Promise<number> {
  return ((await (await fetch(`/hostile/net/count?key=${k}`)).json()) as { count: number }).count;
}

/**
 * How many of `k`'s huge answers are over (sent or let go of). Asked of the
 * other origin, whose connections none of those answers holds.
 */
async function released(k: string): Promise<number> {
  const answer = await fetch(`${crossOrigin}/hostile/net/released?key=${k}`);
  return ((await answer.json()) as { released: number }).released;
}

/**
 * Tells the server to answer `k` from now on. Sent to the other origin (no
 * answer needed), so it never waits behind the page's own requests: a
 * browser opens at most six connections to one server.
 */
async function recover(k: string): Promise<void> {
  await fetch(`${crossOrigin}/hostile/net/recover?key=${k}`, { mode: 'no-cors' });
}

/** The next imrf-load or imrf-error of the outer element. */
function next(m: Mounted): Promise<Settled> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      if (event.target !== m.outer) return;
      m.outer.removeEventListener('imrf-load', done);
      m.outer.removeEventListener('imrf-error', done);
      resolve(event as Settled);
    };
    m.outer.addEventListener('imrf-load', done);
    m.outer.addEventListener('imrf-error', done);
  });
}

const retryButton = (m: Mounted) =>
  m.shown.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry-button]');

describe('failing networks', function () {
  this.timeout(20000);
  let container: HTMLElement;
  const watch = watchProblems();

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    expect(watch.problems, 'exceptions, rejections, console errors').to.deep.equal([]);
  });
  after(() => watch.stop());

  /** Every element (and each provider with a child) on `url(key)`, each with its own key. */
  function mountAll(url: (key: string) => string) {
    const all: (Mounted & { key: string })[] = [];
    impatient.forEach((tag) => {
      const k = key();
      all.push({ ...mount(container, tag, { src: url(k) }), key: k });
    });
    providers.forEach((tag, i) => {
      const k = key();
      all.push({
        ...mount(container, tag, { src: url(k) }, impatient[i % impatient.length]),
        key: k,
      });
    });
    return all;
  }

  /** Fails with `reason` first; Try again then recovers, with one more request each. */
  async function failsThenRecovers(url: (key: string) => string, reason: string) {
    const all = mountAll(url);
    const first = await Promise.all(all.map((m) => m.settled));
    for (const [i, m] of all.entries()) {
      const event = first[i]!;
      expect(event.type, m.label).to.equal('imrf-error');
      expect((event as CustomEvent<ForumErrorDetail>).detail.reason, m.label).to.equal(reason);
      await (m.shown as ReactiveElement).updateComplete;
      expect(showsError(m.shown), `${m.label} shows the error state`).to.be.true;
      expect(visibleText(m.shown)).to.match(/\w/);
    }
    // The server recovers; each Try again makes a new request, which succeeds.
    const before = await Promise.all(all.map((m) => recover(m.key).then(() => count(m.key))));
    const again = all.map(next);
    for (const m of all) retryButton(m)!.click();
    for (const [i, event] of (await Promise.all(again)).entries()) {
      const m = all[i]!;
      expect(event.type, `${m.label} recovers`).to.equal('imrf-load');
      await (m.shown as ReactiveElement).updateComplete;
      expect(showsError(m.shown), m.label).to.be.false;
      expect(showsLoading(m.shown), m.label).to.be.false;
      expect(await count(m.key), `${m.label}: requests`).to.be.above(before[i]!);
    }
  }

  // What every Try again here relies on: the same URL asked twice reaches the
  // server twice (a cached answer would hide the server's recovery).
  it('the test server’s answers are never cached', async () => {
    const url = `/api/forum.json?key=${key()}`;
    await (await fetch(url)).text();
    await (await fetch(url)).text();
    const counted = await fetch(
      `/api/count?key=${new URL(url, location.href).searchParams.get('key')}`,
    );
    expect(((await counted.json()) as { count: number }).count).to.equal(2);
  });

  it('404: the error state, then Try again recovers', () =>
    failsThenRecovers((k) => `/hostile/net/status-404?key=${k}&times=1`, 'http'));

  it('500: the error state, then Try again recovers', () =>
    failsThenRecovers((k) => `/hostile/net/status-500?key=${k}&times=1`, 'http'));

  it('an HTML page instead of JSON: the error state, then Try again recovers', () =>
    failsThenRecovers((k) => `/hostile/net/html?key=${k}&times=1`, 'not-json'));

  it('a dropped connection: the error state, then Try again recovers', () =>
    // Without `times`: Chromium retries a request whose reused connection was
    // reset, so only /recover ends the failures.
    failsThenRecovers((k) => `/hostile/net/drop?key=${k}`, 'network'));

  // A browser opens at most six HTTP/1.1 connections to one server: a body
  // left unread holds its connection (until the response is garbage-collected,
  // in Chromium), and the page's other requests to that server wait.
  for (const [what, query, reason] of [
    ['a response that declares more than 10 MiB', '', 'too-large'],
    ['a response that grows past 10 MiB as it is read', '&chunked', 'too-large'],
    ['an HTTP error with a large body', '&status=503', 'http'],
  ] as const)
    it(`${what}: the error state, and its connection released at once`, async () => {
      const all = mountAll((k) => `/hostile/net/huge?key=${k}${query}`);
      for (const [i, event] of (await Promise.all(all.map((m) => m.settled))).entries()) {
        const m = all[i]!;
        expect(event.type, m.label).to.equal('imrf-error');
        expect((event as CustomEvent<ForumErrorDetail>).detail.reason, m.label).to.equal(reason);
      }
      for (const m of all)
        await waitUntil(async () => (await released(m.key)) === 1, `${m.label}: still held`, {
          timeout: 3000,
        });
    });

  it('a CORS refusal: the error state, then Try again recovers once the server allows it', async () => {
    const all = mountAll((k) => `${crossOrigin}/hostile/net/cors?key=${k}&times=1`);
    await Promise.all(all.map((m) => m.settled));
    // The server was reached and answered: the browser refused to hand the answer over.
    for (const m of all) expect(await count(m.key), m.label).to.equal(1);
    container.replaceChildren();
    await failsThenRecovers((k) => `${crossOrigin}/hostile/net/cors?key=${k}&times=1`, 'network');
  });

  it('a refused port: the error state, and Try again fails the same way without throwing', async () => {
    const all = mountAll(() => 'http://127.0.0.1:9/forum.json');
    const first = await Promise.all(all.map((m) => m.settled));
    first.forEach((e, i) => expect(e.type, all[i]!.label).to.equal('imrf-error'));
    const again = all.map(next);
    for (const m of all) retryButton(m)!.click();
    for (const [i, event] of (await Promise.all(again)).entries()) {
      expect((event as CustomEvent<ForumErrorDetail>).detail.reason).to.equal('network');
      await (all[i]!.shown as ReactiveElement).updateComplete;
      expect(showsError(all[i]!.shown)).to.be.true;
    }
  });

  it('a src that is a script or a page, not a URL of data: the error state, nothing runs', async () => {
    for (const src of [
      "javascript:window.__pwned = 'src'",
      ' JaVaScRiPt:window.__pwned = 1',
      'vbscript:msgbox(1)',
      'data:text/html,<script>parent.__pwned = 1</script>',
      'about:blank',
      'http://[::1',
    ]) {
      const all = mountAll(() => src);
      for (const [i, event] of (await Promise.all(all.map((m) => m.settled))).entries()) {
        expect(event.type, `${all[i]!.label}, ${src}`).to.equal('imrf-error');
        await (all[i]!.shown as ReactiveElement).updateComplete;
        expect(showsError(all[i]!.shown)).to.be.true;
      }
      container.replaceChildren();
    }
    expect(pwned()).to.equal(undefined);
  });

  it('JSON with the wrong content type is still read', async () => {
    for (const type of ['text/html', 'application/octet-stream', 'text/plain; charset=utf-8']) {
      const all = mountAll(
        (k) => `/hostile/net/typed?key=${k}&type=${encodeURIComponent(type)}&title=Typed`,
      );
      for (const [i, event] of (await Promise.all(all.map((m) => m.settled))).entries()) {
        expect(event.type, `${all[i]!.label}, ${type}`).to.equal('imrf-load');
        expect((event as CustomEvent<ForumLoadDetail>).detail.forum.title).to.equal('Typed');
      }
      container.replaceChildren();
    }
  });

  it('an answer that never comes: loading stays, then offers Try again, which recovers', async () => {
    const all = mountAll((k) => `/hostile/net/hang?key=${k}&times=1`);
    for (const m of all) {
      await (m.shown as ReactiveElement).updateComplete;
      expect(showsLoading(m.shown), `${m.label} is loading`).to.be.true;
      expect(retryButton(m), `${m.label}: no way out yet`).to.equal(null);
    }
    await waitUntil(() => all.every((m) => retryButton(m)), 'no way out offered', {
      timeout: 3000,
    });
    for (const m of all) {
      expect(showsLoading(m.shown), `${m.label} still loading`).to.be.true;
      expect(visibleText(m.shown)).to.match(/\w/);
    }
    // The server recovers before Try again. (Not "the second request answers":
    // with every element waiting, the browser's six connections to the test
    // server may all be held, so an element's first request may still be
    // queued in the browser, never sent, and Try again's would arrive first.)
    await Promise.all(all.map((m) => recover(m.key)));
    const loaded = all.map(next);
    for (const m of all) retryButton(m)!.click();
    for (const [i, event] of (await Promise.all(loaded)).entries()) {
      expect(event.type, all[i]!.label).to.equal('imrf-load');
      await (all[i]!.shown as ReactiveElement).updateComplete;
      expect(showsLoading(all[i]!.shown)).to.be.false;
      expect(retryButton(all[i]!)).to.equal(null);
    }
  });

  it('a slow answer overtaken by a newer src never overwrites it', async () => {
    const all = mountAll((k) => `/hostile/net/slow?key=${k}&delay=600&title=Old`);
    const titles = all.map(() => [] as unknown[]);
    all.forEach((m, i) =>
      m.outer.addEventListener('imrf-load', (e) => titles[i]!.push(e.detail.forum.title)),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const m of all)
      m.outer.setAttribute('src', `/hostile/net/typed?type=application/json&title=New`);
    // (Not within waitUntil's default second: WebKit can take longer to free
    // the connections of the requests the new src aborted.)
    await waitUntil(() => titles.every((t) => t.length > 0), 'the newer src never loaded', {
      timeout: 5000,
    });
    // Well past the moment the older answer would have arrived.
    await new Promise((resolve) => setTimeout(resolve, 900));
    titles.forEach((t, i) => expect(t, all[i]!.label).to.deep.equal(['New']));
  });

  it('offline (emulated): the error state, then Try again recovers once back online', async function () {
    if (!(await executeServerCommand('imrf-offline', { offline: true })))
      // Emulating offline needs the Chrome DevTools Protocol (Chromium only);
      // the dropped connection and the refused port above cover the other engines.
      this.skip();
    let all: (Mounted & { key: string })[] = [];
    try {
      all = mountAll((k) => `${origin}/hostile/net/typed?key=${k}&type=application/json`);
      const first = await Promise.all(all.map((m) => m.settled));
      first.forEach((e, i) => {
        expect(e.type, all[i]!.label).to.equal('imrf-error');
        expect((e as CustomEvent<ForumErrorDetail>).detail.reason).to.equal('network');
      });
    } finally {
      await executeServerCommand('imrf-offline', { offline: false });
    }
    const again = all.map(next);
    for (const m of all) retryButton(m)!.click();
    for (const [i, event] of (await Promise.all(again)).entries())
      expect(event.type, all[i]!.label).to.equal('imrf-load');
  });
});
