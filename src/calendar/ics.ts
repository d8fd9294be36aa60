/**
 * An RFC 5545 (iCalendar) writer: events in, the text of an .ics file out.
 * Pure: no DOM, no clock (the stamp is passed in).
 */

/** One event of a calendar file. */
export interface CalendarEvent {
  /** Globally unique and stable, so calendars update rather than duplicate. */
  readonly uid: string;
  /** Epoch milliseconds. */
  readonly start: number;
  /** Epoch milliseconds. */
  readonly end: number;
  readonly summary: string;
  readonly location?: string;
  readonly description?: string;
  readonly url?: string;
  /** A category, e.g. the session's kind ("Side event"). */
  readonly category?: string;
}

export interface CalendarOptions {
  /** The calendar's name (X-WR-CALNAME), shown by most calendar apps. */
  readonly name?: string;
  /** When the file is made (DTSTAMP), epoch milliseconds. */
  readonly stamp: number;
}

const PRODID = '-//IMRF Widgets//IMRF Widgets//EN';

/** 20220518T140000Z */
export function icsDateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), each
 * continuation starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The text of an .ics file with one VEVENT per event. Lines end in CRLF. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${icsDateTime(options.stamp)}`,
      `DTSTART:${icsDateTime(event.start)}`,
      `DTEND:${icsDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`);
    // URI values are not TEXT: no escaping, but never a line break.
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
