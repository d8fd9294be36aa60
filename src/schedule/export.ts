import { downloadText } from '../calendar/download.js';
import { eventLabels, sessionEvent } from '../calendar/events.js';
import { buildCalendar } from '../calendar/ics.js';
import type { Forum, Session } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { pickText } from '../i18n/text.js';

/** The text of an .ics file with these sessions, in a language. */
export function sessionsCalendar(
  forum: Forum,
  sessions: readonly Session[],
  locale: string,
  t: Catalog,
  stamp = Date.now(),
): string {
  const labels = eventLabels(t);
  const events = sessions.map((s) => sessionEvent(forum, s, locale, labels));
  return buildCalendar(events, { stamp, name: pickText(forum.title, locale) });
}

/** Offers the sessions as `<name>.ics` (the name made safe for a file system). */
export function downloadSessions(
  forum: Forum,
  sessions: readonly Session[],
  locale: string,
  t: Catalog,
  name: string,
): void {
  const text = sessionsCalendar(forum, sessions, locale, t);
  downloadText(`${name.replace(/[^\w.-]+/g, '-')}.ics`, text, 'text/calendar;charset=utf-8');
}
