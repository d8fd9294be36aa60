import { html, nothing } from 'lit';
import { formatNumber, plural } from '../../i18n/plural.js';
import { choices, select, textField, type Choice } from './field-controls.js';
import type { View } from './view.js';
import { COMMITMENTS, ENTITY_TYPES, LEVELS } from '../model/fields.js';

/** Step 1: who pledges, and whom to contact. */
export function aboutStep(v: View, countries: readonly Choice[]) {
  const { t } = v;
  return html`
    ${textField(v, 'entityName', { autocomplete: 'organization' })}
    ${choices(
      v,
      'entityType',
      ENTITY_TYPES.map((value) => ({ value, label: t.entityTypes[value] })),
      'radio',
    )}
    ${select(v, 'country', t.noCountry, countries)}
    ${textField(v, 'contactName', { autocomplete: 'name' })}
    ${textField(v, 'email', { type: 'email', autocomplete: 'email' })}
    ${textField(v, 'phone', { type: 'tel', autocomplete: 'tel' })}
  `;
}

/** What step 2 shows besides the answers. */
export interface PledgeStepData {
  /** The forum's objectives, those the filter hides marked `hidden`. */
  readonly objectives: readonly Choice[];
  readonly principles: readonly Choice[];
  readonly filter: string;
  readonly onFilter: (event: Event) => void;
  /** The character count of the description, and whether it is over. */
  readonly count: string;
  readonly over: boolean;
  /** The count as screen readers hear it, once typing pauses. */
  readonly spoken: string;
}

/** Step 2: the pledge itself. */
export function pledgeStep(v: View, d: PledgeStepData) {
  const { t } = v;
  const shown = d.objectives.filter((o) => !o.hidden).length;
  const filter = html`<div class="filter">
    <label for="filter">${t.filter}</label>
    <input id="filter" type="search" .value=${d.filter} @input=${d.onFilter} />
    <p class="hint" role="status">
      ${d.filter
        ? plural(t.filterCount, shown, v.locale, {
            total: formatNumber(d.objectives.length, v.locale),
          })
        : ''}
    </p>
  </div>`;
  return html`
    ${textField(v, 'title')}
    ${textField(v, 'description', {
      multiline: true,
      after: html`<p class="count ${d.over ? 'over' : ''}" aria-hidden="true">${d.count}</p>
        <p class="visually-hidden" aria-live="polite">${d.spoken}</p>`,
    })}
    ${choices(
      v,
      'commitments',
      COMMITMENTS.map((value) => ({ value, label: t.commitments[value] })),
    )}
    ${choices(v, 'objectives', d.objectives, 'checkbox', filter)}
    ${d.principles.length ? choices(v, 'guidingPrinciples', d.principles) : nothing}
    ${choices(
      v,
      'levels',
      LEVELS.map((value) => ({ value, label: t.levels[value] })),
    )}
    <div class="dates">
      ${textField(v, 'startDate', { short: true, autocomplete: 'off' })}
      ${textField(v, 'endDate', { short: true, autocomplete: 'off' })}
    </div>
    ${textField(v, 'indicators', { multiline: true })}
    ${textField(v, 'partners', { multiline: true })} ${textField(v, 'matchesPledge')}
    ${choices(v, 'migrants', [{ value: 'yes', label: t.migrantsConfirm }])}
  `;
}
