import { html, type PropertyValues } from 'lit';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { resolveZone } from '../i18n/zone.js';
import {
  resolveRoundtables,
  selectRoundtables,
  type RoundtableView,
  type Selection,
} from '../gcm/roundtables.js';
import { objectiveStyles } from '../gcm/objective-styles.js';
import { roundtableStyles } from './styles.js';
import { cardTemplate, summaryTemplate, type CardView } from './templates.js';
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
      case 'one': {
        const view = this.view(forum, s.highlight);
        return this.compact
          ? html`<p class="summary" part="summary">${summaryTemplate(s.view, view)}</p>`
          : cardTemplate(s.view, view);
      }
      case 'all':
        return this.renderAll(s.views, this.view(forum));
    }
  }

  private renderAll(views: readonly RoundtableView[], view: CardView) {
    return this.compact
      ? html`<ul class="summaries" aria-label=${view.t.roundtable.label}>
          ${views.map(
            (v) => html`<li class="summary" part="summary">${summaryTemplate(v, view)}</li>`,
          )}
        </ul>`
      : html`<div class="cards">${views.map((v) => cardTemplate(v, view))}</div>`;
  }

  /** What the templates need for this render. */
  private view(forum: Forum, highlight?: number): CardView {
    const { locale, t } = this.i18n;
    const { zone, headingLevel: level, addToCalendar } = this;
    return { locale, t, forum, zone, level, highlight, addToCalendar };
  }

  private readonly addToCalendar = (view: RoundtableView): void => {
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { locale, t } = this.i18n;
    // Calendar files are made by a chunk of their own, loaded on the first click.
    import('./calendar.js').then(
      ({ downloadRoundtable }) => downloadRoundtable(state.forum, view, locale, t),
      (error: unknown) => console.warn('IMRF widgets: the calendar file could not be made.', error),
    );
  };
}
