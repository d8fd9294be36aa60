import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/roundtable/define.js';
import type { StoryArgs } from './args.js';

const meta: Meta<StoryArgs & { number?: number }> = {
  title: 'Elements/imrf-roundtable',
  component: 'imrf-roundtable',
  render: (args) =>
    html`<imrf-roundtable
      number=${ifDefined(args.number)}
      src=${ifDefined(args.src)}
      theme=${ifDefined(args.theme)}
    ></imrf-roundtable>`,
};
export default meta;

type Story = StoryObj<StoryArgs & { number?: number }>;

/** Round table 3: Portugal and Thailand, 18 May, Conference Room 4. */
export const RoundTable3: Story = { args: { number: 3 } };

/** Without `number`: every round table. */
export const All: Story = {};

/** A round table that does not exist. */
export const NotFound: Story = { args: { number: 9 } };
