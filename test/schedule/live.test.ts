import { watchMinuteTimers } from '../helpers/timers.js';
import { expect, fixture, html } from '@open-wc/testing';
import { defaultForum } from '../helpers/default-forum.js';
import { ClockController } from '../../src/base/clock.js';
import { parseNow, timeline } from '../../src/base/now.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';
import { $, $$, render, session, text } from './helpers.js';

/** Each session's status text ("Live now", "Next", "Ended" or ''), by id. */
function statuses(el: ImrfSchedule): Record<string, string> {
  return Object.fromEntries(
    $$(el, '[part=session]').map((a) => [a.id, text(a.querySelector('.status'))]),
  );
}

const withStatus = (el: ImrfSchedule, status: string) =>
  Object.entries(statuses(el))
    .filter(([, s]) => s === status)
    .map(([id]) => id);

describe('schedule live status', () => {
  it('before the forum: counts the days and marks the first session next', async () => {
    const el = await render(html`<imrf-schedule now="2022-05-10T12:00:00-04:00"></imrf-schedule>`);
    expect(text($(el, '.countdown'))).to.equal('The forum starts in 6 days.');
    expect(withStatus(el, 'Next')).to.deep.equal(['hearing-am']);
    expect(withStatus(el, 'Live now')).to.deep.equal([]);
    expect(withStatus(el, 'Ended')).to.deep.equal([]);
    // Days are counted in the forum's zone: 23:30 on the 15th in New York is the 16th in Tokyo.
    el.now = '2022-05-15T23:30:00-04:00';
    await el.updateComplete;
    expect(text($(el, '.countdown'))).to.equal('The forum starts tomorrow.');
    el.now = '2022-05-16T08:00:00-04:00';
    await el.updateComplete;
    expect(text($(el, '.countdown'))).to.equal('The forum starts today.');
  });

  it('during the parallel round tables: both live, the policy debate next, the past quieter', async () => {
    const el = await render(html`<imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>`);
    expect($(el, '.countdown')).to.equal(null);
    expect(withStatus(el, 'Live now')).to.deep.equal(['rt3', 'rt4']);
    expect(withStatus(el, 'Next')).to.deep.equal(['policy-debate']);
    expect(withStatus(el, 'Ended')).to.deep.equal(['hearing-am', 'hearing-pm', 'rt1', 'rt2']);
    expect(session(el, 'rt3').classList.contains('live')).to.equal(true);
    expect(session(el, 'rt1').classList.contains('past')).to.equal(true);
    expect(getComputedStyle(session(el, 'rt1')).backgroundColor).to.not.equal(
      getComputedStyle(session(el, 'plenary-19-am')).backgroundColor,
    );
  });

  it('at the edges: live from the first minute, ended at the last', async () => {
    const el = await render(html`<imrf-schedule now="2022-05-18T10:00:00-04:00"></imrf-schedule>`);
    expect(withStatus(el, 'Live now')).to.deep.equal(['rt3', 'rt4']);
    el.now = '2022-05-18T13:00:00-04:00';
    await el.updateComplete;
    expect(withStatus(el, 'Live now')).to.deep.equal([]);
    expect(statuses(el)['rt3']).to.equal('Ended');
    expect(withStatus(el, 'Next')).to.deep.equal(['policy-debate']);
  });

  it('between days: nothing live, the next morning’s session next', async () => {
    const el = await render(html`<imrf-schedule now="2022-05-16T20:00:00-04:00"></imrf-schedule>`);
    expect(withStatus(el, 'Live now')).to.deep.equal([]);
    expect(withStatus(el, 'Next')).to.deep.equal(['rt1']);
  });

  it('after the forum: nothing live or next, every session ended', async () => {
    const el = await render(html`<imrf-schedule now="2022-06-01T09:00:00-04:00"></imrf-schedule>`);
    expect(withStatus(el, 'Live now')).to.deep.equal([]);
    expect(withStatus(el, 'Next')).to.deep.equal([]);
    expect(withStatus(el, 'Ended')).to.have.length(11);
    expect($(el, '.countdown')).to.equal(null);
  });

  it('uses the real clock without `now` (IMRF 2022 is over)', async () => {
    const el = await render(html`<imrf-schedule now="not a date"></imrf-schedule>`);
    expect(withStatus(el, 'Ended')).to.have.length(11);
  });

  it('says the status in every language', async () => {
    const el = await render(
      html`<div lang="es">
        <imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>
      </div>`,
    );
    expect(statuses(el)['rt3']).to.equal('En directo');
    expect(statuses(el)['policy-debate']).to.equal('A continuación');
  });
});

