import { expect } from '@open-wc/testing';
import type { Catalog } from '../../src/i18n/catalog.js';
import en from '../../src/i18n/catalogs/en.js';
import { formatDay } from '../../src/i18n/format.js';
import { slotDay, slotTime } from '../../src/gcm/slot-texts.js';
import { withoutWeekdayComma } from '../helpers/dom.js';

const NEW_YORK = 'America/New_York';
// Round table 1 of the IMRF: 17 May 2022, 10:00–13:00 in New York.
const session = {
  startMs: Date.parse('2022-05-17T10:00:00-04:00'),
  endMs: Date.parse('2022-05-17T13:00:00-04:00'),
};
const names = { en: 'New York', fr: 'New York' };

describe('round table slot texts', () => {
  it('gives the forum day of an instant in the locale', () => {
    expect(withoutWeekdayComma(slotDay(session.startMs, 'en-GB', NEW_YORK))).to.equal(
      'Tuesday 17 May',
    );
    expect(slotDay(session.startMs, 'fr', NEW_YORK)).to.equal(
      formatDay(session.startMs, 'fr', NEW_YORK),
    );
    // Late on the 17th in New York is the 18th in Tokyo: the zone is part of what is remembered.
    const late = Date.parse('2022-05-17T22:00:00-04:00');
    expect(withoutWeekdayComma(slotDay(late, 'en-GB', NEW_YORK))).to.equal('Tuesday 17 May');
    expect(withoutWeekdayComma(slotDay(late, 'en-GB', 'Asia/Tokyo'))).to.equal('Wednesday 18 May');
  });

  it('gives the time in the zone shown, with the forum zone by its data name', () => {
    expect(slotTime(session, 'en-GB', en, NEW_YORK, NEW_YORK, names)).to.equal(
      '10:00–13:00, New York time (GMT-4)',
    );
    // Another zone: its own times and name; the forum's names are not used for it.
    expect(slotTime(session, 'en-GB', en, NEW_YORK, 'Europe/Paris', names)).to.match(
      /^16:00–19:00, Paris time \(/,
    );
    // A session crossing midnight where it is shown says so with its dates.
    expect(slotTime(session, 'en-GB', en, NEW_YORK, 'Asia/Tokyo', names)).to.match(
      /^Tue,? 17 May, 23:00 – Wed,? 18 May, 02:00, Tokyo time \(/,
    );
  });

  it('remembers nothing across catalogs, zone names or sessions', () => {
    const first = slotTime(session, 'en-GB', en, NEW_YORK, NEW_YORK, names);
    const other = {
      ...en,
      roundtable: { ...en.roundtable, slotTime: '{zone}: {time}' },
    } as Catalog;
    expect(slotTime(session, 'en-GB', other, NEW_YORK, NEW_YORK, names)).to.equal(
      'New York time (GMT-4): 10:00–13:00',
    );
    expect(slotTime(session, 'en-GB', en, NEW_YORK, NEW_YORK, { en: 'Manhattan' })).to.equal(
      '10:00–13:00, Manhattan time (GMT-4)',
    );
    const later = { startMs: session.startMs + 3_600_000, endMs: session.endMs + 3_600_000 };
    expect(slotTime(later, 'en-GB', en, NEW_YORK, NEW_YORK, names)).to.equal(
      '11:00–14:00, New York time (GMT-4)',
    );
    expect(slotTime(session, 'en-GB', en, NEW_YORK, NEW_YORK, names)).to.equal(first);
  });
});
