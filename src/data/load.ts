/**
 * Loading forum data from any source into a validated result. Every failure
 * ends in a `ForumDataError`; nothing here touches the DOM.
 */
import type { Language } from '../i18n/languages.js';
import { ForumDataError } from './errors.js';
import { isScheduleJson } from './formats/detect.js';
import type { ValidationWarning } from './types.js';
import { MAX_WARNINGS, validateForum, type ValidationResult } from './validate.js';

/** Responses larger than this are refused (10 MiB). */
export const MAX_BYTES = 10 * 1024 * 1024;
/** A request that has not completed after this long fails. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where an element's forum comes from. */
export type ForumSource =
  | { readonly kind: 'default'; readonly language: Language }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'inline'; readonly value: string | object };

/** Parses JSON text, ignoring a byte-order mark. */
export function parseJson(text: string): unknown {
  if (text.length > MAX_BYTES)
    throw new ForumDataError('too-large', `the data is over ${MAX_BYTES} characters`);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new ForumDataError('not-json', 'the data is not valid JSON', { cause });
  }
}

/**
 * Reads a response body, refusing it as soon as it passes `MAX_BYTES`;
 * `refuse` ends its request (see `fetchJson`).
 */
async function readText(response: Response, refuse: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    refuse();
    throw new ForumDataError('too-large', `the response declares ${declared} bytes`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      refuse();
      throw new ForumDataError('too-large', `the response is over ${MAX_BYTES} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches and parses a JSON document. Aborting `signal` rejects with the
 * signal's reason (an AbortError), which callers ignore. A retry passes
 * `cache: 'no-cache'` so a cached failure is checked with the server again.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  { timeoutMs = DEFAULT_TIMEOUT_MS, cache = 'default' as RequestCache } = {},
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  // A body refused unread would hold its connection (in Chromium, until the
  // response is garbage-collected), and a browser opens only six to one
  // HTTP/1.1 server: the page's other requests to it would wait. Refusing
  // aborts the request, which ends its body and frees its connection.
  const refused = new AbortController();
  const refuse = () => refused.abort();
  const all = AbortSignal.any([signal, timeout, refused.signal]);
  let response: Response;
  try {
    response = await fetch(url, { signal: all, cache, headers: { accept: 'application/json' } });
    if (!response.ok) {
      refuse();
      throw new ForumDataError('http', `the server answered ${response.status}`, {
        status: response.status,
      });
    }
    return parseJson(await readText(response, refuse));
  } catch (error) {
    if (signal.aborted || error instanceof ForumDataError) throw error;
    if (timeout.aborted)
      throw new ForumDataError('timeout', `no answer within ${timeoutMs / 1000} s`, {
        cause: error,
      });
    throw new ForumDataError('network', `the request failed: ${String(error)}`, { cause: error });
  }
}

const MORE = /^and (\d+) more problems$/;

/**
 * The conversion's warnings, then the validator's, within one limit: past
 * `MAX_WARNINGS` they are counted in a last "and N more problems".
 */
export function mergeWarnings(
  ...lists: (readonly ValidationWarning[])[]
): readonly ValidationWarning[] {
  let more = 0;
  const all: ValidationWarning[] = [];
  for (const w of lists.flat()) {
    const counted = w.path === '' ? MORE.exec(w.message) : null;
    if (counted) more += Number(counted[1]);
    else all.push(w);
  }
  more += Math.max(0, all.length - MAX_WARNINGS);
  const kept = all.slice(0, MAX_WARNINGS);
  if (more > 0) kept.push({ path: '', message: `and ${more} more problems` });
  return kept;
}

/**
 * Parsed JSON to a validated forum: a forum document as it is, a programme in
 * another system's format (the conference schedule.json) converted first, by a
 * module fetched only then (pages that never see one never load it).
 * @throws ForumDataError (rejects) when the value is not a forum at all.
 */
export async function readForum(value: unknown): Promise<ValidationResult> {
  if (!isScheduleJson(value)) return validateForum(value);
  const { fromScheduleJson } = await import('./formats/schedule-json.js');
  const converted = fromScheduleJson(value);
  const { forum, warnings } = validateForum(converted.forum);
  return { forum, warnings: mergeWarnings(converted.warnings, warnings) };
}

/** Resolves with `value` in a later task (not a microtask), letting the page breathe. */
export const nextTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(resolve, 0, value));

/** A forum from a URL: fetched and parsed, then read and validated in a task of its own. */
export function loadUrl(
  url: string,
  signal: AbortSignal,
  options?: { cache?: RequestCache },
): Promise<ValidationResult> {
  return fetchJson(url, signal, options).then(nextTask).then(readForum);
}

/** A forum asked for ahead of its elements: its answer, and the result once it has one. */
export interface Ahead {
  readonly answer: Promise<ValidationResult>;
  result?: ValidationResult;
}

type Asked = Ahead & { readonly stop: AbortController; takers: number };
const ahead = new Map<string, Asked>();
/** For this long, elements that load a URL asked for ahead take its answer (ms). */
export const AHEAD_MS = 10_000;

/**
 * Starts loading the forum at `url` for the elements on the page whose tag
 * is about to be defined (src/base/first-render.ts), so the request does not
 * wait for the definition: for `AHEAD_MS`, every element that loads that URL
 * takes this answer (`takeAhead`) instead of asking again. Resolves when
 * there is an answer, and never rejects: the elements report a failure.
 */
export function fetchAhead(url: string): Promise<unknown> {
  return (ahead.get(url) ?? askAhead(url)).answer.catch(() => undefined);
}

function askAhead(url: string): Asked {
  const stop = new AbortController();
  const entry: Asked = { answer: loadUrl(url, stop.signal), stop, takers: 0 };
  entry.answer.then(
    (result) => (entry.result = result),
    () => undefined,
  );
  ahead.set(url, entry);
  setTimeout(() => {
    ahead.delete(url);
    // Not taken (its elements left the page before their tag was defined).
    if (entry.takers === 0) stop.abort();
  }, AHEAD_MS);
  return entry;
}

/**
 * The forum asked for ahead at `url`, if it was within `AHEAD_MS`. Its
 * request is aborted once every element that took it has aborted `signal`
 * (a newer source, a disconnect) before the answer.
 */
export function takeAhead(url: string, signal: AbortSignal): Ahead | undefined {
  const entry = ahead.get(url);
  if (!entry) return undefined;
  entry.takers++;
  signal.addEventListener('abort', () => --entry.takers || entry.stop.abort(signal.reason), {
    once: true,
  });
  return entry;
}

/**
 * Loads inline data synchronously; undefined for a programme in another
 * format, which `readForum` reads.
 */
export function loadLocal(
  source: Extract<ForumSource, { kind: 'inline' }>,
): ValidationResult | undefined {
  const value = typeof source.value === 'string' ? parseJson(source.value) : source.value;
  return isScheduleJson(value) ? undefined : validateForum(value);
}
