/**
 * One session of the schedule, compact enough for a grid cell of a
 * real-conference programme: kind, title, organizers, time and place (a
 * room, or "Online"), speakers (a few, then "and N more"), the Join and
 * Watch links, and the short facts. The description, segments and the full
 * list of speakers are behind a native disclosure that opens by itself when
 * the session is the target of a link or the only one shown, and in print.
 */
import { nothing } from 'lit';
import { html } from '../base/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText, Session } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { formatList } from '../i18n/format.js';
import {
  organizerName,
  sessionPlace,
  someSpeakers,
  speakerLine,
  speakerName,
} from '../i18n/session-text.js';
import { pickText, textLang } from '../i18n/text.js';
import { shape } from './shapes.js';
import type { View } from './templates.js';

/** Speakers named in a session's cell before "and N more" (in a dense grid: fewer, without roles). */
export const SPEAKERS_SHOWN = 3;
export const SPEAKERS_SHOWN_DENSE = 2;

/** The id prefix of a session's inner parts. */
export const partIds = (s: Session) => `_${encodeURIComponent(s.id)}`;
export const dayId = (key: string) => `_d${key}`;

/**
 * A session. In a `dense` grid (many rooms) the cell names fewer speakers,
 * without their roles, and keeps the chairs, objectives and the calendar
 * button in the details too.
 */
