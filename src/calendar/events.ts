import type { Forum, Session, SessionKind } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { formatList } from '../i18n/format.js';
import {
  onlineOnly,
  organizerName,
  sessionPlace,
  speakerLine,
  type PlaceLabels,
} from '../i18n/session-text.js';
import { pickText } from '../i18n/text.js';
import type { CalendarEvent } from './ics.js';

/** The words a calendar event's text needs, in one language. */
export interface EventLabels extends PlaceLabels {
  readonly chair: string;
  readonly facilitator: string;
  readonly organizers: string;
  readonly speakers: string;
  readonly join: string;
  readonly watch: string;
  /** The kinds' labels, as the event's category. */
  readonly kinds?: Readonly<Record<SessionKind, string>>;
}

/** The event labels of a catalog (the common words of a session). */
export const eventLabels = (t: Pick<Catalog, 'common'>): EventLabels => t.common;

/**
 * A forum session as a calendar event, in the given locale: the room (or
 * "Online") and venue as location; description, segments, chair,
 * facilitator, organizers, speakers and the join and watch links as text; the
 * join link (else the webcast, the session's or the forum's page) as URL.
 */
export function sessionEvent(
  forum: Forum,
  session: Session,
  locale: string,
  labels: EventLabels,
): CalendarEvent {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale);
  const room = forum.rooms.find((r) => r.id === session.room);
  const place = sessionPlace(session, room && text(room.name), labels);
  const venue = onlineOnly(session) ? '' : text(forum.venue);
  const location = [place, venue].filter(Boolean).join(', ');
  const list = (items: readonly string[]) => formatList(items, locale);
  const description = [
    text(session.description),
    ...session.segments.map((s) => [text(s.title), text(s.description)].filter(Boolean).join(': ')),
    session.chair && `${labels.chair}: ${text(session.chair)}`,
    session.facilitator && `${labels.facilitator}: ${text(session.facilitator)}`,
    session.organizers.length > 0 &&
      `${labels.organizers}: ${list(session.organizers.map((o) => organizerName(o, locale)))}`,
    session.speakers.length > 0 &&
      [`${labels.speakers}:`, ...session.speakers.map((p) => speakerLine(p, locale))].join('\n'),
    session.joinUrl && `${labels.join}: ${session.joinUrl}`,
    session.webcastUrl && `${labels.watch}: ${session.webcastUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const url = session.joinUrl ?? session.webcastUrl ?? session.url ?? forum.url;
  return {
    uid: `${session.id}@${forum.id}.imrf-widgets`,
    start: session.startMs,
    end: session.endMs,
    summary: `${text(session.title)} · ${text(forum.shortTitle ?? forum.title)}`,
    ...(location && { location }),
    ...(description && { description }),
    ...(url && { url }),
    ...(labels.kinds && { category: labels.kinds[session.kind] }),
  };
}
