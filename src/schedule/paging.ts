import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How much of a programme is rendered. The first render holds back what the
 * first viewport does not need (see `held`): the rest follows after the first
 * paint, a step (a day) per task so that no one task renders it all, or at
 * once when a link points into it or the page prints.
 * A long programme then shows a page at a time: another page when "Show more"
 * is pressed or comes near the viewport (each in its own task, so none blocks
 * for long), everything when the page is printed.
 */
/** The longest each step holds the rest back, whether or not a frame has painted (ms). */
export const RELEASE_MS = 500;

export class PagingController implements ReactiveController {
  /** How many sessions to render; Infinity for all. */
  limit: number;
  /** True until the first render's held-back part has been let through. */
  held = true;
  /** While held: how many steps (days, for the schedule) have been let through since the first render. */
  private step = 0;
  private pending = false;
  private releaseTimer?: ReturnType<typeof setTimeout>;
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

  /**
   * The host's render held some sessions back (call during an update): the
   * next step follows (`last`: all the rest) once the next frame has painted
   * and the page is idle (within 100 ms); everything follows in the next task
   * in a hidden page, which does not paint, and at the latest `RELEASE_MS`
   * after the step before, for a page whose frames are throttled (an iframe
   * out of view, a background window) and may not paint for long.
   */
  private holding(last: boolean): void {
    if (this.pending) return;
    this.pending = true;
    const next = last ? this.release : this.advance;
    const later = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(next, { timeout: 100 })
        : setTimeout(next);
    if (document.visibilityState === 'hidden') setTimeout(this.release);
    else {
      requestAnimationFrame(later);
      clearTimeout(this.releaseTimer);
      this.releaseTimer = setTimeout(this.release, RELEASE_MS);
    }
  }

  /**
   * While the first render's part is held (call during an update): how many
   * sessions the host renders now, the first `first` of the first group (a
   * day), then one more group per step; undefined once that is all `total`
   * the host shows. `more`: something else (the filters' options) waits for
   * the release too. Schedules the next step.
   */
  holdBack(
    groupSizes: readonly number[],
    total: number,
    first: number,
    more: boolean,
  ): number | undefined {
    if (!this.held) return undefined;
    const size = groupSizes.slice(0, this.step + 1).reduce((n, s) => n + s, 0);
    const count = this.step === 0 ? Math.min(size, first) : size;
    const holds = count < total;
    if (holds || more) this.holding(!holds);
    else this.held = false;
    return holds ? count : undefined;
  }

  /** Lets the next step of the held-back part through. */
  private readonly advance = (): void => {
    this.pending = false;
    if (!this.held) return;
    this.step++;
    this.host.requestUpdate();
  };

  /** Renders what the first render held back (nothing when it held nothing back). */
  readonly release = (): void => {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    this.pending = false;
    if (!this.held) return;
    this.held = false;
    this.host.requestUpdate();
  };

  /** Makes sure the first `count` sessions are rendered, now. */
  include(count: number): void {
    this.release();
    if (count > this.limit) this.grow(count + this.pageSize);
  }

  /** Renders one more page. */
  readonly next = (): void => this.grow(this.limit + this.pageSize);

  private readonly all = (): void => {
    this.held = false;
    this.grow(Infinity);
  };

  private grow(limit: number): void {
    this.limit = limit;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    // A disconnected host keeps nothing running; it renders all when it comes back.
    if (this.releaseTimer !== undefined) this.release();
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
