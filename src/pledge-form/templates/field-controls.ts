import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { View } from './view.js';
import { FIELDS, OPTIONAL, type Field, type PledgeAnswers } from '../model/fields.js';

/** One choice of a group of checkboxes or radios. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hidden?: boolean;
  /**
   * The language of the label when it is not the form's: an official text
   * the data has only in another language (English), marked `lang` on the
   * label so screen readers read it in that language.
   */
  readonly lang?: string;
}

/** The id of a field's control (of its first control, for a group). */
export const controlId = (field: Field, value?: string): string =>
  value === undefined ? `f-${field}` : `f-${field}-${value}`;

const labelText = (v: View, field: Field) =>
  OPTIONAL.includes(field) ? `${v.t.labels[field]} ${v.t.optional}` : v.t.labels[field];

const hintOf = (v: View, field: Field) =>
  field in v.t.hints ? v.fill(v.t.hints[field as keyof View['t']['hints']], field) : undefined;

/** The ids that describe a control: its hint and its error. */
const describedBy = (v: View, field: Field) =>
  [hintOf(v, field) && `${field}-hint`, v.error(field) && `${field}-error`]
    .filter(Boolean)
    .join(' ') || undefined;

/** The hint and the error message of a field, in the GOV.UK order (label, hint, error, control). */
function notes(v: View, field: Field) {
  const hint = hintOf(v, field);
  const error = v.error(field);
  return html`${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
  ${error
    ? html`<p class="error-message" id="${field}-error">
        <span class="visually-hidden">${v.t.error}</span> ${error}
      </p>`
    : nothing}`;
}

const groupClass = (v: View, field: Field) => (v.error(field) ? 'group invalid' : 'group');

interface InputOptions {
  type?: 'text' | 'email' | 'tel';
  /** A narrower field, for short answers (dates). */
  short?: boolean;
  autocomplete?: 'organization' | 'name' | 'email' | 'tel' | 'country' | 'off';
  multiline?: boolean;
  /** Shown after the control (the character count). */
  after?: TemplateResult;
}

/** A labelled text input or textarea. */
export function textField(v: View, field: Field, options: InputOptions = {}) {
  const value = String(v.answers[field]);
  const invalid = v.error(field) ? 'true' : 'false';
  const described = describedBy(v, field);
  return html`<div class=${groupClass(v, field)}>
    <label for=${controlId(field)}>${labelText(v, field)}</label>
    ${notes(v, field)}
    ${options.multiline
      ? html`<textarea
          id=${controlId(field)}
          name=${field}
          rows=${field === 'description' ? 8 : 4}
          .value=${value}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(described)}
        ></textarea>`
      : html`<input
          id=${controlId(field)}
          name=${field}
          type=${options.type ?? 'text'}
          class=${ifDefined(options.short ? 'short' : undefined)}
          .value=${value}
          autocomplete=${ifDefined(options.autocomplete)}
          dir=${ifDefined(options.type || options.short ? 'ltr' : undefined)}
          spellcheck=${options.type || options.short ? 'false' : 'true'}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(described)}
        />`}
    ${options.after ?? nothing}
  </div>`;
}

/** A fieldset of checkboxes (several answers) or radios (one). */
export function choices(
  v: View,
  field: Field,
  items: readonly Choice[],
  type: 'checkbox' | 'radio' = 'checkbox',
  before?: TemplateResult,
) {
  const answer = v.answers[field];
  const selected = (value: string) =>
    typeof answer === 'boolean'
      ? answer
      : Array.isArray(answer)
        ? answer.map(String).includes(value)
        : answer === value;
  const invalid = v.error(field) ? 'true' : 'false';
  return html`<fieldset
    class=${groupClass(v, field)}
    aria-describedby=${ifDefined(describedBy(v, field))}
  >
    <legend>${labelText(v, field)}</legend>
    ${notes(v, field)} ${before ?? nothing}
    <div class="choices ${type}">
      ${items.map(
        (item) =>
          html`<div class="choice" ?hidden=${item.hidden}>
            <input
              type=${type}
              id=${controlId(field, item.value)}
              name=${field}
              value=${item.value}
              .checked=${selected(item.value)}
              aria-invalid=${invalid}
            />
            <label
              for=${controlId(field, item.value)}
              lang=${ifDefined(item.lang)}
              dir=${ifDefined(item.lang ? 'auto' : undefined)}
              >${item.label}</label
            >
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A select of named options, with an empty first option. */
export function select(v: View, field: Field, empty: string, options: readonly Choice[]) {
  const value = String(v.answers[field]);
  return html`<div class=${groupClass(v, field)}>
    <label for=${controlId(field)}>${labelText(v, field)}</label>
    ${notes(v, field)}
    <select
      id=${controlId(field)}
      name=${field}
      .value=${value}
      aria-invalid=${v.error(field) ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(v, field))}
    >
      <option value="">${empty}</option>
      ${options.map((o) => {
        const on = o.value === value;
        const lang = o.lang;
        return html`<option value=${o.value} ?selected=${on} lang=${ifDefined(lang)}>
          ${o.label}
        </option>`;
      })}
    </select>
  </div>`;
}

/** The answer a control now gives: its field and value (a group's checked values), if any. */
export function answerOf(control: HTMLInputElement): [Field, PledgeAnswers[Field]] | undefined {
  const field = control.name as Field;
  if (!Object.hasOwn(FIELDS, field)) return undefined;
  if (control.type !== 'checkbox') return [field, control.value];
  if (field === 'migrants') return [field, control.checked];
  const boxes = control.form!.querySelectorAll<HTMLInputElement>(`[name=${field}]:checked`);
  const values = Array.from(boxes, (box) => box.value);
  return [field, field === 'objectives' ? values.map(Number) : values];
}
