// Real programmes exported by frab and pretalx (test/fixtures/schedule-json/),
// shown by pointing `src` (or `data`) at the file as it is.
import { expect, oneEvent } from '@open-wc/testing';
import type { ForumLoadDetail } from '../../src/data/forum-controller.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, settled, shownIds, text } from './helpers.js';

const FIXTURES = '/test/fixtures/schedule-json/';

interface Export {
  schedule: {
    conference: {
      days: { rooms: Record<string, { title: string; guid: string }[]> }[];
    };
  };
}

/** A title as the page shows it: trimmed, runs of white space made one. */
const plain = (title: string) => title.replace(/\s+/g, ' ').trim();

const read = async (name: string) => (await fetch(FIXTURES + name)).json() as Promise<Export>;
const events = (doc: Export) =>
  doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
const roomNames = (doc: Export) =>
  doc.schedule.conference.days.flatMap((d) =>
    Object.entries(d.rooms)
      .filter(([, list]) => list.length > 0)
      .map(([name]) => name),
  );

/** Mounts a schedule with these properties and waits for the data it announces. */
async function load(props: Partial<Pick<ImrfSchedule, 'src' | 'data'>>) {
  const el = Object.assign(document.createElement('imrf-schedule'), props);
  mounted.push(el);
  const loaded = oneEvent(el, 'imrf-load') as Promise<CustomEvent<ForumLoadDetail>>;
  document.body.append(el);
  const { detail } = await loaded;
  await settled(el);
  return { el, detail };
}

/** Presses "Show more" until the whole programme is rendered. */
async function showAll(el: ImrfSchedule) {
  for (let more = $(el, '[part=more-button]'); more; more = $(el, '[part=more-button]')) {
    more.click();
    await el.updateComplete;
  }
}

const columnNames = (el: ImrfSchedule) =>
  $$(el, '[part=day] thead th')
    .slice(1)
    .map((th) => text(th));

const mounted: HTMLElement[] = [];

describe('<imrf-schedule> with a schedule.json export', function () {
  // Axe reads every cell of a real programme.
  this.timeout(30000);
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('shows a frab programme (Camp 2019) from src: its rooms side by side, every title', async () => {
    const doc = await read('camp2019-frab.json');
    const { el, detail } = await load({ src: `${FIXTURES}camp2019-frab.json` });
    expect(detail.forum.title).to.equal('Chaos Communication Camp 2019');
    expect(detail.warnings.map((w) => w.path)).to.deep.equal([
      'schedule.conference.days[0].rooms["Curie"][0].type',
    ]);
    expect(text($(el, '[part=heading] [role=heading]'))).to.equal('Chaos Communication Camp 2019');
    expect(text($(el, '[part=zone]'))).to.match(/^Times are Berlin time \(GMT\+2\)\.$/);
    expect(columnNames(el)).to.deep.equal(['Curie', 'Meitner']);
    const titles = $$(el, '[part=session] [part~=title], [part=session] .title').map(text);
    for (const e of events(doc)) expect(titles, e.title).to.include(plain(e.title));
    expect(shownIds(el)).to.have.length(events(doc).length);
    // The opening: 11:00 in Berlin (the visitor is in Tokyo), in Curie, by two speakers.
    const opening = el.shadowRoot!.getElementById('a0a0fcfe-b7fb-46e3-84b6-97a5406016b4')!;
    expect(text(opening.querySelector('.when'))).to.equal('11:00 – 11:30 AM · Curie');
  });

  it('shows a merged programme of 12 parallel rooms, every room and every title', async () => {
    const doc = await read('jev22-channels.json');
    const { el } = await load({ src: `${FIXTURES}jev22-channels.json` });
    await showAll(el);
    expect(shownIds(el)).to.have.length(62);
    expect(columnNames(el)).to.have.members(roomNames(doc));
    expect(columnNames(el)).to.have.length(12);
    const shown = $$(el, '[part=session]').map(text).join('\n');
    for (const e of events(doc)) expect(shown, e.title).to.contain(plain(e.title));
  });

  it('shows a pretalx programme given as inline data, at the offset its times carry', async () => {
    const doc = await read('rc3-channels-pretalx.json');
    const { el, detail } = await load({ data: JSON.stringify(doc) });
    expect(detail.forum.timeZone).to.equal('Etc/GMT-1');
    expect(detail.warnings[0]?.path).to.equal('schedule.conference.time_zone_name');
    expect(text($(el, '[part=zone]'))).to.equal('Times are UTC+1.');
    expect(columnNames(el)).to.have.members(roomNames(doc));
    const gluon = el.shadowRoot!.getElementById('c3642671-4c1f-5109-81ba-0535c1cc8428')!;
    expect(text(gluon.querySelector('.when'))).to.equal(
      '11:30 AM – 12:10 PM · r3s - Monheim/Rhein',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a programme set as an object on the data property', async () => {
    const doc = await read('camp2019-frab.json');
    const { el } = await load({ data: doc });
    expect(shownIds(el)).to.have.length(events(doc).length);
    expect(columnNames(el)).to.deep.equal(['Curie', 'Meitner']);
  });

  it('shows the valid part of a damaged export, and reports the rest by its path', async () => {
    const doc = await read('camp2019-frab.json');
    const curie = doc.schedule.conference.days[0]!.rooms['Curie']!;
    (curie[1] as unknown as Record<string, unknown>).duration = 'soon';
    (curie[2] as unknown as Record<string, unknown>).title = null;
    const { el, detail } = await load({ data: doc });
    expect(detail.warnings.map((w) => w.path)).to.include.members([
      'schedule.conference.days[0].rooms["Curie"][1].duration',
      'schedule.conference.days[0].rooms["Curie"][2].title',
    ]);
    expect(shownIds(el)).to.have.length(events(doc).length - 2);
  });
});
