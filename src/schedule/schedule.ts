import { nothing, type PropertyValues } from 'lit';
import { html } from '../base/html.js';
import { guard } from 'lit/directives/guard.js';
import { blockSize } from '../base/block-size.js';
import { headingLevel } from '../base/heading.js';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum, Session, SessionKind } from '../data/types.js';
import { formatNumber, plural } from '../i18n/plural.js';
import { ClockController } from '../base/clock.js';
import {
  cleanFilters,
  filterSessions,
  FILTERS,
  type FilterName,
  type ScheduleFilters,
} from './filters.js';
import {
  firstSlots,
  groupDays,
  indexForum,
  slotCount,
  type DayGroup,
  type ForumIndex,
} from './group.js';
import { parseNow, timeline, type Timeline } from '../base/now.js';
import { DeepLinkController } from './deep-link.js';
import { PagingController } from './paging.js';
import { PrintDisclosuresController } from './print.js';
import { scheduleStyles } from './styles.js';
import {
  dayTemplate,
  headerTemplate,
  legendTemplate,
  roundtableLink,
  type View,
} from './templates.js';
import { resolveZone } from '../i18n/zone.js';
import { SessionTimes, sessionTimes } from './time.js';
import { toolbarTemplate } from './toolbar.js';
import { SCHEDULE_STRINGS } from './strings.js';

/** Calendar files are made by a chunk of their own, loaded on the first click. */
const downloadSessions = (...args: Parameters<typeof import('./export.js').downloadSessions>) =>
  import('./export.js').then(
    (module) => module.downloadSessions(...args),
    (error: unknown) => console.warn('IMRF widgets: the calendar file could not be made.', error),
  );

/** Programmes up to this many shown sessions render at once; longer ones page by page. */
export const RENDER_ALL_UP_TO = 60;
/** Sessions added per page of a long programme. */
export const PAGE_SIZE = 40;
/**
 * The first render shows the first day, or its first time slots holding at
 * least this many sessions; the rest follows after the first paint.
 */
export const FIRST_SESSIONS = 15;
/** Space kept for each held-back time slot until it renders (em; less than any slot takes). */
const HELD_SLOT_EM = 6;
/** With more sessions rendered than this, days off screen skip layout and paint. */
const LONG = 600;

declare global {
  interface HTMLElementEventMap {
    'imrf-filter-change': CustomEvent<ScheduleFilters>;
    'imrf-session-select': CustomEvent<{ session: Session }>;
  }
}

/**
 * The forum's programme: every session with its time, room (or "Online"),
 * kind, organizers, speakers, chairs, Join and Watch links, and behind a
 * disclosure its description and segments; a grid with the rooms of parallel
 * sessions side by side in wide containers (denser from five rooms), an
 * agenda list in narrow ones; filters, time zones, "Live now", deep links and
 * calendar export.
 *
 * @summary The forum programme, by day, time and room.
 * @tag imrf-schedule
 *
 * @fires imrf-filter-change - The visitor changed a filter. Detail: `{ day, room, kind, objective, search }` (null when off).
 * @fires imrf-session-select - The visitor activated a session's title. Detail: `{ session }`. Cancelable: cancelling stops a round-table link from being followed.
 *
 * @cssprop --imrf-schedule-accent - Day rules, session edges and kind shapes (default: `--imrf-color-primary`).
 * @cssprop --imrf-schedule-session-background - Background of upcoming sessions (default: `--imrf-color-surface-alt`).
 * @cssprop --imrf-schedule-live-color - The "Live now" marker (default: `--imrf-color-live`).
 * @cssprop --imrf-schedule-highlight - Outline of the session a link points to (default: `--imrf-color-primary-strong`).
 * @cssprop --imrf-schedule-column-min-width - Narrowest room column of the grid (default: 13em).
 * @cssprop --imrf-schedule-dense-column-min-width - Narrowest room column from five rooms in parallel (default: 7.5em).
 *
 * @csspart heading - The forum's name, dates and venue.
 * @csspart zone - The sentence that says which time zone times are in.
 * @csspart toolbar - The filters, the time-zone switch and the download button.
 * @csspart download-button - "Download the programme (.ics)".
 * @csspart count - How many sessions the filters show.
 * @csspart legend - The kinds of session, each with its shape.
 * @csspart day - One day of the programme.
 * @csspart table - A day's table (a grid when wide, an agenda when narrow).
 * @csspart session - One session.
 * @csspart session-title - A session's title (a button, or a link for round tables with `roundtable-href`).
 * @csspart calendar-button - A session's "Add to calendar" button.
 * @csspart join-link - A session's "Join online" link (prominent from 15 minutes before the start to the end).
 * @csspart watch-link - A session's "Watch" link (prominent from 15 minutes before the start to the end).
 * @csspart details - A session's disclosure (`<details>`) with its description, segments and speakers.
 * @csspart more-button - "Show more sessions" in long programmes.
 */
