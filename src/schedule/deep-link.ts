import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Links into the programme across its shadow root: a page opened at `#id`,
 * or moved there, shows that session as a link to an element's id would,
 * scrolled to and its title focused. `reveal` (the element's) makes sure the
 * session is rendered and highlighted, and calls `scrollTo`.
 */
export class DeepLinkController implements ReactiveController {
  /** A session to scroll to once rendered. */
  private pending?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reveal: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  /** Reveals the session the page's fragment names, if any. */
  readonly follow = (): void => {
    const hash = location.hash.slice(1);
    if (hash) this.reveal(decodeURIComponent(hash));
  };

  /** Scrolls to the session with this id once it is rendered. */
  scrollTo(id: string): void {
    this.pending = id;
  }

  hostConnected(): void {
    addEventListener('hashchange', this.follow);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.follow);
  }

  hostUpdated(): void {
    const article = this.pending && this.host.shadowRoot?.getElementById(this.pending);
    if (!article) return;
    this.pending = undefined;
    article.scrollIntoView({ block: 'start' });
    article.querySelector<HTMLElement>('[part~="session-title"]')?.focus({ preventScroll: true });
  }
}
