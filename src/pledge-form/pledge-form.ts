import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ImrfElement } from '../base/imrf-element.js';
import { downloadText } from '../calendar/download.js';
import type { Forum } from '../data/types.js';
import { Autosave } from './autosave.js';
import { buildPledgeBody, type PledgeBody } from './body.js';
import type { Choice } from './controls.js';
import { countryOptions } from './countries.js';
import { draftKey, type Draft } from './draft.js';
import { emptyAnswers, FIELD_NAMES, FIELDS, fieldsOf, STEPS } from './fields.js';
import type { Field, PledgeAnswers, Step } from './fields.js';
import { pledgeForm, type FormModel } from './form.js';
import { countText, objectiveChoices, principleChoices, withLimits } from './labels.js';
import { confirmation, draftNotice } from './panels.js';
import { pledgeStyles } from './styles.js';
import * as s from './submit.js';
import { validate, validateField, type Errors } from './validate.js';

declare global {
  interface HTMLElementEventMap {
    'imrf-pledge-submit': CustomEvent<s.PledgeSubmitDetail>;
    'imrf-pledge-submitted': CustomEvent<s.PledgeSubmittedDetail>;
    'imrf-pledge-error': CustomEvent<s.PledgeErrorDetail>;
  }
}

const SAVED: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * The pledging initiative's form, in three steps (about you, the pledge,
 * check your answers) with GOV.UK-style validation. It POSTs the pledge as
 * JSON to `action` (the contract: `data/pledge.schema.json`), keeps a draft on
 * the device until the receiver confirms it, and never sends twice.
 *
 * @summary Announce a pledge to the pledging initiative.
 * @tag imrf-pledge-form
 *
 * @fires imrf-pledge-submit - Before sending; cancelable. Detail: `{ pledge, idempotencyKey }`. After `preventDefault()`, send it yourself and call `reportSubmission()`.
 * @fires imrf-pledge-submitted - The receiver confirmed the pledge. Detail: `{ id, pledge }`.
 * @fires imrf-pledge-error - The pledge was not accepted. Detail: `{ reason, message, status?, errors? }`.
 *
 * @cssprop --imrf-pledge-form-field-width - The widest a text field grows (30em).
 * @cssprop --imrf-pledge-form-gap - The space between fields (1.5em).
 *
 * @csspart form - The form's section: headings, fields and buttons.
 * @csspart error-summary - "There is a problem", with a link to each field in error.
 * @csspart draft-notice - The notice that a saved draft was restored.
 * @csspart submit-button - The Continue and Submit pledge button.
 * @csspart submit-error - Why the pledge was not sent, with Try again.
 * @csspart confirmation - The confirmation with the receiver's reference.
 */
export class ImrfPledgeForm extends ImrfElement {
  static override styles = [...ImrfElement.styles, pledgeStyles];

  /** The partner's endpoint: the pledge is POSTed there as JSON. */
  @property() action?: string;
  /** How long to wait for the endpoint, in milliseconds. */
  @property({ type: Number }) timeout = 20000;
  /** Tells apart the drafts of several forms on one site (else the element's `id`). */
  @property() name?: string;
  /** Keeps no draft on the device (shared computers). */
  @property({ type: Boolean, attribute: 'no-draft' }) noDraft = false;
  /** Objectives chosen in advance, by number: `"7 17"`. */
  @property() objectives?: string;
  /** The entity type chosen in advance, e.g. `local-government`. */
  @property({ attribute: 'entity-type' }) entityType?: string;
  /** The country or area chosen in advance (ISO 3166-1 alpha-2). */
  @property() country?: string;

  @state() private answers: PledgeAnswers = emptyAnswers();
  @state() private step: Step | 'done' = 'about';
  /** The fields whose problems show: left after a change, or checked by Continue. */
  @state() private shown = new Set<Field>();
  @state() private serverErrors: Partial<Record<Field, string>> = {};
  @state() private otherErrors: string[] = [];
  @state() private summary = false;
  @state() private filter = '';
  @state() private sending = false;
  @state() private failure?: { message: string; retry: boolean };
  @state() private restoredAt?: number;
  @state() private spoken = '';
  private errors: Errors = {};
  private edited = new Set<Field>();
  private speak = false;
  private key?: string;
  private sent?: PledgeBody;
  private reference = '';
  private partner = false;
  private returnToCheck = false;
  private focusNext?: string;
  private objectiveChoices: Choice[] = [];
  private principleChoices: Choice[] = [];
  private readonly autosave = new Autosave(
    this,
    () => this.draft(),
    () => this.pause(),
  );

