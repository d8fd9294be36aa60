import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/schedule/define.js';
import type { StoryArgs } from './args.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/imrf-schedule',
  component: 'imrf-schedule',
  render: (args) =>
    html`<imrf-schedule
      src=${ifDefined(args.src)}
      data=${ifDefined(args.data)}
      theme=${ifDefined(args.theme)}
    ></imrf-schedule>`,
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** With no attribute: the IMRF 2022 programme from the embedded default data. */
export const Default: Story = {};

/** Loading a forum file by URL. */
export const FromUrl: Story = { args: { src: '/data/imrf-2022.json' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A URL that does not answer with forum data: the error state, with Try again. */
export const Error: Story = { args: { src: '/no-such-forum.json' } };
