import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How much of a long programme is rendered: a page at first, another page
 * when "Show more" is pressed or comes near the viewport (each in its own
 * task, so none blocks for long), everything when the page is printed.
 */
export class PagingController implements ReactiveController {
  /** How many sessions to render; Infinity for all. */
  limit: number;
  private observer?: IntersectionObserver;

  /** `more` finds the host's "Show more" button after each render, if there is one. */
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly pageSize: number,
    private readonly more: () => Element | null | undefined,
  ) {
    this.limit = pageSize;
    host.addController(this);
  }

  /** Back to the first page (the filters changed); safe to call during an update. */
  reset(): void {
    this.limit = this.pageSize;
  }

  /** The host rendered `count` sessions (a page ends with a whole time slot, so often more than the limit). */
  rendered(count: number): void {
    if (count > this.limit) this.limit = count;
  }

  /** Makes sure the first `count` sessions are rendered. */
  include(count: number): void {
    if (count > this.limit) this.grow(count + this.pageSize);
  }

  /** Renders one more page. */
  readonly next = (): void => this.grow(this.limit + this.pageSize);

  private readonly all = (): void => this.grow(Infinity);

  private grow(limit: number): void {
    this.limit = limit;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.all);
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    this.observer?.disconnect();
    const more = this.more();
    if (!more) return;
    this.observer ??= new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && this.next(),
      { rootMargin: '0px 0px 50% 0px' },
    );
    // Observing anew reports the button's position again, so loading goes on while it is in view.
    this.observer.observe(more);
  }
}
