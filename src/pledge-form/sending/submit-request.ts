import { fill, type Catalog } from '../../i18n/catalog.js';
import type { PledgeBody } from './pledge-body.js';
import { fieldOfKey, type Field } from '../model/fields.js';

/** How long to wait for the receiver when `timeout` says nothing usable, in ms. */
export const DEFAULT_TIMEOUT = 20000;

/** Why a pledge was not accepted (`imrf-pledge-error`'s `reason`). */
export const PLEDGE_ERROR_REASONS = [
  'invalid',
  'http',
  'network',
  'timeout',
  'partner',
  'not-connected',
] as const;
export type PledgeErrorReason = (typeof PLEDGE_ERROR_REASONS)[number];

/** Detail of `imrf-pledge-submit`: the pledge about to be sent, and its idempotency key. */
export interface PledgeSubmitDetail {
  readonly pledge: PledgeBody;
  readonly idempotencyKey: string;
}

/** Detail of `imrf-pledge-submitted`: the receiver's reference, and the pledge. */
export interface PledgeSubmittedDetail {
  readonly id: string;
  readonly pledge: PledgeBody;
}

/** Detail of `imrf-pledge-error`. */
export interface PledgeErrorDetail {
  readonly reason: PledgeErrorReason;
  /** The sentence shown, in the element's language. */
  readonly message: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's or partner's messages by field, for `invalid`. */
  readonly errors?: Readonly<Record<string, string>>;
}

declare global {
  interface HTMLElementEventMap {
    'imrf-pledge-submit': CustomEvent<PledgeSubmitDetail>;
    'imrf-pledge-submitted': CustomEvent<PledgeSubmittedDetail>;
    'imrf-pledge-error': CustomEvent<PledgeErrorDetail>;
  }
}

/** What a partner that sends the pledge itself reports back with `reportSubmission()`. */
export type SubmissionReport =
  | { ok: true; id?: string }
  | { ok: false; message?: string; errors?: Record<string, string> };

/** The outcome of one POST. */
export type SendOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: 'invalid'; status?: number; errors: Record<string, string> }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'network' | 'timeout' };

/** A random UUID (v4), also where `crypto.randomUUID` is missing (plain http pages). */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The messages of a 400/422 answer's `errors` object, when it has any. */
function fieldErrors(answer: unknown): Record<string, string> | undefined {
  const errors = (answer as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  const entries = Object.entries(errors).filter(([, m]) => typeof m === 'string' && m);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * POSTs the pledge as JSON with its Idempotency-Key (a structured-field
 * string, as the IETF draft writes it), giving up after `timeout` ms.
 * Never throws.
 */
export async function sendPledge(
  action: string,
  body: PledgeBody,
  key: string,
  timeout: number,
): Promise<SendOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(action, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': `"${key}"`,
      },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    const answer: unknown = await response.json().catch(() => null);
    const { status } = response;
    if (response.ok) {
      const id = (answer as { id?: unknown } | null)?.id;
      return { ok: true, id: typeof id === 'string' || typeof id === 'number' ? String(id) : '' };
    }
    const errors = (status === 400 || status === 422) && fieldErrors(answer);
    return errors
      ? { ok: false, reason: 'invalid', status, errors }
      : { ok: false, reason: 'http', status };
  } catch {
    return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Every way a submission can end: a POST's outcome, a partner's, or no receiver at all. */
export type Outcome =
  | SendOutcome
  | { ok: false; reason: 'partner' | 'not-connected'; message?: string };

/** A partner's report as an outcome. */
export const outcomeOfReport = (report: SubmissionReport): Outcome =>
  report.ok
    ? { ok: true, id: report.id ?? '' }
    : report.errors
      ? { ok: false, reason: 'invalid', errors: report.errors }
      : { ok: false, reason: 'partner', message: report.message };

/** What the form does with a failure: what it says, where, and whether to keep the key. */
export interface Explained {
  readonly detail: PledgeErrorDetail;
  /** The receiver's messages for the form's fields (for `invalid`). */
  readonly fields: Partial<Record<Field, string>>;
  /** Its messages for anything else. */
  readonly other: string[];
  /** Whether Try again is offered (with the same key). */
  readonly retry: boolean;
  /** Whether the next attempt needs a new Idempotency-Key: a refusal (4xx) stored nothing. */
  readonly newKey: boolean;
}

/** Explains a failed submission in the catalog's language. */
export function explainFailure(
  outcome: Exclude<Outcome, { ok: true }>,
  t: Catalog['pledge'],
): Explained {
  const fields: Partial<Record<Field, string>> = {};
  const other: string[] = [];
  const status = 'status' in outcome ? outcome.status : undefined;
  const { reason } = outcome;
  let message = t.problem;
  let errors: Record<string, string> | undefined;
  if (outcome.reason === 'invalid') {
    errors = outcome.errors;
    for (const [key, text] of Object.entries(errors)) {
      const field = fieldOfKey(key);
      if (field) fields[field] = text;
      else other.push(text);
    }
  } else if (outcome.reason === 'not-connected') {
    message = t.notConnected;
  } else {
    const why =
      outcome.reason === 'partner'
        ? (outcome.message ?? t.failed.partner)
        : fill(t.failed[outcome.reason], { status: status ?? '' });
    message = `${why} ${t.kept}`;
  }
  return {
    detail: { reason, message, ...(status ? { status } : {}), ...(errors ? { errors } : {}) },
    fields,
    other,
    retry: reason !== 'invalid' && reason !== 'not-connected',
    newKey: reason === 'invalid' || (reason === 'http' && status! < 500),
  };
}
