import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/about/define.js';
import type { StoryArgs } from './args.js';
import {
  EMPTY_FORUM,
  MISSING_URL,
  PARTNER_CSS,
  PENDING_URL,
  inLanguagesAndThemes,
  stack,
} from './fixtures.js';

interface Args extends StoryArgs {
  variant?: 'full' | 'card';
  sections?: string;
  'heading-level'?: number;
  now?: string;
  'roundtable-href'?: string;
  'session-href'?: string;
  'programme-href'?: string;
  lang?: string;
}

const element = (args: Args) =>
  html`<imrf-about
    variant=${ifDefined(args.variant)}
    sections=${ifDefined(args.sections)}
    heading-level=${ifDefined(args['heading-level'])}
    now=${ifDefined(args.now)}
    roundtable-href=${ifDefined(args['roundtable-href'])}
    session-href=${ifDefined(args['session-href'])}
    programme-href=${ifDefined(args['programme-href'])}
    src=${ifDefined(args.src)}
    data=${ifDefined(args.data)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></imrf-about>`;

/** Instants of IMRF 2022 (New York time) for the card. */
const BEFORE = '2022-05-10T10:00:00-04:00';
const DURING = '2022-05-18T11:00:00-04:00';
const BETWEEN = '2022-05-18T14:00:00-04:00';
const AFTER = '2022-05-21T10:00:00-04:00';

/** A forum with sessions and round tables, but no outcome, documents, principles or ways to take part. */
const NO_OUTCOME = JSON.stringify({
  version: 1,
  id: 'regional',
  title: 'Regional review of the Global Compact',
  timeZone: 'Europe/Paris',
  venue: 'Palais des Nations, Geneva',
  sessions: [
    {
      id: 'a',
      kind: 'roundtable',
      title: 'Round table A',
      roundtable: 1,
      start: '2030-03-11T10:00:00+01:00',
      end: '2030-03-11T13:00:00+01:00',
    },
    {
      id: 'b',
      kind: 'roundtable',
      title: 'Round table B',
      roundtable: 2,
      start: '2030-03-11T15:00:00+01:00',
      end: '2030-03-11T18:00:00+01:00',
    },
    {
      id: 'c',
      kind: 'roundtable',
      title: 'Round table C',
      roundtable: 3,
      start: '2030-03-12T10:00:00+01:00',
      end: '2030-03-12T13:00:00+01:00',
    },
    {
      id: 'p',
      kind: 'plenary',
      title: 'Closing plenary',
      start: '2030-03-12T15:00:00+01:00',
      end: '2030-03-12T17:00:00+01:00',
    },
  ],
  roundtables: [
    { number: 1, coChairs: ['FR', 'SN'], objectives: [1, 2, 3] },
    { number: 2, coChairs: ['MX', 'JP'], objectives: [4, 5] },
    { number: 3, coChairs: ['KE', 'NO'], objectives: [6, 7] },
  ],
});

const meta: Meta<Args> = {
  title: 'Elements/imrf-about',
  component: 'imrf-about',
  render: element,
  argTypes: {
    variant: { control: 'inline-radio', options: [undefined, 'full', 'card'] },
    sections: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    now: { control: 'text' },
    'roundtable-href': { control: 'text' },
    'session-href': { control: 'text' },
    'programme-href': { control: 'text' },
    src: { control: 'text' },
    data: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ru', 'zh', 'ar'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every block: at a glance, format, outcome, documents, guiding principles, ways to take part. */
export const All: Story = {
  args: { 'roundtable-href': '#roundtable-{number}', 'session-href': '#{id}' },
};

/** `sections="overview"`: what, when, where and who chairs. */
export const Overview: Story = { args: { sections: 'overview' } };

/** `sections="format"`: the format, read from the sessions, with the round tables' objectives and co-chairs. */
export const Format: Story = {
  args: { sections: 'format', 'roundtable-href': '#roundtable-{number}' },
};

/** `sections="outcome"`: the Progress Declaration, its co-facilitators and its adoption. */
export const Outcome: Story = { args: { sections: 'outcome', 'session-href': '#{id}' } };

/** `sections="documents"`: the relevant documents, with their UN symbols. */
export const Documents: Story = { args: { sections: 'documents' } };

/** `sections="principles"`: the ten guiding principles. */
export const Principles: Story = { args: { sections: 'principles' } };

/** `sections="participation"`: the ways to take part, from the background note. */
export const Participation: Story = { args: { sections: 'participation' } };

/** `sections="documents outcome"`: blocks in the order asked. */
export const DocumentsThenOutcome: Story = { args: { sections: 'documents outcome' } };

/** The status card before the forum: its dates and the days to go. */
export const CardBefore: Story = { args: { variant: 'card', now: BEFORE } };

/** The status card during the forum: the two parallel round tables live, the policy debate next. */
export const CardDuring: Story = { args: { variant: 'card', now: DURING } };

/** The status card between sessions: nothing live, what is next. */
export const CardBetween: Story = { args: { variant: 'card', now: BETWEEN } };

/** The status card after the forum: when it concluded, its outcome and its adoption. */
export const CardAfter: Story = { args: { variant: 'card', now: AFTER } };

/** The card before, during and after, side by side. */
export const CardStates: Story = {
  render: (args) =>
    stack([BEFORE, DURING, AFTER].map((now) => element({ ...args, variant: 'card', now }))),
};

/** A forum with no outcome, documents, principles or ways to take part: those blocks disappear. */
export const NoOutcomeOrDocuments: Story = { args: { data: NO_OUTCOME } };

/** The same forum asked only for its outcome and documents: a sentence, never a blank box. */
export const NothingToShow: Story = { args: { data: NO_OUTCOME, sections: 'outcome documents' } };

/** A forum without sessions: the card says there is nothing to show. */
export const Empty: Story = { args: { data: EMPTY_FORUM, variant: 'card' } };

/** While the data is on its way (after 8 seconds it offers Try again). */
export const Loading: Story = { args: { src: PENDING_URL } };

/** A URL that does not answer with forum data: the error state, with Try again. */
export const Error: Story = { args: { src: MISSING_URL } };

/** French. */
export const French: Story = { args: { lang: 'fr' } };

/** Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The card in English, French and Arabic, light and dark. */
export const LanguagesAndThemes: Story = {
  render: (args) => inLanguagesAndThemes(element, args),
  args: { variant: 'card', now: DURING },
};

/** A partner's colours and type, through the global tokens and `--imrf-about-*`. */
export const PartnerTheme: Story = {
  render: (args) =>
    html`<style>
        ${PARTNER_CSS} .partner {
          --imrf-about-accent: #e07a00;
        }
      </style>
      <div class="partner">${element(args)}</div>`,
  args: { sections: 'overview outcome' },
};

/** A narrow column (320 px): terms and values stack. */
export const Narrow: Story = {
  render: (args) => html`<div style="inline-size: 320px">${element(args)}</div>`,
  args: { sections: 'overview format' },
};
