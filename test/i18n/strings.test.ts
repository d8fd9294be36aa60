import { expect } from '@open-wc/testing';
import ruCommon from '../../src/i18n/catalogs/ru/common.js';
import ruSchedule from '../../src/i18n/catalogs/ru/schedule.js';
import enSchedule from '../../src/i18n/catalogs/en/schedule.js';
import { COMMON, catalogFor, loadStrings, strings, stringsLoaded } from '../../src/i18n/strings.js';
import { PLEDGE_STRINGS } from '../../src/pledge-form/strings.js';
import { SCHEDULE_STRINGS } from '../../src/schedule/strings.js';

describe('strings by section', () => {
  it('has English without loading anything', () => {
    expect(stringsLoaded('en', [COMMON, SCHEDULE_STRINGS])).to.equal(true);
    expect(catalogFor('en', [COMMON, SCHEDULE_STRINGS]).schedule).to.equal(enSchedule);
  });

  it('loads only the sections asked for, once', async () => {
    const list = [COMMON, SCHEDULE_STRINGS];
    expect(await loadStrings('ru', list)).to.equal(true);
    expect(stringsLoaded('ru', list)).to.equal(true);
    const t = catalogFor('ru', list);
    expect(t.common).to.equal(ruCommon);
    expect(t.schedule).to.equal(ruSchedule);
    // The pledge form's Russian strings were not loaded with the programme's.
    expect(stringsLoaded('ru', [PLEDGE_STRINGS])).to.equal(false);
    expect(Object.keys(t)).to.deep.equal(['common', 'schedule']);
    expect(catalogFor('ru', list)).to.equal(t);
  });

  it('keeps English for a section that cannot load, and tries again later', async () => {
    let calls = 0;
    const flaky = strings('schedule', enSchedule, {
      ...SCHEDULE_STRINGS.load,
      zh: () => (++calls === 1 ? Promise.reject(new Error('offline')) : SCHEDULE_STRINGS.load.zh()),
    });
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      expect(await loadStrings('zh', [flaky])).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('zh strings (schedule)');
    expect(catalogFor('zh', [flaky]).schedule).to.equal(enSchedule);
    expect(await loadStrings('zh', [flaky])).to.equal(true);
    expect(catalogFor('zh', [flaky]).schedule).not.to.equal(enSchedule);
    expect(calls).to.equal(2);
  });
});
