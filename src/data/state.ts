import type { ForumDataError } from './errors.js';
import type { Forum, ValidationWarning } from './types.js';

/** Where an element stands with its data. Every state is rendered. */
export type ForumState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly forum: Forum;
      readonly warnings: readonly ValidationWarning[];
    }
  | { readonly status: 'error'; readonly error: ForumDataError };

export const LOADING: ForumState = Object.freeze({ status: 'loading' });
