import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../base/heading.js';
import { countryName } from '../../i18n/countries.js';
import { dateTimeFormat } from '../../i18n/format.js';
import { controlId, type Choice } from './field-controls.js';
import type { View } from './view.js';
import { fieldsOf, isoDate, OPTIONAL, partnerList, type Field } from '../model/fields.js';

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** The labels of the forum's objectives and guiding principles, to name the chosen ones. */
export interface CheckData {
  readonly objectives: readonly Choice[];
  readonly principles: readonly Choice[];
  /** Goes to a field to change it. */
  readonly onChange: (field: Field) => void;
}

/** An answer as people read it: names instead of codes, dates in the locale, lists as lists. */
function answer(v: View, d: CheckData, field: Field) {
  const { answers: a, t, locale } = v;
  const list = (items: readonly (string | Pick<Choice, 'label' | 'lang'>)[]) =>
    items.length
      ? html`<ul>
          ${items.map((item) => {
            const { label, lang } =
              typeof item === 'string' ? { label: item, lang: undefined } : item;
            const dir = lang ? 'auto' : undefined;
            return html`<li lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${label}</li>`;
          })}
        </ul>`
      : t.notGiven;
  /** The chosen choices' labels, each marked with its language when not the form's. */
  const labels = (choices: readonly Choice[], values: readonly (string | number)[]) =>
    list(values.map((x) => choices.find((c) => c.value === String(x)) ?? { label: String(x) }));
  switch (field) {
    case 'entityType':
      return a.entityType && t.entityTypes[a.entityType];
    case 'country':
      return a.country ? countryName(a.country, locale) : t.notGiven;
    case 'commitments':
      return list(a.commitments.map((c) => t.commitments[c]));
    case 'levels':
      return list(a.levels.map((l) => t.levels[l]));
    case 'objectives':
      return labels(d.objectives, a.objectives);
    case 'guidingPrinciples':
      return labels(d.principles, a.guidingPrinciples);
    case 'partners':
      return list(partnerList(a.partners));
    case 'startDate':
    case 'endDate':
      return isoDate(a[field])
        ? dateTimeFormat(locale, 'UTC', DATE).format(Date.parse(isoDate(a[field])))
        : a[field];
    case 'migrants':
      return a.migrants ? t.yes : '';
    default:
      return String(a[field]).trim() || (OPTIONAL.includes(field) ? t.notGiven : '');
  }
}

/** Step 3: every answer, each with a Change link back to its field. */
export function checkStep(v: View, d: CheckData) {
  const { t } = v;
  const row = (field: Field) => {
    const label = t.labels[field];
    return html`<div class="row">
      <dt>${label}</dt>
      <dd class="value ${field}">${answer(v, d, field)}</dd>
      <dd class="action">
        <a
          href="#${controlId(field)}"
          @click=${(event: Event) => {
            event.preventDefault();
            d.onChange(field);
          }}
          >${t.change}<span class="visually-hidden"> ${label}</span></a
        >
      </dd>
    </div>`;
  };
  return (['about', 'pledge'] as const).map(
    (step) =>
      html`${heading({ level: v.level, offset: 2, className: 'section-heading' }, t.steps[step])}
        <dl class="answers">
          ${fieldsOf(step)
            .filter((f) => f !== 'guidingPrinciples' || d.principles.length)
            .map(row)}
        </dl>`,
  );
}
