import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum, LocalizedText, Session } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatListToParts } from '../i18n/format.js';
import { speakerLine } from '../i18n/session-text.js';
import { pickText, textLang } from '../i18n/text.js';
import { resolveZone } from '../i18n/zone.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { slotDay, slotTime } from '../gcm/slot-texts.js';
import {
  objectiveTitle,
  resolveRoundtables,
  roundtableTitle,
  selectRoundtables,
  type RoundtableView,
  type Selection,
} from '../gcm/roundtables.js';
import { objectiveStyles } from '../gcm/objective-styles.js';
import { roundtableStyles } from './styles.js';
import { ROUNDTABLE_STRINGS } from '../gcm/strings.js';

/**
 * A round table of the forum: its title, co-chairs (country names in the
 * element's language), slot (date, time in the forum's zone or another,
 * room), description and every GCM objective it reviews, with "Add to
 * calendar". `number` picks one; `objective` picks the one that reviews that
 * objective and highlights it; with neither, every round table as cards.
 *
 * @summary A round table: co-chairs, slot, room and the objectives it reviews.
 * @tag imrf-roundtable
 *
 * @csspart card - One round table (an `article`).
 * @csspart heading - The round table's title.
 * @csspart description - Its session's description.
 * @csspart details - The list of date, time, room and co-chairs.
 * @csspart co-chairs - The co-chairs' names.
 * @csspart speakers - The list of its session's speakers (lead discussants, panellists…), when the data names them.
 * @csspart objectives - The list of objectives reviewed.
 * @csspart objective - One objective; the highlighted one also has `highlighted`.
 * @csspart highlighted - The objective asked for with `objective`.
 * @csspart objective-number - An objective's number badge.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart summary - One line of the `compact` view.
 *
 * @cssprop --imrf-roundtable-accent - Card top border and the highlighted objective's marker, and 15% of its background over the surface, in both themes (default: `--imrf-color-primary`).
 * @cssprop --imrf-roundtable-card-border - Card border (default: `--imrf-color-border`).
 * @cssprop --imrf-roundtable-gap - Space between cards (default: `--imrf-space-4`).
 */
export class ImrfRoundtable extends ImrfElement {
  static override styles = [...ImrfElement.styles, objectiveStyles, roundtableStyles];
  /** @internal */
  static override strings = [ROUNDTABLE_STRINGS];