export function sessionTemplate(s: Session, dayKey: string, v: View, dense = false) {
  const { t, locale, index, timeline } = v;
  const text = (value: LocalizedText | undefined) => pickText(value, locale);
  // An official text with no version in the reader's language is shown in English, marked so.
  const lang = (value: LocalizedText | undefined) => textLang(value, locale);
  const id = partIds(s);
  const room = s.room ? index.rooms.get(s.room) : undefined;
  const place = sessionPlace(s, room && text(room.name), t.common);
  // The room's name alone is a data text, perhaps in English inside another language.
  const placeLang = room && place === text(room.name) ? lang(room.name) : undefined;
  const table = index.roundtableOf(s);
  const previous = s.continues ? index.byId.get(s.continues) : undefined;
  const [before, after] = t.schedule.continued.split('{session}');
  const live = timeline.live.has(s);
  const next = timeline.next.has(s);
  const past = !live && s.endMs <= timeline.now;
  const status = live ? t.schedule.liveNow : next ? t.schedule.next : past ? t.schedule.ended : '';
  const name = [`${id}n`, dayId(dayKey), `${id}t`, place && `${id}r`, status && `${id}s`];
  const labelledby = name.filter(Boolean).join(' ');
  // Data texts may be in another language and direction than the interface (dir="auto").
  const title = html`<span id="${id}n" dir="auto" lang=${ifDefined(lang(s.title))}
    >${text(s.title)}</span
  >`;
  const of = html`<span class="visually-hidden"
    >${fill(t.schedule.linkOf, { title: text(s.title) })}</span
  >`;
  const href = v.href(s);
  const select = (event: Event) => v.select(event, s);
  const classes = [
    s.kind,
    live && 'live',
    next && 'next',
    past && 'past',
    v.target === s.id && 'target',
  ];
  // The term carries the spaces around it (invisible at a block's edges), so the
  // list's text still reads as words where it is read as text (copy, textContent).
  const detail = (label: string, value: string | undefined, source?: LocalizedText) =>
    value
      ? html`<dt>${` ${label} `}</dt>
          <dd dir="auto" lang=${ifDefined(lang(source))}>${value}</dd>`
      : nothing;
  const few = dense ? SPEAKERS_SHOWN_DENSE : SPEAKERS_SHOWN;
  const speakers = someSpeakers(s.speakers, few, locale, t.schedule.moreSpeakers);
  const fullSpeakers =
    speakers.shown.length < s.speakers.length ||
    s.speakers.some((p) => p.affiliation || (dense && p.role));
  const facts = [s.chair, s.facilitator, table, s.objectives.length > 0].some(Boolean);
  // A dense cell keeps its facts and its calendar button in the details too.
  const hasDetails = dense || s.description || s.segments.length > 0 || fullSpeakers;
  const calendar = html`<button
    class="secondary"
    part="calendar-button"
    @click=${() => v.addToCalendar(s)}
  >
    ${t.schedule.addToCalendar}<span class="visually-hidden"
      >${fill(t.schedule.addToCalendarOf, { title: text(s.title) })}</span
    >
  </button>`;
  const links = s.joinUrl || s.webcastUrl;
  const meta = facts
    ? html`<dl class="meta">
        ${detail(t.common.chair, text(s.chair), s.chair)}
        ${detail(t.common.facilitator, text(s.facilitator), s.facilitator)}
        ${table
          ? html`${detail(t.schedule.coChairs, coChairNames(table.coChairs, locale))}
            ${detail(
              t.schedule.objectives,
              formatList(table.objectives.map(String), locale, 'unit'),
            )}`
          : nothing}
        ${s.objectives.length > 0
          ? detail(
              t.schedule.sessionObjectives,
              formatList(s.objectives.map(String), locale, 'unit'),
            )
          : nothing}
      </dl>`
    : nothing;
  const organizedBy = t.schedule.organizedBy.split('{list}');
  return html`<article
    part="session"
    id=${s.id}
    class="session ${classes.filter(Boolean).join(' ')}"
  >
    <p class="tags">
      <span class="kind">${shape(s.kind)}${t.common.kinds[s.kind]}</span>
      ${s.track
        ? html`<span class="track"
            ><span class="visually-hidden">${t.schedule.track}: </span
            ><bdi>${text(s.track)}</bdi></span
          >`
        : nothing}
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
    ${s.organizers.length > 0
      ? html`<p class="organizers">
          ${organizedBy[0]}<bdi>${formatList(
            s.organizers.map((o) => organizerName(o, locale)),
            locale,
          )}</bdi>${organizedBy[1]}
        </p>`
      : nothing}
    <p class="when">
      <time id="${id}t" datetime=${s.start}>${v.times.get(s, dayKey)}</time>${place
        ? html`<span class="place-line">
            · <span id="${id}r" class="place" lang=${ifDefined(placeLang)}>${place}</span></span
          >`
        : nothing}
    </p>
    ${speakers.shown.length > 0
      ? html`<p class="speakers">
          <span class="visually-hidden">${t.common.speakers}: </span>${speakers.shown.map(
            (p, i) =>
              html`${i > 0 ? ', ' : nothing}<bdi>${dense ? p.name : speakerName(p, locale)}</bdi>`,
          )}${speakers.more ? html` <span class="more-speakers">${speakers.more}</span>` : nothing}
        </p>`
      : nothing}
    ${links
      ? html`<p class="links ${timeline.open.has(s) ? 'open' : ''}">
          ${s.joinUrl
            ? html`<a class="join" part="join-link" href=${s.joinUrl}>${t.common.join}${of}</a>`
            : nothing}
          ${s.webcastUrl
            ? html`<a class="watch" part="watch-link" href=${s.webcastUrl}
                >${t.common.watch}${of}</a
              >`
            : nothing}
        </p>`
      : nothing}
    ${previous
      ? html`<p class="continued">
          ${before}<bdi lang=${ifDefined(lang(previous.title))}>${text(previous.title)}</bdi
          >${after}
        </p>`
      : nothing}
    ${dense ? nothing : meta}
    ${hasDetails
      ? html`<details class="details" part="details" ?open=${v.target === s.id || v.only}>
          <summary>${t.schedule.details}${of}</summary>
          ${dense ? meta : nothing}
          ${s.description
            ? html`<p class="description" dir="auto" lang=${ifDefined(lang(s.description))}>
                ${text(s.description)}
              </p>`
            : nothing}
          ${s.segments.length > 0
            ? html`<ol class="segments" aria-label=${t.schedule.segments}>
                ${s.segments.map(
                  (g) =>
                    html`<li>
                      <strong><bdi lang=${ifDefined(lang(g.title))}>${text(g.title)}</bdi></strong
                      >${g.description
                        ? html`:
                            <bdi lang=${ifDefined(lang(g.description))}
                              >${text(g.description)}</bdi
                            >`
                        : nothing}
                    </li>`,
                )}
              </ol>`
            : nothing}
          ${fullSpeakers
            ? html`<ul class="speaker-list" aria-label=${t.common.speakers}>
                ${s.speakers.map((p) => html`<li dir="auto">${speakerLine(p, locale)}</li>`)}
              </ul>`
            : nothing}
          ${dense ? calendar : nothing}
        </details>`
      : nothing}
    ${dense ? nothing : calendar}
  </article>`;
}
