import type { Forum, Session } from '../data/types.js';
import { pickText } from '../i18n/text.js';
import type { CalendarEvent } from './ics.js';

/**
 * A forum session as a calendar event, in the given locale: the room and
 * venue as location; description, segments, chair and facilitator as text.
 */
export function sessionEvent(
  forum: Forum,
  session: Session,
  locale: string,
  labels: { readonly chair: string; readonly facilitator: string },
): CalendarEvent {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, locale);
  const room = forum.rooms.find((r) => r.id === session.room);
  const location = [room && text(room.name), text(forum.venue)].filter(Boolean).join(', ');
  const description = [
    text(session.description),
    ...session.segments.map((s) => [text(s.title), text(s.description)].filter(Boolean).join(': ')),
    session.chair && `${labels.chair}: ${text(session.chair)}`,
    session.facilitator && `${labels.facilitator}: ${text(session.facilitator)}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${session.id}@${forum.id}.imrf-widgets`,
    start: session.startMs,
    end: session.endMs,
    summary: `${text(session.title)} · ${text(forum.shortTitle ?? forum.title)}`,
    ...(location && { location }),
    ...(description && { description }),
    ...((session.url ?? forum.url) && { url: session.url ?? forum.url }),
  };
}