export class ImrfSchedule extends ImrfElement {
  static override styles = [...ImrfElement.styles, scheduleStyles];
  /** @internal */
  static override strings = [SCHEDULE_STRINGS];

  static override get properties() {
    return {
      timeZone: { attribute: 'time-zone', reflect: true },
      now: {},
      day: { reflect: true },
      room: { reflect: true },
      kind: { reflect: true },
      objective: { type: Number, reflect: true },
      search: { reflect: true },
      noFilters: { type: Boolean, attribute: 'no-filters', reflect: true },
      noHeading: { type: Boolean, attribute: 'no-heading', reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      roundtableHref: { attribute: 'roundtable-href' },
      target: { state: true },
    };
  }

  /** Time zone of the times shown: an IANA zone, or `local` for the visitor's; default the forum's. */
  timeZone: string | null = null;
  /** Pins the clock (RFC 3339, e.g. `2022-05-18T11:00:00-04:00`); default the real time. */
  now: string | null = null;
  /** Shows one forum day (YYYY-MM-DD in the forum's zone). Values the forum lacks are ignored. */
  day: string | null = null;
  /** Shows one room (a room id). */
  room: string | null = null;
  /** Shows one kind: `hearing`, `roundtable`, `policy-debate`, `plenary`, `side-event` or `other`. */
  kind: SessionKind | null = null;
  /** Shows the round tables that review this GCM objective (1–23) and the sessions that address it. */
  objective: number | null = null;
  /** Shows the sessions whose title, description, segments or chairs contain all these words. */
  search: string | null = null;
  /** Hides the filters, the time-zone switch and the download button (compact embeds). */
  noFilters = false;
  /** Hides the forum's name and dates. */
  noHeading = false;
  /** Level (1–6) of the top heading; days and sessions follow it. */
  headingLevel = 2;
  /** Link template for round-table titles, e.g. `/roundtables/{number}`. */
  roundtableHref: string | null = null;

  private target: string | null = null;

  // A minute passed: re-render only when what "now" shows (live, next, open links) has changed.
  private readonly clock = new ClockController(this, (now) => {
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { sessions, timeZone } = state.forum;
    if (timeline(sessions, now, timeZone).key !== this.timeline?.key) this.requestUpdate();
  });
  private index?: ForumIndex;
  private filters?: ScheduleFilters;
  private filterKey = '';
  private shown: readonly Session[] = [];
  private days: DayGroup[] = [];
  private visible: DayGroup[] = [];
  /** Shown sessions not rendered yet (long programmes). */
  private remaining = 0;
  /** Time slots the first render held back. */
  private heldSlots = 0;
  private timeline?: Timeline;
  private zone = '';
  private times = new SessionTimes('', '');
  private readonly paging = new PagingController(this, PAGE_SIZE, () =>
    this.shadowRoot?.querySelector('.more'),
  );
  protected readonly printing = new PrintDisclosuresController(this, () => this.shadowRoot);
  private readonly links = new DeepLinkController(this, (id) => this.reveal(id));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { forum } = state;
    const { locale } = this.i18n;
    const fresh = this.index?.forum !== forum;
    const index = fresh ? indexForum(forum) : this.index!;
    this.index = index;
    this.zone = resolveZone(this.timeZone, forum.timeZone);
    this.filters = cleanFilters(this, index);
    const key = JSON.stringify([this.filters, this.filters.search && locale]);
    if (fresh || key !== this.filterKey) {
      if (!fresh) this.paging.reset();
      this.filterKey = key;
      this.shown = filterSessions(index, this.filters, locale);
      this.days = groupDays(this.shown, index);
    }
    // A page opened at #rt3 shows round table 3.
    if (fresh) this.links.follow();
    const all = this.shown.length <= RENDER_ALL_UP_TO;
    const page = firstSlots(this.days, all ? Infinity : this.paging.limit);
    this.remaining = this.shown.length - page.count;
    if (!all) this.paging.rendered(page.count);
    // The first render: the first day (at most its first slots) and the toolbar's
    // visible controls; after the first paint, one more day per task, and the
    // filters' options last, so no one task renders the whole programme.
    const sizes = this.days.map((day) => day.size);
    const count = this.paging.holdBack(sizes, page.count, FIRST_SESSIONS, !this.noFilters);
    const held = count === undefined ? undefined : firstSlots(this.days, count);
    this.visible = (held ?? page).days;
    this.heldSlots = held ? slotCount(page.days) - slotCount(held.days) : 0;
    const pinned = parseNow(this.now);
    this.clock.pin(pinned !== undefined);
    this.timeline = timeline(forum.sessions, pinned ?? this.clock.now, forum.timeZone);
    this.times = sessionTimes(forum, locale, this.zone);
  }

