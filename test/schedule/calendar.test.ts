import { expect, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { defaultForum } from '../helpers/default-forum.js';
import en from '../../src/i18n/catalogs/en.js';
import { sessionsCalendar } from '../../src/schedule/export.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, render, session } from './helpers.js';

interface Download {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** Catches the files the page offers for download instead of saving them. */
function catchDownloads(): { files: Download[]; stop(): void } {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  const onClick = (event: MouseEvent) => {
    const link = event.target as HTMLAnchorElement;
    const blob = link.download ? blobs.get(link.href) : undefined;
    if (!blob) return;
    event.preventDefault();
    void blob.text().then((text) => files.push({ name: link.download, type: blob.type, text }));
  };
  document.addEventListener('click', onClick, true);
  return {
    files,
    stop() {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** The events of an .ics file, read by ical.js, a real iCalendar parser. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const iso = (time: ICAL.Time) => time.toJSDate().toISOString();

async function download(el: ImrfSchedule, button: HTMLElement): Promise<Download> {
  const catcher = catchDownloads();
  try {
    button.click();
    await waitUntil(() => catcher.files.length === 1, 'a file is offered');
    return catcher.files[0]!;
  } finally {
    catcher.stop();
    await el.updateComplete;
  }
}

describe('schedule calendar export', () => {
  it('downloads the whole programme as .ics with every instant, place and text', async () => {
    const el = await render(html`<imrf-schedule></imrf-schedule>`);
    const button = $(el, '[part=download-button]')!;
    expect(button.textContent!.trim()).to.equal('Download the programme (.ics)');
    const file = await download(el, button);
    expect(file.name).to.equal('imrf-2022.ics');
    expect(file.type).to.contain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal(
      'International Migration Review Forum 2022',
    );
    const events = parse(file.text);
    const { forum } = defaultForum();
    expect(events.map((e) => e.uid)).to.deep.equal(
      forum.sessions.map((s) => `${s.id}@imrf-2022.imrf-widgets`),
    );
    for (const [i, event] of events.entries()) {
      const s = forum.sessions[i]!;
      expect(iso(event.startDate), s.id).to.equal(new Date(s.startMs).toISOString());
      expect(iso(event.endDate), s.id).to.equal(new Date(s.endMs).toISOString());
    }
    const rt3 = events[4]!;
    expect(rt3.summary).to.equal('Round table 3 · IMRF 2022');
    expect(rt3.location).to.equal('Conference Room 4, United Nations Headquarters, New York');
    expect(iso(rt3.startDate)).to.equal('2022-05-18T14:00:00.000Z');
    expect(rt3.description).to.contain('objectives 14, 15, 16, 19, 20 and 22');
    const closing = events[10]!;
    expect(closing.description).to.contain('Closing segment: Adoption of the Progress Declaration');
    expect(closing.description).to.contain('Chair: President of the General Assembly');
    expect(closing.component.getFirstPropertyValue('url')).to.equal(
      'https://www.un.org/migration2022',
    );
    const debate = events[6]!;
    expect(debate.description).to.contain(
      'Facilitator: Director-General of the International Organization for Migration (IOM)',
    );
  });

  it('downloads only the sessions the filters show', async () => {
    const el = await render(html`<imrf-schedule day="2022-05-18"></imrf-schedule>`);
    const file = await download(el, $(el, '[part=download-button]')!);
    expect(parse(file.text).map((e) => e.uid.split('@')[0])).to.deep.equal([
      'rt3',
      'rt4',
      'policy-debate',
    ]);
  });

  it('adds one session to a calendar, in the element’s language, whatever zone is shown', async () => {
    const el = await render(
      html`<div lang="fr"><imrf-schedule time-zone="Asia/Tokyo"></imrf-schedule></div>`,
    );
    const button = session(el, 'rt4').querySelector<HTMLElement>('[part=calendar-button]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Ajouter à l’agenda : Table ronde 4',
    );
    const file = await download(el, button);
    expect(file.name).to.equal('rt4.ics');
    const [event, ...rest] = parse(file.text);
    expect(rest).to.have.length(0);
    expect(event!.summary).to.equal('Table ronde 4 · IMRF 2022');
    expect(event!.location).to.equal(
      'Trusteeship Council Chamber, Siège des Nations Unies à New York',
    );
    expect(iso(event!.startDate)).to.equal('2022-05-18T14:00:00.000Z');
    expect(iso(event!.endDate)).to.equal('2022-05-18T17:00:00.000Z');
  });

  it('labels chairs in the calendar text in the element’s language', () => {
    const { forum } = defaultForum();
    const text = sessionsCalendar(forum, [forum.sessions[0]!], 'en', en, 0);
    expect(parse(text)[0]!.description).to.contain('Chair: President of the General Assembly');
    expect(text).to.contain('DTSTAMP:19700101T000000Z');
  });
});
