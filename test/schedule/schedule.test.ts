import { expect, html, oneEvent } from '@open-wc/testing';
import { loadCatalog } from '../helpers/catalog.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { formatNumber, plural } from '../../src/i18n/plural.js';
import { $, $$, labelledName, render, session, shownIds, text } from './helpers.js';

describe('<imrf-schedule>', () => {
  it('shows the IMRF 2022 programme from the embedded default, in New York time', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal([
      'hearing-am',
      'hearing-pm',
      'rt1',
      'rt2',
      'rt3',
      'rt4',
      'policy-debate',
      'plenary-19-am',
      'plenary-19-pm',
      'plenary-20-am',
      'plenary-20-pm',
    ]);
    expect(text($(el, '[part=heading] [role=heading]'))).to.equal(
      'International Migration Review Forum 2022',
    );
    expect(text($(el, '.dates'))).to.equal(
      'May 16 – 20, 2022 · United Nations Headquarters, New York',
    );
    expect(text($(el, '[part=zone]'))).to.equal('Times are New York time (EDT).');
    expect($$(el, '[part=day] .day-heading').map(text)).to.deep.equal([
      'Monday, May 16',
      'Tuesday, May 17',
      'Wednesday, May 18',
      'Thursday, May 19',
      'Friday, May 20',
    ]);
    expect(text(session(el, 'rt3').querySelector('.when'))).to.equal(
      '10:00 AM – 1:00 PM · Conference Room 4',
    );
  });

  it('tells kinds apart by a text label and a shape, and lists them in a legend', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const kindOf = (id: string) => session(el, id).querySelector('.kind')!;
    expect(text(kindOf('hearing-am'))).to.equal('Hearing');
    expect(text(kindOf('rt1'))).to.equal('Round table');
    expect(text(kindOf('policy-debate'))).to.equal('Policy debate');
    expect(text(kindOf('plenary-19-am'))).to.equal('Plenary');
    const shapes = ['hearing-am', 'rt1', 'policy-debate', 'plenary-19-am'].map(
      (id) => kindOf(id).querySelector('svg')!.innerHTML,
    );
    expect(new Set(shapes).size).to.equal(4);
    expect($$(el, '[part=legend] li').map(text)).to.deep.equal([
      'Hearing',
      'Round table',
      'Policy debate',
      'Plenary',
    ]);
    expect($(el, '[part=legend] li svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows chairs, the facilitator, descriptions and continuations', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    expect(text(session(el, 'hearing-am').querySelector('.meta'))).to.equal(
      'Chair President of the General Assembly',
    );
    expect(text(session(el, 'policy-debate').querySelector('.meta'))).to.contain(
      'Facilitator Director-General of the International Organization for Migration (IOM), as Coordinator of the United Nations Network on Migration',
    );
    expect(text(session(el, 'policy-debate').querySelector('.description'))).to.contain(
      'The technical summaries of the four round tables are presented here.',
    );
    expect(text(session(el, 'hearing-pm').querySelector('.continued'))).to.equal(
      'Continued from Informal interactive multi-stakeholder hearing',
    );
    expect(text(session(el, 'plenary-20-am').querySelector('.continued'))).to.equal(
      'Continued from Plenary: general debate (cont.)',
    );
    expect(session(el, 'rt1').querySelector('.continued')).to.equal(null);
  });

  it('lists the segments of the plenary sessions in order', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const segments = (id: string) =>
      [...session(el, id).querySelectorAll('.segments li strong')].map(text);
    expect(segments('plenary-19-am')).to.deep.equal(['Opening segment', 'General debate']);
    expect(segments('plenary-20-pm')).to.deep.equal(['General debate (cont.)', 'Closing segment']);
    const closing = session(el, 'plenary-20-pm').querySelectorAll('.segments li')[1];
    expect(text(closing)).to.contain('Adoption of the Progress Declaration');
    expect(text(closing)).to.contain('remarks by the President of the General Assembly');
  });

  it('names the co-chairs of each round table and the objectives it reviews', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const meta = (id: string) => text(session(el, id).querySelector('.meta'));
    expect(meta('rt1')).to.equal('Co-chairs Egypt and Germany Objectives reviewed 2, 5, 6, 12, 18');
    expect(meta('rt3')).to.equal(
      'Co-chairs Portugal and Thailand Objectives reviewed 14, 15, 16, 19, 20, 22',
    );
    expect(meta('rt4')).to.equal(
      'Co-chairs Azerbaijan and Morocco Objectives reviewed 1, 3, 7, 17, 23',
    );
    const fr = await render(html`<div lang="fr"><imrf-schedule></imrf-schedule></div>`);
    expect(text(session(fr, 'rt3').querySelector('.meta'))).to.contain('Portugal et Thaïlande');
  });

  it('sets round tables 3 and 4 side by side, in their rooms, as a native table', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const day = $$(el, '[part=day]')[2]!;
    const table = day.querySelector('table')!;
    expect(table.getAttribute('aria-labelledby')).to.equal(day.querySelector('.day-heading')!.id);
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map(text)).to.deep.equal([
      'Time',
      'Conference Room 4',
      'Trusteeship Council Chamber',
    ]);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const [morning, afternoon] = [...table.querySelectorAll('tbody tr')];
    expect(morning!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(text(morning!.querySelector('th'))).to.equal('10:00 AM');
    const cells = [...morning!.querySelectorAll('td')];
    expect(cells.map((td) => td.querySelector('article')?.id)).to.deep.equal(['rt3', 'rt4']);
    const later = [...afternoon!.querySelectorAll('td')];
    expect(later.map((td) => td.querySelector('article')?.id)).to.deep.equal([
      undefined,
      'policy-debate',
    ]);
    // A day without parallel sessions has a single column.
    const monday = [...$$(el, '[part=day]')[0]!.querySelectorAll('thead th')].map(text);
    expect(monday).to.deep.equal(['Time', 'Session']);
  });

  it('gives each session an accessible name with its title, day, time and room', async () => {
    const el = await render(html`<imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>`);
    const title = session(el, 'rt3').querySelector('[part=session-title]')!;
    expect(title.localName).to.equal('button');
    expect(labelledName(title)).to.equal(
      'Round table 3 Wednesday, May 18 10:00 AM – 1:00 PM Conference Room 4 Live now',
    );
    const hearing = session(el, 'hearing-pm').querySelector('[part=session-title]')!;
    expect(labelledName(hearing)).to.equal(
      'Informal interactive multi-stakeholder hearing (cont.) Monday, May 16 3:00 – 6:00 PM Ended',
    );
  });

  it('sets the heading level, and hides the heading on request', async () => {
    const levels = (el: HTMLElement) =>
      ['[part=heading] [role=heading]', '.day-heading', '.session [role=heading]'].map(
        (s) => el.shadowRoot!.querySelector(s)?.getAttribute('aria-level') ?? null,
      );
    const plain = await render(html`<imrf-schedule></imrf-schedule>`);
    expect(levels(plain)).to.deep.equal(['2', '3', '4']);
    const three = await render(html`<imrf-schedule heading-level="3"></imrf-schedule>`);
    expect(levels(three)).to.deep.equal(['3', '4', '5']);
    const hidden = await render(html`<imrf-schedule no-heading heading-level="4"></imrf-schedule>`);
    expect(levels(hidden)).to.deep.equal([null, '4', '5']);
    expect(text($(hidden, '[part=zone]'))).to.equal('Times are New York time (EDT).');
    const odd = await render(html`<imrf-schedule heading-level="9"></imrf-schedule>`);
    expect(levels(odd)).to.deep.equal(['6', '6', '6']);
  });

  it('fires imrf-session-select when a session is activated, and highlights it', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const title = session(el, 'rt4').querySelector<HTMLButtonElement>('[part=session-title]')!;
    setTimeout(() => title.click());
    const event = await oneEvent(el, 'imrf-session-select');
    expect(event.detail.session.id).to.equal('rt4');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await el.updateComplete;
    expect(session(el, 'rt4').classList.contains('target')).to.equal(true);
  });

  it('links round-table titles through roundtable-href; cancelling the event keeps the page', async () => {
    const el = await render(
      html`<imrf-schedule roundtable-href="/roundtables/{number}"></imrf-schedule>`,
    );
    const link = session(el, 'rt3').querySelector<HTMLAnchorElement>('[part=session-title]')!;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal(new URL('/roundtables/3', location.href).href);
    expect(labelledName(link)).to.contain('Round table 3 Wednesday, May 18');
    expect(session(el, 'policy-debate').querySelector('[part=session-title]')!.localName).to.equal(
      'button',
    );
    el.addEventListener('imrf-session-select', (e) => e.preventDefault(), { once: true });
    let followed = true;
    const spy = (e: Event) => (followed = !e.defaultPrevented);
    document.addEventListener('click', spy);
    link.click();
    document.removeEventListener('click', spy);
    expect(followed).to.equal(false);

    const unsafe = await render(
      html`<imrf-schedule roundtable-href="javascript:alert({number})"></imrf-schedule>`,
    );
    expect(session(unsafe, 'rt3').querySelector('[part=session-title]')!.localName).to.equal(
      'button',
    );
    const broken = await render(
      html`<imrf-schedule roundtable-href="http://[broken/{number}"></imrf-schedule>`,
    );
    expect(session(broken, 'rt3').querySelector('[part=session-title]')!.localName).to.equal(
      'button',
    );
  });

  it('shows a forum given as data, and says when it has no sessions', async () => {
    const data = JSON.stringify({
      version: 1,
      id: 'mini',
      title: 'Mini forum',
      timeZone: 'Europe/Zurich',
      sessions: [
        {
          id: 'only',
          kind: 'workshop',
          title: 'Only session',
          start: '2030-03-02T09:00:00+01:00',
          end: '2030-03-02T10:30:00+01:00',
        },
      ],
    });
    const el = await render(html`<imrf-schedule data=${data}></imrf-schedule>`);
    expect(shownIds(el)).to.deep.equal(['only']);
    expect(text(session(el, 'only').querySelector('.kind'))).to.equal('Other');
    expect(text($(el, '[part=zone]'))).to.equal('Times are Zurich time (GMT+1).');
    const empty = await render(
      html`<imrf-schedule
        data=${JSON.stringify({ version: 1, id: 'e', title: 'E', timeZone: 'UTC', sessions: [] })}
      ></imrf-schedule>`,
    );
    expect(text($(empty, '[role=status]'))).to.equal('The programme has no sessions yet.');
  });

  it('shows the error state with a way to try again', async () => {
    const el = await render(html`<imrf-schedule src="/api/status/500"></imrf-schedule>`);
    await oneEvent(el, 'imrf-error');
    await el.updateComplete;
    expect(text($(el, '[role=alert] p'))).to.contain('500');
    expect($(el, '[part=retry-button]')).to.not.equal(null);
  });
});

