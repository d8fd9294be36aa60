import { downloadText } from '../calendar/download.js';
import { eventLabels, sessionEvent } from '../calendar/events.js';
import { buildCalendar } from '../calendar/ics.js';
import type { Forum } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { pickText } from '../i18n/text.js';
import { objectiveTitle, type RoundtableView } from '../gcm/roundtables.js';

/**
 * An .ics file with the round table's session, in a locale: the session's
 * event (room, venue, description) with the co-chairs and the objectives
 * reviewed added to its description. Undefined when it has no session.
 */
export function roundtableCalendar(
  forum: Forum,
  view: RoundtableView,
  locale: string,
  t: Catalog,
  stamp: number,
): { filename: string; text: string } | undefined {
  const { session } = view;
  if (!session) return undefined;
  const r = t.roundtable;
  const labels = { ...eventLabels(t), chair: r.chair, facilitator: r.facilitator };
  const event = sessionEvent(forum, session, locale, labels);
  const description = [
    event.description,
    view.table.coChairs.length > 0 && `${r.coChairs}: ${coChairNames(view.table.coChairs, locale)}`,
    view.objectives.length > 0 &&
      [
        `${r.objectives}:`,
        ...view.objectives.map((o) => `${o.number}. ${objectiveTitle(o, locale, t)}`),
      ].join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    filename: `${forum.id}-${session.id}.ics`.replace(/[^\w.-]+/g, '-'),
    text: buildCalendar([{ ...event, description }], {
      name: pickText(forum.shortTitle ?? forum.title, locale),
      stamp,
    }),
  };
}

/** Offers the round table's session as an .ics file (nothing when it has none). */
export function downloadRoundtable(
  forum: Forum,
  view: RoundtableView,
  locale: string,
  t: Catalog,
): void {
  const file = roundtableCalendar(forum, view, locale, t, Date.now());
  if (file) downloadText(file.filename, file.text, 'text/calendar;charset=utf-8');
}
