// The contract's ways to take part and the outcome's document: validated at
// the boundary, every problem named by its path, links only through safeUrl.
import { expect } from '@open-wc/testing';
import defaultData from '../../data/imrf-2022.json';
import { validateForum } from '../../src/data/validate.js';
import { modelProblems } from '../helpers/model-invariants.js';

const sample = (): Record<string, any> => JSON.parse(JSON.stringify(defaultData));

describe('participation and outcome.document', () => {
  it('reads the default data’s five ways to take part, with the note’s links', () => {
    const { forum, warnings } = validateForum(sample());
    expect(warnings).to.deep.equal([]);
    expect(forum.participation.map((p) => p.kind)).to.deep.equal([
      'review',
      'pledge',
      'practice',
      'dialogue',
      'side-events',
    ]);
    expect(forum.participation.map((p) => p.url)).to.deep.equal([
      'https://migrationnetwork.un.org/',
      'https://www.un.org/en/migration2022/pledging-initiative',
      undefined,
      'https://migrationnetwork.un.org/migration-dialogues',
      'https://www.un.org/migration2022',
    ]);
  });

  it('reads an unknown kind as other, leaves out what is wrong, and says where', () => {
    const data = sample();
    data.participation = [
      { title: 'Webinars', kind: 'webinar', url: 'https://example.org/w' },
      { title: 'No kind' },
      { kind: 'pledge' },
      'a string',
      { title: 'Bad link', kind: 'pledge', url: 'javascript:alert(1)' },
      { title: 'Bad kind type', kind: 7, description: '' },
    ];
    data.outcome.document = { title: 'Declaration', symbol: 'A/X/1', url: ' vbscript:x' };
    const { forum, warnings } = validateForum(data);
    expect(forum.participation.map((p) => [p.kind, p.title, p.url])).to.deep.equal([
      ['other', 'Webinars', 'https://example.org/w'],
      ['other', 'No kind', undefined],
      ['pledge', 'Bad link', undefined],
      ['other', 'Bad kind type', undefined],
    ]);
    expect(forum.outcome?.document).to.deep.equal({ title: 'Declaration', symbol: 'A/X/1' });
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'participation[2].title',
      'participation[3]',
      'participation[4].url',
      'participation[5].kind',
      'participation[5].description',
      'outcome.document.url',
    ]);
    expect(modelProblems(forum, warnings)).to.deep.equal([]);
  });

  it('reads a participation that is not a list as none, with a warning', () => {
    const data = sample();
    data.participation = { title: 'x' };
    data.outcome.document = 'not an object';
    const { forum, warnings } = validateForum(data);
    expect(forum.participation).to.deep.equal([]);
    expect(forum.outcome?.document).to.equal(undefined);
    expect(warnings.map((w) => w.path)).to.deep.equal(['participation', 'outcome.document']);
  });
});
