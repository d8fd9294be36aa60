import { canEmulateMedia } from '../helpers/engine.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ImrfAbout } from '../../src/about/about.js';
import '../../src/about/define.js';
import { text } from '../helpers/dom.js';
import { raw3 } from './forums.js';

const all = (el: ImrfAbout, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: ImrfAbout, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
/** The value shown for a term of a block. */
const detail = (el: ImrfAbout, block: string, term: string) =>
  text(all(el, `.${block} dt`).find((dt) => text(dt) === term)?.nextElementSibling);
const blocks = (el: ImrfAbout) => all(el, 'section.block').map((s) => s.classList[1]);

describe('<imrf-about>', () => {
  it('shows the forum at a glance: what, when, where, who chairs', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about lang="en-GB"></imrf-about>`);
    expect(blocks(el)).to.deep.equal([
      'overview',
      'format',
      'outcome',
      'documents',
      'principles',
      'participation',
    ]);
    expect(text(one(el, '#about-overview'))).to.equal('International Migration Review Forum 2022');
    // Engines differ on the spaces around the dash.
    expect(detail(el, 'overview', 'Dates')).to.match(/^16\s?–\s?20 May 2022$/);
    expect(detail(el, 'overview', 'Venue')).to.equal('United Nations Headquarters, New York');
    expect(detail(el, 'overview', 'Chair')).to.equal('President of the General Assembly');
    await expect(el).to.be.accessible();
  });

  it('derives the format from the sessions: hearing, four round tables, policy debate, plenary, side events', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about sections="format"></imrf-about>`);
    expect(all(el, '[part~=part-heading]').map((h) => text(h))).to.deep.equal([
      'Hearing',
      '4 round tables',
      'Policy debate',
      'Plenary',
      'Side events',
    ]);
    const tables = all(el, '[part~=roundtable]').map((li) => text(li));
    expect(tables).to.have.length(4);
    expect(tables[0]).to.contain('Objectives 2, 5, 6, 12, and 18');
    expect(tables[0]).to.contain('Co-chairs: Egypt and Germany');
    expect(tables[3]).to.contain('Co-chairs: Azerbaijan and Morocco');
    expect(text(one(el, '.policy-debate'))).to.contain(
      'Facilitator: Director-General of the International Organization for Migration',
    );
  });

  it('says three when the forum has three round tables, and leaves out kinds it lacks', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about sections="format" .data=${raw3()}></imrf-about>`,
    );
    expect(all(el, '[part~=part-heading]').map((h) => text(h))).to.deep.equal([
      '3 round tables',
      'Plenary',
    ]);
    expect(
      all(el, '[part~=roundtable]').map((li) => text(li.querySelector('.name'))),
    ).to.deep.equal(['Table A', 'Table B', 'Table C']);
    el.data = { ...raw3(), roundtables: raw3().roundtables!.slice(0, 1) };
    await el.updateComplete;
    expect(text(one(el, '[part~=part-heading]'))).to.equal('1 round table');
  });

  it('lists a dozen sessions of a kind, then says how many more', async () => {
    const sessions = Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      kind: 'other',
      title: `Side session ${i}`,
      start: `2030-01-01T${String(i % 24).padStart(2, '0')}:00:00Z`,
      end: `2030-01-01T${String(i % 24).padStart(2, '0')}:30:00Z`,
    }));
    const data = { version: 1 as const, id: 'many', title: 'Many', timeZone: 'UTC', sessions };
    const el = await fixture<ImrfAbout>(
      html`<imrf-about sections="format" .data=${data}></imrf-about>`,
    );
    const items = all(el, '.other .sessions > li');
    expect(items).to.have.length(13);
    expect(text(items[12])).to.equal('and 18 more');
  });

  it('links round tables and the adoption through the partner’s templates', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about
        roundtable-href="/roundtables/{number}"
        session-href="/programme#{id}"
      ></imrf-about>`,
    );
    const links = all(el, '[part~=roundtable] a').map((a) => new URL(a.getAttribute('href')!));
    expect(links.map((u) => u.pathname)).to.deep.equal(
      [1, 2, 3, 4].map((n) => `/roundtables/${n}`),
    );
    const adoption = one(el, '.outcome dd a')!;
    expect(new URL(adoption.getAttribute('href')!).hash).to.equal('#plenary-20-pm');
    expect(text(adoption)).to.equal('Plenary: general debate (cont.) and closing segment');
  });

  it('shows the outcome: title, co-facilitators with their countries, appointment, adoption', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about sections="outcome" lang="en-GB"></imrf-about>`,
    );
    expect(blocks(el)).to.deep.equal(['outcome']);
    expect(text(one(el, '[part~=outcome-title]'))).to.equal('Progress Declaration');
    const people = all(el, '[part~=co-facilitator]').map((li) => text(li));
    expect(people[0]).to.match(/^H\.E\. Ms\. Rabab Fatima Bangladesh Permanent Representative/);
    expect(people[1]).to.match(/^H\.E\. Mr\. Olivier Maes Luxembourg Permanent Representative/);
    expect(detail(el, 'outcome', 'Appointed')).to.equal('8 February 2022');
    expect(detail(el, 'outcome', 'Adoption')).to.equal(
      'Plenary: general debate (cont.) and closing segment, 20 May 2022',
    );
    expect(one(el, '.outcome a'), 'no link without session-href').to.equal(null);
  });

  it('links the outcome’s document when the data gives one', async () => {
    const data = {
      ...raw3(),
      outcome: {
        title: 'Declaration',
        document: { title: 'The declaration', symbol: 'A/RES/1', url: 'https://example.org/d' },
      },
    };
    const el = await fixture<ImrfAbout>(
      html`<imrf-about sections="outcome" .data=${data}></imrf-about>`,
    );
    const link = one(el, '.outcome a')!;
    expect([text(link), link.getAttribute('href')]).to.deep.equal([
      'The declaration',
      'https://example.org/d',
    ]);
    expect(detail(el, 'outcome', 'Document')).to.equal('The declaration A/RES/1');
  });

  it('lists the documents with their symbols, linked to the data’s addresses', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about sections="documents"></imrf-about>`);
    const items = all(el, '[part~=document]');
    expect(items.length).to.be.at.least(5);
    expect(text(items[0])).to.equal(
      'Global Compact for Safe, Orderly and Regular Migration Symbol: A/RES/73/195',
    );
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://migrationnetwork.un.org/sites/default/files/docs/gcm.pdf',
    );
    expect(items[0]!.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
  });

  it('shows the principles and the ways to take part, linked', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about sections="participation principles"></imrf-about>`,
    );
    expect(blocks(el)).to.deep.equal(['participation', 'principles']);
    expect(all(el, '[part~=principle]')).to.have.length(10);
    const ways = all(el, '[part~=way]');
    expect(ways.map((w) => text(w.querySelector('.name')))).to.deep.equal([
      'Voluntary GCM reviews',
      'Pledging initiative',
      'Repository of Practices',
      'Migration Dialogues',
      'Side events',
    ]);
    expect(ways[1]!.querySelector('a')!.href).to.equal(
      'https://www.un.org/en/migration2022/pledging-initiative',
    );
    expect(ways[2]!.querySelector('a'), 'no link the note does not give').to.equal(null);
  });

  it('leaves out blocks the data has nothing for, and says so when nothing is left', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about .data=${raw3()}></imrf-about>`);
    expect(blocks(el)).to.deep.equal(['overview', 'format']);
    el.sections = 'outcome documents';
    await el.updateComplete;
    expect(blocks(el)).to.deep.equal([]);
    expect(text(one(el, '[part=status]'))).to.equal(
      'There is nothing to show about this forum yet.',
    );
    await expect(el).to.be.accessible();
  });

  it('puts its headings at `heading-level`, and the format’s one level below', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about heading-level="3"></imrf-about>`);
    const levels = (selector: string) => [
      ...new Set(all(el, selector).map((h) => h.getAttribute('aria-level'))),
    ];
    expect(levels('section.block > [role=heading]')).to.deep.equal(['3']);
    expect(levels('[part~=part-heading]')).to.deep.equal(['4']);
  });

  it('speaks French, with country names in French', async () => {
    const el = await fixture<ImrfAbout>(
      html`<imrf-about lang="fr" sections="overview format outcome"></imrf-about>`,
    );
    expect(
      all(el, 'section.block > [role=heading]')
        .slice(1)
        .map((h) => text(h)),
    ).to.deep.equal(['Format', 'Résultat']);
    expect(text(one(el, '#about-overview'))).to.equal(
      'Forum d’examen des migrations internationales 2022',
    );
    expect(all(el, '[part~=part-heading]').map((h) => text(h))[1]).to.equal('4 tables rondes');
    expect(text(all(el, '[part~=roundtable]')[0])).to.contain('Coprésidence : Égypte et Allemagne');
    expect(detail(el, 'outcome', 'Nomination')).to.equal('8 février 2022');
  });

  it('reads right to left in Arabic, and stays accessible', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about lang="ar"></imrf-about>`);
    const base = one(el, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(text(one(el, '#about-format'))).to.equal('الشكل');
    await expect(el).to.be.accessible();
  });

  it('takes the dark theme’s tokens', async () => {
    const el = await fixture<ImrfAbout>(html`<imrf-about theme="dark"></imrf-about>`);
    const base = one(el, '[part=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 24, 28)');
    expect(getComputedStyle(base).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px container without scrolling sideways', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><imrf-about></imrf-about></div>`,
    );
    const el = wrap.querySelector('imrf-about')!;
    await el.updateComplete;
    const base = one(el, '[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    // Terms and values stack in a narrow container.
    const dl = one(el, '.overview dl')!;
    expect(getComputedStyle(dl).gridTemplateColumns.split(' ')).to.have.length(1);
  });

  it('prints links with their addresses', async function () {
    if (!canEmulateMedia) this.skip(); // print emulation needs CDP (Chromium)
    const el = await fixture<ImrfAbout>(html`<imrf-about sections="documents"></imrf-about>`);
    const link = one(el, '[part~=document] a')!;
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(link, '::after').content).to.contain('gcm.pdf');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(link, '::after').content).to.equal('none');
  });
});
