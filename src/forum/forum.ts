import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { forumContext } from '../data/context.js';
import type { ForumDataError } from '../data/errors.js';
import { ForumController } from '../data/forum-controller.js';
import type { ForumInput } from '../data/types.js';
import type { ScheduleJsonDocument } from '../data/formats/detect.js';
import { describeError } from '../i18n/describe-error.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { VERSION } from '../version.js';

/**
 * Loads the forum data once and shares it with every IMRF element inside it,
 * so a page with a schedule, round tables and a pledge form makes one
 * request. Elements inside with their own `src` or `data` keep their own.
 *
 * @summary Loads the forum data once for the elements inside it.
 * @tag imrf-forum
 *
 * @slot - The IMRF elements (and any other content) that share this forum.
 *
 * @fires imrf-load - The data loaded and was validated. Detail: `{ forum, warnings }`.
 * @fires imrf-error - The data could not be loaded. Detail: `{ message, reason, cause }`.
 */
export class ImrfForum extends LitElement {
  static override styles = css`
    :host {
      display: block;
      /* Fills its line in a page's flex row too, like the elements inside it
         (src/styles/tokens.ts), rather than shrinking to their content. */
      inline-size: -webkit-fill-available;
      inline-size: -moz-available;
      inline-size: stretch;
    }
    :host([hidden]) {
      display: none;
    }
  `;
  /** The library version that defined this element. */
  static readonly version = VERSION;

  static override get properties() {
    return {
      src: { reflect: true },
      data: { attribute: 'data', converter: { fromAttribute: (value: string | null) => value } },
    };
  }

  /** URL of a forum JSON file or a schedule.json programme. Ignored when `data` is set. */
  src: string | null = null;

  /** Inline forum data: a JSON string (attribute) or an object (property). */
  data: string | ForumInput | ScheduleJsonDocument | null = null;

  private readonly i18n = new LocaleController(this);
  private readonly forum = new ForumController(this, { consume: false });
  private readonly provider = new ContextProvider(this, {
    context: forumContext,
    initialValue: { state: this.forum.state, reload: () => this.reload() },
  });

  /** Loads the data again. */
  reload(): void {
    this.forum.reload();
  }

  /** @internal The localized sentence sent with `imrf-error`. */
  describeError(error: ForumDataError): string {
    return describeError(error, this.i18n.t);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.forum.setSource(this.src, this.data, this.i18n.language);
    if (this.provider.value.state !== this.forum.state)
      this.provider.setValue({ state: this.forum.state, reload: () => this.reload() });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
