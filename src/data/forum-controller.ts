import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCountryNames } from '../i18n/countries.js';
import type { Language } from '../i18n/languages.js';
import { attachContextRoot, forumContext, type ForumContextValue } from './context.js';
import { defaultForum, loadedDefaultForum } from './default-forum.js';
import { ForumDataError } from './errors.js';
import type { ForumSource } from './load.js';
import { LOADING, type ForumState } from './state.js';
import type { Forum, ValidationWarning } from './types.js';

/** Detail of `imrf-load`: the forum as validated, and what was left out. */
export interface ForumLoadDetail {
  readonly forum: Forum;
  readonly warnings: readonly ValidationWarning[];
}

/** Detail of `imrf-error`: a sentence for people, and the error behind it. */
export interface ForumErrorDetail {
  readonly message: string;
  readonly reason: ForumDataError['reason'];
  readonly cause: ForumDataError;
}

declare global {
  interface HTMLElementEventMap {
    'imrf-load': CustomEvent<ForumLoadDetail>;
    'imrf-error': CustomEvent<ForumErrorDetail>;
  }
}

export interface ForumHost extends ReactiveControllerHost, HTMLElement {
  /** The sentence shown and sent with `imrf-error`, in the host's language. */
  describeError(error: ForumDataError): string;
}

/** Turns the host's `src` and `data` into a source; undefined when it has neither. */
export function sourceOf(src: string | null | undefined, data: unknown): ForumSource | undefined {
  if (typeof data === 'string' ? data.trim() !== '' : data !== null && typeof data === 'object')
    return { kind: 'inline', value: data as string | object };
  if (typeof src === 'string' && src.trim() !== '') return { kind: 'url', url: src.trim() };
  return undefined;
}

/** Inline data with more sessions than this is read over several tasks. */
export const LARGE_SESSIONS = 1000;

function isLarge(source: ForumSource): boolean {
  if (source.kind !== 'inline') return false;
  if (typeof source.value === 'string') return source.value.length > LARGE_SESSIONS * 200;
  const sessions = (source.value as { sessions?: unknown }).sessions;
  return Array.isArray(sessions) && sessions.length > LARGE_SESSIONS;
}

/** The tags the loader (src/loader.ts) is defining on this page, if it runs. */
const LOADER = Symbol.for('imrf-widgets.loader');

/** True when `<imrf-forum>` is defined, or the page's loader is defining it. */
const providerComing = () =>
  customElements.get('imrf-forum') !== undefined ||
  (globalThis as { [LOADER]?: Set<string> })[LOADER]?.has('imrf-forum') === true;

type Reader = typeof import('./load.js');
let reader: Reader | undefined;
let readerLoading: Promise<Reader> | undefined;

/**
 * The data reader (fetching, parsing, the validator, src/data/load.ts): a
 * chunk of its own, loaded once per page by the first element with data of
 * its own. Pages that show only the built-in data never download it.
 * @throws ForumDataError (rejects) with reason `network` when it cannot load (a later call tries again).
 */
export function loadReader(): Promise<Reader> {
  readerLoading ??= import('./load.js').then(
    (module) => (reader = module),
    (cause: unknown) => {
      readerLoading = undefined;
      throw new ForumDataError('network', 'the data reader could not be loaded', { cause });
    },
  );
  return readerLoading;
}

const sameSource = (a?: ForumSource, b?: ForumSource) =>
  a?.kind === b?.kind &&
  (a?.kind !== 'url' || a.url === (b as typeof a).url) &&
  (a?.kind !== 'inline' || a.value === (b as typeof a).value);

/**
 * The one way every element gets its forum: its own `data` or `src`, else the
 * enclosing `<imrf-forum>` (through context, without fetching), else the
 * embedded default. A newer source aborts an older request, and a stale
 * answer never overwrites a newer one.
 */
export class ForumController implements ReactiveController {
  /** The current state; the host re-renders when it changes. */
  state: ForumState = LOADING;
  private source?: ForumSource;
  private started = false;
  private request?: AbortController;
  private provided?: ForumContextValue;
  private announce = false;
  private readonly consumes: boolean;
  /** The host's language: the default data comes with its texts in it. */
  private language: Language = 'en';
  /** True while the state shown is the default data (in any language). */
  private showsDefault = false;

