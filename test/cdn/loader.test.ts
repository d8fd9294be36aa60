// The loader (dist/cdn/imrf-widgets.js, built by `npm run build`, which npm
// test runs first): one script tag defines the elements a page uses, when it
// uses them, and the page downloads only what those elements need.
import { expect, waitUntil } from '@open-wc/testing';
import {
  closePages,
  isRendered,
  manifestElements,
  openPage,
  shadowText,
  type PageWindow,
} from '../helpers/page.js';

afterEach(closePages);

/** The CDN files the page has downloaded, relative to dist/cdn/. */
const downloaded = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));

/** The page's resource timings of the URLs whose path matches `pattern`. */
const resources = (win: PageWindow, pattern: RegExp) =>
  win.performance
    .getEntriesByType('resource')
    .filter((e) => pattern.test(new URL(e.name).pathname)) as PerformanceResourceTiming[];

const rendered = (element: Element | null | undefined, what: string) =>
  waitUntil(() => element && isRendered(element), `${what} not rendered`, { timeout: 10000 });

const OTHERS = ['imrf-roundtable', 'imrf-objectives', 'imrf-pledge-form', 'imrf-about'];

describe('the loader', () => {
  it('defines the elements on the page at load, and only them', async () => {
    const win = await openPage('/test/fixtures/loader/present.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    for (const tag of OTHERS) expect(win.customElements.get(tag), tag).to.equal(undefined);
    const files = downloaded(win);
    expect(files).to.include('imrf-schedule.js');
    expect(files.some((f) => /^chunks\/shared-/.test(f))).to.equal(true);
    // The default data in English: no other source, no other language.
    expect(files.filter((f) => f.startsWith('data/'))).to.have.length(1);
    expect(files.some((f) => /^data\/imrf-2022-en-/.test(f))).to.equal(true);
    // Asked for beside the element's own file, not a round trip after its chunks.
    const entry = (pattern: RegExp) => resources(win, pattern)[0]!;
    const data = entry(/\/data\/imrf-2022-en-/);
    const element = entry(/\/imrf-schedule\.js$/);
    // (At most: WebKit's times are whole milliseconds, and a cached file takes none.)
    expect(data.startTime, 'the data asked for before the element’s file arrived').to.be.at.most(
      element.responseEnd,
    );
    expect(entry(/\/chunks\/shared-/).startTime).to.be.at.most(element.responseEnd);
    // The built-in data comes validated: no data reader, no validator.
    expect(files.filter((f) => /^chunks\/reader-/.test(f))).to.deep.equal([]);
    // Nothing of the other elements, and no strings of another language.
    expect(
      files.filter((f) => /pledge|about|objectives|roundtable|locales\//.test(f)),
    ).to.deep.equal([]);
    expect(win.problems).to.deep.equal([]);
  });

  it('defines an element added later, loading its file then', async () => {
    const win = await openPage('/test/fixtures/loader/present.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    expect(downloaded(win)).not.to.include('imrf-roundtable.js');
    const table = win.document.createElement('imrf-roundtable');
    table.setAttribute('number', '3');
    table.lang = 'fr';
    win.document.body.append(table);
    await rendered(table, 'the round table added later');
    await waitUntil(() => table.shadowRoot!.textContent!.includes('Table ronde 3'), 'in French');
    const files = downloaded(win);
    expect(files).to.include('imrf-roundtable.js');
    // Its French strings, and not the programme's (the programme is in English).
    expect(files.some((f) => /^locales\/fr-roundtable-/.test(f))).to.equal(true);
    expect(files.some((f) => /^locales\/fr-schedule-/.test(f))).to.equal(false);
    // The shared chunk once, for both elements.
    expect(files.filter((f) => /^chunks\/shared-/.test(f))).to.have.length(1);
    expect(win.problems).to.deep.equal([]);
  });

  it('does not download the default data on a page that has its own', async () => {
    const win = await openPage('/test/fixtures/loader/src.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    await rendered(win.document.querySelector('imrf-roundtable'), '<imrf-roundtable>');
    const table = win.document.querySelector('imrf-roundtable')!.shadowRoot!;
    expect(table.textContent).to.contain('Round table 2');
    // Its co-chairs by their M49 names, from the table of names its data needs.
    expect(table.querySelector('[part=co-chairs]')!.textContent).to.equal('Ecuador and Tajikistan');
    const files = downloaded(win);
    expect(files.filter((f) => f.startsWith('data/'))).to.deep.equal([]);
    // The data reader instead, once for the page, and the English names once.
    expect(files.filter((f) => /^chunks\/reader-/.test(f))).to.have.length(1);
    // The reader asked for beside the element's file, not once the element's
    // chunks have arrived and run. (Before their end rather than before the
    // file's: WebKit's times are whole milliseconds, and a local server
    // answers in one or two.)
    const chunks = resources(win, /\/chunks\/(?!shared-|reader-)/).map((e) => e.responseEnd);
    expect(chunks).not.to.deep.equal([]);
    expect(resources(win, /\/chunks\/reader-/)[0]!.startTime).to.be.below(Math.max(...chunks));
    // Its data asked for before its tag was defined, once: its first render shows it.
    expect(
      win.performance.getEntriesByType('resource').filter((e) => /\/imrf-2022\.json$/.test(e.name)),
      'one request for the two elements’ src',
    ).to.have.length(1);
    expect((win as PageWindow & { firstRender?: string }).firstRender).to.equal('the programme');
    expect(files.filter((f) => /^locales\//.test(f))).to.have.length(1);
    expect(files.filter((f) => /^locales\/countries-en-/.test(f))).to.have.length(1);
    expect(win.problems).to.deep.equal([]);
  });

  it('starts what a src needs before the element’s own file has arrived: the reader, the data, the country names', async () => {
    // The CDN sends the element's own file 500 ms late (SLOW_MS, test/server/pages.js).
    const win = await openPage('/test/fixtures/loader/slow.html');
    const schedule = win.document.querySelector('imrf-schedule');
    await rendered(schedule, '<imrf-schedule>');
    expect(shadowText(schedule!)).to.contain('Opening segment');
    const entry = (pattern: RegExp) => resources(win, pattern)[0]!;
    const element = entry(/\/imrf-schedule\.js$/);
    expect(element.responseEnd - element.startTime, 'the element’s file was late').to.be.above(400);
    for (const [what, pattern] of [
      ['the data reader', /\/chunks\/reader-/],
      ['the data', /\/imrf-2022\.json$/],
      ['the country names', /\/locales\/countries-en-/],
    ] as const)
      expect(
        entry(pattern)?.startTime,
        `${what} asked for before the element’s file arrived`,
      ).to.be.below(element.responseEnd - 200);
    expect(win.problems).to.deep.equal([]);
  });

  it('takes a blank src for no src: the built-in data, and nothing else asked for', async () => {
    const win = await openPage('/test/fixtures/loader/blank-src.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    expect(shadowText(win.document.querySelector('imrf-schedule')!)).to.contain('Opening segment');
    const asked = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // Not the page itself, which is what a blank URL fetches.
    expect(asked).not.to.include(new URL(win.location.href).pathname);
    expect(asked.some((path) => /\/data\/imrf-2022-en-/.test(path))).to.equal(true);
    expect(win.problems).to.deep.equal([]);
  });

  it('leaves an element added once its tag is defined to load its src itself: one request', async () => {
    const win = await openPage('/test/fixtures/loader/src.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    const key = `later${Date.now()}`;
    const later = win.document.createElement('imrf-schedule');
    later.setAttribute('src', `/api/forum.json?key=${key}&title=Later`);
    win.document.body.append(later);
    await waitUntil(() => shadowText(later).includes('Later'), 'the later src not shown');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { count } = (await (await fetch(`/api/count?key=${key}`)).json()) as { count: number };
    expect(count).to.equal(1);
  });

  it('finds elements in shadow roots: open ones in the HTML, and closed ones attached later', async () => {
    const win = (await openPage('/test/fixtures/loader/shadow.html')) as PageWindow & {
      inside?: Element;
    };
    const card = win.document
      .querySelector('#declarative')!
      .shadowRoot!.querySelector('imrf-about');
    await rendered(card, 'the card in a declarative shadow root');
    win.document.body.append(win.document.createElement('partner-panel'));
    await waitUntil(() => win.inside, 'the partner component rendered');
    await rendered(win.inside, '<imrf-objectives> in a closed shadow root');
    expect(win.problems).to.deep.equal([]);
  });

  it('stops watching once every element is defined', async () => {
    const win = await openPage('/test/fixtures/loader/present.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    const native = () => String(win.Element.prototype.attachShadow).includes('[native code]');
    expect(native(), 'watching new shadow roots').to.equal(false);
    const tags = (await manifestElements()).map((element) => element.tagName);
    for (const tag of tags) win.document.body.append(win.document.createElement(tag));
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'not all defined');
    await waitUntil(native, 'the browser’s attachShadow is back');
    expect(win.problems).to.deep.equal([]);
  });

  it('defines an element once what its first render needs is here: nothing moves twice', async () => {
    const win = (await openPage('/test/fixtures/loader/no-shift.html', 1000, 700)) as PageWindow & {
      shifts: number[];
    };
    const schedule = win.document.querySelector('imrf-schedule')!;
    await win.customElements.whenDefined('imrf-schedule');
    // Defined only with the built-in data and the French strings at hand: the
    // first render is the programme, never the empty waiting box.
    expect(schedule.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    await rendered(schedule, '<imrf-schedule>');
    expect(schedule.shadowRoot!.textContent).to.contain('Dialogue politique');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.shifts.reduce((a, b) => a + b, 0)).to.equal(0);
    expect(win.problems).to.deep.equal([]);
  });

  it('runs once when a page loads it twice', async () => {
    const win = await openPage('/test/fixtures/loader/twice.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    await rendered(win.document.querySelector('imrf-objectives'), '<imrf-objectives>');
    const files = downloaded(win);
    expect(files.filter((f) => f === 'imrf-schedule.js')).to.have.length(1);
    expect(win.problems).to.deep.equal([]);
  });
});

describe('define.js', () => {
  it('defines every element up front, on a page that has none yet', async () => {
    const win = await openPage('/test/fixtures/loader/define-all.html');
    const tags = (await manifestElements()).map((element) => element.tagName);
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'not all defined');
    // Nothing on the page needs data: none is downloaded.
    expect(downloaded(win).filter((f) => f.startsWith('data/'))).to.deep.equal([]);
    expect(win.problems).to.deep.equal([]);
  });
});

describe('Subresource Integrity of the chunks', () => {
  it('loads every chunk under an import map with their hashes', async () => {
    const win = await openPage('/test/loader/integrity.html');
    await rendered(win.document.querySelector('imrf-schedule'), '<imrf-schedule>');
    expect(win.problems).to.deep.equal([]);
  });

  it('refuses a chunk whose hash does not match, and says so', async function () {
    const win = await openPage('/test/loader/integrity.html?bad');
    await waitUntil(() => win.problems!.length > 0, 'no error', { timeout: 5000 });
    expect(win.problems!.join('\n')).to.contain('<imrf-schedule> could not be loaded');
    expect(win.customElements.get('imrf-schedule')).to.equal(undefined);
    // The partner's fallback inside the tag stays.
    expect(
      win.document.querySelector('imrf-schedule a')!.getClientRects().length,
    ).to.be.greaterThan(0);
  });

  it('says so in the element, with a way to try again, when the data reader is refused', async () => {
    const win = await openPage('/test/loader/integrity.html?bad=reader');
    const schedule = win.document.querySelector('imrf-schedule')!;
    await waitUntil(() => schedule.shadowRoot?.querySelector('[part=error]'), 'no error shown', {
      timeout: 10000,
    });
    const error = schedule.shadowRoot!.querySelector('[part=error]')!;
    expect(error.textContent!.trim()).not.to.equal('');
    expect(error.querySelector('[part=retry-button]')).not.to.equal(null);
    // The browser reports the refused file; the page has no other problem.
    expect(win.problems!.every((p) => /reader-|integrity/i.test(p))).to.equal(true);
  });

  it('recovers with Try again once the data reader can be downloaded again', async function () {
    // Firefox keeps a failed module import for the life of the page (its module
    // map), so no script there can import that file again: only a reload
    // recovers. Chromium and WebKit fetch it again.
    if (/Firefox\//.test(navigator.userAgent)) this.skip();
    // A CDN's outage: the reader's chunk answers 503 until the server is told to recover.
    const key = `k${Date.now()}`;
    const requests = async (path = 'requests') =>
      (await (await fetch(`/flaky/${key}/${path}`)).json()) as string[];
    const win = await openPage(`/test/loader/flaky.html?key=${key}`);
    const schedule = win.document.querySelector('imrf-schedule')!;
    const retry = () =>
      schedule.shadowRoot?.querySelector<HTMLButtonElement>('[part=error] [part=retry-button]');
    await waitUntil(retry, 'no Try again shown', { timeout: 5000 });
    const failed = (await requests()).filter((path) => path.includes('/reader-')).length;
    expect(failed, 'the reader was asked for').to.be.greaterThan(0);
    await requests('recover');
    retry()!.click();
    await waitUntil(
      () => shadowText(schedule).includes('Opening segment'),
      'not the programme after Try again',
      { timeout: 5000 },
    );
    expect(schedule.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    const asked = (await requests()).filter((path) => path.includes('/reader-')).length;
    expect(asked, 'Try again asked for the reader once more').to.equal(failed + 1);
    // The browser reports the failed file; the page has no other problem.
    expect(win.problems!.every((p) => /reader-|503|dynamically imported/i.test(p))).to.equal(true);
  });
});
