import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/roundtable/define.js';
import type { StoryArgs } from './args.js';
import {
  EMPTY_FORUM,
  MISSING_URL,
  PARTNER_CSS,
  PENDING_URL,
  inLanguagesAndThemes,
} from './fixtures.js';

interface Args extends StoryArgs {
  number?: number;
  objective?: number;
  compact?: boolean;
  'time-zone'?: string;
  'heading-level'?: number;
  lang?: string;
}

const element = (args: Args) =>
  html`<imrf-roundtable
    number=${ifDefined(args.number)}
    objective=${ifDefined(args.objective)}
    ?compact=${args.compact}
    time-zone=${ifDefined(args['time-zone'])}
    heading-level=${ifDefined(args['heading-level'])}
    src=${ifDefined(args.src)}
    data=${ifDefined(args.data)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></imrf-roundtable>`;

const meta: Meta<Args> = {
  title: 'Elements/imrf-roundtable',
  component: 'imrf-roundtable',
  render: element,
  // Attributes: controls from custom-elements.json (.storybook/preview.ts). Story-only:
  argTypes: {
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ru', 'zh', 'ar'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Without `number` or `objective`: every round table, as cards. */
export const All: Story = {};

/** Round table 3: Portugal and Thailand, 18 May, 10:00–13:00 New York time, Conference Room 4. */
export const RoundTable3: Story = { args: { number: 3 } };

/** `objective="7"`: the round table that reviews objective 7 (round table 4), with 7 highlighted. */
export const Objective7: Story = { args: { objective: 7 } };

/** `compact`: one line, for a sidebar. */
export const Compact: Story = { args: { number: 1, compact: true } };

/** `compact` without `number`: one line per round table. */
export const CompactAll: Story = { args: { compact: true } };

/** `compact` with `objective`: the line of the round table that reviews it, the number marked. */
export const CompactObjective: Story = { args: { compact: true, objective: 12 } };

/** `time-zone="Asia/Tokyo"`: the times in Tokyo, with the dates because the day changes. */
export const TokyoTime: Story = { args: { number: 3, 'time-zone': 'Asia/Tokyo' } };

/** `time-zone="local"`: the visitor's own time. */
export const VisitorTime: Story = { args: { number: 1, 'time-zone': 'local' } };

/** A forum file loaded by URL. */
export const FromUrl: Story = { args: { src: '/forum-data/imrf-2022.json', number: 2 } };

/**
 * A round table whose session names its speakers (lead discussants,
 * panellists), from `data/samples/side-events.json`: sample data, not an IMRF round table.
 */
export const WithPanellists: Story = {
  args: { src: '/forum-data/samples/side-events.json', number: 1 },
};

/** `number="9"`: a round table that does not exist. */
export const NotFound: Story = { args: { number: 9 } };

/** An objective no round table reviews. */
export const ObjectiveNotFound: Story = { args: { objective: 24 } };

/** A forum without round tables. */
export const Empty: Story = { args: { data: EMPTY_FORUM } };

/** While the data is on its way (after 8 seconds it offers Try again). */
export const Loading: Story = { args: { src: PENDING_URL } };

/** A URL that does not answer with forum data: the error state, with Try again. */
export const Error: Story = { args: { src: MISSING_URL } };

/** French: « Égypte » and « Allemagne ». */
export const French: Story = { args: { number: 1, lang: 'fr' } };

/** Arabic, right to left. */
export const Arabic: Story = { args: { objective: 7, lang: 'ar' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** English, French and Arabic, light and dark, side by side. */
export const LanguagesAndThemes: Story = {
  render: (args) => inLanguagesAndThemes(element, args),
  args: { objective: 7 },
};

/** A partner's colours and type, through the global tokens and `--imrf-roundtable-*`. */
export const PartnerTheme: Story = {
  render: (args) =>
    html`<style>
        ${PARTNER_CSS}
      </style>
      <div class="partner">${element(args)}</div>`,
  args: { objective: 7 },
};
