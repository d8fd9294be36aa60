/**
 * The schedule's templates: the heading, the legend, a day (a native table)
 * and a session. They read everything from a `View` the element builds once per
 * render, and compute nothing heavier than a cached formatter call.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { templateHref } from '../data/link-template.js';
import type { Forum, LocalizedText, Session } from '../data/types.js';
import { fill, type Catalog } from '../i18n/catalog.js';
import {
  formatDateRange,
  formatDay,
  formatList,
  formatRelativeDays,
  regionName,
} from '../i18n/format.js';
import { pickText } from '../i18n/text.js';
import { describeZone, zonePlace } from '../i18n/zone.js';
import type { ScheduleFilters } from './filters.js';
import type { DayGroup, ForumIndex } from './group.js';
import type { Timeline } from './now.js';
import { shape } from './shapes.js';
import { formatStart, type SessionTimes } from './time.js';

/** What the templates need, gathered by the element for one render. */
export interface View {
  readonly t: Catalog;
  readonly locale: string;
  readonly forum: Forum;
  readonly index: ForumIndex;
  /** The zone times are shown in. */
  readonly zone: string;
  readonly filters: ScheduleFilters;
  readonly timeline: Timeline;
  /** The id of the highlighted session (deep link or selection). */
  readonly target: string | null;
  /** The heading level of days; sessions are one below. */
  readonly level: number;
  /** What a rendered day depends on besides its sessions: it re-renders only when these change. */
  readonly deps: readonly unknown[];
  /** Session times in the shown zone and the element's language. */
  readonly times: SessionTimes;
  /** The link of a session's title (round tables with `roundtable-href`). */
  href(session: Session): string | undefined;
  select(event: Event, session: Session): void;
  addToCalendar(session: Session): void;
}

/** The link of a round table's title from the `roundtable-href` template (see `templateHref`). */
export function roundtableLink(
  template: string | null,
  session: Session,
  index: ForumIndex,
): string | undefined {
  const number = index.roundtableOf(session)?.number;
  if (number === undefined || session.kind !== 'roundtable') return undefined;
  return templateHref(template, number);
}

const ids = (s: Session) => `_${encodeURIComponent(s.id)}`;
const dayId = (key: string) => `_d${key}`;

