import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { warnDeprecated } from '../base/deprecated.js';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum, Roundtable } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatNumber, plural } from '../i18n/plural.js';
import { resolveRoundtables, type ObjectiveInfo, type RoundtableView } from '../gcm/roundtables.js';
import {
  GROUP_BY,
  filterEntries,
  groupEntries,
  objectiveEntries,
  type GroupBy,
  type ObjectiveEntry,
  type ObjectiveGroup,
} from './entries.js';
import { objectiveStyles } from '../gcm/objective-styles.js';
import { objectivesStyles } from './styles.js';
import { groupTemplate, type ListView } from './templates.js';
import { OBJECTIVES_STRINGS } from './strings.js';
import { ROUNDTABLE_STRINGS } from '../gcm/strings.js';

/** Detail of `imrf-objective-select`. */
export interface ObjectiveSelectDetail {
  readonly objective: ObjectiveInfo;
  /** The round table that reviews it, if any. */
  readonly roundtable: Roundtable | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'imrf-objective-select': CustomEvent<ObjectiveSelectDetail>;
  }
}

/**
 * The 23 objectives of the Global Compact and the round table that reviews
 * each: the map of the whole forum on one screen. Grouped by round table or
 * listed by number, with a text filter; each objective can be selected, or
 * be a link to a partner's page.
 *
 * @summary The GCM objectives and the round tables that review them.
 * @tag imrf-objectives
 *
 * @fires imrf-objective-select - An objective was chosen. Detail: `{ objective, roundtable }`. Cancelable: cancelling keeps the highlight where it was and stops a link from being followed.
 *
 * @csspart filter - The filter's label, field and hint.
 * @csspart filter-input - The filter's text field.
 * @csspart count - How many objectives the filter shows (a live region).
 * @csspart group - The objectives of one round table (with `group-by="roundtable"`).
 * @csspart group-heading - A round table's heading.
 * @csspart list - A list of objectives.
 * @csspart objective - One objective; the highlighted one also has `highlighted`.
 * @csspart highlighted - The objective given by `objective` or last selected.
 * @csspart entry - An objective's button or link.
 * @csspart number - An objective's number badge.
 * @csspart roundtable - The round table under an objective (with `group-by="number"`).
 *
 * @cssprop --imrf-objectives-accent - Group and entry accent borders, and 15% of the highlighted objective's background over the surface, in both themes (default: `--imrf-color-primary`).
 * @cssprop --imrf-objectives-column-width - Narrowest column of the grid (default: 15em).
 * @cssprop --imrf-objectives-gap - Space between objectives (default: `--imrf-space-3`).
 */
export class ImrfObjectives extends ImrfElement {
  static override styles = [...ImrfElement.styles, objectiveStyles, objectivesStyles];
  /** @internal */
  static override strings = [OBJECTIVES_STRINGS, ROUNDTABLE_STRINGS];

