// What the stories share: a URL that never answers, one that answers 404, an
// empty forum, partner CSS, and elements side by side.
import { html } from 'lit';
import type { StoryArgs } from './args.js';
/**
 * A URL whose request never completes (until the element's own timeout), so
 * stories can show the loading state without a server.
 */
export const PENDING_URL = '/imrf-story/pending.json';

/**
 * A URL answered with a 404 page, for the error state, without a request (a
 * real 404 also logs a console error, which the story tests refuse).
 */
export const MISSING_URL = '/imrf-story/missing.json';

const original = globalThis.fetch;
if (!(original as { imrfPending?: boolean }).imrfPending) {
  const pending: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith(MISSING_URL))
      return Promise.resolve(
        new Response('<!doctype html><title>Not found</title><h1>Not found</h1>', {
          status: 404,
          statusText: 'Not Found',
          headers: { 'content-type': 'text/html' },
        }),
      );
    if (!url.endsWith(PENDING_URL)) return original(input, init);
    return new Promise((_, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
    );
  };
  globalThis.fetch = Object.assign(pending, { imrfPending: true });
}

/** A forum with no round tables and no objectives, for the empty states. */
export const EMPTY_FORUM = JSON.stringify({
  version: 1,
  id: 'empty',
  title: 'An empty forum',
  timeZone: 'UTC',
  sessions: [],
});

/** Partner colours, set the way a partner would: on an ancestor, never on the element. */
export const PARTNER_CSS = `
  .partner {
    --imrf-color-primary: #5b2c83;
    --imrf-color-primary-strong: #5b2c83;
    --imrf-color-surface-alt: #f6f1fa;
    --imrf-color-primary-dark: #c8a2e8;
    --imrf-color-primary-strong-dark: #d9bdf0;
    --imrf-font-family: Georgia, serif;
    --imrf-radius: 0;
    --imrf-roundtable-accent: #e07a00;
    --imrf-objectives-accent: #e07a00;
    --imrf-objectives-column-width: 22em;
  }
`;

/** Space between the elements of a story that shows several. */
export const STACK_CSS = `
  .stack {
    display: grid;
    gap: 1.5em;
  }
`;

/** Several elements of a story, one under the other. */
export const stack = (items: unknown) =>
  html`<style>
      ${STACK_CSS}
    </style>
    <div class="stack">${items}</div>`;

/** An element in English, French and Arabic, light and dark, one under the other. */
export const inLanguagesAndThemes = <A extends StoryArgs>(element: (args: A) => unknown, args: A) =>
  stack(
    (['light', 'dark'] as const).flatMap((theme) =>
      ['en', 'fr', 'ar'].map((lang) => element({ ...args, theme, lang })),
    ),
  );
