import type { Forum } from './types.js';

const found = new WeakMap<Forum, readonly string[]>();

/**
 * The codes of every country a forum names, once each: round tables'
 * co-chairs, sessions' organizers, the outcome's co-facilitators. Elements
 * have these names loaded before they show the forum; the build gives the
 * built-in data the names of those it names (scripts/default-data.mjs).
 * Remembered per forum.
 */
export function namedCountries(forum: Forum): readonly string[] {
  let codes = found.get(forum);
  if (!codes) {
    const set = new Set<string>();
    for (const table of forum.roundtables) for (const code of table.coChairs) set.add(code);
    for (const session of forum.sessions)
      for (const organizer of session.organizers) if (organizer.country) set.add(organizer.country);
    for (const person of forum.outcome?.coFacilitators ?? [])
      if (person.country) set.add(person.country);
    codes = [...set];
    found.set(forum, codes);
  }
  return codes;
}
