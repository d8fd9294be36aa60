/**
 * The schedule's templates: the heading, the legend, a day (a native table)
 * and a session. They read everything from a `View` the element builds once per
 * render, and compute nothing heavier than a cached formatter call.
 */
import { nothing } from 'lit';
import { html } from '../base/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { templateHref } from '../data/link-template.js';
import type { Forum, Session } from '../data/types.js';
import { fill, type Catalog } from '../i18n/catalog.js';
import { formatDateRange, formatDay, formatRelativeDays } from '../i18n/format.js';
import { pickText, textLang } from '../i18n/text.js';
import { describeZone, zonePlaceName } from '../i18n/zone.js';
import type { ScheduleFilters } from './filters.js';
import { ONLINE, type DayGroup, type ForumIndex } from './group.js';
import type { Timeline } from '../base/now.js';
import { shape } from './shapes.js';
import { dayId, sessionTemplate } from './session.js';
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
  /** True when the filters show one session only: its details are open. */
  readonly only: boolean;
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

/** From this many columns, a day's grid is dense: narrower columns, smaller type. */
export const DENSE_COLUMNS = 5;

export function dayTemplate(day: DayGroup, v: View) {
  const { t, locale } = v;
  const scrolls = day.columns.length > 2;
  const dense = day.columns.length >= DENSE_COLUMNS;
  const classes = ['day', day.parallel && 'parallel', dense && 'dense'];
  // Not a landmark: a wide day's scrolling grid is one, named by the day.
  return html`<div class=${classes.filter(Boolean).join(' ')} part="day">
    <div role="heading" aria-level=${v.level} class="day-heading" id=${dayId(day.key)}>
      ${v.times.text(`day ${day.key}`, () =>
        formatDay(v.index.days.get(day.key)!, locale, v.forum.timeZone),
      )}
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
                  ${room === ONLINE
                    ? t.common.online
                    : room
                      ? html`<span lang=${ifDefined(textLang(room.name, locale))}
                          >${pickText(room.name, locale)}</span
                        >`
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
                      ${cell.map((s) => sessionTemplate(s, day.key, v, dense))}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

/** The forum's name, dates and venue (unless hidden), the time zone, and the countdown. */
export function headerTemplate(v: View, level: number | undefined) {
  const { t, locale, forum, index } = v;
  const first = forum.sessions[0]!.startMs;
  const { startsIn } = v.timeline;
  const venue = forum.venue
    ? html`<span lang=${ifDefined(textLang(forum.venue, locale))}
        >${pickText(forum.venue, locale)}</span
      >`
    : undefined;
  const dates = v.times.text('dates', () =>
    formatDateRange(first, index.end, locale, forum.timeZone),
  );
  const where = [dates, venue];
  return html`${level === undefined
      ? nothing
      : html`<header part="heading">
          <div
            role="heading"
            aria-level=${level}
            class="title"
            dir="auto"
            lang=${ifDefined(textLang(forum.title, locale))}
          >
            ${pickText(forum.title, locale)}
          </div>
          <p class="dates">
            ${where.filter(Boolean).map((part, i) => (i === 0 ? part : html` · ${part}`))}
          </p>
        </header>`}
    <p class="zone" part="zone">
      ${fill(t.schedule.timesIn, {
        zone: describeZone(
          v.zone,
          first,
          locale,
          t,
          v.zone === forum.timeZone ? forum.timeZoneName : undefined,
        ),
      })}
      ${v.zone === forum.timeZone
        ? nothing
        : ` ${fill(t.schedule.daysNote, {
            place: zonePlaceName(forum.timeZone, first, locale, forum.timeZoneName),
          })}`}
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
