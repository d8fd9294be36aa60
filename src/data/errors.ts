/** Why a forum could not be shown at all. */
export const FORUM_ERROR_REASONS = [
  /** The request failed: offline, DNS, CORS refused. */
  'network',
  /** The server answered with a status outside 200–299. */
  'http',
  /** No answer within the time limit. */
  'timeout',
  /** The answer is larger than the widgets accept. */
  'too-large',
  /** The text is not JSON. */
  'not-json',
  /** The JSON is not a forum (an array, no sessions…). */
  'not-forum',
] as const;
export type ForumErrorReason = (typeof FORUM_ERROR_REASONS)[number];

/**
 * The error every data source ends in when there is nothing to show.
 * `message` is a short technical English sentence for developers; elements
 * show a localized sentence chosen by `reason`.
 */
export class ForumDataError extends Error {
  override readonly name = 'ForumDataError';
  /** The HTTP status, for `reason: 'http'`. */
  readonly status?: number;

  constructor(
    readonly reason: ForumErrorReason,
    message: string,
    options: { cause?: unknown; status?: number } = {},
  ) {
    super(message, { cause: options.cause });
    if (options.status !== undefined) this.status = options.status;
  }
}
