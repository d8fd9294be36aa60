/**
 * The status card of `<imrf-about variant="card">` and the sentence it
 * announces, as pure functions of the view and the card's state.
 */
import { html, nothing } from 'lit';
import type { Session } from '../data/types.js';
import { fill } from '../i18n/catalog.js';
import { formatList } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';
import { pickText } from '../i18n/text.js';
import { webcastOf, type CardState } from './card.js';
import { templateLink } from './links.js';
import { dataText, formatDate, formatDates, formatTimes, heading, type AboutView } from './view.js';

/** The programme's address: the `programme-href` attribute, else the forum's website. */
const programmeLink = (v: AboutView) => templateLink(v.programmeHref, {}) ?? v.forum.url;

function sessionItem(v: AboutView, s: Session) {
  const room = s.room ? v.forum.rooms.find((r) => r.id === s.room) : undefined;
  const watch = webcastOf(s);
  const title = pickText(s.title, v.locale);
  return html`<li part="card-session">
    <span class="name" dir="auto">${title}</span>
    <span class="muted"
      ><time datetime=${s.start}>${formatTimes(v, s.startMs, s.endMs)}</time>${room
        ? html` · <span dir="auto">${pickText(room.name, v.locale)}</span>`
        : nothing}</span
    >
    ${watch
      ? html`<a
          class="watch"
          part="watch-link"
          href=${watch}
          aria-label=${fill(v.t.about.card.watchLabel, { title })}
          >${v.t.about.card.watch}</a
        >`
      : nothing}
  </li>`;
}

const sessionList = (v: AboutView, label: string, id: string, sessions: readonly Session[]) =>
  sessions.length > 0
    ? html`<p class="label" id=${id}>${label}</p>
        <ul class="card-sessions" aria-labelledby=${id}>
          ${sessions.map((s) => sessionItem(v, s))}
        </ul>`
    : nothing;

function body(v: AboutView, state: CardState) {
  const c = v.t.about.card;
  const programme = programmeLink(v);
  const more = programme
    ? html`<p><a part="programme-link" href=${programme}>${c.programme}</a></p>`
    : nothing;
  switch (state.phase) {
    case 'none':
      return nothing;
    case 'before':
      return html`<p>${formatDates(v, state.start, state.end)}</p>
        <p class="lead" part="lead">
          ${state.startsIn === 0 ? c.startsToday : plural(c.startsIn, state.startsIn, v.locale)}
        </p>
        ${more}`;
    case 'during':
      return html`${state.live.length > 0
        ? sessionList(v, c.liveNow, 'card-live', state.live)
        : html`<p class="lead" part="lead">${c.nothingLive}</p>`}
      ${sessionList(v, c.next, 'card-next', state.next)} ${more}`;
    case 'after': {
      const o = v.forum.outcome;
      const adopted = o?.session && v.forum.sessions.find((s) => s.id === o.session);
      const doc = o?.document?.url;
      return html`<p class="lead" part="lead">
          ${fill(c.concluded, { date: formatDate(v, state.end) })}
        </p>
        ${o
          ? html`<p class="outcome-title" part="outcome-title">${dataText(v, o.title)}</p>
              ${adopted
                ? html`<p>${fill(c.adopted, { date: formatDate(v, adopted.startMs) })}</p>`
                : nothing}
              ${doc
                ? html`<p><a part="declaration-link" href=${doc}>${c.declaration}</a></p>`
                : nothing}`
          : nothing}`;
    }
  }
}

/** The card: the forum's name, then what its state calls for. */
export function cardTemplate(v: AboutView, state: CardState) {
  const name = v.forum.shortTitle ?? v.forum.title;
  return html`<article class="card ${state.phase}" part="card" aria-labelledby="card-title">
    ${heading(v.level, dataText(v, name), 'card-title')} ${body(v, state)}
  </article>`;
}

/** The sentence announced when the card's state changes. */
export function announcement(v: AboutView, state: CardState): string {
  const c = v.t.about.card;
  const titles = (sessions: readonly Session[]) =>
    formatList(
      sessions.map((s) => pickText(s.title, v.locale)),
      v.locale,
    );
  switch (state.phase) {
    case 'none':
      return '';
    case 'before':
      return state.startsIn === 0 ? c.startsToday : plural(c.startsIn, state.startsIn, v.locale);
    case 'during':
      return [
        state.live.length > 0
          ? fill(c.announceLive, { titles: titles(state.live) })
          : c.nothingLive,
        state.next.length > 0 ? fill(c.announceNext, { titles: titles(state.next) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'after':
      return fill(c.concluded, { date: formatDate(v, state.end) });
  }
}
