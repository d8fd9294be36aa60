import { css, html, type PropertyValues } from 'lit';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum, Session } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatDateRange, formatDay, formatTimeRange } from '../i18n/format.js';
import { pickText } from '../i18n/text.js';
import { describeZone } from '../i18n/zone.js';
import { groupByDay, type Day } from './group.js';

/**
 * The forum's programme: every session by day, with its time in the forum's
 * time zone, its room and its title.
 *
 * @summary The forum programme, by day and time.
 * @tag imrf-schedule
 *
 * @csspart heading - The forum's name and dates.
 * @csspart day - One day of the programme.
 * @csspart session - One session.
 */
export class ImrfSchedule extends ImrfElement {
  static override styles = [
    ...ImrfElement.styles,
    css`
      header {
        margin-block-end: var(--_space-4);
      }
      h2 {
        font-size: 1.5em;
        line-height: 1.25;
      }
      .dates,
      .zone {
        color: var(--_text-muted);
      }
      h3 {
        font-size: 1.125em;
        margin-block: var(--_space-5) var(--_space-2);
        padding-block-end: var(--_space-1);
        border-block-end: 0.125em solid var(--_primary);
      }
      ul {
        list-style: none;
        display: grid;
        gap: var(--_space-2);
      }
      li {
        display: grid;
        grid-template-columns: 11em 1fr;
        gap: var(--_space-1) var(--_space-4);
        padding: var(--_space-3);
        background: var(--_surface-alt);
        border-inline-start: 0.25em solid var(--_primary);
        border-radius: var(--_radius);
      }
      .time {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .title {
        font-weight: 600;
      }
      .meta {
        grid-column: 2;
        color: var(--_text-muted);
      }
      @container (max-width: 30em) {
        li {
          grid-template-columns: 1fr;
        }
        .meta {
          grid-column: 1;
        }
      }
      .root {
        container-type: inline-size;
      }
    `,
  ];

  private days: Day[] = [];
  private groupedFrom?: Forum;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status === 'ready' && state.forum !== this.groupedFrom) {
      this.groupedFrom = state.forum;
      this.days = groupByDay(state.forum.sessions, state.forum.timeZone);
    }
  }

  protected override renderReady(forum: Forum) {
    const { locale, t } = this.i18n;
    const { sessions, timeZone } = forum;
    const first = sessions[0];
    const last = sessions[sessions.length - 1];
    return html`
      <section aria-label=${t.schedule.label}>
        <header part="heading">
          <h2>${pickText(forum.title, locale)}</h2>
          ${first && last
            ? html`<p class="dates">
                  ${formatDateRange(first.startMs, last.endMs, locale, timeZone)}
                </p>
                <p class="zone">
                  ${fill(t.schedule.timesIn, {
                    zone: describeZone(timeZone, first.startMs, locale, t),
                  })}
                </p>`
            : null}
        </header>
        ${sessions.length === 0
          ? this.renderEmpty(t.schedule.noSessions)
          : this.days.map((day) => this.renderDay(day, forum))}
      </section>
    `;
  }

  private renderDay(day: Day, forum: Forum) {
    const { locale } = this.i18n;
    return html`<section part="day" aria-labelledby="day-${day.key}">
      <h3 id="day-${day.key}">${formatDay(day.sessions[0]!.startMs, locale, forum.timeZone)}</h3>
      <ul>
        ${day.sessions.map((session) => this.renderSession(session, forum))}
      </ul>
    </section>`;
  }

  private renderSession(session: Session, forum: Forum) {
    const { locale, t } = this.i18n;
    const room = forum.rooms.find((r) => r.id === session.room);
    return html`<li part="session" id=${session.id}>
      <span class="time">
        ${formatTimeRange(session.startMs, session.endMs, locale, forum.timeZone)}
      </span>
      <span class="title">${pickText(session.title, locale)}</span>
      <span class="meta">
        ${t.common.kinds[session.kind]}${room ? html` · ${pickText(room.name, locale)}` : null}
      </span>
    </li>`;
  }
}
