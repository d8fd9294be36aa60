/**
 * The round table's templates: a card, and the one-line summary of the
 * `compact` view. They read everything from a `CardView` the element builds
 * once per render.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import type { Forum, LocalizedText, Session } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { formatListToParts } from '../i18n/format.js';
import { speakerLine } from '../i18n/session-text.js';
import { pickText, textLang } from '../i18n/text.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { slotDay, slotTime } from '../gcm/slot-texts.js';
import { objectiveTitle, roundtableTitle, type RoundtableView } from '../gcm/roundtables.js';

/** What the templates need, gathered by the element for one render. */
export interface CardView {
  readonly locale: string;
  readonly t: Catalog;
  readonly forum: Forum;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The level of each round table's heading. */
  readonly level: number;
  /** The objective to highlight, if one was asked for. */
  readonly highlight?: number | undefined;
  readonly addToCalendar: (view: RoundtableView) => void;
}

/** "10:00 – 13:00, New York time (EDT)" in the zone shown. */
function timeText(session: Session, { locale, t, forum, zone }: CardView) {
  return slotTime(session, locale, t, forum.timeZone, zone, forum.timeZoneName);
}

/** A round table as a card: title, description, slot, co-chairs, speakers, objectives, "Add to calendar". */
export function cardTemplate(view: RoundtableView, card: CardView) {
  const { locale, t, forum, highlight } = card;
  const { table, session, room } = view;
  const id = `rt-${table.number}`;
  const description = pickText(session?.description, locale);
  // An official text with no version in the reader's language is shown in English, marked so.
  const lang = (value: LocalizedText | undefined) => textLang(value, locale);
  return html`<article part="card" aria-labelledby=${id}>
    ${heading(
      {
        level: card.level,
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
            <dd>${timeText(session, card)}</dd>`
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
              level: card.level,
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
          @click=${() => card.addToCalendar(view)}
        >
          ${t.roundtable.addToCalendar}
        </button>`
      : nothing}
  </article>`;
}

/** Title · date and time · co-chairs · objectives, on one line. */
export function summaryTemplate(view: RoundtableView, card: CardView) {
  const { locale, t, forum, highlight } = card;
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
          >${slotDay(session.startMs, locale, forum.timeZone)}, ${timeText(session, card)}</span
        >`
      : nothing}
    ${table.coChairs.length > 0
      ? html`<span>${coChairNames(table.coChairs, locale)}</span>`
      : nothing}
    ${numbers.length > 0 ? html`<span>${before}${numbers}${after}</span>` : nothing}`;
}
