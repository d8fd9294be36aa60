import { expect } from '@open-wc/testing';
import { defaultForum } from '../helpers/default-forum.js';
import { validateForum } from '../../src/data/validate.js';
import en from '../../src/i18n/catalogs/en.js';
import { loadCountryNames } from '../../src/i18n/countries.js';
import { pickText } from '../../src/i18n/text.js';
import { coChairNames } from '../../src/gcm/co-chairs.js';
import { roundtableCalendar } from '../../src/roundtable/calendar.js';
import {
  objectiveTitle,
  resolveRoundtables,
  roundtableTitle,
  selectRoundtables,
} from '../../src/gcm/roundtables.js';

const { forum } = defaultForum();
const views = resolveRoundtables(forum);

describe('round tables, resolved and selected', () => {
  it('joins each round table of the default data with its session, room and objectives', async () => {
    await Promise.all([loadCountryNames('en'), loadCountryNames('fr')]);
    expect(views.map((v) => v.table.number)).to.deep.equal([1, 2, 3, 4]);
    expect(views.map((v) => v.session?.id)).to.deep.equal(['rt1', 'rt2', 'rt3', 'rt4']);
    expect(views.map((v) => v.room?.id)).to.deep.equal(['tcc', 'tcc', 'cr4', 'tcc']);
    expect(views[0]!.objectives.map((o) => pickText(o.short, 'en'))).to.deep.equal([
      'Minimize adverse drivers',
      'Regular pathways',
      'Recruitment and decent work',
      'Screening and referral',
      'Skills development and recognition',
    ]);
    expect(coChairNames(views[0]!.table.coChairs, 'en')).to.equal('Egypt and Germany');
    expect(coChairNames(views[0]!.table.coChairs, 'fr')).to.equal('Égypte et Allemagne');
  });

  it('picks by number, else by objective, else all; and says what was asked when nothing matches', () => {
    expect(selectRoundtables(views, 3, undefined)).to.deep.include({ kind: 'one', view: views[2] });
    expect(selectRoundtables(views, undefined, 7)).to.deep.equal({
      kind: 'one',
      view: views[3],
      highlight: 7,
    });
    // number wins; the objective is still highlighted if that round table reviews it.
    expect(selectRoundtables(views, 1, 7)).to.deep.equal({
      kind: 'one',
      view: views[0],
      highlight: 7,
    });
    expect(selectRoundtables(views, undefined, undefined)).to.deep.equal({ kind: 'all', views });
    expect(selectRoundtables(views, 9, undefined)).to.deep.equal({ kind: 'no-table', asked: '9' });
    expect(selectRoundtables(views, NaN, undefined, { number: 'three' })).to.deep.equal({
      kind: 'no-table',
      asked: 'three',
    });
    expect(selectRoundtables(views, undefined, 30)).to.deep.equal({
      kind: 'no-objective',
      asked: '30',
    });
    expect(selectRoundtables([], 1, undefined)).to.deep.equal({ kind: 'none' });
  });

  it('resolves a forum once, for every element that shows it', () => {
    expect(resolveRoundtables(forum)).to.equal(views);
    // Another forum, even a copy of the same data, is resolved on its own.
    const copy = validateForum(structuredClone(defaultForum().forum)).forum;
    const other = resolveRoundtables(copy);
    expect(other).not.to.equal(views);
    expect(other.map((v) => v.session?.id)).to.deep.equal(views.map((v) => v.session?.id));
    expect(Object.isFrozen(views)).to.equal(true);
  });

  it('names a round table or objective the data leaves untitled', () => {
    const { forum: bare } = validateForum({
      version: 1,
      id: 'bare',
      title: 'Bare',
      timeZone: 'UTC',
      sessions: [],
      roundtables: [{ number: 2, coChairs: [], objectives: [3] }],
    });
    const [view] = resolveRoundtables(bare);
    expect(roundtableTitle(view!, 'en', en)).to.equal('Round table 2');
    expect(objectiveTitle(view!.objectives[0]!, 'en', en)).to.equal('Objective 3');
    expect(roundtableCalendar(bare, view!, 'en', en, 0)).to.equal(undefined);
    // The data's title, in English where no source gives it in the language.
    expect(roundtableTitle(views[2]!, 'zh', en)).to.equal('Round table 3');
    expect(roundtableTitle(views[2]!, 'fr', en)).to.equal('Table ronde 3');
  });

  it('makes a one-event calendar file named after the forum and the session', () => {
    const file = roundtableCalendar(forum, views[0]!, 'en', en, Date.UTC(2022, 4, 1))!;
    expect(file.filename).to.equal('imrf-2022-rt1.ics');
    expect(file.text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(file.text).to.contain('DTSTART:20220517T140000Z');
    expect(file.text).to.contain('X-WR-CALNAME:IMRF 2022');
  });
});
