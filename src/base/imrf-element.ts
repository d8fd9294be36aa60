import {
  LitElement,
  html,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { ForumDataError } from '../data/errors.js';
import { ForumController } from '../data/forum-controller.js';
import { namedCountries } from '../data/named-countries.js';
import type { Forum, ForumInput, ValidationWarning } from '../data/types.js';
import type { ScheduleJsonDocument } from '../data/formats/detect.js';
import { describeError } from '../i18n/describe-error.js';
import { prepareFormats } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { Strings } from '../i18n/strings.js';
import { shared } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';

/** The values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every IMRF element shares: its data source (`src`, `data`, the
 * enclosing `<imrf-forum>` or the embedded default), its language and
 * direction, its theme, and the loading, error and empty states.
 * Subclasses render the ready state in `renderReady`.
 *
 * @fires imrf-load - The element's own data loaded and was validated. Detail: `{ forum, warnings }`.
 * @fires imrf-error - The element's own data could not be shown. Detail: `{ message, reason, cause }`.
 *
 * @cssprop --imrf-color-primary - Accent shapes and borders (UN blue #009EDB).
 * @cssprop --imrf-color-primary-strong - Links, buttons and accent text (#006CA8, 5.66:1 on white).
 * @cssprop --imrf-color-on-primary - Text on `--imrf-color-primary-strong`.
 * @cssprop --imrf-color-text - Body text.
 * @cssprop --imrf-color-text-muted - Secondary text (still WCAG AA on the surfaces).
 * @cssprop --imrf-color-surface - Background.
 * @cssprop --imrf-color-surface-alt - Background of headers and cards.
 * @cssprop --imrf-color-border - Separators.
 * @cssprop --imrf-color-control-border - Borders of form controls (3:1 against the surface).
 * @cssprop --imrf-color-danger - Error text and borders.
 * @cssprop --imrf-color-success - Confirmation text and borders.
 * @cssprop --imrf-color-live - The "Live now" marker.
 * @cssprop --imrf-font-family - Typeface.
 * @cssprop --imrf-line-height - Line height of body text.
 * @cssprop --imrf-radius - Corner radius.
 * @cssprop --imrf-space-1 - Smallest spacing step (0.25em); steps 2–6 are 0.5, 0.75, 1, 1.5 and 2em.
 *
 * @csspart base - The element's root wrapper, which carries `lang` and `dir`.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button of the error and slow-loading states.
 */
export abstract class ImrfElement extends LitElement {
  static override styles = [tokens, shared];
  /** The library version that defined this element. */
  static readonly version = VERSION;
  /** @internal After this long in the loading state, a way out is offered (ms). */
  static slowAfterMs = 8000;
  /** @internal The element's own sections of strings (the common ones come with every element). */
  static strings: readonly Strings[] = [];
  /** @internal True for an element that lists every country: their names load with its strings. */
  static listsCountries = false;

  // Reactive properties are declared here, not with Lit's decorators, in every
  // element: the decorators and TypeScript's helper for them would cost every
  // page about half a kilobyte (min+gzip). Each field below keeps its type and
  // its documentation (read by custom-elements.json).
  static override get properties(): PropertyDeclarations {
    return {
      src: { reflect: true },
      data: { attribute: 'data', converter: { fromAttribute: (value: string | null) => value } },
      theme: { reflect: true },
      slow: { state: true },
    };
  }

  /**
   * URL of a forum JSON file (the data contract) or of a conference programme
   * in the schedule.json format (frab, pretalx). Ignored when `data` is set.
   */
  src: string | null = null;

  /**
   * Inline forum data: as an attribute, a JSON string; as a property, the
   * same or an object. Wins over `src` and over an enclosing `<imrf-forum>`.
   */
  data: string | ForumInput | ScheduleJsonDocument | null = null;

  /**
   * `light` or `dark` forces that theme; `auto` follows the visitor's preference.
   * Without it, the page decides: the element follows the page's `color-scheme`
   * (light on a page that declares none).
   */
  theme: Theme | null = null;

  private slow = false;
  private slowTimer?: ReturnType<typeof setTimeout>;

  /** The element's language, locale and interface strings. */
  protected readonly i18n = new LocaleController(
    this,
    (this.constructor as typeof ImrfElement).strings,
    { countries: () => this.namedCountries() },
  );
  /** The element's forum data and its loading state. */
  protected readonly forum = new ForumController(this, { consume: true });

  /** Reloads the data (the Retry action). */
  reload(): void {
    this.forum.reload();
  }

  /** @internal The localized sentence for an error, shown and sent with `imrf-error`. */
  describeError(error: ForumDataError): string {
    return describeError(error, this.i18n.t);
  }

  /**
   * The countries whose names the element shows (loaded, if missing, before
   * it shows them): every one, or those its forum names.
   */
  private namedCountries(): Iterable<string> | 'all' {
    if ((this.constructor as typeof ImrfElement).listsCountries) return 'all';
    const { state } = this.forum;
    return state.status === 'ready' ? namedCountries(state.forum) : [];
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.forum.setSource(this.src, this.data, this.i18n.language);
    this.i18n.check();
    if (this.forum.state.status !== 'loading') {
      this.stopSlowTimer();
      this.slow = false;
    }
  }

  protected override updated(): void {
    // While its data or strings are on their way, the browser loads its date
    // and list data for the element's locale, in a task of its own: the first
    // Intl formatter of a page costs tens of milliseconds, which would
    // otherwise come after the data, before the first render.
    if (this.forum.state.status === 'loading' || this.i18n.waiting)
      setTimeout(prepareFormats, 0, [this.i18n.locale]);
    if (this.forum.state.status === 'loading' && this.slowTimer === undefined && !this.slow) {
      this.slowTimer = setTimeout(
        () => {
          this.slowTimer = undefined;
          this.slow = true;
        },
        (this.constructor as typeof ImrfElement).slowAfterMs,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopSlowTimer();
  }

  private stopSlowTimer(): void {
    clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
  }

  /** The ready state: the forum, validated, and what was left out of it. */
  protected abstract renderReady(
    forum: Forum,
    warnings: readonly ValidationWarning[],
  ): TemplateResult;

  /** A message for an empty state, in the same box as loading. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p class="state" part="status" role="status">${message}</p>`;
  }

  /**
   * Resolves once rendered, in the element's language once its strings have
   * loaded, and with the default data once it has arrived (not a URL's data:
   * wait for `imrf-load` for that).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.i18n.waiting || this.forum.waiting) {
      await Promise.all([this.i18n.loaded, this.forum.loaded]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    const { language, dir, t } = this.i18n;
    const state = this.forum.state;
    let body: TemplateResult;
    if (this.i18n.waiting || (this.forum.waiting && state.status === 'loading'))
      // The strings of the language, or the default data, arrive in a moment:
      // hold the space, without English text.
      body = html`<div class="state" part="status" role="status" aria-busy="true"></div>`;
    else if (state.status === 'ready') body = this.renderReady(state.forum, state.warnings);
    else if (state.status === 'error')
      body = html`<div class="state" part="error" role="alert">
        <p>${this.describeError(state.error)}</p>
        <button part="retry-button" @click=${this.reload}>${t.common.retry}</button>
      </div>`;
    else
      body = html`<div class="state" part="status" role="status" aria-busy="true">
        <p>${t.common.loading}</p>
        ${this.slow
          ? html`<p>${t.common.slow}</p>
              <button part="retry-button" class="secondary" @click=${this.reload}>
                ${t.common.retry}
              </button>`
          : null}
      </div>`;
    return html`<div class="root" part="base" lang=${language} dir=${dir}>${body}</div>`;
  }
}
