import type { ReactiveControllerHost } from 'lit';
import type { Catalog } from '../../i18n/catalog.js';
import type { PledgeBody } from './pledge-body.js';
import {
  DEFAULT_TIMEOUT,
  explainFailure,
  newIdempotencyKey,
  outcomeOfReport,
  sendPledge,
  type Explained,
  type Outcome,
  type SubmissionReport,
} from './submit-request.js';

/** What the sender needs from its element. */
export interface SenderHost extends ReactiveControllerHost, HTMLElement {
  /** The receiver's URL; none: not connected (unless a partner takes the pledge). */
  readonly action?: string | null;
  /** How long to wait for the receiver, in ms. */
  readonly timeout: number;
}

/**
 * Sends a pledge once: fires `imrf-pledge-submit` (a partner may take it
 * over with preventDefault and `report`), else POSTs it to `action`; then
 * fires `imrf-pledge-submitted` or `imrf-pledge-error`. One Idempotency-Key
 * per pledge, kept across retries until the receiver confirms it or refuses it.
 */
export class Sender {
  /** True while a submission is in flight: the form cannot be sent again. */
  sending = false;
  /** The Idempotency-Key of the pledge being sent (kept in the draft). */
  key?: string;
  /** The last pledge sent. */
  sent?: PledgeBody;
  private partner = false;

  constructor(
    private readonly host: SenderHost,
    private readonly strings: () => Catalog['pledge'],
    private readonly settled: (outcome: Outcome, explained?: Explained) => void,
  ) {}

  /** Sends a pledge, unless one is in flight. */
  async send(pledge: PledgeBody): Promise<void> {
    if (this.sending) return;
    const key = (this.key ??= newIdempotencyKey());
    this.sent = pledge;
    this.sending = true;
    this.host.requestUpdate();
    if (!this.emit('imrf-pledge-submit', { pledge, idempotencyKey: key }, true)) {
      this.partner = true;
      return;
    }
    const { action, timeout } = this.host;
    this.finish(
      action
        ? await sendPledge(action, pledge, key, timeout > 0 ? timeout : DEFAULT_TIMEOUT)
        : { ok: false, reason: 'not-connected' },
    );
  }

  /** A partner that took the pledge reports how its own sending went. */
  report(report: SubmissionReport): void {
    if (this.partner) this.finish(outcomeOfReport(report));
  }

  /** Forgets the pledge (another one starts). */
  reset(key?: string): void {
    this.key = key;
    this.sending = this.partner = false;
  }

  private finish(outcome: Outcome): void {
    this.sending = this.partner = false;
    if (outcome.ok) {
      this.key = undefined;
      this.settled(outcome);
      this.emit('imrf-pledge-submitted', { id: outcome.id, pledge: this.sent });
    } else {
      const explained = explainFailure(outcome, this.strings());
      if (explained.newKey) this.key = undefined;
      this.settled(outcome, explained);
      this.emit('imrf-pledge-error', explained.detail);
    }
    this.host.requestUpdate();
  }

  private emit(type: keyof HTMLElementEventMap, detail: unknown, cancelable = false): boolean {
    const init = { detail, bubbles: true, composed: true, cancelable };
    return this.host.dispatchEvent(new CustomEvent(type, init));
  }
}
