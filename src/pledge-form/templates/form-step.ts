import { html, nothing } from 'lit';
import { heading } from '../../base/heading.js';
import { fill } from '../../i18n/catalog.js';
import { checkStep, type CheckData } from './check-answers.js';
import type { Choice } from './field-controls.js';
import type { View } from './view.js';
import { STEPS, type Field, type Step } from '../model/fields.js';
import type { Journey } from '../model/journey.js';
import { withLimits } from './field-texts.js';
import { errorSummary, failureBox, type SummaryItem } from './notices.js';
import { aboutStep, pledgeStep, type PledgeStepData } from './step-fields.js';

/** Everything the form shows in a step, and where its events go. */
export interface FormModel {
  readonly view: View;
  readonly step: Step;
  /** The error summary's lines; none: no summary. */
  readonly summary: readonly SummaryItem[];
  readonly countries: readonly Choice[];
  readonly data: PledgeStepData & CheckData;
  readonly failure?: { message: string; retry?: { label: string; run: () => void } };
  readonly sending: boolean;
  readonly on: {
    readonly submit: (event: Event) => void;
    readonly input: (event: Event) => void;
    readonly focusout: (event: FocusEvent) => void;
    readonly back: () => void;
    /** Goes to a field from the error summary. */
    readonly go: (field: Field) => void;
  };
}

/** What the fields show of a journey, in a language. */
export const viewOf = (journey: Journey, t: View['t'], locale: string, level: number): View => ({
  t,
  locale,
  level,
  answers: journey.answers,
  error: (field) => journey.message(field, t, locale),
  fill: (message, key) => withLimits(message, locale, key),
});

/** One step of the form: Back, its heading, the error summary, its fields, Continue or Submit. */
export function pledgeForm(m: FormModel) {
  const { view: v, step, on } = m;
  const { t } = v;
  const index = STEPS.indexOf(step);
  return html`<form novalidate @submit=${on.submit} @input=${on.input} @focusout=${on.focusout}>
    ${index
      ? html`<button type="button" class="link" @click=${on.back}>${t.back}</button>`
      : nothing}
    ${heading(
      { level: v.level, offset: 1, id: 'step', className: 'step-heading', focusable: true },
      html`<span class="caption">${fill(t.step, { number: index + 1, total: STEPS.length })}</span>
        ${t.steps[step]}`,
    )}
    ${m.summary.length ? errorSummary(t, m.summary, on.go, v.level) : nothing}
    ${step === 'about'
      ? aboutStep(v, m.countries)
      : step === 'pledge'
        ? pledgeStep(v, m.data)
        : checkStep(v, m.data)}
    ${m.failure ? failureBox(m.failure.message, m.failure.retry) : nothing}
    <div class="actions">
      <button part="submit-button" aria-disabled=${m.sending ? 'true' : 'false'}>
        ${step === 'check' ? t.submit : t.continue}
      </button>
      <p role="status">${m.sending ? t.sending : ''}</p>
    </div>
  </form>`;
}
