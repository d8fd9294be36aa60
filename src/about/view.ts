/**
 * What the templates of `<imrf-about>` share: the strings, the locale, the
 * forum, the heading level and the partner's link templates; and small
 * helpers for headings, data texts and dates. Pure.
 */
import { html, nothing } from 'lit';
import type { Forum, LocalizedText } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { dateTimeFormat } from '../i18n/format.js';
import { pickText } from '../i18n/text.js';
import type { ForumFormat } from './format.js';

export interface AboutView {
  readonly t: Catalog;
  readonly locale: string;
  readonly forum: Forum;
  readonly format: ForumFormat;
  /** The level of the element's top headings (1–6). */
  readonly level: number;
  readonly roundtableHref: string | null;
  readonly sessionHref: string | null;
  readonly programmeHref: string | null;
}

/** A heading at a level (capped at 6), as the schedule writes them. */
export const heading = (level: number, text: unknown, id: string, part = 'heading') =>
  html`<div role="heading" aria-level=${Math.min(level, 6)} id=${id} part=${part}>${text}</div>`;

/** A data text in the view's language, marked `dir="auto"` (data may be in another script). */
export const dataText = (v: AboutView, value: LocalizedText | undefined) => {
  const text = pickText(value, v.locale);
  return text ? html`<span dir="auto">${text}</span>` : nothing;
};

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** "20 May 2022": an instant's date in the forum's zone. */
export const formatDate = (v: AboutView, ms: number) =>
  dateTimeFormat(v.locale, v.forum.timeZone, DATE).format(ms);

/** "16–20 May 2022": the dates from one instant to another, in the forum's zone. */
export const formatDates = (v: AboutView, start: number, end: number) =>
  dateTimeFormat(v.locale, v.forum.timeZone, DATE).formatRange(start, end);

/** "8 February 2022": a calendar date (YYYY-MM-DD) as written, in any zone. */
export const formatCalendarDate = (locale: string, date: string) =>
  dateTimeFormat(locale, 'UTC', DATE).format(Date.parse(`${date}T12:00:00Z`));

const TIME: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "15:00 – 18:00 EDT": a session's times in the forum's zone, with the zone's name. */
export const formatTimes = (v: AboutView, start: number, end: number) =>
  dateTimeFormat(v.locale, v.forum.timeZone, TIME).formatRange(start, end);

/** A link when `href` is given, else the text alone. */
export const linked = (href: string | undefined, text: unknown) =>
  href ? html`<a href=${href}>${text}</a>` : text;

/** A term and its value in a `dl`; nothing when there is no value. */
export const detail = (label: string, value: unknown) =>
  value === nothing || value === ''
    ? nothing
    : html`<dt>${label}</dt>
        <dd>${value}</dd>`;
