import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { syntheticForum } from '../bench/synthetic-forum.js';
import type { ForumInput } from '../src/data/types.js';
import '../src/schedule/define.js';
import type { StoryArgs } from './args.js';
import eightRooms from '../data/samples/eight-rooms.json';
import sideEvents from '../data/samples/side-events.json';
import jev22 from '../test/fixtures/schedule-json/jev22-channels.json';
import { MISSING_URL } from './fixtures.js';
import type { SessionKind } from '../src/data/types.js';

interface ScheduleArgs extends StoryArgs {
  'time-zone'?: string;
  now?: string;
  day?: string;
  room?: string;
  kind?: string;
  objective?: number;
  search?: string;
  'no-filters'?: boolean;
  'no-heading'?: boolean;
  'heading-level'?: number;
  'roundtable-href'?: string;
  /** Story only: the forum as an object (the `data` property). */
  forum?: ForumInput;
  /** Story only: the width of the element's container, to see the grid or the agenda. */
  width?: string;
  /** Story only: the language of the container. */
  lang?: string;
  /** Story only: CSS custom properties set on the container (a partner's theme). */
  css?: string;
}

const DURING = '2022-05-18T11:00:00-04:00';

const meta: Meta<ScheduleArgs> = {
  title: 'Elements/imrf-schedule',
  component: 'imrf-schedule',
  // Attributes: controls from custom-elements.json (.storybook/preview.ts), except
  // sample values for zones and rooms, which no type lists. Story-only: forum, width, lang, css.
  argTypes: {
    'time-zone': {
      control: 'select',
      options: [undefined, 'local', 'Asia/Tokyo', 'Europe/Paris', 'Africa/Nairobi'],
    },
    room: { control: 'select', options: [undefined, 'cr4', 'tcc', 'gah'] },
    forum: { table: { disable: true } },
    width: { control: 'text' },
    lang: { table: { disable: true } },
    css: { table: { disable: true } },
  },
  render: (args) => renderSchedule(args),
};
export default meta;

function renderSchedule(args: ScheduleArgs) {
  return html`<div
    lang=${ifDefined(args.lang)}
    style="inline-size: ${args.width ?? 'auto'}; ${args.css ?? ''}"
  >
    <imrf-schedule
      src=${ifDefined(args.src)}
      .data=${args.forum ?? args.data ?? null}
      theme=${ifDefined(args.theme)}
      time-zone=${ifDefined(args['time-zone'])}
      now=${ifDefined(args.now)}
      day=${ifDefined(args.day)}
      room=${ifDefined(args.room)}
      kind=${ifDefined(args.kind as SessionKind | undefined)}
      objective=${ifDefined(args.objective)}
      search=${ifDefined(args.search)}
      ?no-filters=${args['no-filters']}
      ?no-heading=${args['no-heading']}
      heading-level=${ifDefined(args['heading-level'])}
      roundtable-href=${ifDefined(args['roundtable-href'])}
    ></imrf-schedule>
  </div>`;
}

type Story = StoryObj<ScheduleArgs>;

/** With no attribute: the IMRF 2022 programme from the embedded default data. */
export const Default: Story = {};

/** A wide container: a grid, round tables 3 and 4 side by side in their rooms on 18 May. */
export const GridView: Story = { args: { width: '1100px', now: DURING } };

/** A narrow container (a phone, a sidebar): an agenda list by day, then time. */
export const AgendaView: Story = { args: { width: '340px', now: DURING } };

/** One day of the programme. */
export const OneDay: Story = { args: { day: '2022-05-18' } };

/** Times in Tokyo: the 15:00 New York sessions show at 04:00 the next day, with that date. */
export const TokyoTime: Story = { args: { 'time-zone': 'Asia/Tokyo' } };

/** Times in the visitor's own zone (set your browser's zone to see a shift). */
export const VisitorTime: Story = { args: { 'time-zone': 'local' } };

/** During the forum (the clock pinned to 18 May, 11:00 New York): live, next and past sessions. */
export const LiveDuringTheForum: Story = { args: { now: DURING } };

/** Before the forum: "The forum starts in 15 days", the first session next. */
export const BeforeTheForum: Story = { args: { now: '2022-05-01T09:00:00-04:00' } };

/** Objective 14 (consular protection): the round table that reviews it. */
export const ObjectiveFilter: Story = { args: { objective: 14 } };

/** A text search over titles, descriptions and segments. */
export const Search: Story = { args: { search: 'progress declaration' } };

/** Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar', now: DURING } };

/** French. */
export const French: Story = { args: { lang: 'fr', now: DURING } };

/** Chinese. */
export const Chinese: Story = { args: { lang: 'zh', now: DURING } };

/** The dark theme, forced. */
export const Dark: Story = { args: { theme: 'dark', now: DURING } };

/** A partner's theme through the global tokens and the `--imrf-schedule-*` hooks. */
export const PartnerTheme: Story = {
  args: {
    now: DURING,
    css: [
      '--imrf-color-primary: #5b2c83',
      '--imrf-color-primary-strong: #5b2c83',
      '--imrf-font-family: Georgia, serif',
      '--imrf-radius: 0',
      '--imrf-schedule-accent: #c8102e',
      '--imrf-schedule-session-background: #fbf8f2',
      '--imrf-schedule-live-color: #a4000f',
      '--imrf-schedule-highlight: #c8102e',
    ].join('; '),
  },
};

/** A compact embed: no heading, no filters, round-table titles linked to the partner's pages. */
export const CompactEmbed: Story = {
  args: {
    'no-heading': true,
    'no-filters': true,
    'roundtable-href': '/roundtables/{number}',
    width: '420px',
  },
};

// A URL that never answers, for the loading state (a demo stub of fetch).
const NEVER = '/imrf-story/never.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input).endsWith(NEVER)
    ? new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      )
    : realFetch(input, init);

/** Waiting for the data (after 8 seconds, a way out is offered). */
export const Loading: Story = { args: { src: NEVER } };

/** A URL that does not answer with forum data: the error state, with Try again. */
export const Error: Story = { args: { src: MISSING_URL } };

/** A large synthetic conference: 2,000 sessions over 10 days in 12 parallel rooms, paged. */
export const LargeSyntheticConference: Story = {
  render: (args) => renderSchedule({ ...args, forum: (large ??= syntheticForum(LARGE)) }),
  argTypes: { room: { control: 'text' } },
};
const LARGE = { sessions: 2000, days: 10, rooms: 12, seed: 1 };
let large: ForumInput | undefined;

// Side events, online sessions and speakers. The forums below are sample
// data (data/samples/), clearly named as such: no IMRF facts.

/** Sample side events (online, hybrid, in person) before the day: Join and Watch are quiet links. */
export const SideEventsBefore: Story = {
  args: { forum: sideEvents, now: '2030-05-14T07:00:00-04:00', width: '1100px' },
};

/** Ten minutes before the online side event: its Join and Watch links come forward. */
export const SideEventsAboutToStart: Story = {
  args: { forum: sideEvents, now: '2030-05-14T08:05:00-04:00', width: '1100px' },
};

/** During the round table and the parallel online side event, in the "Online" column. */
export const SideEventsDuring: Story = {
  args: { forum: sideEvents, now: '2030-05-14T15:45:00-04:00', width: '1100px' },
};

/** After the day: every session has ended; links are quiet again. */
export const SideEventsAfter: Story = {
  args: { forum: sideEvents, now: '2030-05-14T20:00:00-04:00', width: '1100px' },
};

/** The sample side events in a 320 px agenda, in French. */
export const SideEventsAgenda: Story = {
  args: { forum: sideEvents, now: '2030-05-14T08:05:00-04:00', width: '320px', lang: 'fr' },
};

/** `kind="side-event"`: only the side events. */
export const OnlySideEvents: Story = { args: { forum: sideEvents, kind: 'side-event' } };

/** `objective="3"`: the side event that addresses objective 3, its details open (the only one shown). */
export const SideEventsByObjective: Story = { args: { forum: sideEvents, objective: 3 } };

/**
 * A sample conference morning with 8 rooms in parallel at 1,200 px: dense
 * cells, descriptions behind "Details", no sideways scrolling.
 */
export const EightRooms: Story = { args: { forum: eightRooms, width: '1200px' } };

/** The same eight rooms at 320 px: an agenda. */
export const EightRoomsNarrow: Story = { args: { forum: eightRooms, width: '320px' } };

/**
 * A real conference programme, as a conference system exported it (the schedule.json format
 * of frab and pretalx): one day of the jev22 congress channels, 12 parallel rooms. Public
 * sample data, not the IMRF; read as it is, with no conversion by the partner.
 */
export const RealProgrammeFromScheduleJson: Story = {
  args: { forum: jev22 as unknown as ForumInput, width: '1200px' },
};
