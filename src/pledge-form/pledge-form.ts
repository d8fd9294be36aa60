import { html, nothing, type PropertyValues } from 'lit';
import { heading } from '../base/heading.js';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum } from '../data/types.js';
import { Autosave } from './storage/autosave.js';
import { buildPledgeBody } from './sending/pledge-body.js';
import { answerOf, type Choice } from './templates/field-controls.js';
import { countryOptions } from './model/country-options.js';
import { draftKey, type Draft } from './storage/draft-store.js';
import { emptyAnswers, FIELDS, type Field } from './model/fields.js';
import { pledgeForm, viewOf, type FormModel } from './templates/form-step.js';
import { HEADING, Journey, type Focus } from './model/journey.js';
import { countText, objectiveChoices, principleChoices } from './templates/field-texts.js';
import { confirmation, draftNotice } from './templates/notices.js';
import { Sender } from './sending/send-once.js';
import { pledgeStyles } from './styles.js';
import { DEFAULT_TIMEOUT, newIdempotencyKey } from './sending/submit-request.js';
import type * as s from './sending/submit-request.js';
import { PLEDGE_STRINGS } from './strings.js';

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
  /** @internal */
  static override strings = [PLEDGE_STRINGS];
  /** @internal */
  static override listsCountries = true;

  static override get properties() {
    return {
      action: {},
      timeout: { type: Number },
      name: {},
      noDraft: { type: Boolean, attribute: 'no-draft' },
      objectives: {},
      entityType: { attribute: 'entity-type' },
      country: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      journey: { state: true },
      filter: { state: true },
      failure: { state: true },
      restoredAt: { state: true },
      spoken: { state: true },
    };
  }

  /** The partner's endpoint: the pledge is POSTed there as JSON. */
  action: string | null = null;
  /** How long to wait for the endpoint, in milliseconds. */
  timeout = DEFAULT_TIMEOUT;
  /** Tells apart the drafts of several forms on one site (else the element's `id`). */
  name: string | null = null;
  /** Keeps no draft on the device (shared computers). */
  noDraft = false;
  /** Objectives chosen in advance, by number: `"7 17"`. */
  objectives: string | null = null;
  /** The entity type chosen in advance, e.g. `local-government`. */
  entityType: string | null = null;
  /** The country or area chosen in advance (ISO 3166-1 alpha-2). */
  country: string | null = null;
  /** Level (1–6) of the form's heading; each step's heading is one below. */
  headingLevel = 2;

  private journey = new Journey();
  private filter = '';
  private failure?: { message: string; retry: boolean };
  private restoredAt?: number;
  private spoken = '';
  private reference = '';
  private speak = false;
  private focusNext?: Focus;
  private objectiveChoices: Choice[] = [];
  private principleChoices: Choice[] = [];
  private readonly autosave = new Autosave(
    this,
    () => this.draft(),
    () => this.pause(),
  );
  private readonly sender = new Sender(
    this,
    () => this.i18n.t.pledge,
    (o, x) => this.settle(o, x),
  );

  /** After `imrf-pledge-submit` was prevented: how the partner's own sending went. */
  reportSubmission(report: s.SubmissionReport): void {
    this.sender.report(report);
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
    const chosen = this.journey.answers.objectives;
    this.objectiveChoices = objectiveChoices(objectives, t.pledge, locale, this.filter, chosen);
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
    return html`<section part="form" aria-labelledby="heading">
      ${heading({ level: this.headingLevel, id: 'heading', className: 'form-heading' }, t.heading)}
      ${this.journey.step === 'done'
        ? confirmation(t, this.reference, this.sender.sent, this.restart, this.headingLevel)
        : html`<p class="intro">${t.intro}</p>
            ${this.restoredAt ? draftNotice(t, locale, this.restoredAt, this.restart) : nothing}
            ${pledgeForm(this.model(forum))}`}
    </section>`;
  }

  private model(forum: Forum): FormModel {
    const { locale, t } = this.i18n;
    const { journey, failure } = this;
    const count = countText(journey.answers.description, t.pledge, locale);
    const retry = { label: t.common.retry, run: () => this.submit(forum) };
    return {
      view: viewOf(journey, t.pledge, locale, this.headingLevel),
      step: journey.step === 'done' ? 'check' : journey.step,
      summary: journey.summaryItems(t.pledge, locale),
      countries: countryOptions(locale),
      data: {
        objectives: this.objectiveChoices,
        principles: this.principleChoices,
        filter: this.filter,
        onFilter: (event: Event) => (this.filter = (event.target as HTMLInputElement).value),
        count: count.text,
        over: count.over,
        spoken: this.spoken,
        onChange: (field) => this.move(journey.change(field)),
      },
      failure: failure && { message: failure.message, retry: failure.retry ? retry : undefined },
      sending: this.sender.sending,
      on: {
        submit: this.onSubmit,
        input: this.onInput,
        focusout: this.onFocusOut,
        back: () => this.move(journey.back()),
        go: (field) => this.move(journey.goToField(field)),
      },
    };
  }

  /** Starts a pledge: from a saved draft, else empty with what the page filled in. */
  private start(draft?: Draft): void {
    const { objectives, entityType, country } = this;
    const answers = draft?.answers ?? emptyAnswers({ objectives, entityType, country });
    this.journey = new Journey(answers, draft?.step);
    this.sender.reset(draft?.key);
    this.restoredAt = draft?.savedAt;
    this.failure = undefined;
    this.filter = '';
  }

  /** Discard draft, and Submit another pledge. */
  private restart = () => {
    this.autosave.clear();
    this.start();
    this.focusNext = HEADING;
  };

  private draft(): Draft | undefined {
    const { answers, step } = this.journey;
    if (this.noDraft || step === 'done') return undefined;
    return { answers, step, key: this.sender.key, savedAt: Date.now() };
  }

  /** Typing paused: screen readers hear the description's count, if it changed. */
  private pause(): void {
    const { t, locale } = this.i18n;
    if (this.speak)
      this.spoken = countText(this.journey.answers.description, t.pledge, locale).text;
    this.speak = false;
  }

  /** Shows a move of the journey: renders it, saves the step, focuses what it names. */
  private move(focus: Focus): void {
    this.failure = undefined;
    this.focusNext = focus;
    if (this.journey.edited.size || this.restoredAt) this.autosave.store();
    this.requestUpdate();
  }

  private onInput = (event: Event) => {
    const answer = answerOf(event.target as HTMLInputElement);
    if (!answer) return;
    this.journey.input(...answer);
    this.speak ||= answer[0] === 'description';
    this.autosave.changed();
    this.requestUpdate();
  };

  /** Leaving a changed field shows its problem; leaving any field saves the draft. */
  private onFocusOut = (event: FocusEvent) => {
    const field = (event.target as HTMLInputElement).name as Field;
    const next = (event.relatedTarget as HTMLInputElement | null)?.name;
    if (!Object.hasOwn(FIELDS, field) || next === field) return;
    if (this.journey.leave(field)) this.requestUpdate();
    this.autosave.flush();
  };

  /** Continue checks the step; on Check your answers, Submit pledge sends. */
  private onSubmit = (event: Event) => {
    event.preventDefault();
    const { state } = this.forum;
    if (this.journey.step !== 'check') this.move(this.journey.next());
    else if (state.status === 'ready') void this.submit(state.forum);
  };

  private async submit(forum: Forum): Promise<void> {
    if (this.sender.sending) return;
    this.failure = undefined;
    const problem = this.journey.check();
    if (problem) return this.move(problem);
    // The key goes into the draft first, so a retry after a reload reuses it.
    this.sender.key ??= newIdempotencyKey();
    this.autosave.store();
    await this.sender.send(buildPledgeBody(this.journey.answers, forum.id, this.i18n.language));
  }

  /** Shows how the sending went. */
  private settle(outcome: s.Outcome, explained?: s.Explained): void {
    if (outcome.ok) {
      this.autosave.clear();
      this.start();
      this.journey.step = 'done';
      this.reference = outcome.id;
      this.focusNext = '#done';
    } else if (explained) {
      if (explained.newKey) this.autosave.store();
      if (outcome.reason === 'invalid')
        this.move(this.journey.refused(explained.fields, explained.other));
      else {
        this.failure = { message: explained.detail.message, retry: explained.retry };
        this.focusNext = '.failure';
      }
    }
  }
}
