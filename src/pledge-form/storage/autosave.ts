import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftStores, readDraft, removeDraft, writeDraft, type Draft } from './draft-store.js';

/** How long typing pauses before the draft is saved. */
export const SAVE_AFTER_MS = 600;

/**
 * Keeps a pledge in progress on the device: saved when typing pauses, when a
 * field is left, when the page is hidden and when the element is removed.
 * When localStorage is full, sessionStorage keeps it; when both are full or
 * blocked, there is no draft, never a broken form.
 */
export class Autosave implements ReactiveController {
  /** The storage key of the current form; unset until the forum is known. */
  key?: string;
  private unsaved = false;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param snapshot The draft to keep now; undefined when there is nothing to keep.
   * @param paused Called when typing pauses, before saving.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly snapshot: () => Draft | undefined,
    private readonly paused: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** The draft saved under the current key, if any. */
  read(): Draft | undefined {
    return this.key ? readDraft(draftStores(), this.key) : undefined;
  }

  /** The answers changed: save once typing pauses. */
  changed(): void {
    this.unsaved = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.paused();
      this.flush();
    }, SAVE_AFTER_MS);
  }

  /** Saves now what changed, if anything. */
  flush = (): void => {
    clearTimeout(this.timer);
    const draft = this.unsaved && this.key ? this.snapshot() : undefined;
    if (!draft) return;
    // Not saved (every store full)? It stays unsaved, to be tried again.
    this.unsaved = !writeDraft(draftStores(), this.key!, draft);
  };

  /** Saves now, changed or not (a new step, an Idempotency-Key to keep). */
  store(): void {
    this.unsaved = true;
    this.flush();
  }

  /** Forgets the draft: after a confirmed submission, or when it is discarded. */
  clear(): void {
    clearTimeout(this.timer);
    this.unsaved = false;
    if (this.key) removeDraft(draftStores(), this.key);
  }
}
