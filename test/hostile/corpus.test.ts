// Every file of the hostile corpus (test/fixtures/hostile/, served by
// test/server/hostile.js) into every element of the library, through `src` and
// through `data`: never an exception, never a blank box, never a script, never
// a dangerous link, never a polluted prototype; and the state each file calls for.
import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { ForumErrorDetail, ForumLoadDetail } from '../../src/data/forum-controller.js';
import {
  dangers,
  libraryElements,
  mount,
  pollution,
  pwned,
  showsError,
  visibleText,
  watchProblems,
  type Elements,
  type Source,
} from '../helpers/hostile.js';
import { modelProblems } from '../helpers/model-invariants.js';

type Settled = Awaited<ReturnType<typeof mount>['settled']>;

interface Entry {
  name: string;
  expect: 'ready' | 'error' | 'any';
  reason?: string;
  warnings?: boolean;
}

const corpus: Entry[] = await (await fetch('/hostile/corpus')).json();
const { rendering, providers }: Elements = await libraryElements();

/** The file's exact text, byte-order mark included (Response.text() would drop it). */
async function text(name: string): Promise<string> {
  const bytes = await (await fetch(`/hostile/files/${name}`)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** The state `entry` calls for, shown by `el`, which announced `event`. */
function check(entry: Entry, what: string, el: HTMLElement, event: Settled) {
  expect(visibleText(el, 1), `${what}: never a blank box`).to.not.equal('');
  if (event.type === 'imrf-error') {
    const { message, reason } = (event as CustomEvent<ForumErrorDetail>).detail;
    expect(showsError(el), `${what}: the error state`).to.be.true;
    if (entry.expect === 'ready')
      expect.fail(`${what}: an error (${message}) instead of the valid part`);
    if (entry.reason) expect(reason, `${what}: reason`).to.equal(entry.reason);
  } else {
    const { forum, warnings } = (event as CustomEvent<ForumLoadDetail>).detail;
    expect(modelProblems(forum, warnings), `${what}: the model's guarantees`).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~=error]'), `${what}: no error state`).to.equal(null);
    if (entry.expect === 'error') expect.fail(`${what}: shown although the file is not a forum`);
    if (entry.expect === 'ready' && entry.warnings === false)
      expect(warnings.length, `${what}: warnings`).to.equal(0);
    else if (entry.expect === 'ready')
      expect(warnings.length, `${what}: what was left out is reported`).to.be.above(0);
  }
}

describe('the hostile data corpus', function () {
  // The 50,000 sessions take a while: the schedule renders them all at once.
  this.timeout(120000);
  let container: HTMLElement;
  const watch = watchProblems();

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());
  after(() => watch.stop());

  it('has at least 40 files, among them every kind of hostile document', () => {
    expect(corpus.length).to.be.at.least(40);
    const names = corpus.map((e) => e.name).join(' ');
    for (const kind of [
      'not-json',
      'truncated',
      'byte-order-mark',
      'wrong-types',
      'missing',
      'ending-before',
      'offsets-missing',
      'unknown-room',
      'duplicate-ids',
      'objectives-outside',
      'co-chair',
      'unknown-time-zone',
      'megabyte',
      '50000-sessions',
      'deeply-nested',
      'proto',
      'script-in-every-text',
      'urls-javascript',
      'urls-data',
      'urls-vbscript',
      'schedule-json-script-everywhere',
      'schedule-json-urls-javascript',
      'schedule-json-impossible-times',
      'schedule-json-proto-keys',
    ])
      expect(names, kind).to.contain(kind);
  });

  for (const entry of corpus) {
    it(`${entry.name}: ${entry.expect === 'any' ? 'stays safe' : `ends ${entry.expect}`} in every element, by src and by data`, async () => {
      const before = watch.problems.length;
      const body = await text(entry.name);
      const sources: [string, Source][] = [
        ['src', { src: `/hostile/files/${entry.name}` }],
        ['data', { data: body }],
      ];
      // One source at a time, so the huge documents are never on the page twice.
      for (const [i, [how, source]] of sources.entries()) {
        const mounted = rendering.map((tag) => mount(container, tag, source));
        providers.forEach((tag, j) =>
          mounted.push(mount(container, tag, source, rendering[(i + j) % rendering.length])),
        );
        const events = await Promise.all(mounted.map((m) => m.settled));
        for (const m of mounted) await (m.shown as ReactiveElement).updateComplete;
        mounted.forEach((m, k) => check(entry, `${m.label} by ${how}`, m.shown, events[k]!));
        expect(pwned(), 'a payload ran').to.equal(undefined);
        expect(dangers(container), 'dangerous links or handlers').to.deep.equal([]);
        container.replaceChildren();
      }
      expect(pollution(), 'polluted prototypes').to.deep.equal([]);
      expect(watch.problems.slice(before), 'exceptions, rejections, console errors').to.deep.equal(
        [],
      );
    });
  }

  it('never ran a single payload', async () => {
    // Image errors and the like would have fired by now; give them a moment anyway.
    await aTimeout(200);
    expect(pwned()).to.equal(undefined);
    expect(watch.problems).to.deep.equal([]);
  });
});
