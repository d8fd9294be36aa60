import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum, Roundtable } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatDay, formatTimeRange, regionName } from '../i18n/format.js';
import { pickText } from '../i18n/text.js';

/**
 * A round table of the forum: its co-chairs, its slot and the GCM objectives
 * it reviews. Without `number`, every round table.
 *
 * @summary A round table: co-chairs, slot and objectives.
 * @tag imrf-roundtable
 *
 * @csspart card - One round table.
 * @csspart objectives - The list of objectives.
 */
export class ImrfRoundtable extends ImrfElement {
  static override styles = [
    ...ImrfElement.styles,
    css`
      .cards {
        display: grid;
        gap: var(--_space-4);
      }
      article {
        padding: var(--_space-4);
        border: 0.0625em solid var(--_border);
        border-block-start: 0.3em solid var(--_primary);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h2 {
        font-size: 1.25em;
        margin-block-end: var(--_space-2);
      }
      dl {
        display: grid;
        gap: var(--_space-1);
      }
      dt {
        font-weight: 600;
        margin-block-start: var(--_space-2);
      }
      ol {
        list-style: none;
        display: grid;
        gap: var(--_space-1);
      }
      .number {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** The number of the round table to show; without it, all of them. */
  @property({ type: Number, reflect: true }) number?: number;

  protected override renderReady(forum: Forum) {
    const { t } = this.i18n;
    if (forum.roundtables.length === 0) return this.renderEmpty(t.roundtable.none);
    if (this.number === undefined || this.number === null) {
      return html`<div class="cards">
        ${forum.roundtables.map((r) => this.renderCard(r, forum))}
      </div>`;
    }
    const table = forum.roundtables.find((r) => r.number === this.number);
    return table
      ? this.renderCard(table, forum)
      : this.renderEmpty(fill(t.roundtable.notFound, { number: String(this.number) }));
  }

  private renderCard(table: Roundtable, forum: Forum) {
    const { locale, t } = this.i18n;
    const session = forum.sessions.find((s) => s.id === table.session);
    const room = session && forum.rooms.find((r) => r.id === session.room);
    const title = table.title ?? session?.title;
    return html`<article part="card" aria-labelledby="rt-${table.number}">
      <h2 id="rt-${table.number}">
        ${title ? pickText(title, locale) : fill(t.roundtable.title, { number: table.number })}
      </h2>
      ${session
        ? html`<p>
            ${formatDay(session.startMs, locale, forum.timeZone)},
            ${formatTimeRange(session.startMs, session.endMs, locale, forum.timeZone)}${room
              ? html`, ${pickText(room.name, locale)}`
              : null}
          </p>`
        : null}
      <dl>
        <dt>${t.roundtable.coChairs}</dt>
        <dd>${table.coChairs.map((code) => regionName(code, locale)).join(' · ')}</dd>
        <dt>${t.roundtable.objectives}</dt>
        <dd>
          <ol part="objectives">
            ${table.objectives.map((n) => {
              const objective = forum.objectives.find((o) => o.number === n);
              return html`<li>
                <span class="number">${n}.</span>
                ${objective ? pickText(objective.title, locale) : null}
              </li>`;
            })}
          </ol>
        </dd>
      </dl>
    </article>`;
  }
}
