import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;

/**
 * The real clock, read again at the start of every minute while the host is
 * connected and the clock is not pinned. No timer outlives a disconnect.
 */
export class ClockController implements ReactiveController {
  /** The last reading, epoch milliseconds. */
  now = Date.now();
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;
  private pinned = false;

  /** `onTick` runs after each reading; it decides whether the host re-renders. */
  constructor(
    host: ReactiveControllerHost,
    private readonly onTick: (now: number) => void,
  ) {
    host.addController(this);
  }

  /** True while a reading is scheduled. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** A pinned clock (the `now` attribute) needs no timer. */
  pin(pinned: boolean): void {
    if (this.pinned && !pinned) this.now = Date.now();
    this.pinned = pinned;
    this.schedule();
  }

  hostConnected(): void {
    this.connected = true;
    this.now = Date.now();
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.schedule();
  }

  private schedule(): void {
    const wanted = this.connected && !this.pinned;
    if (!wanted) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.timer === undefined) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.now = Date.now();
          this.onTick(this.now);
          this.schedule();
        },
        MINUTE - (Date.now() % MINUTE),
      );
    }
  }
}
