import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/pledge-form/define.js';
import type { StoryArgs } from './args.js';

const meta: Meta<StoryArgs> = {
  title: 'Elements/imrf-pledge-form',
  component: 'imrf-pledge-form',
  render: (args) =>
    html`<imrf-pledge-form
      src=${ifDefined(args.src)}
      data=${ifDefined(args.data)}
      theme=${ifDefined(args.theme)}
    ></imrf-pledge-form>`,
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Default: Story = {};