describe('schedule clock', () => {
  const minuteTimers = watchMinuteTimers();

  it('reads the clock every minute while connected, and leaves no timer after', async () => {
    const el = await fixture<ImrfSchedule>(html`<imrf-schedule></imrf-schedule>`);
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(1);
    el.remove();
    expect(minuteTimers()).to.have.length(0);
    document.body.append(el);
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(1);
    el.remove();
    expect(minuteTimers()).to.have.length(0);
  });

  it('needs no timer while `now` pins the clock', async () => {
    const el = await fixture<ImrfSchedule>(
      html`<imrf-schedule now="2022-05-18T11:00:00-04:00"></imrf-schedule>`,
    );
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(0);
    el.now = null;
    await el.updateComplete;
    expect(minuteTimers()).to.have.length(1);
    el.remove();
    expect(minuteTimers()).to.have.length(0);
  });

  it('reads the time at each tick and tells the host', () => {
    const ticks: number[] = [];
    const host = { addController() {}, requestUpdate() {} } as never;
    const clock = new ClockController(host, (now) => ticks.push(now));
    clock.hostConnected();
    expect(clock.running).to.equal(true);
    const [timer] = minuteTimers();
    expect(timer!.delay).to.be.within(1, 60_000);
    clock.pin(true);
    expect(clock.running).to.equal(false);
    clock.pin(false);
    expect(clock.running).to.equal(true);
    clock.hostDisconnected();
    expect(clock.running).to.equal(false);
    expect(ticks).to.deep.equal([]);
  });
});

describe('timeline', () => {
  const { forum } = defaultForum();
  const at = (iso: string) => timeline(forum.sessions, parseNow(iso)!, forum.timeZone);
  const ids = (set: ReadonlySet<{ id: string }>) => [...set].map((s) => s.id);

  it('knows what is live and next at any instant', () => {
    const during = at('2022-05-18T11:00:00-04:00');
    expect(ids(during.live)).to.deep.equal(['rt3', 'rt4']);
    expect(ids(during.next)).to.deep.equal(['policy-debate']);
    expect(during.startsIn).to.equal(undefined);
    expect(at('2022-05-10T00:00:00-04:00').startsIn).to.equal(6);
    expect(ids(at('2022-05-20T17:59:00-04:00').live)).to.deep.equal(['plenary-20-pm']);
    expect(ids(at('2022-05-20T18:00:00-04:00').live)).to.deep.equal([]);
  });

  it('has a key that changes only when the schedule would show something else', () => {
    expect(at('2022-05-18T11:00:00-04:00').key).to.equal(at('2022-05-18T12:59:00-04:00').key);
    expect(at('2022-05-18T12:59:00-04:00').key).to.not.equal(at('2022-05-18T13:00:00-04:00').key);
    expect(at('2022-05-10T09:00:00-04:00').key).to.not.equal(at('2022-05-11T09:00:00-04:00').key);
  });

  it('reads `now` as RFC 3339 only', () => {
    expect(parseNow('2022-05-18T11:00:00Z')).to.equal(Date.UTC(2022, 4, 18, 11));
    expect(parseNow('2022-05-18')).to.equal(undefined);
    expect(parseNow(null)).to.equal(undefined);
  });
});
