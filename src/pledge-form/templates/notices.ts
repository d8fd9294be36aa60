import { html, nothing } from 'lit';
import { heading } from '../../base/heading.js';
import { downloadText } from '../../calendar/download.js';
import { fill, type Catalog } from '../../i18n/catalog.js';
import { controlId } from './field-controls.js';
import type { Field } from '../model/fields.js';

type Strings = Catalog['pledge'];

/** One line of the error summary: a link to its field, or text when no field is named. */
export interface SummaryItem {
  readonly field?: Field;
  readonly message: string;
}

/** "There is a problem", each problem a link to its field (GOV.UK error summary). */
export function errorSummary(
  t: Strings,
  items: readonly SummaryItem[],
  go: (f: Field) => void,
  level: number,
) {
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      ${heading({ level, offset: 2, className: 'section-heading' }, t.problem)}
      <ul>
        ${items.map(
          ({ field, message }) =>
            html`<li>
              ${field
                ? html`<a
                    href="#${controlId(field)}"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      go(field);
                    }}
                    >${message}</a
                  >`
                : message}
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

const SAVED: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The notice that a draft saved at `savedAt` (the visitor's clock) was restored, and Discard. */
export const draftNotice = (t: Strings, locale: string, savedAt: number, discard: () => void) =>
  html`<div class="notice" part="draft-notice" role="status">
    <p>${fill(t.restored, { time: new Date(savedAt).toLocaleString(locale, SAVED) })}</p>
    <button type="button" class="secondary" @click=${discard}>${t.discard}</button>
  </div>`;

/** Why the pledge was not sent, with Try again when trying again can help. */
export const failureBox = (message: string, retry?: { label: string; run: () => void }) =>
  html`<div class="failure" part="submit-error" role="alert" tabindex="-1">
    <p>${message}</p>
    ${retry
      ? html`<button type="button" part="retry-button" @click=${retry.run}>${retry.label}</button>`
      : nothing}
  </div>`;

/** After a confirmed submission: the reference, a copy of the pledge to keep, another pledge. */
export function confirmation(
  t: Strings,
  reference: string,
  sent: unknown,
  another: () => void,
  level: number,
) {
  const download = () =>
    downloadText(
      `pledge-${reference || 'copy'}.json`,
      JSON.stringify(sent, null, 2),
      'application/json',
    );
  return html`<div class="confirmation" part="confirmation">
      ${heading(
        { level, offset: 1, id: 'done', className: 'step-heading', focusable: true },
        t.done,
      )}
      ${reference
        ? html`<p>${t.reference}<br /><strong class="reference">${reference}</strong></p>`
        : nothing}
    </div>
    <p>${t.thanks}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${download}>${t.download}</button>
      <button type="button" @click=${another}>${t.another}</button>
    </div>`;
}