  static override get properties() {
    return {
      number: { type: Number, reflect: true },
      objective: { type: Number, reflect: true },
      compact: { type: Boolean, reflect: true },
      timeZone: { attribute: 'time-zone', reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  /** The number of the round table to show. */
  number: number | null = null;

  /** A GCM objective number: shows the round table that reviews it, with the objective highlighted. */
  objective: number | null = null;

  /** A one-line summary per round table, for sidebars (no description, objective titles or button). */
  compact = false;

  /** The zone times are shown in: an IANA zone, or `local` for the visitor's; by default the forum's. */
  timeZone: string | null = null;

  /** Level (1–6) of each round table's heading; "Objectives reviewed" is one below. */
  headingLevel = 2;

  private views: readonly RoundtableView[] = [];
  private viewsFrom?: Forum;
  private selection: Selection = { kind: 'none' };
  private zone = 'UTC';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    if (state.forum !== this.viewsFrom) {
      this.viewsFrom = state.forum;
      this.views = resolveRoundtables(state.forum);
    }
    this.selection = selectRoundtables(this.views, this.number, this.objective, {
      number: this.getAttribute('number'),
      objective: this.getAttribute('objective'),
    });
    this.zone = resolveZone(this.timeZone?.trim(), state.forum.timeZone);
  }

  protected override renderReady(forum: Forum) {
    const { t } = this.i18n;
    const s = this.selection;
    switch (s.kind) {
      case 'none':
        return this.renderEmpty(t.roundtable.none);
      case 'no-table':
        return this.renderEmpty(fill(t.roundtable.notFound, { number: s.asked }));
      case 'no-objective':
        return this.renderEmpty(fill(t.roundtable.objectiveNotFound, { number: s.asked }));
      case 'one':
        return this.compact
          ? html`<p class="summary" part="summary">${this.renderSummary(s.view, s.highlight)}</p>`
          : this.renderCard(s.view, forum, s.highlight);
      case 'all':
        return this.renderAll(s.views, forum);
    }
  }

  private renderAll(views: readonly RoundtableView[], forum: Forum) {
    const { t } = this.i18n;
    return this.compact
      ? html`<ul class="summaries" aria-label=${t.roundtable.label}>
          ${views.map(
            (v) => html`<li class="summary" part="summary">${this.renderSummary(v)}</li>`,
          )}
        </ul>`
      : html`<div class="cards">${views.map((v) => this.renderCard(v, forum))}</div>`;
  }

  /** "10:00 – 13:00, New York time (EDT)" in the zone shown. */
  private renderTime(session: Session, forum: Forum) {
    const { locale, t } = this.i18n;
    return slotTime(session, locale, t, forum.timeZone, this.zone, forum.timeZoneName);
  }

  private renderCard(view: RoundtableView, forum: Forum, highlight?: number) {
    const { locale, t } = this.i18n;
    const { table, session, room } = view;
    const id = `rt-${table.number}`;
    const description = pickText(session?.description, locale);
    // An official text with no version in the reader's language is shown in English, marked so.
    const lang = (value: LocalizedText | undefined) => textLang(value, locale);
    return html`<article part="card" aria-labelledby=${id}>
      ${heading(
        {
          level: this.headingLevel,
          id,
          className: 'title',
          part: 'heading',
          lang: lang(view.table.title ?? session?.title),
        },
        roundtableTitle(view, locale, t),
      )}
      ${description
        ? html`<p
            class="description"
            part="description"
            dir="auto"
            lang=${ifDefined(lang(session?.description))}
          >
            ${description}
          </p>`
        : nothing}
      <dl part="details">
        <dt>${t.roundtable.date}</dt>
        <dd>${session ? slotDay(session.startMs, locale, forum.timeZone) : t.roundtable.noSlot}</dd>
        ${session
          ? html`<dt>${t.roundtable.time}</dt>
              <dd>${this.renderTime(session, forum)}</dd>`
          : nothing}
        ${room
          ? html`<dt>${t.roundtable.room}</dt>
              <dd lang=${ifDefined(lang(room.name))}>${pickText(room.name, locale)}</dd>`
          : nothing}
        ${table.coChairs.length > 0
          ? html`<dt>${t.roundtable.coChairs}</dt>
              <dd part="co-chairs">${coChairNames(view.table.coChairs, locale)}</dd>`
          : nothing}
      </dl>
      ${session && session.speakers.length > 0
        ? html`<h3 id="${id}-speakers">${t.roundtable.speakers}</h3>
            <ul class="speakers" part="speakers" aria-labelledby="${id}-speakers">
              ${session.speakers.map((p) => html`<li dir="auto">${speakerLine(p, locale)}</li>`)}
            </ul>`
        : nothing}
      ${view.objectives.length > 0
        ? html`${heading(
              {
                level: this.headingLevel,
                offset: 1,
                id: `${id}-objectives`,
                className: 'objectives-heading',
              },
              t.roundtable.objectives,
            )}
            <ol class="objectives" part="objectives" aria-labelledby="${id}-objectives">
              ${view.objectives.map((o) => {
                const marked = o.number === highlight;
                const short = pickText(o.short, locale);
                return html`<li
                  class=${marked ? 'highlighted' : ''}
                  part=${marked ? 'objective highlighted' : 'objective'}
                  aria-current=${ifDefined(marked ? 'true' : undefined)}
                >
                  <span class="number" part="objective-number">${o.number}</span>
                  <span>
                    ${short
                      ? html`<span class="short" dir="auto" lang=${ifDefined(lang(o.short))}
                          >${short}</span
                        >`
                      : nothing}
                    <span dir="auto" lang=${ifDefined(lang(o.title))}
                      >${objectiveTitle(o, locale, t)}</span
                    >
                  </span>
                </li>`;
              })}
            </ol>`
        : nothing}
      ${session
        ? html`<button
            part="calendar-button"
            aria-describedby=${id}
            @click=${() => this.addToCalendar(view)}
          >
            ${t.roundtable.addToCalendar}
          </button>`
        : nothing}
    </article>`;
  }

  /** Title · date and time · co-chairs · objectives, on one line. */
  private renderSummary(view: RoundtableView, highlight?: number) {
    const { locale, t } = this.i18n;
    const forum = this.viewsFrom!;
    const { session, table } = view;
    const [before, after] = t.roundtable.compactObjectives.split('{list}');
    const numbers = formatListToParts(
      view.objectives.map((o) => String(o.number)),
      locale,
    ).map((part) =>
      part.type === 'element' && part.value === String(highlight)
        ? html`<mark part="highlighted">${part.value}</mark>`
        : part.value,
    );
    const titleLang = textLang(view.table.title ?? session?.title, locale);
    return html`<span
        ><strong lang=${ifDefined(titleLang)}>${roundtableTitle(view, locale, t)}</strong></span
      >
      ${session
        ? html`<span
            >${slotDay(session.startMs, locale, forum.timeZone)},
            ${this.renderTime(session, forum)}</span
          >`
        : nothing}
      ${table.coChairs.length > 0
        ? html`<span>${coChairNames(table.coChairs, locale)}</span>`
        : nothing}
      ${numbers.length > 0 ? html`<span>${before}${numbers}${after}</span>` : nothing}`;
  }

  private addToCalendar(view: RoundtableView): void {
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { locale, t } = this.i18n;
    // Calendar files are made by a chunk of their own, loaded on the first click.
    import('./calendar.js').then(
      ({ downloadRoundtable }) => downloadRoundtable(state.forum, view, locale, t),
      (error: unknown) => console.warn('IMRF widgets: the calendar file could not be made.', error),
    );
  }
}