export function dayTemplate(day: DayGroup, v: View) {
  const { t, locale } = v;
  const scrolls = day.columns.length > 2;
  // Not a landmark: a wide day's scrolling grid is one, named by the day.
  return html`<div class="day ${day.parallel ? 'parallel' : ''}" part="day">
    <div role="heading" aria-level=${v.level} class="day-heading" id=${dayId(day.key)}>
      ${formatDay(v.index.days.get(day.key)!, locale, v.forum.timeZone)}
    </div>
    <div
      class="scroll"
      tabindex=${ifDefined(scrolls ? 0 : undefined)}
      role=${ifDefined(scrolls ? 'region' : undefined)}
      aria-labelledby=${ifDefined(scrolls ? dayId(day.key) : undefined)}
    >
      <table part="table" aria-labelledby=${dayId(day.key)}>
        <thead>
          <tr>
            <th scope="col">${t.schedule.time}</th>
            ${day.columns.map(
              (room) =>
                html`<th scope="col">
                  ${room
                    ? pickText(room.name, locale)
                    : day.parallel
                      ? t.schedule.noRoom
                      : t.schedule.session}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${day.slots.map(
            (slot) =>
              html`<tr>
                <th scope="row">${formatStart(slot.start, day.key, locale, v.zone)}</th>
                ${slot.cells.map(
                  (cell) =>
                    html`<td class=${cell.length ? '' : 'empty'}>
                      ${cell.map((s) => sessionTemplate(s, day.key, v))}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

function sessionTemplate(s: Session, dayKey: string, v: View) {
  const { t, locale, index, timeline } = v;
  const text = (value: LocalizedText | undefined) => pickText(value, locale);
  const id = ids(s);
  const room = s.room ? index.rooms.get(s.room) : undefined;
  const table = index.roundtableOf(s);
  const previous = s.continues ? index.byId.get(s.continues) : undefined;
  const [before, after] = t.schedule.continued.split('{session}');
  const live = timeline.live.has(s);
  const next = timeline.next.has(s);
  const past = !live && s.endMs <= timeline.now;
  const status = live ? t.schedule.liveNow : next ? t.schedule.next : past ? t.schedule.ended : '';
  const name = [`${id}n`, dayId(dayKey), `${id}t`, room && `${id}r`, status && `${id}s`];
  const labelledby = name.filter(Boolean).join(' ');
  // Data texts may be in another language and direction than the interface (dir="auto").
  const title = html`<span id="${id}n" dir="auto">${text(s.title)}</span>`;
  const href = v.href(s);
  const select = (event: Event) => v.select(event, s);
  const classes = [
    s.kind,
    live && 'live',
    next && 'next',
    past && 'past',
    v.target === s.id && 'target',
  ];
  const detail = (label: string, value: string | undefined) =>
    value
      ? html`<dt>${label}</dt>
          <dd dir="auto">${value}</dd>`
      : nothing;
  return html`<article
    part="session"
    id=${s.id}
    class="session ${classes.filter(Boolean).join(' ')}"
  >
    <p class="tags">
      <span class="kind">${shape(s.kind)}${t.common.kinds[s.kind]}</span>
      ${status ? html`<span class="status" id="${id}s">${status}</span>` : nothing}
    </p>
    <div role="heading" aria-level=${Math.min(v.level + 1, 6)} class="title">
      ${href
        ? html`<a part="session-title" href=${href} aria-labelledby=${labelledby} @click=${select}
            >${title}</a
          >`
        : html`<button
            part="session-title"
            class="title-button"
            aria-labelledby=${labelledby}
            @click=${select}
          >
            ${title}
          </button>`}
    </div>
    <p class="when">
      <time id="${id}t" datetime=${s.start}>${v.times.get(s, dayKey)}</time>${room
        ? html` · <span id="${id}r">${text(room.name)}</span>`
        : nothing}
    </p>
    ${previous
      ? html`<p class="continued">${before}<bdi>${text(previous.title)}</bdi>${after}</p>`
      : nothing}
    <dl class="meta">
      ${detail(t.schedule.chair, text(s.chair))}
      ${detail(t.schedule.facilitator, text(s.facilitator))}
      ${table
        ? html`${detail(
            t.schedule.coChairs,
            formatList(
              table.coChairs.map((c) => regionName(c, locale)),
              locale,
            ),
          )}
          ${detail(t.schedule.objectives, formatList(table.objectives.map(String), locale, 'unit'))}`
        : nothing}
    </dl>
    ${s.description ? html`<p class="description" dir="auto">${text(s.description)}</p>` : nothing}
    ${s.segments.length > 0
      ? html`<ol class="segments" aria-label=${t.schedule.segments}>
          ${s.segments.map(
            (g) =>
              html`<li>
                <strong><bdi>${text(g.title)}</bdi></strong
                >${g.description ? html`: <bdi>${text(g.description)}</bdi>` : nothing}
              </li>`,
          )}
        </ol>`
      : nothing}
    <button class="secondary" part="calendar-button" @click=${() => v.addToCalendar(s)}>
      ${t.schedule.addToCalendar}<span class="visually-hidden"
        >${fill(t.schedule.addToCalendarOf, { title: text(s.title) })}</span
      >
    </button>
  </article>`;
}

/** The forum's name, dates and venue (unless hidden), the time zone, and the countdown. */
export function headerTemplate(v: View, level: number | undefined) {
  const { t, locale, forum, index } = v;
  const first = forum.sessions[0]!.startMs;
  const { startsIn } = v.timeline;
  const where = [
    formatDateRange(first, index.end, locale, forum.timeZone),
    pickText(forum.venue, locale),
  ];
  return html`${level === undefined
      ? nothing
      : html`<header part="heading">
          <div role="heading" aria-level=${level} class="title" dir="auto">
            ${pickText(forum.title, locale)}
          </div>
          <p class="dates">${where.filter(Boolean).join(' · ')}</p>
        </header>`}
    <p class="zone" part="zone">
      ${fill(t.schedule.timesIn, { zone: describeZone(v.zone, first, locale, t) })}
      ${v.zone === forum.timeZone
        ? nothing
        : fill(t.schedule.daysNote, { place: zonePlace(forum.timeZone) })}
    </p>
    ${startsIn === undefined
      ? nothing
      : html`<p class="countdown">
          ${fill(t.schedule.startsIn, { when: formatRelativeDays(startsIn, locale) })}
        </p>`}`;
}

/** The legend of the kinds of session the forum has. */
export const legendTemplate = (v: View) =>
  html`<ul class="legend" part="legend" aria-label=${v.t.schedule.legend}>
    ${v.index.kinds.map((kind) => html`<li>${shape(kind)}${v.t.common.kinds[kind]}</li>`)}
  </ul>`;
