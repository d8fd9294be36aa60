import { expect } from '@open-wc/testing';
import { genericZoneName, zoneName } from '../../src/i18n/format.js';
import { formatShownTime, localZone, resolveZone } from '../../src/i18n/zone.js';
import { withoutWeekdayComma } from '../helpers/dom.js';

const NY = 'America/New_York';
const start = Date.parse('2022-05-18T10:00:00-04:00');
const end = Date.parse('2022-05-18T13:00:00-04:00');

describe('time zones shown', () => {
  it('resolves the time-zone attribute: an IANA zone, local, or the forum’s', () => {
    expect(resolveZone(undefined, NY)).to.equal(NY);
    expect(resolveZone('', NY)).to.equal(NY);
    expect(resolveZone('Europe/Paris', NY)).to.equal('Europe/Paris');
    expect(resolveZone('Mars/Olympus', NY)).to.equal(NY);
    // The test browser runs in Tokyo.
    expect(resolveZone('local', NY)).to.equal('Asia/Tokyo');
    expect(localZone()).to.equal('Asia/Tokyo');
  });

  it('adds the dates only when the shown times leave the forum’s day', () => {
    expect(formatShownTime(start, end, 'en-GB', NY, NY)).to.equal('10:00–13:00');
    expect(formatShownTime(start, end, 'en-GB', NY, 'Europe/Paris')).to.equal('16:00–19:00');
    expect(withoutWeekdayComma(formatShownTime(start, end, 'en-GB', NY, 'Asia/Tokyo'))).to.equal(
      'Wed 18 May, 23:00 – Thu 19 May, 02:00',
    );
    // Ending at midnight is ending on the next day: both dates, in words.
    const late = Date.parse('2022-05-18T21:00:00-04:00');
    const midnight = Date.parse('2022-05-19T00:00:00-04:00');
    expect(withoutWeekdayComma(formatShownTime(late, midnight, 'en-GB', NY, NY))).to.equal(
      'Wed 18 May, 21:00 – Thu 19 May, 00:00',
    );
  });
});

describe('zone names', () => {
  it('are formatted once per locale, zone and instant, then remembered', () => {
    const calls: number[] = [];
    const proto = Intl.DateTimeFormat.prototype;
    const original = proto.formatToParts;
    proto.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
      calls.push(Number(date));
      return original.call(this, date);
    };
    try {
      // An instant no other test names.
      const at = Date.parse('2031-01-02T03:04:05Z');
      expect(zoneName(at, 'fr', NY)).to.equal('UTC−5');
      expect(zoneName(at, 'fr', NY)).to.equal('UTC−5');
      expect(genericZoneName(at, 'en', NY)).to.equal('Eastern Time');
      expect(genericZoneName(at, 'en', NY)).to.equal('Eastern Time');
      expect(calls).to.deep.equal([at, at]);
      // Another instant (the zone's summer name) is formatted anew.
      expect(zoneName(at + 180 * 86_400_000, 'fr', NY)).to.equal('UTC−4');
      expect(calls).to.have.length(3);
    } finally {
      proto.formatToParts = original;
    }
  });
});
