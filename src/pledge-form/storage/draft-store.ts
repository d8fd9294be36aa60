import { normalizeAnswers, STEPS, type PledgeAnswers, type Step } from '../model/fields.js';

/** A pledge in progress, as kept on the visitor's device. */
export interface Draft {
  answers: PledgeAnswers;
  /** The step the person was on. */
  step: Step;
  /** The Idempotency-Key of a submission already tried, so a retry after a reload reuses it. */
  key?: string;
  /** When it was saved (epoch ms). */
  savedAt: number;
}

/**
 * Where drafts can be kept, in order of preference: localStorage, then
 * sessionStorage, which has a quota of its own and survives reloads of the
 * tab, for when localStorage is full. Blocked or missing stores are left out.
 */
export function draftStores(
  scope: Partial<Pick<Window, 'localStorage' | 'sessionStorage'>> = globalThis,
): Storage[] {
  const stores: Storage[] = [];
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = scope[name];
      if (store) stores.push(store);
    } catch {
      // blocked by the page or the browser: not a place for drafts
    }
  }
  return stores;
}

/** The storage key of a form's draft: one per forum and form. */
export const draftKey = (forum: string, form: string): string =>
  `imrf-pledge-draft:${forum}:${form}`;

/** The newest saved draft in any of the stores, or undefined. */
export function readDraft(stores: readonly Storage[], key: string): Draft | undefined {
  let newest: Draft | undefined;
  for (const store of stores) {
    const draft = readOne(store, key);
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

/** The draft saved in one store, or undefined when there is none or it cannot be read. */
function readOne(store: Storage, key: string): Draft | undefined {
  try {
    const text = store.getItem(key);
    if (!text) return undefined;
    const saved = JSON.parse(text) as Partial<Draft> | null;
    if (!saved || typeof saved !== 'object' || !saved.answers) return undefined;
    return {
      answers: normalizeAnswers(saved.answers),
      step: STEPS.includes(saved.step as Step) ? (saved.step as Step) : 'about',
      ...(typeof saved.key === 'string' && saved.key ? { key: saved.key } : {}),
      savedAt: typeof saved.savedAt === 'number' ? saved.savedAt : Date.now(),
    };
  } catch {
    return undefined;
  }
}

/**
 * Saves a draft in the first store that takes it (an older copy elsewhere is
 * removed); false when every store is full, blocked or missing.
 */
export function writeDraft(stores: readonly Storage[], key: string, draft: Draft): boolean {
  const text = JSON.stringify(draft);
  const index = stores.findIndex((store) => {
    try {
      store.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  });
  if (index < 0) return false;
  removeDraft(stores.slice(index + 1), key);
  return true;
}

/** Forgets a draft in every store; never throws. */
export function removeDraft(stores: readonly Storage[], key: string): void {
  for (const store of stores) {
    try {
      store.removeItem(key);
    } catch {
      // blocked storage: nothing was kept
    }
  }
}
