import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { StoryArgs } from './args.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/imrf-forum',
  component: 'imrf-forum',
  render: (args) =>
    html`<imrf-forum src=${ifDefined(args.src)} data=${ifDefined(args.data)}>
      <imrf-roundtable number="1" theme=${ifDefined(args.theme)}></imrf-roundtable>
      <imrf-schedule theme=${ifDefined(args.theme)}></imrf-schedule>
    </imrf-forum>`,
};
export default meta;

type Story = StoryObj<StoryArgs>;

/** One request for the whole page: the elements inside share the provider's forum. */
export const SharedData: Story = { args: { src: '/forum-data/imrf-2022.json' } };
