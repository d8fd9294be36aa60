// The minute clock's timers, watched: every setTimeout a test's code makes is
// recorded, and those still pending for the next turn of the minute can be
// counted (so a test sees that an element keeps one clock while connected
// and none after).

interface Timer {
  readonly id: number;
  readonly delay: number;
  readonly at: number;
}

/**
 * Watches setTimeout and clearTimeout around each test of the calling suite
 * (its own beforeEach and afterEach). Returns the pending timers set for the
 * next turn of the minute, told apart by their delay: whatever was left of
 * the minute when they were set, which can be under a second.
 */
export function watchMinuteTimers(): () => Timer[] {
  let created: Timer[] = [];
  let cleared: number[] = [];
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;

  beforeEach(() => {
    created = [];
    cleared = [];
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = realSet(handler, delay, ...args);
      created.push({ id, delay: delay ?? 0, at: Date.now() });
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) cleared.push(id);
      realClear(id);
    }) as typeof window.clearTimeout;
  });

  afterEach(() => {
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  });

  return () =>
    created.filter(
      (t) =>
        Math.abs(t.delay - (60_000 - (t.at % 60_000))) <= 5 &&
        t.delay > 0 &&
        !cleared.includes(t.id),
    );
}