  protected override renderReady(forum: Forum) {
    const { t } = this.i18n;
    if (forum.sessions.length === 0 || !this.index) return this.renderEmpty(t.schedule.noSessions);
    const level = headingLevel(this.headingLevel);
    const view = this.view(forum, headingLevel(level, this.noHeading ? 0 : 1));
    const long = this.shown.length - this.remaining > LONG;
    return html`<section class=${long ? 'long' : ''} aria-label=${t.schedule.label}>
      ${headerTemplate(view, this.noHeading ? undefined : level)}
      ${this.noFilters
        ? nothing
        : toolbarTemplate(view, {
            filter: (name, value) => this.setFilter(name, value),
            clear: () => this.setFilter(null, ''),
            zone: (value) => (this.timeZone = value || null),
            download: () => void downloadSessions(forum, this.shown, view.locale, t, forum.id),
            zoneValue: this.timeZone,
            searchValue: this.search ?? '',
            options: !this.paging.held,
            wanted: this.paging.release,
          })}
      <p class="count" part="count" role="status">
        ${plural(t.schedule.count, this.shown.length, view.locale, {
          total: formatNumber(forum.sessions.length, view.locale),
        })}
      </p>
      ${legendTemplate(view)}
      ${this.shown.length === 0 ? html`<p class="none">${t.schedule.noMatch}</p>` : nothing}
      ${this.visible.map((day) => guard([day, ...view.deps], () => dayTemplate(day, view)))}
      ${this.heldSlots > 0
        ? html`<div data-held ${blockSize(`min(${this.heldSlots * HELD_SLOT_EM}em, 100vh)`)}></div>`
        : nothing}
      ${this.remaining > 0
        ? html`<button class="more secondary" part="more-button" @click=${this.paging.next}>
            ${plural(t.schedule.showMore, this.remaining, view.locale)}
          </button>`
        : nothing}
    </section>`;
  }

  private view(forum: Forum, level: number): View {
    const { t, locale } = this.i18n;
    const { zone, times, target, roundtableHref } = this;
    const timeline = this.timeline!;
    const only = this.shown.length === 1;
    return {
      ...{ t, locale, forum, index: this.index!, level, zone, times, target, timeline, only },
      filters: this.filters!,
      deps: [t, locale, zone, timeline.key, target, level, roundtableHref, only],
      href: (s) => roundtableLink(roundtableHref, s, this.index!),
      select: (event, session) => {
        const init = { detail: { session }, bubbles: true, composed: true, cancelable: true };
        if (this.dispatchEvent(new CustomEvent('imrf-session-select', init)))
          this.target = session.id;
        else event.preventDefault();
      },
      addToCalendar: (session) => void downloadSessions(forum, [session], locale, t, session.id),
    };
  }

  /** Sets one filter (or, with null, clears them all) as the visitor asked, and says so. */
  private setFilter(name: FilterName | null, value: string): void {
    for (const filter of name ? [name] : FILTERS) {
      if (filter === 'objective') this.objective = value ? Number(value) : null;
      else this[filter] = (value || null) as never;
    }
    this.updateComplete.then(() => {
      const detail = this.filters!;
      this.dispatchEvent(
        new CustomEvent('imrf-filter-change', { detail, bubbles: true, composed: true }),
      );
    });
  }

  /**
   * Scrolls to the session with this id, highlights it and moves focus to
   * its title, as a link to `#id` does. False when no shown session has it.
   */
  reveal(id: string): boolean {
    const session = this.index?.byId.get(id);
    const position = session ? this.shown.indexOf(session) : -1;
    if (position < 0) return false;
    this.paging.include(position + 1);
    this.target = id;
    this.links.scrollTo(id);
    this.requestUpdate();
    return true;
  }
}
