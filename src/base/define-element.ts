import { VERSION } from '../version.js';

type Versioned = CustomElementConstructor & { readonly version?: string };

/**
 * Registers a custom element unless its tag is already defined. Partner pages
 * load scripts twice, or two versions of the library; the first definition
 * stays, a different version is reported with a warning, and nothing throws.
 */
export function defineElement(tag: string, element: Versioned): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== element && existing.version !== VERSION) {
      console.warn(
        `<${tag}> is already defined by IMRF widgets ${existing.version ?? '(unknown version)'}; version ${VERSION} is not registered.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`<${tag}> could not be registered:`, error);
  }
}
