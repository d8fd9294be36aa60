import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ENTITY_TYPES } from '../src/pledge-form/model/fields.js';
import '../src/pledge-form/define.js';
import type { ImrfPledgeForm } from '../src/pledge-form/pledge-form.js';
import type { StoryArgs } from './args.js';

/** How the story's stand-in partner answers `imrf-pledge-submit` (none: the form sends itself). */
const RESPONSES = ['pending', 'success', 'failure', 'refused'] as const;

interface Args extends StoryArgs {
  action?: string;
  timeout?: number;
  name?: string;
  'no-draft'?: boolean;
  objectives?: string;
  'entity-type'?: string;
  country?: string;
  'heading-level'?: number;
  lang?: string;
  respond?: (typeof RESPONSES)[number];
}

/** Plays a partner that sends the pledge itself, and reports back after a moment. */
function partner(event: CustomEvent, respond: Args['respond']) {
  if (!respond) return;
  event.preventDefault();
  const form = event.target as ImrfPledgeForm;
  const report = {
    pending: undefined,
    success: { ok: true, id: 'IMRF-2022-0147' },
    failure: { ok: false, message: 'The pledge service is down for maintenance.' },
    refused: {
      ok: false,
      errors: {
        title: 'A pledge with this title already exists: choose another title',
        'contact.email': 'This address does not accept mail: enter another email address',
      },
    },
  }[respond];
  if (report) setTimeout(() => form.reportSubmission(report as never), 400);
}

const meta: Meta<Args> = {
  title: 'Elements/imrf-pledge-form',
  component: 'imrf-pledge-form',
  args: { 'no-draft': true },
  // Attributes: controls from custom-elements.json (.storybook/preview.ts), except the
  // entity types, which are data, not a type. Story-only: lang, respond.
  argTypes: {
    'entity-type': { control: 'select', options: ENTITY_TYPES },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ru', 'zh', 'ar'] },
    respond: { control: 'select', options: RESPONSES },
  },
  render: (args) =>
    html`<imrf-pledge-form
      action=${ifDefined(args.action)}
      timeout=${ifDefined(args.timeout)}
      name=${ifDefined(args.name)}
      ?no-draft=${args['no-draft']}
      objectives=${ifDefined(args.objectives)}
      entity-type=${ifDefined(args['entity-type'])}
      country=${ifDefined(args.country)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      data=${ifDefined(args.data)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      @imrf-pledge-submit=${(event: CustomEvent) => partner(event, args.respond)}
    ></imrf-pledge-form>`,
};
export default meta;

type Story = StoryObj<Args>;

const ANSWERS: Record<string, string | boolean | string[]> = {
  entityName: 'City of Lisbon',
  entityType: 'local-government',
  country: 'PT',
  contactName: 'Ana Silva',
  email: 'ana.silva@example.org',
  title: 'One-stop centres for newly arrived migrants',
  description:
    'The city will open two one-stop centres where newly arrived migrants get information on housing, health care, schooling and work in twelve languages, with trained cultural mediators from migrant communities. The centres will also refer people to legal advice and language courses, and publish yearly data on the services used, by sex and age.',
  commitments: ['policy', 'process'],
  objectives: ['7', '16'],
  guidingPrinciples: ['human-rights', 'whole-of-society'],
  levels: ['local'],
  startDate: '2022-06-01',
  endDate: '2024-12-31',
  indicators: 'People served per year; languages offered; share of referrals followed up.',
  partners: 'IOM\nCity of Porto',
  migrants: true,
};

/** Answers the current step like a person would, then presses its button. */
async function answerStep(form: ImrfPledgeForm) {
  await form.updateComplete;
  const root = form.shadowRoot!;
  for (const [field, value] of Object.entries(ANSWERS)) {
    const controls = Array.from(root.querySelectorAll<HTMLInputElement>(`[name="${field}"]`));
    for (const control of controls) {
      if (control.type === 'checkbox' || control.type === 'radio') {
        const wanted = Array.isArray(value)
          ? value.includes(control.value)
          : value === true || value === control.value;
        if (control.checked !== wanted) control.click();
      } else {
        control.value = String(value);
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
  }
  await form.updateComplete;
  root.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await form.updateComplete;
}

/** Goes through `steps` steps (3: presses Submit pledge). */
const through =
  (steps: number): Story['play'] =>
  async ({ canvasElement }) => {
    const form = canvasElement.querySelector('imrf-pledge-form')!;
    for (let i = 0; i < steps; i++) await answerStep(form);
  };

/** The first step, empty. */
export const Empty: Story = {};

/** Prefilled by a partner page's link ("pledge on objectives 7 and 17"). */
export const Prefilled: Story = {
  args: { objectives: '7 17', 'entity-type': 'member-state', country: 'MA' },
  play: through(1),
};

/** Step 1, answered. */
export const AboutYou: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('imrf-pledge-form')!;
    await form.updateComplete;
    for (const [field, value] of Object.entries(ANSWERS).slice(0, 5)) {
      const control = form.shadowRoot!.querySelector<HTMLInputElement>(
        `[name="${field}"]${field === 'entityType' ? `[value="${value}"]` : ''}`,
      )!;
      if (control.type === 'radio') control.click();
      else control.value = String(value);
    }
  },
};

/** Step 2: the pledge. */
export const ThePledge: Story = { play: through(1) };

/** Step 3: check your answers, each with a Change link. */
export const CheckYourAnswers: Story = { play: through(2) };

/** Continue on an empty step: the error summary and the messages on each field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('imrf-pledge-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  },
};

/** Sending: the partner has not answered yet; the form cannot be sent twice. */
export const Submitting: Story = { args: { respond: 'pending' }, play: through(3) };

/** The receiver confirmed: its reference, a copy to download, another pledge. */
export const Success: Story = { args: { respond: 'success' }, play: through(3) };

/** The receiver failed (5xx, network, timeout): a message and Try again, answers kept. */
export const ServerError: Story = { args: { respond: 'failure' }, play: through(3) };

/** The receiver refused answers (400/422): its messages on their fields. */
export const Refused: Story = { args: { respond: 'refused' }, play: through(3) };

/** No `action` and no partner handling the event: the form says so. */
export const NotConnected: Story = { play: through(3) };

/** Arabic, right to left. */
export const Arabic: Story = { args: { lang: 'ar' }, play: through(1) };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, play: through(2) };

/** A draft saved on this device earlier is restored, with a notice and Discard draft. */
export const DraftRestored: Story = {
  args: { 'no-draft': false, name: 'story-draft' },
  loaders: [
    () => {
      const draft = { answers: ANSWERS, step: 'pledge', savedAt: Date.now() - 3600000 };
      try {
        localStorage.setItem('imrf-pledge-draft:imrf-2022:story-draft', JSON.stringify(draft));
      } catch {
        // storage blocked: the story shows an empty form
      }
      return {};
    },
  ],
};
