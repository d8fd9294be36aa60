import type { Catalog } from '../../i18n/catalog.js';
import {
  emptyAnswers,
  FIELD_NAMES,
  FIELDS,
  fieldsOf,
  STEPS,
  type Field,
  type PledgeAnswers,
  type Step,
} from './fields.js';
import { withLimits } from '../templates/field-texts.js';
import type { SummaryItem } from '../templates/notices.js';
import { validateField } from './validate-answers.js';

/** A CSS selector of what to focus after a move: a step's heading, the summary, a field. */
export type Focus = string;
export const HEADING: Focus = '#step';
export const SUMMARY: Focus = '.error-summary';
export const fieldFocus = (field: Field): Focus => `[name=${field}]`;

/**
 * Where a person is in the form and what it shows them, GOV.UK-style: a
 * field's problem shows once it is left after a change, or on Continue and
 * Submit; then it follows the answer as it is corrected. Continue with
 * problems shows the error summary; a Change link returns to Check your
 * answers. No DOM here: the element renders it and moves the focus.
 */
export class Journey {
  step: Step | 'done';
  /** The fields whose problems show. */
  readonly shown = new Set<Field>();
  /** The fields changed since the journey started. */
  readonly edited = new Set<Field>();
  /** The receiver's messages, until their field is changed. */
  serverErrors: Partial<Record<Field, string>> = {};
  /** The receiver's messages about no field of the form. */
  otherErrors: string[] = [];
  summary = false;
  /** The fields the summary lists: those with a problem when it was shown. */
  private listed: Field[] = [];
  private returnToCheck = false;

  constructor(
    public answers: PledgeAnswers = emptyAnswers(),
    step: Step | 'done' = 'about',
  ) {
    this.step = step;
  }

  /** A person changed an answer. */
  input(field: Field, value: PledgeAnswers[Field]): void {
    this.answers = { ...this.answers, [field]: value };
    this.edited.add(field);
    delete this.serverErrors[field];
  }

  /** A person left a field: its problem shows if they changed it. True when that is new. */
  leave(field: Field): boolean {
    const show = this.edited.has(field) && !this.shown.has(field);
    if (show) this.shown.add(field);
    return show;
  }

  /** The message shown for a field, if any. */
  message(field: Field, t: Catalog['pledge'], locale: string): string | undefined {
    if (this.serverErrors[field]) return this.serverErrors[field];
    const error = this.shown.has(field) && validateField(field, this.answers);
    return error ? withLimits(t.errors[error], locale, error) : undefined;
  }

  /**
   * The error summary's lines (none when it is not shown): the problems found
   * by Continue or Submit, as long as they last. Problems found later show on
   * their fields only, so the summary (an alert) does not speak up again.
   */
  summaryItems(t: Catalog['pledge'], locale: string): SummaryItem[] {
    if (!this.summary) return [];
    const items: SummaryItem[] = [];
    for (const field of this.listed) {
      const message = this.message(field, t, locale);
      if (message) items.push({ field, message });
    }
    return [...items, ...this.otherErrors.map((message) => ({ message }))];
  }

  /** Continue: the next step (or back to Check your answers), or the summary. */
  next(): Focus {
    if (this.step === 'done' || this.step === 'check') return HEADING;
    const fields = fieldsOf(this.step);
    fields.forEach((field) => this.shown.add(field));
    if (fields.some((field) => validateField(field, this.answers))) return this.showSummary();
    return this.goTo(this.returnToCheck ? 'check' : STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  /** The previous step. */
  back(): Focus {
    return this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step as Step) - 1)]!);
  }

  /** Goes to a step, or to a field's step and the field (from the summary: keeping it). */
  goTo(step: Step, field?: Field, fromSummary = false): Focus {
    this.step = step;
    this.summary &&= fromSummary;
    if (step === 'check') this.returnToCheck = false;
    return field ? fieldFocus(field) : HEADING;
  }

  /** A summary link: the field, on its step. */
  goToField(field: Field): Focus {
    return this.goTo(FIELDS[field], field, true);
  }

  /** A Change link: the field, then Continue returns to Check your answers. */
  change(field: Field): Focus {
    const focus = this.goTo(FIELDS[field], field);
    this.returnToCheck = true;
    return focus;
  }

  /** Before Submit: nothing when every answer is valid; else the summary, at the first problem. */
  check(): Focus | undefined {
    const first = FIELD_NAMES.find((field) => validateField(field, this.answers));
    this.serverErrors = {};
    this.otherErrors = [];
    this.summary = false;
    if (!first) return undefined;
    FIELD_NAMES.forEach((field) => this.shown.add(field));
    this.step = FIELDS[first];
    return this.showSummary();
  }

  /** The receiver refused the pledge: its messages on their fields and in the summary. */
  refused(fields: Partial<Record<Field, string>>, other: string[]): Focus {
    this.serverErrors = fields;
    this.otherErrors = other;
    const first = FIELD_NAMES.find((field) => fields[field]);
    if (first) this.step = FIELDS[first];
    return this.showSummary();
  }

  private showSummary(): Focus {
    this.summary = true;
    this.listed = FIELD_NAMES.filter(
      (field) =>
        this.serverErrors[field] || (this.shown.has(field) && validateField(field, this.answers)),
    );
    return SUMMARY;
  }
}