  /**
   * True while the default data (or its texts in the host's language) is on
   * its way: a moment, with nothing to say, so hosts hold their space quietly.
   */
  waiting = false;
  /** Settles when the default data the host waits for has arrived (or failed). */
  loaded: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ForumHost,
    { consume }: { consume: boolean },
  ) {
    host.addController(this);
    this.consumes = consume;
    if (consume) {
      attachContextRoot();
      new ContextConsumer(host, {
        context: forumContext,
        subscribe: true,
        callback: (value) => {
          this.provided = value;
          if (this.started && !this.source) this.resolve();
        },
      });
    }
  }

  /**
   * Sets the host's own source and language (call from every `willUpdate`);
   * loads when the source changed, or the language of the default data.
   */
  setSource(src: string | null | undefined, data: unknown, language: Language = 'en'): void {
    const source = sourceOf(src, data);
    const sameLanguage = language === this.language || source !== undefined;
    if (this.started && sameSource(source, this.source) && sameLanguage) return;
    this.source = source;
    this.language = language;
    this.started = true;
    this.resolve();
  }

  /** Loads the current source again; with a provider's data, asks the provider. */
  reload(): void {
    if (!this.source && this.provided) this.provided.reload();
    else this.resolve('no-cache');
  }

  hostConnected(): void {
    // A request cut short by a disconnect starts again.
    if (this.started && this.state.status === 'loading' && !this.request) this.resolve();
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
    this.waiting = false;
  }

  private resolve(cache: RequestCache = 'default'): void {
    this.request?.abort();
    this.request = undefined;
    this.waiting = false;
    if (!this.source) {
      if (this.provided) return this.set(this.provided.state, false);
      // Inside an <imrf-forum> that has not answered yet: wait for it. (A provider
      // is its own closest <imrf-forum>: without a source, it shares the default.)
      // One that is not defined, and that the page's loader is not defining (its
      // script not on the page, or not yet), may never answer: show the default
      // meanwhile; the provider takes over if it comes.
      if (this.consumes && this.host.closest('imrf-forum') && providerComing())
        return this.set(LOADING, false);
    }
    const source = this.source ?? { kind: 'default', language: this.language };
    if (source.kind === 'default') return this.resolveDefault(source.language);
    // Data of its own may name any country: their names load beside it, not after.
    void loadCountryNames(this.language);
    if (!reader) return this.resolveReader(cache);
    const { loadLocal, loadUrl, nextTask, parseJson, readForum, takeAhead } = reader;
    if (source.kind === 'inline' && !isLarge(source)) {
      let local;
      try {
        local = loadLocal(source);
      } catch (error) {
        return this.fail(error);
      }
      if (local) return this.set({ status: 'ready', ...local }, true);
    }
    const request = (this.request = new AbortController());
    // A `src` the page asked for before this element was defined: its answer.
    const early =
      source.kind === 'url' && cache === 'default' && takeAhead(source.url, request.signal);
    if (early && early.result) {
      this.request = undefined;
      return this.set({ status: 'ready', ...early.result }, true);
    }
    // Fetched, large or converted data: reading, validating and rendering each
    // get a task of their own, so no single task blocks the page for long.
    this.set(LOADING, false);
    (source.kind === 'url'
      ? early
        ? early.answer
        : loadUrl(source.url, request.signal, { cache })
      : nextTask(source.value)
          .then((value) => (typeof value === 'string' ? parseJson(value) : value))
          .then(nextTask)
          .then(readForum)
    )
      .then(nextTask)
      .then(
        (result) => request === this.request && this.set({ status: 'ready', ...result }, true),
        (error: unknown) => request === this.request && this.fail(error),
      )
      .finally(() => {
        if (request === this.request) this.request = undefined;
      });
  }

  /**
   * Loads the data reader, then the source: a moment, like the built-in data,
   * so the host holds its space quietly meanwhile.
   */
  private resolveReader(cache: RequestCache): void {
    const request = (this.request = new AbortController());
    this.set(LOADING, false);
    this.waiting = true;
    this.loaded = loadReader().then(
      () => this.settle(request) && this.resolve(cache),
      (error: unknown) => this.settle(request) && this.fail(error),
    );
  }

  /** True when `request` is still the current one, which is then over: cleared, no longer waiting. */
  private settle(request: AbortController): boolean {
    if (request !== this.request) return false;
    this.request = undefined;
    this.waiting = false;
    return true;
  }

  /**
   * The embedded data: at once when this page already has it in the
   * language; else from its chunks, holding what is shown meanwhile (a
   * language change keeps the forum on screen until its texts arrive).
   */
  private resolveDefault(language: Language): void {
    // Announced once: a new language of the same data is no new load.
    const shown = this.showsDefault;
    const ready = loadedDefaultForum(language);
    if (ready) return this.set({ status: 'ready', ...ready }, !shown, true);
    const request = (this.request = new AbortController());
    if (!shown) this.set(LOADING, false);
    this.waiting = true;
    this.loaded = defaultForum(language).then(
      (result) => this.settle(request) && this.set({ status: 'ready', ...result }, !shown, true),
      (error: unknown) => this.settle(request) && this.fail(error),
    );
  }

  private fail(error: unknown): void {
    const cause =
      error instanceof ForumDataError
        ? error
        : new ForumDataError('not-forum', String(error), { cause: error });
    this.set({ status: 'error', error: cause }, true);
  }

  private set(state: ForumState, announce: boolean, isDefault = false): void {
    this.showsDefault = isDefault;
    this.state = state;
    this.announce = announce;
    this.host.requestUpdate();
  }

  /** Fires `imrf-load` or `imrf-error` once the host has rendered the new state. */
  hostUpdated(): void {
    if (!this.announce) return;
    this.announce = false;
    const { state } = this;
    if (state.status === 'loading') return;
    const detail: ForumLoadDetail | ForumErrorDetail =
      state.status === 'ready'
        ? { forum: state.forum, warnings: state.warnings }
        : {
            message: this.host.describeError(state.error),
            reason: state.error.reason,
            cause: state.error,
          };
    const type = state.status === 'ready' ? 'imrf-load' : 'imrf-error';
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
