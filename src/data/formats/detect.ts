/**
 * Which format a parsed JSON document is in, by its shape. Small on purpose:
 * every element carries it, and the converter it points to is loaded only
 * when a document needs it.
 *
 * Detection by shape is safe, so there is no `format` attribute: a forum file
 * must have a top-level `sessions` list (without one the validator refuses
 * it), and a conference "schedule.json" file (frab, pretalx) never has one; its
 * programme lives under `schedule.conference`. `isScheduleJson` asks for both:
 * no `sessions` and a `schedule.conference` object. No document can be read
 * both ways, and a forum file that also carries a `schedule` key is still
 * read as a forum.
 */

/** A schedule.json document, as far as detection looks. */
export interface ScheduleJsonDocument {
  schedule: { conference: Record<string, unknown> };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `doc` is a conference schedule.json document (see above). */
export function isScheduleJson(doc: unknown): doc is ScheduleJsonDocument {
  return (
    isRecord(doc) &&
    !Object.hasOwn(doc, 'sessions') &&
    isRecord(doc.schedule) &&
    isRecord(doc.schedule.conference)
  );
}
