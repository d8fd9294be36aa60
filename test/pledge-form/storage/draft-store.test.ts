import { expect } from '@open-wc/testing';
import {
  draftKey,
  draftStores,
  readDraft,
  removeDraft,
  writeDraft,
} from '../../../src/pledge-form/storage/draft-store.js';
import { emptyAnswers } from '../../../src/pledge-form/model/fields.js';
import { uniqueName } from '../helpers.js';

/** A Storage whose every write fails the way a full one does. */
const fullStorage = () =>
  Object.assign(Object.create(Storage.prototype) as Storage, {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    },
  });

describe('pledge drafts', () => {
  it('keys a draft by forum and form', () => {
    expect(draftKey('imrf-2022', 'pledge')).to.equal('imrf-pledge-draft:imrf-2022:pledge');
    expect(draftKey('imrf-2022', 'a')).not.to.equal(draftKey('imrf-2026', 'a'));
  });

  it('keeps and gives back a draft: answers, step, idempotency key, time', () => {
    const key = draftKey('imrf-2022', uniqueName());
    const answers = { ...emptyAnswers({ objectives: '7' }), title: 'Centres' };
    const draft = { answers, step: 'pledge' as const, key: 'k-1', savedAt: 1650000000000 };
    expect(writeDraft(draftStores(), key, draft)).to.equal(true);
    expect(readDraft(draftStores(), key)).to.deep.equal(draft);
    removeDraft(draftStores(), key);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(readDraft(draftStores(), key)).to.equal(undefined);
  });

  it('ignores what it cannot read', () => {
    const key = draftKey('imrf-2022', uniqueName());
    for (const text of ['{not json', 'null', '42', '{"step":"pledge"}']) {
      localStorage.setItem(key, text);
      expect(readDraft(draftStores(), key), text).to.equal(undefined);
    }
    localStorage.setItem(key, JSON.stringify({ answers: { title: 'T' }, step: 'elsewhere' }));
    expect(readDraft(draftStores(), key)!.step).to.equal('about');
    removeDraft(draftStores(), key);
  });

  it('says so, without throwing, when storage is full or missing', () => {
    const draft = { answers: emptyAnswers(), step: 'about' as const, savedAt: 0 };
    expect(writeDraft([fullStorage(), fullStorage()], 'k', draft)).to.equal(false);
    expect(writeDraft([], 'k', draft)).to.equal(false);
    expect(() => removeDraft([fullStorage()], 'k')).not.to.throw();
    expect(readDraft([], 'k')).to.equal(undefined);
  });

  it('falls back to sessionStorage when localStorage is full, and reads the newest', () => {
    const key = draftKey('imrf-2022', uniqueName());
    const older = { answers: emptyAnswers(), step: 'about' as const, savedAt: 1 };
    const newer = {
      answers: { ...emptyAnswers(), title: 'Newer' },
      step: 'pledge' as const,
      savedAt: 2,
    };
    expect(writeDraft([localStorage, sessionStorage], key, older)).to.equal(true);
    // localStorage fills up: the newer draft lands in sessionStorage and wins.
    expect(writeDraft([fullStorage(), sessionStorage], key, newer)).to.equal(true);
    expect(readDraft([localStorage, sessionStorage], key)).to.deep.equal(newer);
    // Saved in localStorage again, the copy in sessionStorage goes.
    expect(writeDraft([localStorage, sessionStorage], key, { ...newer, savedAt: 3 })).to.equal(
      true,
    );
    expect(sessionStorage.getItem(key)).to.equal(null);
    removeDraft([localStorage, sessionStorage], key);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('leaves out a store the page blocks', () => {
    const page = {
      get localStorage(): Storage {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      sessionStorage,
    };
    expect(draftStores(page)).to.deep.equal([sessionStorage]);
    expect(draftStores()).to.deep.equal([localStorage, sessionStorage]);
  });
});