describe('<imrf-schedule> languages', () => {
  for (const language of LANGUAGES) {
    it(`speaks ${language}${language === 'ar' ? ', right to left' : ''}`, async () => {
      const t = await loadCatalog(language);
      const el = await render(
        html`<div lang=${language}>
          <imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>
        </div>`,
      );
      const base = $(el, '[part=base]')!;
      expect(base.getAttribute('lang')).to.equal(language);
      expect(base.getAttribute('dir')).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      expect(text($(el, '[part=count]'))).to.equal(
        plural(t.schedule.count, 11, language, { total: formatNumber(11, language) }).replace(
          /\s+/g,
          ' ',
        ),
      );
      expect($$(el, '[part=legend] li').map(text)).to.deep.equal(
        (['hearing', 'roundtable', 'policy-debate', 'plenary'] as const).map(
          (k) => t.common.kinds[k],
        ),
      );
      expect(text(session(el, 'rt3').querySelector('.status'))).to.equal(t.schedule.liveNow);
      expect(text($(el, '[part=download-button]'))).to.equal(t.schedule.download);
      expect(text($(el, 'fieldset legend'))).to.equal(t.schedule.showTimesIn);
      const title = text(session(el, 'rt3').querySelector('[part=session-title]'));
      // Only French and Spanish sources name the round tables; the others show
      // the English title, marked as English for screen readers and fonts.
      expect(title).to.equal(
        {
          en: 'Round table 3',
          fr: 'Table ronde 3',
          es: 'Mesa redonda 3',
          ru: 'Round table 3',
          zh: 'Round table 3',
          ar: 'Round table 3',
        }[language],
      );
      const marked = session(el, 'rt3').querySelector('[part=session-title] [lang]');
      expect(marked?.getAttribute('lang') ?? null).to.equal(
        ['en', 'fr', 'es'].includes(language) ? null : 'en',
      );
    });
  }
});