  /** After `imrf-pledge-submit` was prevented: how the partner's own sending went. */
  reportSubmission(report: s.SubmissionReport): void {
    if (this.partner) this.settle(s.outcomeOfReport(report));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const key = draftKey(state.forum.id, this.name || this.id || 'pledge');
    if (key !== this.autosave.key) {
      this.autosave.key = key;
      this.start(this.noDraft ? undefined : this.autosave.read());
    }
    const { locale, t } = this.i18n;
    const { objectives, guidingPrinciples } = state.forum;
    this.errors = validate(this.answers, [...this.shown]);
    this.objectiveChoices = objectiveChoices(
      objectives,
      t.pledge,
      locale,
      this.filter,
      this.answers.objectives,
    );
    this.principleChoices = principleChoices(guidingPrinciples, locale);
  }

  protected override updated(): void {
    super.updated();
    if (!this.focusNext) return;
    const targets = Array.from(this.renderRoot.querySelectorAll<HTMLElement>(this.focusNext));
    this.focusNext = undefined;
    targets.find((el) => !el.closest('[hidden]'))?.focus();
  }

  protected override renderReady(forum: Forum) {
    const { locale } = this.i18n;
    const t = this.i18n.t.pledge;
    const step = this.step;
    return html`<section part="form" aria-labelledby="heading">
      <h2 id="heading">${t.heading}</h2>
      ${step === 'done'
        ? confirmation(t, this.reference, this.download, this.restart)
        : html`<p class="intro">${t.intro}</p>
            ${this.restoredAt === undefined
              ? nothing
              : draftNotice(
                  t,
                  new Date(this.restoredAt).toLocaleString(locale, SAVED),
                  this.restart,
                )}
            ${pledgeForm(this.model(forum, step))}`}
    </section>`;
  }

  private model(forum: Forum, step: Step): FormModel {
    const { locale, t } = this.i18n;
    const count = countText(this.answers.description, t.pledge, locale);
    const summary = this.summary
      ? [
          ...FIELD_NAMES.filter(this.message).map((field) => ({
            field,
            message: this.message(field)!,
          })),
          ...this.otherErrors.map((message) => ({ message })),
        ]
      : [];
    const { answers, filter, failure } = this;
    const retry = { label: t.common.retry, run: () => this.submit(forum) };
    return {
      view: {
        t: t.pledge,
        locale,
        answers,
        error: this.message,
        fill: (x) => withLimits(x, locale),
      },
      step,
      summary,
      countries: countryOptions(locale),
      data: {
        objectives: this.objectiveChoices,
        principles: this.principleChoices,
        filter,
        onFilter: (event: Event) => (this.filter = (event.target as HTMLInputElement).value),
        count: count.text,
        over: count.over,
        spoken: this.spoken,
        onChange: this.change,
      },
      failure: failure && { message: failure.message, retry: failure.retry ? retry : undefined },
      sending: this.sending,
      on: {
        submit: this.onSubmit,
        input: this.onInput,
        focusout: this.onFocusOut,
        back: () => this.goTo(STEPS[STEPS.indexOf(step) - 1]!),
        go: (field) => this.goTo(FIELDS[field], field, true),
      },
    };
  }

  /** Starts a pledge: from a saved draft, else empty with what the page filled in. */
  private start(draft?: Draft): void {
    const { objectives, entityType, country } = this;
    this.answers = draft?.answers ?? emptyAnswers({ objectives, entityType, country });
    this.step = draft?.step ?? 'about';
    this.key = draft?.key;
    this.restoredAt = draft?.savedAt;
    this.shown = new Set();
    this.edited.clear();
    this.serverErrors = {};
    this.otherErrors = [];
    this.summary = this.sending = this.partner = this.returnToCheck = false;
    this.failure = undefined;
    this.filter = '';
  }

  /** Discard draft, and Submit another pledge. */
  private restart = () => {
    this.autosave.clear();
    this.start();
    this.focusNext = '#step';
  };

  private draft(): Draft | undefined {
    const { answers, step, key } = this;
    return this.noDraft || step === 'done'
      ? undefined
      : { answers, step, key, savedAt: Date.now() };
  }

  /** Typing paused: screen readers hear the description's count (if it changed). */
  private pause(): void {
    if (this.speak)
      this.spoken = countText(this.answers.description, this.i18n.t.pledge, this.i18n.locale).text;
    this.speak = false;
  }

  private message = (field: Field): string | undefined => {
    const error = this.errors[field];
    const text = error && withLimits(this.i18n.t.pledge.errors[error], this.i18n.locale);
    return this.serverErrors[field] ?? text;
  };

