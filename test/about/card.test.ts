import { watchMinuteTimers } from '../helpers/timers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cardTemplate } from '../../src/about/card-view.js';
import { deriveFormat } from '../../src/about/format.js';
import { defaultForum } from '../helpers/default-forum.js';
import { validateForum } from '../../src/data/validate.js';
import { loadCatalog } from '../helpers/catalog.js';
import type { ImrfAbout } from '../../src/about/about.js';
import '../../src/about/define.js';
import defaultData from '../../data/imrf-2022.json';
import type { ForumInput, Session } from '../../src/data/types.js';
import { text } from '../helpers/dom.js';

const all = (el: ImrfAbout, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: ImrfAbout, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const card = (now: string, lang = 'en-GB') =>
  fixture<ImrfAbout>(html`<imrf-about variant="card" now=${now} lang=${lang}></imrf-about>`);
const sample = (): Record<string, any> => JSON.parse(JSON.stringify(defaultData));
/** Times without the engine's choice of spaces around the dash. */
const plain = (value: string) => value.replace(/\s?–\s?/g, '–');

describe('<imrf-about variant="card">', () => {
  it('before the forum: its dates, the days to go, a link to the programme', async () => {
    const el = await card('2022-05-10T10:00:00-04:00');
    expect(text(one(el, '#card-title'))).to.equal('IMRF 2022');
    expect(text(one(el, '[part=lead]'))).to.equal('Starts in 6 days');
    expect(plain(text(one(el, '[part=card] > p')))).to.equal('16–20 May 2022');
    expect(one(el, '[part=programme-link]')!.getAttribute('href')).to.equal(
      'https://www.un.org/migration2022',
    );
    el.programmeHref = '/programme';
    await el.updateComplete;
    expect(new URL(one(el, '[part=programme-link]')!.getAttribute('href')!).pathname).to.equal(
      '/programme',
    );
    await expect(el).to.be.accessible();
  });

  it('counts the days with each language’s plural rules', async () => {
    const lead = async (now: string, lang: string) =>
      text(one(await card(now, lang), '[part=lead]'));
    expect(await lead('2022-05-15T10:00:00-04:00', 'en')).to.equal('Starts in 1 day');
    expect(await lead('2022-05-16T08:00:00-04:00', 'en')).to.equal('Starts today');
    expect(await lead('2022-05-14T10:00:00-04:00', 'ru')).to.equal('Начнётся через 2 дня');
    expect(await lead('2022-05-11T10:00:00-04:00', 'ru')).to.equal('Начнётся через 5 дней');
    expect(await lead('2022-05-15T10:00:00-04:00', 'fr')).to.equal('Commence dans 1 jour');
    expect(await lead('2022-05-14T10:00:00-04:00', 'ar')).to.equal('يبدأ بعد يومين');
    expect(await lead('2022-05-10T10:00:00-04:00', 'zh')).to.equal('6天后开始');
  });

  it('during the forum: what is live and what is next, with rooms', async () => {
    const el = await card('2022-05-18T11:00:00-04:00');
    const [live, next] = all(el, '.card-sessions');
    const items = (list?: HTMLElement) =>
      [...(list?.querySelectorAll('li') ?? [])].map((li) => plain(text(li)));
    expect(text(one(el, '#card-live'))).to.equal('Live now');
    expect(items(live)).to.deep.equal([
      'Round table 3 10:00–13:00 GMT-4 · Conference Room 4',
      'Round table 4 10:00–13:00 GMT-4 · Trusteeship Council Chamber',
    ]);
    expect(items(next)).to.deep.equal([
      'Policy debate 15:00–18:00 GMT-4 · Trusteeship Council Chamber',
    ]);
    expect(one(el, '[part=watch-link]'), 'no webcast in the data').to.equal(null);
    await expect(el).to.be.accessible();

    el.now = '2022-05-18T14:00:00-04:00';
    await el.updateComplete;
    expect(text(one(el, '[part=lead]'))).to.equal('No session is in progress.');
    expect(one(el, '#card-live')).to.equal(null);
    expect(text(one(el, '#card-next'))).to.equal('Next');
  });

  it('offers a Watch link when a session has a safe webcast address', async () => {
    const { forum } = defaultForum();
    const [rt3, rt4] = forum.sessions.filter((s) => s.id === 'rt3' || s.id === 'rt4');
    const live = [
      { ...rt3!, webcastUrl: 'https://webtv.un.org/rt3' },
      { ...rt4!, webcastUrl: 'javascript:alert(1)' },
    ] as unknown as Session[];
    const host = document.createElement('div');
    const t = await loadCatalog('en');
    const view = { t, locale: 'en', forum, format: deriveFormat(forum), level: 2 };
    const links = { roundtableHref: null, sessionHref: null, programmeHref: null };
    render(cardTemplate({ ...view, ...links }, { phase: 'during', live, next: [] }), host);
    const watch = [...host.querySelectorAll('[part=watch-link]')];
    expect(watch).to.have.length(1);
    expect(watch[0]!.getAttribute('href')).to.equal('https://webtv.un.org/rt3');
    expect(watch[0]!.getAttribute('aria-label')).to.equal('Watch: Round table 3');
  });

  it('reads `webcastUrl` from the data once the contract carries it', async function () {
    const data = sample();
    data.sessions.find((s: { id: string }) => s.id === 'rt3').webcastUrl =
      'https://webtv.un.org/rt3';
    data.sessions.find((s: { id: string }) => s.id === 'rt4').webcastUrl = 'javascript:alert(1)';
    const kept = validateForum(data).forum.sessions.find((s) => s.id === 'rt3');
    // The field belongs to another change of the contract: until it lands, nothing to read.
    if (!(kept && 'webcastUrl' in kept)) this.skip();
    const el = await fixture<ImrfAbout>(
      html`<imrf-about
        variant="card"
        now="2022-05-18T11:00:00-04:00"
        .data=${data as ForumInput}
      ></imrf-about>`,
    );
    const watch = all(el, '[part=watch-link]');
    expect(watch.map((a) => a.getAttribute('href'))).to.deep.equal(['https://webtv.un.org/rt3']);
    await expect(el).to.be.accessible();
  });

  it('after the forum: when it concluded, its outcome and its adoption', async () => {
    const el = await card('2022-06-01T10:00:00-04:00');
    expect(text(one(el, '[part=lead]'))).to.equal('Concluded on 20 May 2022');
    expect(text(one(el, '[part=outcome-title]'))).to.equal('Progress Declaration');
    expect(text(el.shadowRoot!.querySelector('[part=outcome-title] + p'))).to.equal(
      'Adopted on 20 May 2022',
    );
    expect(one(el, '[part=declaration-link]'), 'the data gives no document').to.equal(null);
    await expect(el).to.be.accessible();

    const data = sample();
    data.outcome.document = { title: 'Progress Declaration', url: 'https://example.org/pd.pdf' };
    el.data = data as ForumInput;
    await el.updateComplete;
    expect(one(el, '[part=declaration-link]')!.getAttribute('href')).to.equal(
      'https://example.org/pd.pdf',
    );
  });

  it('shows the empty state for a forum without sessions', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about
        variant="card"
        .data=${{ version: 1, id: 'e', title: 'E', timeZone: 'UTC', sessions: [] } as ForumInput}
      ></imrf-about>`,
    );
    expect(text(one(el, '[part=status]'))).to.equal(
      'There is nothing to show about this forum yet.',
    );
  });

  it('uses the real clock without `now` (IMRF 2022 is over)', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about variant="card"></imrf-about>`);
    expect(text(one(el, '[part=lead]'))).to.match(/^Concluded on /);
  });
});

