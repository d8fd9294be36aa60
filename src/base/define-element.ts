import type { Strings } from '../i18n/strings.js';
import { VERSION } from '../version.js';
import { firstRenderNeeds } from './first-render.js';

type Versioned = CustomElementConstructor & {
  readonly version?: string;
  readonly strings?: readonly Strings[];
};

/** True when the tag is free to define; a different version already there is reported. */
function free(tag: string, element: Versioned): boolean {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) return true;
  if (existing !== element && existing.version !== VERSION) {
    console.warn(
      `<${tag}> is already defined by IMRF widgets ${existing.version ?? '(unknown version)'}; version ${VERSION} is not registered.`,
    );
  }
  return false;
}

function define(tag: string, element: Versioned): void {
  if (!free(tag, element)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`<${tag}> could not be registered:`, error);
  }
}

/**
 * Registers a custom element unless its tag is already defined. Partner pages
 * load scripts twice, or two versions of the library; the first definition
 * stays, a different version is reported with a warning, and nothing throws.
 * When elements of the tag are already on the page, it first waits (briefly)
 * for what their first render needs (`firstRenderNeeds`), so they appear once,
 * complete; then it defines the tag in a task of its own, so elements whose
 * needs arrive together (the same data) do not render in one long task.
 */
export function defineElement(tag: string, element: Versioned): void {
  if (typeof customElements === 'undefined' || !free(tag, element)) return;
  const needs = firstRenderNeeds(tag, element);
  if (needs) void needs.then(() => setTimeout(define, 0, tag, element));
  else define(tag, element);
}
