/**
 * How a session's place and people read in a language, for the schedule, the
 * round table and calendar files alike: "Online and in Conference Room 4",
 * "Ana Example (Moderator), Sample University", "Sample Network (Portugal)".
 * Pure.
 */
import type { Organizer, Session, Speaker } from '../data/types.js';
import { fill } from './catalog.js';
import { countryName } from './countries.js';
import { plural, type Plural } from './plural.js';
import { pickText } from './text.js';

/** The strings `sessionPlace` needs (the schedule's catalog section has them). */
export interface PlaceLabels {
  readonly online: string;
  readonly onlineIn: string;
  readonly onlineInPerson: string;
}

/** True when the session can be followed online only. */
export const onlineOnly = (session: Session): boolean => session.format === 'online';

/**
 * Where a session is: its room, "Online", "Online and in <room>" (hybrid), or
 * "Online and in person" (hybrid without a room); empty when nothing is known.
 */
export function sessionPlace(
  session: Session,
  roomName: string | undefined,
  labels: PlaceLabels,
): string {
  if (session.format === 'online') return labels.online;
  if (session.format === 'hybrid')
    return roomName ? fill(labels.onlineIn, { room: roomName }) : labels.onlineInPerson;
  return roomName ?? '';
}

/** "Ana Example (Moderator)": a speaker's name with the role, if any. */
export function speakerName(speaker: Speaker, locale: string): string {
  const role = pickText(speaker.role, locale);
  return role ? `${speaker.name} (${role})` : speaker.name;
}

/** "Ana Example (Moderator), Sample University": name, role and affiliation. */
export function speakerLine(speaker: Speaker, locale: string): string {
  const affiliation = pickText(speaker.affiliation, locale);
  return [speakerName(speaker, locale), affiliation].filter(Boolean).join(', ');
}

/** "Sample Network (Portugal)": an organizer with its country's name. */
export function organizerName(organizer: Organizer, locale: string): string {
  const name = pickText(organizer.name, locale);
  return organizer.country ? `${name} (${countryName(organizer.country, locale)})` : name;
}

/**
 * The first `few` speakers and, when there are more, "and N more" in the
 * locale's plural form.
 */
export function someSpeakers(
  speakers: readonly Speaker[],
  few: number,
  locale: string,
  more: Plural,
): { shown: readonly Speaker[]; more: string } {
  // "and 1 more" says no more than the name it hides: show the name instead.
  const count = speakers.length <= few + 1 ? speakers.length : few;
  const rest = speakers.length - count;
  return {
    shown: speakers.slice(0, count),
    more: rest > 0 ? plural(more, rest, locale) : '',
  };
}
