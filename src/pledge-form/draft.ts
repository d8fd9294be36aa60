import { normalizeAnswers, STEPS, type PledgeAnswers, type Step } from './fields.js';

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

/** The page's localStorage, or undefined where it is blocked or missing. */
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The storage key of a form's draft: one per forum and form. */
export const draftKey = (forum: string, form: string): string =>
  `imrf-pledge-draft:${forum}:${form}`;

/** The saved draft, or undefined when there is none or it cannot be read. */
export function readDraft(store: Storage | undefined, key: string): Draft | undefined {
  try {
    const text = store?.getItem(key);
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

/** Saves a draft; false when the storage is full, blocked or missing. */
export function writeDraft(store: Storage | undefined, key: string, draft: Draft): boolean {
  try {
    if (!store) return false;
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a draft; never throws. */
export function removeDraft(store: Storage | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // blocked storage: nothing was kept
  }
}
