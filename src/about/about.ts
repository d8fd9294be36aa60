import { html, nothing, type PropertyValues } from 'lit';
import { ClockController } from '../base/clock.js';
import { ImrfElement } from '../base/imrf-element.js';
import { parseNow } from '../base/now.js';
import type { Forum } from '../data/types.js';
import { announcement, cardTemplate } from './card-view.js';
import { announcementKey, cardState, renderKey, type CardState } from './card.js';
import { deriveFormat, type ForumFormat } from './format.js';
import { headingLevel, parseSections, type AboutSection, type AboutVariant } from './sections.js';
import { aboutStyles } from './styles.js';
import { BLOCKS } from './templates.js';
import type { AboutView } from './view.js';
import { ABOUT_STRINGS } from './strings.js';
import { ROUNDTABLE_STRINGS } from '../gcm/strings.js';

/**
 * The forum at a glance, for a partner's "about the forum" block: what,
 * when and where; its format, read from the sessions (hearing, round tables
 * with their objectives and co-chairs, policy debate, plenary, side events);
 * its outcome and co-facilitators; its documents; the guiding principles;
 * and the ways to take part. `sections` picks the blocks and their order, so
 * one tag can show only the outcome or only the documents; a block the data
 * has nothing for is left out.
 *
 * `variant="card"` is a small status card for a home page that follows the
 * clock (the `now` attribute, else the real time, read every minute): before
 * the forum, its dates and the days to go; during it, what is live and what
 * is next, with rooms and Watch links; after it, the day it concluded and
 * its outcome. It is announced politely to assistive technology only when
 * what is happening changes, never as minutes pass.
 *
 * Documents link to the address the data gives. (A link per reader language
 * for UN symbols waits for a URL pattern verified from an official source.)
 *
 * @summary The forum at a glance: format, outcome, documents, principles, ways to take part; or a status card.
 * @tag imrf-about
 *
 * @csspart section - Each block of the full view; it also has its name as a part (`overview`, `format`, `outcome`, `documents`, `principles`, `participation`).
 * @csspart heading - The heading of a block, and the card's title.
 * @csspart details - The lists of terms and values (dates, venue, chair; co-facilitators, adoption).
 * @csspart format-part - One kind of session in the format block.
 * @csspart part-heading - Its heading ("Hearing", "4 round tables"…).
 * @csspart roundtable - One round table in the format block.
 * @csspart outcome-title - The outcome's title (full view and card).
 * @csspart co-facilitator - One co-facilitator.
 * @csspart document - One document.
 * @csspart principle - One guiding principle.
 * @csspart way - One way to take part.
 * @csspart card - The status card.
 * @csspart lead - The card's main line ("Starts in 3 days", "Concluded on 20 May 2022").
 * @csspart card-session - A live or next session on the card.
 * @csspart watch-link - A session's Watch link.
 * @csspart programme-link - The card's link to the programme.
 * @csspart declaration-link - The card's link to the outcome's document.
 * @csspart announcement - The card's polite live region (visually hidden).
 *
 * @cssprop --imrf-about-accent - Block rules, the card's top border and the format's edges (default: `--imrf-color-primary`).
 * @cssprop --imrf-about-gap - Space between blocks (default: `--imrf-space-5`).
 * @cssprop --imrf-about-card-background - The card's background (default: `--imrf-color-surface-alt`).
 * @cssprop --imrf-about-live-color - The card's "Live now" label (default: `--imrf-color-live`).
 */
export class ImrfAbout extends ImrfElement {
  static override styles = [...ImrfElement.styles, aboutStyles];
  /** @internal */
  static override strings = [ABOUT_STRINGS, ROUNDTABLE_STRINGS];

  static override get properties() {
    return {
      variant: { reflect: true },
      sections: { reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      now: {},
      roundtableHref: { attribute: 'roundtable-href' },
      sessionHref: { attribute: 'session-href' },
      programmeHref: { attribute: 'programme-href' },
    };
  }

  /** `full` (every block asked for) or `card` (the status card). */
  variant: AboutVariant = 'full';
  /** The blocks to show, in order: `overview format outcome documents principles participation` (default all). */
  sections: string | null = null;
  /** Level (1–6) of the blocks' headings (or the card's title); their parts' headings follow. */
  headingLevel = 2;
  /** Pins the card's clock (RFC 3339, e.g. `2022-05-18T11:00:00-04:00`); default the real time. */
  now: string | null = null;
  /** Link template for round tables, e.g. `/roundtables/{number}`. */
  roundtableHref: string | null = null;
  /** Link template for sessions (the outcome's adoption), e.g. `/programme#{id}`. */
  sessionHref: string | null = null;
  /** The programme's address for the card's link; default the forum's website. */
  programmeHref: string | null = null;

  // A minute passed: re-render only when what the card shows has changed.
  private readonly clock = new ClockController(this, (now) => {
    const { state } = this.forum;
    if (state.status !== 'ready' || !this.card) return;
    const next = cardState(state.forum.sessions, now, state.forum.timeZone);
    if (renderKey(next) !== renderKey(this.card)) this.requestUpdate();
  });
  private format?: ForumFormat;
  private formatFrom?: Forum;
  private blocks: readonly AboutSection[] = [];
  private card?: CardState;
  private announceKey?: string;
  /** What the live region says: set only when the card's state changes. */
  private announced = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.forum;
    if (state.status !== 'ready') return;
    const { forum } = state;
    if (forum !== this.formatFrom) {
      this.formatFrom = forum;
      this.format = deriveFormat(forum);
    }
    this.blocks = parseSections(this.sections);
    const pinned = parseNow(this.now);
    const isCard = this.variant === 'card';
    // Only the card follows the clock.
    this.clock.pin(!isCard || pinned !== undefined);
    if (!isCard) {
      this.card = undefined;
      this.announceKey = undefined;
      return;
    }
    this.card = cardState(forum.sessions, pinned ?? this.clock.now, forum.timeZone);
    const key = announcementKey(this.card);
    if (this.announceKey !== undefined && key !== this.announceKey)
      this.announced = announcement(this.view(forum), this.card);
    this.announceKey = key;
  }

  private view(forum: Forum): AboutView {
    const { t, locale } = this.i18n;
    return {
      ...{ t, locale, forum, format: this.format ?? deriveFormat(forum) },
      level: headingLevel(this.headingLevel),
      roundtableHref: this.roundtableHref,
      sessionHref: this.sessionHref,
      programmeHref: this.programmeHref,
    };
  }

  protected override renderReady(forum: Forum) {
    const { t } = this.i18n;
    const v = this.view(forum);
    if (this.card) {
      if (this.card.phase === 'none') return this.renderEmpty(t.about.none);
      return html`${cardTemplate(v, this.card)}
        <p class="visually-hidden" part="announcement" role="status">${this.announced}</p>`;
    }
    const blocks = this.blocks.map((name) => BLOCKS[name](v)).filter((b) => b !== nothing);
    if (blocks.length === 0) return this.renderEmpty(t.about.none);
    return html`<div class="blocks">${blocks}</div>`;
  }
}
