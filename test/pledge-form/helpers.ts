// Shared helpers for the pledge form's browser tests: answering like a person
// (typing fires `input`, choices are clicked), and the test receiver
// (test/server/pledges.js).
import '../../src/pledge-form/define.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';

export type Answers = Record<string, string | boolean | string[]>;

export const DESCRIPTION =
  'The city will open two one-stop centres where newly arrived migrants get information on ' +
  'housing, health care, schooling and work in twelve languages, with trained cultural ' +
  'mediators from migrant communities. The centres will also refer people to legal advice ' +
  'and language courses, and publish yearly data on the services used, by sex and age.';

export const ABOUT: Answers = {
  entityName: '  City of Lisbon ',
  entityType: 'local-government',
  country: 'PT',
  contactName: 'Ana Silva',
  email: 'ana.silva@example.org',
  phone: '',
};

export const PLEDGE: Answers = {
  title: 'One-stop centres for newly arrived migrants',
  description: DESCRIPTION,
  commitments: ['policy', 'process'],
  objectives: ['17', '7'],
  guidingPrinciples: ['human-rights'],
  levels: ['local'],
  startDate: '2022-06-01',
  endDate: '2024-12-31',
  indicators: 'People served per year; languages offered; share of referrals followed up.',
  partners: 'IOM\n\n  City of Porto  \n',
  matchesPledge: '',
  migrants: true,
};

/** The element's shadow root. */
export const root = (el: ImrfPledgeForm) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ImrfPledgeForm, selector: string) =>
  root(el).querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: ImrfPledgeForm, selector: string) =>
  Array.from(root(el).querySelectorAll(selector)) as T[];

/** Answers one question: types into a text control, clicks choices. */
export async function answer(
  el: ImrfPledgeForm,
  field: string,
  value: string | boolean | string[],
) {
  const controls = $$<HTMLInputElement>(el, `[name="${field}"]`);
  if (!controls.length) throw new Error(`no control for ${field}`);
  const first = controls[0]!;
  if (first.type === 'checkbox' || first.type === 'radio') {
    for (const control of controls) {
      const wanted =
        typeof value === 'boolean'
          ? value
          : Array.isArray(value)
            ? value.includes(control.value)
            : value === control.value;
      if (control.checked !== wanted) control.click();
    }
  } else {
    first.value = String(value);
    first.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

export async function answerAll(el: ImrfPledgeForm, answers: Answers) {
  for (const [field, value] of Object.entries(answers)) await answer(el, field, value);
}

/** Presses Continue (or Submit pledge on the last step). */
export async function next(el: ImrfPledgeForm) {
  $<HTMLButtonElement>(el, '[part=submit-button]')!.click();
  await el.updateComplete;
}

/** Answers both steps: the form is then on Check your answers. */
export async function complete(el: ImrfPledgeForm, about = ABOUT, pledge = PLEDGE) {
  await answerAll(el, about);
  await next(el);
  await answerAll(el, pledge);
  await next(el);
}

/** The heading of the current step, without its "Step n of 3" caption. */
export function stepTitle(el: ImrfPledgeForm) {
  const heading = $(el, '#step')!;
  return heading.textContent!.replace(heading.querySelector('.caption')!.textContent!, '').trim();
}

/** An element in a few words: `h3#step`, `input[name=email]`, `div.error-summary`. */
export function nameOf(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const name = node.getAttribute('name');
  if (name) {
    const radio = (node as HTMLInputElement).type === 'radio';
    return `${node.localName}[name=${name}]${radio ? `[value=${node.getAttribute('value')}]` : ''}`;
  }
  return node.localName + (node.id ? `#${node.id}` : node.className ? `.${node.classList[0]}` : '');
}

/** What has the focus inside the element, in a few words (comparing elements themselves
 *  makes a failing assertion serialize the whole Lit tree, and the browser gives up). */
export const focused = (el: ImrfPledgeForm) => nameOf(root(el).activeElement);

let boxes = 0;

/** A fresh box of the test receiver: its URL, its mode, and what it received. */
export function receiver() {
  const url = `/pledges/t${Date.now()}-${boxes++}`;
  return {
    url,
    mode: (mode: Record<string, unknown>) =>
      fetch(`${url}/mode`, { method: 'PUT', body: JSON.stringify(mode) }),
    received: async () =>
      (await (await fetch(`${url}/received`)).json()) as {
        requests: {
          contentType: string;
          accept: string;
          idempotencyKey: string;
          body: unknown;
          schemaErrors: Record<string, string>;
        }[];
        pledges: { id: string; key: string; body: unknown }[];
      },
  };
}

/** A name no other test uses, for a form's draft. */
export const uniqueName = () => `test-${Date.now()}-${boxes++}`;