  private onInput = (event: Event) => {
    const control = event.target as HTMLInputElement;
    const field = control.name as Field;
    if (!Object.hasOwn(FIELDS, field)) return;
    let value: unknown = control.value;
    if (control.type === 'checkbox') {
      const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>(`[name=${field}]:checked`);
      value =
        field === 'migrants'
          ? control.checked
          : Array.from(boxes, (box) => (field === 'objectives' ? Number(box.value) : box.value));
    }
    this.answers = { ...this.answers, [field]: value };
    this.edited.add(field);
    this.serverErrors = { ...this.serverErrors, [field]: undefined };
    this.speak ||= field === 'description';
    this.autosave.changed();
  };

  /** Leaving a changed field shows its problem; leaving any field saves the draft. */
  private onFocusOut = (event: FocusEvent) => {
    const field = (event.target as HTMLInputElement).name as Field;
    const next = (event.relatedTarget as HTMLInputElement | null)?.name;
    if (!Object.hasOwn(FIELDS, field) || next === field) return;
    if (this.edited.has(field)) this.shown = new Set(this.shown).add(field);
    this.autosave.flush();
  };

  /** Continue checks the step's fields; on the last step, Submit pledge sends. */
  private onSubmit = (event: Event) => {
    event.preventDefault();
    const { state } = this.forum;
    if (this.step === 'done' || state.status !== 'ready') return;
    if (this.step === 'check') return void this.submit(state.forum);
    const fields = fieldsOf(this.step);
    this.shown = new Set([...this.shown, ...fields]);
    if (fields.some((field) => validateField(field, this.answers))) return this.showSummary();
    this.goTo(this.returnToCheck ? 'check' : STEPS[STEPS.indexOf(this.step) + 1]!);
  };

  private showSummary(): void {
    this.summary = true;
    this.focusNext = '.error-summary';
    this.requestUpdate();
  }

  /** Goes to a step, focusing its heading or a field (from the summary, keeping the summary). */
  private goTo(step: Step, field?: Field, keepSummary = false): void {
    this.step = step;
    this.summary &&= keepSummary;
    this.failure = undefined;
    if (step === 'check') this.returnToCheck = false;
    this.focusNext = field ? `[name=${field}]` : '#step';
    if (this.edited.size || this.restoredAt !== undefined) this.autosave.store();
    this.requestUpdate();
  }

  /** A Change link: to the field, then back to the answers. */
  private change = (field: Field) => {
    this.goTo(FIELDS[field], field);
    this.returnToCheck = true;
  };

  private async submit(forum: Forum): Promise<void> {
    if (this.sending) return;
    const errors = validate(this.answers);
    const first = FIELD_NAMES.find((field) => errors[field]);
    if (first) {
      this.shown = new Set(FIELD_NAMES);
      this.step = FIELDS[first];
      return this.showSummary();
    }
    const pledge = (this.sent = buildPledgeBody(this.answers, forum.id, this.i18n.language));
    this.key ??= s.newIdempotencyKey();
    this.autosave.store();
    this.serverErrors = {};
    this.otherErrors = [];
    this.summary = false;
    this.failure = undefined;
    this.sending = true;
    if (!this.emit('imrf-pledge-submit', { pledge, idempotencyKey: this.key }, true)) {
      this.partner = true;
      return;
    }
    this.settle(
      this.action
        ? await s.sendPledge(this.action, pledge, this.key, this.timeout)
        : { ok: false, reason: 'not-connected' },
    );
  }

  /** Shows how the sending went, and tells the page. */
  private settle(outcome: s.Outcome): void {
    this.sending = this.partner = false;
    if (outcome.ok) {
      this.autosave.clear();
      this.start();
      this.step = 'done';
      this.reference = outcome.id;
      this.focusNext = '#done';
      this.emit('imrf-pledge-submitted', { id: outcome.id, pledge: this.sent });
      return;
    }
    const explained = s.explainFailure(outcome, this.i18n.t.pledge);
    if (explained.newKey) {
      this.key = undefined;
      this.autosave.store();
    }
    if (outcome.reason === 'invalid') {
      this.serverErrors = explained.fields;
      this.otherErrors = explained.other;
      const first = FIELD_NAMES.find((field) => explained.fields[field]);
      if (first) this.step = FIELDS[first];
      this.showSummary();
    } else {
      this.failure = { message: explained.detail.message, retry: explained.retry };
      this.focusNext = '.failure';
    }
    this.emit('imrf-pledge-error', explained.detail);
  }

  private download = () =>
    downloadText(
      `pledge-${this.reference || 'copy'}.json`,
      JSON.stringify(this.sent, null, 2),
      'application/json',
    );

  private emit(type: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
    const init = { detail, bubbles: true, composed: true, cancelable };
    return this.dispatchEvent(new CustomEvent(type, init));
  }
}