describe('the card’s live region', () => {
  /** Every change made to the live region's content from now on. */
  function watch(el: ImrfAbout) {
    const region = one(el, '[part=announcement]')!;
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(text(region)));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    return { region, changes, stop: () => observer.disconnect() };
  }
  const at = async (el: ImrfAbout, now: string) => {
    el.now = now;
    await el.updateComplete;
    // Let the observer's records arrive.
    await new Promise((resolve) => setTimeout(resolve));
  };

  it('is polite, and silent on first render', async () => {
    const el = await card('2022-05-18T11:00:00-04:00');
    const region = one(el, '[part=announcement]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(text(region)).to.equal('');
  });

  it('announces a change of state once, and never as minutes or days pass', async () => {
    const el = await card('2022-05-10T10:00:00-04:00');
    const { region, changes, stop } = watch(el);
    // Days pass: the card changes, the announcement does not.
    await at(el, '2022-05-12T10:00:00-04:00');
    expect(text(one(el, '[part=lead]'))).to.equal('Starts in 4 days');
    await at(el, '2022-05-16T09:58:00-04:00');
    await at(el, '2022-05-16T09:59:00-04:00');
    expect(changes).to.deep.equal([]);
    // The hearing begins.
    await at(el, '2022-05-16T10:00:00-04:00');
    expect(text(region)).to.equal(
      'Live now: Informal interactive multi-stakeholder hearing Next: Informal interactive multi-stakeholder hearing (cont.)',
    );
    expect(changes).to.have.length(1);
    // Minutes pass in the same session: nothing more is said.
    for (const minute of ['01', '02', '30', '59']) await at(el, `2022-05-16T10:${minute}:00-04:00`);
    expect(changes).to.have.length(1);
    // The round tables, then the end.
    await at(el, '2022-05-18T10:00:00-04:00');
    expect(text(region)).to.equal('Live now: Round table 3 and Round table 4 Next: Policy debate');
    await at(el, '2022-05-21T10:00:00-04:00');
    expect(text(region)).to.equal('Concluded on 20 May 2022');
    expect(changes).to.have.length(3);
    stop();
  });

  it('announces in the element’s language', async () => {
    const el = await card('2022-05-17T09:00:00-04:00', 'fr');
    await at(el, '2022-05-17T10:30:00-04:00');
    expect(text(one(el, '[part=announcement]'))).to.equal(
      'En direct : Table ronde 1 À suivre : Table ronde 2',
    );
  });
});

describe('the card’s clock', () => {
  const minuteTimers = watchMinuteTimers();

  it('reads the real clock every minute while connected, and leaves no timer after', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about variant="card"></imrf-about>`);
    expect(minuteTimers()).to.have.length(1);
    el.remove();
    expect(minuteTimers()).to.have.length(0);
  });

  it('needs no timer when `now` pins it, nor in the full view', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about variant="card" now="2022-05-18T11:00:00-04:00"></imrf-about>`,
    );
    expect(minuteTimers()).to.have.length(0);
    el.now = null;
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(1);
    el.variant = 'full';
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(0);
    el.remove();
  });
});
