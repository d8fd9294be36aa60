import { ContextRoot, createContext } from '@lit/context';
import type { ForumState } from './state.js';

/** What `<imrf-forum>` shares with the elements inside it. */
export interface ForumContextValue {
  readonly state: ForumState;
  /** Loads the provider's source again (the Retry of a failed load). */
  reload(): void;
}

/**
 * A string key, not a symbol, so elements from separately loaded bundles
 * (one script per element) still find each other's provider.
 */
export const forumContext = createContext<ForumContextValue>('imrf-forum');

const ROOT = Symbol.for('imrf-widgets.context-root');

/**
 * Attaches one ContextRoot to the page (shared by every copy of the library),
 * so elements upgraded before their `<imrf-forum>` still find it: the root
 * replays their requests when the provider appears.
 */
export function attachContextRoot(): void {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (page[ROOT] || typeof document === 'undefined') return;
  page[ROOT] = new ContextRoot();
  page[ROOT].attach(document.documentElement);
}
