import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultForum } from '../helpers/default-forum.js';
import '../../src/objectives/define.js';
import type { ImrfObjectives } from '../../src/objectives/objectives.js';
import { pickText } from '../../src/i18n/text.js';
import { text } from '../helpers/dom.js';

const REGIONAL = '/api/fixtures/regional-review.json';
const { forum: imrf } = defaultForum();

const all = (el: ImrfObjectives, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: ImrfObjectives, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const numbersIn = (node: ParentNode) =>
  [...node.querySelectorAll('[part=number]')].map((n) => Number(text(n)));
const entry = (el: ImrfObjectives, number: number) =>
  all(el, '[part=entry]').find((e) => text(e.querySelector('[part=number]')) === String(number))!;

describe('<imrf-objectives>', () => {
  it('maps the 23 objectives to the round tables that review them', async () => {
    const el = await fixture<ImrfObjectives>(html`<imrf-objectives></imrf-objectives>`);
    const groups = all(el, '[part=group]');
    expect(groups.map((g) => text(g.querySelector('h2')))).to.deep.equal([
      'Round table 1',
      'Round table 2',
      'Round table 3',
      'Round table 4',
    ]);
    expect(groups.map(numbersIn)).to.deep.equal([
      [2, 5, 6, 12, 18],
      [4, 8, 9, 10, 11, 13, 21],
      [14, 15, 16, 19, 20, 22],
      [1, 3, 7, 17, 23],
    ]);
    expect(text(groups[0]!.querySelector('.meta'))).to.equal('Egypt and Germany · Tuesday, May 17');
    // Every objective with its number, short label and full title, as the data has them.
    for (const objective of imrf.objectives)
      expect(text(entry(el, objective.number))).to.equal(
        `${objective.number} ${pickText(objective.short, 'en')} ${pickText(objective.title, 'en')}`,
      );
    expect(all(el, '[part=entry]')).to.have.length(23);
    await expect(el).to.be.accessible();
  });

  it('lists them by number with group-by="number", each with its round table', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives group-by="number"></imrf-objectives>`,
    );
    expect(all(el, '[part=group]')).to.have.length(0);
    expect(numbersIn(el.shadowRoot!)).to.deep.equal(Array.from({ length: 23 }, (_, i) => i + 1));
    const seventh = all(el, '[part~=objective]')[6]!;
    expect(text(seventh.querySelector('[part=roundtable]'))).to.equal('Round table 4');
    await expect(el).to.be.accessible();

    el.groupBy = 'nonsense' as never;
    await el.updateComplete;
    expect(all(el, '[part=group]')).to.have.length(4);
  });

  it('filters by words and by number, announcing how many are shown', async () => {
    const el = await fixture<ImrfObjectives>(html`<imrf-objectives></imrf-objectives>`);
    expect(text(one(el, '[part=count]'))).to.equal('');
    el.search = 'vulnerab';
    await el.updateComplete;
    expect(numbersIn(el.shadowRoot!)).to.deep.equal([7]);
    expect(text(one(el, '[role=status]'))).to.equal('Shown: 1 of 23');
    expect(all(el, '[part=group]').map((g) => text(g.querySelector('h2')))).to.deep.equal([
      'Round table 4',
    ]);

    el.search = '18';
    await el.updateComplete;
    expect(numbersIn(el.shadowRoot!)).to.deep.equal([18]);

    el.search = 'RETURN  dignified';
    await el.updateComplete;
    expect(numbersIn(el.shadowRoot!)).to.deep.equal([21]);

    el.search = 'teleportation';
    await el.updateComplete;
    expect(all(el, '[part=entry]')).to.have.length(0);
    expect(text(one(el, '[role=status]'))).to.equal('Shown: 0 of 23');
    expect(text(one(el, '[role=status] + p'))).to.equal('No objective matches “teleportation”.');
    await expect(el).to.be.accessible();
  });

  it('is operable by keyboard: type a filter, then choose an objective', async () => {
    const el = await fixture<ImrfObjectives>(html`<imrf-objectives></imrf-objectives>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('filter');
    // A word without a doubled letter: WebKitWebDriver drops the second of two
    // identical keys typed in a row.
    await sendKeys({ type: 'remit' });
    await el.updateComplete;
    expect(el.getAttribute('search')).to.equal('remit');
    expect(numbersIn(el.shadowRoot!)).to.deep.equal([20]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(entry(el, 20));
    const selected = oneEvent(el, 'imrf-objective-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.objective.number).to.equal(20);
    expect(detail.roundtable?.number).to.equal(3);
    expect(detail.roundtable?.coChairs).to.deep.equal(['PT', 'TH']);
    await el.updateComplete;
    expect(entry(el, 20).getAttribute('aria-current')).to.equal('true');
  });

  it('highlights objective 7, and moves the highlight when another is selected', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives objective="7"></imrf-objectives>`,
    );
    expect(all(el, '[aria-current=true]')).to.deep.equal([entry(el, 7)]);
    expect(all(el, '[part="objective highlighted"]')).to.have.length(1);
    await expect(el).to.be.accessible();

    setTimeout(() => entry(el, 12).click());
    const { detail } = await oneEvent(el, 'imrf-objective-select');
    expect(detail.objective.number).to.equal(12);
    expect(detail.roundtable?.number).to.equal(1);
    await el.updateComplete;
    expect(el.getAttribute('objective')).to.equal('12');
    expect(all(el, '[aria-current=true]')).to.deep.equal([entry(el, 12)]);

    // A listener that cancels the event keeps the highlight where it was.
    el.addEventListener('imrf-objective-select', (e) => e.preventDefault(), { once: true });
    entry(el, 3).click();
    await el.updateComplete;
    expect(el.objective).to.equal(12);
  });

  it('makes safe links from the href templates, and lets a listener keep the page', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives
        objective-href="/objectives/{number}"
        roundtable-href="https://partner.example/rt?n={number}"
      ></imrf-objectives>`,
    );
    const link = entry(el, 7) as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.href).to.equal(`${location.origin}/objectives/7`);
    const headingLink = one(el, '[part=group-heading] a') as HTMLAnchorElement;
    expect(headingLink.href).to.equal('https://partner.example/rt?n=1');
    expect(text(headingLink)).to.equal('Round table 1');
    await expect(el).to.be.accessible();

    el.addEventListener('imrf-objective-select', (e) => e.preventDefault(), { once: true });
    let prevented: boolean | undefined;
    const watch = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault(); // never leave the test page
    };
    document.addEventListener('click', watch, { once: true });
    link.click();
    expect(prevented).to.equal(true);

    // Ctrl+click opens a new tab: no event, no highlight, the browser does its part.
    let fired = false;
    el.addEventListener('imrf-objective-select', () => (fired = true), { once: true });
    // Without its href for this one click: even cancelled, a synthetic ctrl+click
    // on a link opens a tab in Chromium, and the test pages behind it would stop
    // getting animation frames. The element's handler sees the same event.
    const href = link.getAttribute('href')!;
    link.removeAttribute('href');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ctrlKey: true }));
    expect(fired).to.equal(false);
    link.setAttribute('href', href);

    el.objectiveHref = 'javascript:alert({number})';
    el.roundtableHref = ' data:text/html,{number}';
    await el.updateComplete;
    expect(all(el, 'a')).to.have.length(0);
    expect(entry(el, 7).tagName).to.equal('BUTTON');
  });

  it('shows the objectives of a forum from src, with the ones no round table reviews', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives src=${REGIONAL} lang="fr"></imrf-objectives>`,
    );
    await waitUntil(() => one(el, '[part=group]'), 'the forum from src never showed');
    const groups = all(el, '[part=group]');
    expect(groups.map((g) => text(g.querySelector('h2')))).to.deep.equal([
      'Groupe A : mobilité de la main-d’œuvre',
      'Panel B: drivers',
      'Non examinés par une table ronde',
    ]);
    expect(groups.map(numbersIn)).to.deep.equal([[5, 6, 18], [2], [9]]);
    expect(text(entry(el, 18))).to.equal('18 Objectif 18');
    expect(text(entry(el, 5))).to.equal('5 Pathways Voies de migration régulière');
    setTimeout(() => entry(el, 9).click());
    const { detail } = await oneEvent(el, 'imrf-objective-select');
    expect(detail.roundtable).to.equal(undefined);
  });

  it('speaks French and Arabic (right to left)', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives lang="fr" search="ventilées"></imrf-objectives>`,
    );
    expect(text(one(el, 'label'))).to.equal('Filtrer les objectifs');
    expect(text(one(el, '[part=count]'))).to.equal('Affichés : 1 sur 23');
    expect(text(one(el, 'h2'))).to.equal('Table ronde 4');

    el.lang = 'ar';
    el.search = '';
    el.theme = 'dark';
    await el.updateComplete;
    expect(one(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(one(el, 'label'))).to.equal('تصفية الأهداف');
    expect(text(one(el, '.meta'))).to.contain('مصر وألمانيا');
    await expect(el).to.be.accessible();
  });

  it('shows the empty, loading and error states', async () => {
    const empty = await fixture<ImrfObjectives>(
      html`<imrf-objectives
        data='{"version":1,"id":"x","title":"X","timeZone":"UTC","sessions":[]}'
      ></imrf-objectives>`,
    );
    expect(text(one(empty, '[role=status]'))).to.equal('This forum lists no objectives.');

    const loading = await fixture<ImrfObjectives>(
      html`<imrf-objectives src="/api/never"></imrf-objectives>`,
    );
    await aTimeout(50);
    expect(one(loading, '[aria-busy=true]')).to.not.equal(null);
    await expect(loading).to.be.accessible();

    const failing = await fixture<ImrfObjectives>(
      html`<imrf-objectives src="/api/html"></imrf-objectives>`,
    );
    const { detail } = await oneEvent(failing, 'imrf-error');
    expect(detail.reason).to.equal('not-json');
    await failing.updateComplete;
    expect(one(failing, '[role=alert]')).to.not.equal(null);
    await expect(failing).to.be.accessible();
  });

  it('hides the search field with no-filters', async () => {
    const el = await fixture<ImrfObjectives>(
      html`<imrf-objectives no-filters search="skills"></imrf-objectives>`,
    );
    expect(one(el, 'input')).to.equal(null);
    expect(numbersIn(el.shadowRoot!)).to.deep.equal([18]);
  });
});
