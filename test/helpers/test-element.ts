import { html } from 'lit';
import { ImrfElement } from '../../src/base/imrf-element.js';
import type { Forum, ForumInput, ValidationWarning } from '../../src/data/types.js';
import { pickText } from '../../src/i18n/text.js';

/**
 * The smallest element on the shared base, so the foundation's tests do not
 * depend on what any real element renders.
 */
export class TestElement extends ImrfElement {
  static override slowAfterMs = 100;

  protected override renderReady(forum: Forum, warnings: readonly ValidationWarning[]) {
    if (forum.sessions.length === 0) return this.renderEmpty(this.i18n.t.common.empty);
    return html`<h2 class="title">${pickText(forum.title, this.i18n.locale)}</h2>
      <p class="count">${forum.sessions.length}</p>
      <p class="warnings">${warnings.length}</p>`;
  }
}
customElements.define('imrf-test-element', TestElement);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-test-element': TestElement;
  }
}

/** The text of an element's shadow root part, trimmed. */
export const shown = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? null;

/** A small valid forum whose title says where it came from. */
export const tinyForum = (title: string, sessions = 1): ForumInput => ({
  version: 1,
  id: 'tiny',
  title,
  timeZone: 'UTC',
  sessions: Array.from({ length: sessions }, (_, i) => ({
    id: `s${i}`,
    kind: 'other',
    title: `Session ${i}`,
    start: '2030-01-01T10:00:00Z',
    end: '2030-01-01T11:00:00Z',
  })),
});

let unique = 0;
/** A key no other test uses, for the request-counting endpoint. */
export const uniqueKey = () => `k${Date.now()}-${unique++}`;

export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/api/count?key=${key}`);
  return ((await response.json()) as { count: number }).count;
}
