import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnDeprecated } from '../base/deprecated.js';
import { heading } from '../base/heading.js';
import { ImrfElement } from '../base/imrf-element.js';
import { templateHref } from '../data/link-template.js';
import type { Forum, Roundtable } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatNumber, plural } from '../i18n/plural.js';
import { pickText, textLang } from '../i18n/text.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { slotDay } from '../gcm/slot-texts.js';
import {
  objectiveTitle,
  resolveRoundtables,
  roundtableTitle,
  type ObjectiveInfo,
  type RoundtableView,
} from '../gcm/roundtables.js';
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
          ? this.groups.map((group, i) => this.renderGroup(group, i))
          : html`<div class="groups">
              ${this.groups.map((group, i) => this.renderGroup(group, i))}
            </div>`}
    </div>`;
  }

  private renderGroup({ view, entries }: ObjectiveGroup, index: number) {
    const { locale, t } = this.i18n;
    const list = html`<ol
      part="list"
      aria-label=${this.by === 'number' ? t.objectives.label : nothing}
    >
      ${entries.map((entry) => this.renderEntry(entry))}
    </ol>`;
    if (this.by === 'number') return list;
    const id = `group-${index}`;
    const session = view?.session;
    const meta = view && [
      coChairNames(view.table.coChairs, locale),
      session && slotDay(session.startMs, locale, this.derivedFrom!.timeZone),
    ];
    return html`<div class="group" part="group" role="group" aria-labelledby=${id}>
      ${heading(
        { level: this.headingLevel, id, className: 'group-heading', part: 'group-heading' },
        view ? this.renderRoundtable(view) : t.objectives.unassigned,
      )}
      ${meta ? html`<p class="meta">${meta.filter(Boolean).join(' · ')}</p>` : nothing} ${list}
    </div>`;
  }

  /** The round table's title, as a link when `roundtable-href` makes one. */
  private renderRoundtable(view: RoundtableView) {
    const { locale, t } = this.i18n;
    const title = roundtableTitle(view, locale, t);
    const lang = textLang(view.table.title ?? view.session?.title, locale);
    const href = this.roundtableHref
      ? templateHref(this.roundtableHref, view.table.number)
      : undefined;
    return href
      ? html`<a href=${href} lang=${ifDefined(lang)}>${title}</a>`
      : html`<span lang=${ifDefined(lang)}>${title}</span>`;
  }

  private renderEntry(entry: ObjectiveEntry) {
    const { locale, t } = this.i18n;
    const { objective, view } = entry;
    const marked = objective.number === this.objective;
    const short = pickText(objective.short, locale);
    const content = html`<span class="number" part="number">${objective.number}</span>
      <span>
        ${short
          ? html`<span class="short" dir="auto" lang=${ifDefined(textLang(objective.short, locale))}
              >${short}</span
            >`
          : nothing}
        <span class="title" dir="auto" lang=${ifDefined(textLang(objective.title, locale))}
          >${objectiveTitle(objective, locale, t)}</span
        >
      </span>`;
    // (No template, no link: skips reading the page's base URL for each of 23 entries.)
    const href = this.objectiveHref
      ? templateHref(this.objectiveHref, objective.number)
      : undefined;
    const select = (event: MouseEvent) => this.select(entry, event);
    return html`<li part=${marked ? 'objective highlighted' : 'objective'}>
      ${href
        ? html`<a
            class="entry"
            part="entry"
            href=${href}
            aria-current=${ifDefined(marked ? 'true' : undefined)}
            @click=${select}
            >${content}</a
          >`
        : html`<button
            class="entry"
            part="entry"
            type="button"
            aria-current=${ifDefined(marked ? 'true' : undefined)}
            @click=${select}
          >
            ${content}
          </button>`}
      ${this.by === 'number' && view
        ? html`<span class="reviewed" part="roundtable">${this.renderRoundtable(view)}</span>`
        : nothing}
    </li>`;
  }

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
