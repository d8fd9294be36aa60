import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/objectives/define.js';
import type { StoryArgs } from './args.js';
import {
  EMPTY_FORUM,
  MISSING_URL,
  PARTNER_CSS,
  PENDING_URL,
  inLanguagesAndThemes,
} from './fixtures.js';

interface Args extends StoryArgs {
  'group-by'?: 'roundtable' | 'number';
  search?: string;
  objective?: number;
  'objective-href'?: string;
  'roundtable-href'?: string;
  'no-filters'?: boolean;
  'heading-level'?: number;
  /** Deprecated spellings, still accepted. */
  filter?: string;
  'no-filter'?: boolean;
  lang?: string;
}

const element = (args: Args) =>
  html`<imrf-objectives
    group-by=${ifDefined(args['group-by'])}
    search=${ifDefined(args.search)}
    objective=${ifDefined(args.objective)}
    objective-href=${ifDefined(args['objective-href'])}
    roundtable-href=${ifDefined(args['roundtable-href'])}
    ?no-filters=${args['no-filters']}
    heading-level=${ifDefined(args['heading-level'])}
    filter=${ifDefined(args.filter)}
    ?no-filter=${args['no-filter']}
    src=${ifDefined(args.src)}
    data=${ifDefined(args.data)}
    theme=${ifDefined(args.theme)}
    lang=${ifDefined(args.lang)}
  ></imrf-objectives>`;

const meta: Meta<Args> = {
  title: 'Elements/imrf-objectives',
  component: 'imrf-objectives',
  render: element,
  // Attributes: controls from custom-elements.json (.storybook/preview.ts). Story-only:
  argTypes: {
    lang: { control: 'select', options: [undefined, 'en', 'fr', 'es', 'ru', 'zh', 'ar'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The 23 objectives, grouped by the round table that reviews them. */
export const ByRoundTable: Story = {};

/** `group-by="number"`: objectives 1 to 23, each with its round table. */
export const ByNumber: Story = { args: { 'group-by': 'number' } };

/** `search`: the text filter, here "migrants". */
export const Filtered: Story = { args: { search: 'migrants' } };

/** A filter that matches nothing. */
export const NoMatch: Story = { args: { search: 'teleportation' } };

/** `objective="7"`: one objective highlighted. */
export const Highlighted: Story = { args: { objective: 7 } };

/** `objective-href` and `roundtable-href`: entries become links to the partner's pages. */
export const Links: Story = {
  args: { 'objective-href': '/objectives/{number}', 'roundtable-href': '/roundtables/{number}' },
};

/** `no-filters`: just the map. */
export const NoFilters: Story = { args: { 'no-filters': true, 'group-by': 'number' } };

/** A forum file loaded by URL. */
export const FromUrl: Story = { args: { src: '/forum-data/imrf-2022.json' } };

/** A forum that lists no objectives. */
export const Empty: Story = { args: { data: EMPTY_FORUM } };

/** While the data is on its way. */
export const Loading: Story = { args: { src: PENDING_URL } };

/** A URL that does not answer with forum data: the error state, with Try again. */
export const Error: Story = { args: { src: MISSING_URL } };

/** French interface (the default data's objective titles are in English only). */
export const French: Story = { args: { lang: 'fr', objective: 7 } };

/** Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar', 'group-by': 'number' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', objective: 7 } };

/** English, French and Arabic, light and dark. */
export const LanguagesAndThemes: Story = {
  render: (args) => inLanguagesAndThemes(element, args),
  args: { search: 'skills', objective: 18 },
};

/** A partner's colours and type, through the global tokens and `--imrf-objectives-*`. */
export const PartnerTheme: Story = {
  render: (args) =>
    html`<style>
        ${PARTNER_CSS}
      </style>
      <div class="partner">${element(args)}</div>`,
  args: { objective: 7 },
};