  static override get properties() {
    return {
      groupBy: { attribute: 'group-by', reflect: true },
      search: { reflect: true },
      objective: { type: Number, reflect: true },
      objectiveHref: { attribute: 'objective-href' },
      roundtableHref: { attribute: 'roundtable-href' },
      noFilters: { type: Boolean, attribute: 'no-filters', reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      filter: { attribute: 'filter' },
      noFilter: { type: Boolean, attribute: 'no-filter' },
    };
  }

  /** `roundtable` (the default): one group per round table; `number`: one list by number. */
  groupBy: GroupBy = 'roundtable';

  /** Shows the objectives whose title or short label contain all these words, or this number. Kept in sync with the field. */
  search: string | null = null;

  /** The number of the objective to highlight. */
  objective: number | null = null;

  /** Makes each objective a link: a URL template where `{number}` is the objective's number. */
  objectiveHref: string | null = null;

  /** Makes round table names links: a URL template where `{number}` is the round table's number. */
  roundtableHref: string | null = null;

  /** Hides the search field (the `search` attribute still applies). */
  noFilters = false;

  /** Level (1–6) of the round tables' headings. */
  headingLevel = 2;

  /**
   * The old spelling of `search`; warns once.
   * @deprecated Use `search`.
   */
  get filter(): string | null {
    return this.search;
  }
  set filter(value: string | null) {
    warnDeprecated(this.localName, 'filter', 'search');
    this.search = value;
  }

  /**
   * The old spelling of `no-filters`; warns once.
   * @deprecated Use `no-filters` (property `noFilters`).
   */
  get noFilter(): boolean {
    return this.noFilters;
  }
  set noFilter(value: boolean) {
    warnDeprecated(this.localName, 'no-filter', 'no-filters');
    this.noFilters = value;
  }

  private views: readonly RoundtableView[] = [];
  private entries: ObjectiveEntry[] = [];
  private groups: ObjectiveGroup[] = [];
  private shown = 0;
  private by: GroupBy = GROUP_BY[0];
  private derivedKey = '';
  private derivedFrom?: Forum;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { locale, t } = this.i18n;
    const by = GROUP_BY.includes(this.groupBy) ? this.groupBy : GROUP_BY[0];
    // The catalog matters too: untitled objectives are filtered by their "Objective N".
    const search = this.search ?? '';
    const key = `${locale}|${this.i18n.waiting}|${by}|${search}`;
    this.by = by;
    if (state.forum === this.derivedFrom && key === this.derivedKey) return;
    if (state.forum !== this.derivedFrom) {
      this.views = resolveRoundtables(state.forum);
      this.entries = objectiveEntries(state.forum, this.views);
    }
    this.derivedFrom = state.forum;
    this.derivedKey = key;
    const shown = filterEntries(this.entries, search, locale, t);
    this.shown = shown.length;
    this.groups = groupEntries(shown, this.views, by);
  }

  protected override renderReady() {
    const { locale, t } = this.i18n;
    const o = t.objectives;
    if (this.entries.length === 0) return this.renderEmpty(o.none);
    const search = this.search ?? '';
    const filtering = search.trim() !== '';
    const list: ListView = {
      locale,
      t,
      by: this.by,
      level: this.headingLevel,
      timeZone: this.derivedFrom!.timeZone,
      highlight: this.objective,
      objectiveHref: this.objectiveHref,
      roundtableHref: this.roundtableHref,
      select: this.onSelect,
    };
    return html`<div>
      ${this.noFilters
        ? nothing
        : html`<div class="filter" part="filter">
            <label for="filter">${o.filter}</label>
            <input
              id="filter"
              part="filter-input"
              type="search"
              autocomplete="off"
              aria-describedby="filter-hint"
              .value=${live(search)}
              @input=${this.onInput}
            />
            <p id="filter-hint" class="hint">${o.filterHint}</p>
          </div>`}
      <p class="count" part="count" role="status">
        ${filtering
          ? plural(o.shown, this.shown, locale, {
              total: formatNumber(this.entries.length, locale),
            })
          : nothing}
      </p>
      ${this.shown === 0
        ? html`<p>${fill(o.noMatch, { query: search.trim() })}</p>`
        : this.by === 'number'
          ? this.groups.map((group, i) => groupTemplate(group, i, list))
          : html`<div class="groups">
              ${this.groups.map((group, i) => groupTemplate(group, i, list))}
            </div>`}
    </div>`;
  }

  private readonly onSelect = (entry: ObjectiveEntry, event: MouseEvent) =>
    this.select(entry, event);

  private onInput(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
  }

  /**
   * Announces the choice; unless a listener cancels it, highlights it (and a
   * link is followed). A link opened in a new tab or window is left alone.
   */
  private select({ objective, view }: ObjectiveEntry, event: MouseEvent): void {
    const { button, ctrlKey, metaKey, shiftKey, altKey } = event;
    if (
      event.currentTarget instanceof HTMLAnchorElement &&
      (button || ctrlKey || metaKey || shiftKey || altKey)
    )
      return;
    const detail: ObjectiveSelectDetail = { objective, roundtable: view?.table };
    const init = { detail, bubbles: true, composed: true, cancelable: true };
    if (this.dispatchEvent(new CustomEvent('imrf-objective-select', init)))
      this.objective = objective.number;
    else event.preventDefault();
  }
}
