import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/forum/define.js';
import { ImrfForum } from '../../src/forum/forum.js';
import {
  LARGE_SESSIONS,
  type ForumErrorDetail,
  type ForumLoadDetail,
} from '../../src/data/forum-controller.js';
import { fetchAhead, takeAhead } from '../../src/data/load.js';
import { TestElement, requestCount, shown, tinyForum, uniqueKey } from '../helpers/test-element.js';

const isReady = (el: TestElement) => () => shown(el, '.title') !== null;
const errorText = (el: Element) => shown(el, '[role=alert] p');

describe('data sources', () => {
  it('shows the embedded default with no attribute, and announces it', async () => {
    const el = document.createElement('imrf-test-element');
    const loaded = oneEvent(el, 'imrf-load');
    document.body.append(el);
    const { detail } = (await loaded) as CustomEvent<ForumLoadDetail>;
    expect(detail.forum.id).to.equal('imrf-2022');
    expect(detail.warnings).to.deep.equal([]);
    expect(shown(el, '.title')).to.equal('International Migration Review Forum 2022');
    expect(shown(el, '.count')).to.equal('11');
    el.remove();
  });

  it('reads inline JSON from the data attribute', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element data=${JSON.stringify(tinyForum('Inline', 3))}></imrf-test-element>`,
    );
    expect(shown(el, '.title')).to.equal('Inline');
    expect(shown(el, '.count')).to.equal('3');
  });

  it('reads an object from the data property', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element .data=${tinyForum('Property', 2)}></imrf-test-element>`,
    );
    expect(shown(el, '.title')).to.equal('Property');
  });

  it('shows the error state for inline data that is not JSON', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element data="{oops"></imrf-test-element>`,
    );
    expect(errorText(el)).to.equal('The forum data could not be read: it is not valid JSON.');
  });

  it('shows the empty state for a forum without sessions', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element .data=${tinyForum('Empty', 0)}></imrf-test-element>`,
    );
    expect(shown(el, '[role=status]')).to.equal('There is nothing to show yet.');
  });

  it('reads large inline data over several tasks, showing the loading state meanwhile', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element .data=${tinyForum('Large', LARGE_SESSIONS + 1)}></imrf-test-element>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
    await oneEvent(el, 'imrf-load');
    await el.updateComplete;
    expect(shown(el, '.count')).to.equal(String(LARGE_SESSIONS + 1));
  });

  it('fetches src, showing the loading state until the data is there', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element
        src=${`/api/forum.json?delay=200&title=Fetched`}
      ></imrf-test-element>`,
    );
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.textContent).to.contain('Loading the forum data');
    const { detail } = (await oneEvent(el, 'imrf-load')) as CustomEvent<ForumLoadDetail>;
    expect(detail.forum.title).to.equal('Fetched');
    await el.updateComplete;
    expect(shown(el, '.title')).to.equal('Fetched');
  });

  it('prefers data over src', async () => {
    const key = uniqueKey();
    const el = await fixture<TestElement>(
      html`<imrf-test-element
        src="/api/forum.json?key=${key}"
        data=${JSON.stringify(tinyForum('Data wins'))}
      ></imrf-test-element>`,
    );
    expect(shown(el, '.title')).to.equal('Data wins');
    await aTimeout(100);
    expect(await requestCount(key)).to.equal(0);
  });

  it('lets a newer src win over a slower, older one', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element src=${`/api/forum.json?delay=400&title=Old`}></imrf-test-element>`,
    );
    el.src = '/api/forum.json?delay=10&title=New';
    await waitUntil(isReady(el));
    expect(shown(el, '.title')).to.equal('New');
    await aTimeout(600);
    expect(shown(el, '.title')).to.equal('New');
  });

  it('lets inline data set after a slow src win', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element src=${`/api/forum.json?delay=300&title=Slow`}></imrf-test-element>`,
    );
    el.data = tinyForum('Inline later');
    await el.updateComplete;
    await aTimeout(500);
    expect(shown(el, '.title')).to.equal('Inline later');
  });

  it('shows an HTTP error in a sentence, with a Retry that recovers', async () => {
    const key = uniqueKey();
    const el = await fixture<TestElement>(
      html`<imrf-test-element src=${`/api/forum.json?fail=1&key=${key}`}></imrf-test-element>`,
    );
    const { detail } = (await oneEvent(el, 'imrf-error')) as CustomEvent<ForumErrorDetail>;
    expect(detail.reason).to.equal('http');
    expect(detail.message).to.equal('The forum data could not be loaded: the server answered 500.');
    await el.updateComplete;
    expect(errorText(el)).to.equal(detail.message);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await waitUntil(isReady(el));
    expect(shown(el, '.title')).to.equal('International Migration Review Forum 2022');
    expect(await requestCount(key)).to.equal(2);
  });

  it('offers a way out when loading takes long', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element src="/api/never"></imrf-test-element>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=retry-button]'));
    expect(shown(el, '[role=status]')).to.contain('This is taking longer than usual.');
    // Switching to a working source still works from there.
    el.src = '/api/forum.json?title=Rescued';
    await waitUntil(isReady(el));
    expect(shown(el, '.title')).to.equal('Rescued');
    expect(el.shadowRoot!.querySelector('[part=retry-button]')).to.equal(null);
  });

  it('aborts its request when removed, and loads again when put back', async () => {
    const key = uniqueKey();
    const el = await fixture<TestElement>(
      html`<imrf-test-element src=${`/api/forum.json?delay=300&key=${key}`}></imrf-test-element>`,
    );
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(400);
    expect(shown(el, '.title')).to.equal(null);
    parent.append(el);
    // Only a new request can bring the data: the first one was aborted.
    await waitUntil(isReady(el));
    expect(await requestCount(key)).to.be.at.least(1);
  });
});

describe('a src asked for before the element is defined', () => {
  it('is taken by every element that loads it: one request, shown at their first render', async () => {
    const key = uniqueKey();
    const url = `/api/forum.json?key=${key}&title=Ahead`;
    await fetchAhead(url);
    const first = await fixture<TestElement>(
      html`<imrf-test-element src=${url}></imrf-test-element>`,
    );
    // Ready at its first update: no loading state in between.
    expect(shown(first, '.title')).to.equal('Ahead');
    const second = await fixture<TestElement>(
      html`<imrf-test-element src=${url}></imrf-test-element>`,
    );
    expect(shown(second, '.title')).to.equal('Ahead');
    expect(await requestCount(key)).to.equal(1);
  });

  it('is not taken by Try again, which asks the server again', async () => {
    const key = uniqueKey();
    const url = `/api/forum.json?fail=1&key=${key}`;
    await fetchAhead(url);
    const el = await fixture<TestElement>(html`<imrf-test-element src=${url}></imrf-test-element>`);
    await waitUntil(() => errorText(el), 'no error shown for the answer asked for ahead');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(isReady(el));
    expect(await requestCount(key)).to.equal(2);
  });

  it('is aborted once every element that took it has moved on', async () => {
    const url = `/api/never?${uniqueKey()}`;
    void fetchAhead(url);
    const a = new AbortController();
    const b = new AbortController();
    const taken = takeAhead(url, a.signal)!;
    takeAhead(url, b.signal);
    const settled = taken.answer.then(
      () => 'answered',
      (error: unknown) => (error as Error).name,
    );
    a.abort();
    await aTimeout(50);
    expect(await Promise.race([settled, aTimeout(0).then(() => 'pending')])).to.equal('pending');
    b.abort();
    expect(await settled).to.equal('AbortError');
  });
});

describe('<imrf-forum> sharing one forum', () => {
  it('makes one request for all the elements inside it', async () => {
    const key = uniqueKey();
    const provider = await fixture<ImrfForum>(html`
      <imrf-forum src=${`/api/forum.json?key=${key}&title=Shared`}>
        <imrf-test-element></imrf-test-element>
        <div><imrf-test-element></imrf-test-element></div>
        <imrf-test-element></imrf-test-element>
      </imrf-forum>
    `);
    const children = [...provider.querySelectorAll('imrf-test-element')];
    await waitUntil(() => children.every((c) => isReady(c)()));
    expect(children.map((c) => shown(c, '.title'))).to.deep.equal(['Shared', 'Shared', 'Shared']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('fires its own events, and the elements inside do not repeat them', async () => {
    const provider = document.createElement('imrf-forum');
    provider.src = '/api/forum.json?title=Events';
    const child = document.createElement('imrf-test-element');
    provider.append(child);
    const events: string[] = [];
    provider.addEventListener('imrf-load', (e) => events.push((e.target as Element).localName));
    document.body.append(provider);
    await oneEvent(provider, 'imrf-load');
    await waitUntil(isReady(child));
    await aTimeout(50);
    expect(events).to.deep.equal(['imrf-forum']);
    provider.remove();
  });

  it('keeps an element’s own data over the provider’s', async () => {
    const provider = await fixture<ImrfForum>(html`
      <imrf-forum data=${JSON.stringify(tinyForum('Provider'))}>
        <imrf-test-element></imrf-test-element>
        <imrf-test-element data=${JSON.stringify(tinyForum('Own'))}></imrf-test-element>
      </imrf-forum>
    `);
    const [shared, own] = provider.querySelectorAll('imrf-test-element');
    await waitUntil(() => isReady(shared!)() && isReady(own!)());
    expect(shown(shared!, '.title')).to.equal('Provider');
    expect(shown(own!, '.title')).to.equal('Own');
  });

  it('passes new provider data on to the elements inside', async () => {
    const provider = await fixture<ImrfForum>(html`
      <imrf-forum data=${JSON.stringify(tinyForum('First'))}>
        <imrf-test-element></imrf-test-element>
      </imrf-forum>
    `);
    const child = provider.querySelector('imrf-test-element')!;
    await waitUntil(isReady(child));
    provider.data = tinyForum('Second');
    await waitUntil(() => shown(child, '.title') === 'Second');
  });

  it('shows the provider’s error inside, and the inner Retry reloads the provider', async () => {
    const key = uniqueKey();
    const provider = await fixture<ImrfForum>(html`
      <imrf-forum src=${`/api/forum.json?fail=1&key=${key}`}>
        <imrf-test-element></imrf-test-element>
      </imrf-forum>
    `);
    const child = provider.querySelector('imrf-test-element')!;
    await waitUntil(() => errorText(child) !== null);
    expect(errorText(child)).to.contain('the server answered 500');
    child.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(isReady(child));
    expect(await requestCount(key)).to.equal(2);
  });

  it('reaches elements that were upgraded before the provider was defined', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <imrf-forum-late data=${JSON.stringify(tinyForum('Late provider'))}>
        <imrf-test-element></imrf-test-element>
      </imrf-forum-late>
    `);
    const child = wrapper.querySelector('imrf-test-element')!;
    await waitUntil(isReady(child));
    // No provider yet: the element shows the default data.
    expect(shown(child, '.title')).to.equal('International Migration Review Forum 2022');
    customElements.define('imrf-forum-late', class extends ImrfForum {});
    await waitUntil(() => shown(child, '.title') === 'Late provider');
  });

  it('shares the embedded default when it has no source of its own', async () => {
    const provider = document.createElement('imrf-forum');
    provider.data = '  ';
    provider.append(document.createElement('imrf-test-element'));
    const loaded = oneEvent(provider, 'imrf-load');
    document.body.append(provider);
    try {
      expect((await loaded).detail.forum.id).to.equal('imrf-2022');
      const child = provider.querySelector('imrf-test-element')!;
      await waitUntil(isReady(child), 'the element inside waits for ever');
      expect(shown(child, '.title')).to.equal('International Migration Review Forum 2022');
    } finally {
      provider.remove();
    }
  });

  it('waits for an <imrf-forum> that is not answering yet instead of showing the default', async () => {
    const provider = await fixture<ImrfForum>(html`
      <imrf-forum src=${`/api/forum.json?delay=300&title=Waited`}>
        <imrf-test-element></imrf-test-element>
      </imrf-forum>
    `);
    const child = provider.querySelector('imrf-test-element')!;
    expect(child.shadowRoot!.querySelector('[role=status]')).to.exist;
    await waitUntil(isReady(child));
    expect(shown(child, '.title')).to.equal('Waited');
  });
});
