import { expect } from '@open-wc/testing';
import { buildPledgeBody } from '../../../src/pledge-form/sending/pledge-body.js';
import { emptyAnswers, normalizeAnswers } from '../../../src/pledge-form/model/fields.js';
import sample from '../sample-answers.json';
import { receiver } from '../helpers.js';

const answers = normalizeAnswers(sample);

describe('pledge body', () => {
  it('is the contract: trimmed text, choices in a stable order, partners as a list', () => {
    const body = buildPledgeBody(answers, 'imrf-2022', 'fr');
    expect(body).to.deep.equal({
      forum: 'imrf-2022',
      locale: 'fr',
      entity: { name: 'City of Lisbon', type: 'local-government', country: 'PT' },
      contact: { name: 'Ana Silva', email: 'ana.silva@example.org', phone: '+351 21 000 0000' },
      title: 'One-stop centres for newly arrived migrants',
      description: sample.description.trim(),
      commitments: ['process', 'policy'],
      objectives: [7, 17],
      guidingPrinciples: ['human-rights', 'whole-of-society'],
      levels: ['local', 'national'],
      startDate: '2022-06-01',
      endDate: '2024-12-31',
      indicators: 'People served per year; languages offered.',
      partners: ['IOM', 'City of Porto'],
      matchesPledge: 'PLG-2022-0042',
    });
  });

  it('leaves out optional answers left empty', () => {
    const body = buildPledgeBody(
      {
        ...answers,
        country: '',
        phone: ' ',
        guidingPrinciples: [],
        partners: '\n',
        matchesPledge: '',
      },
      'imrf-2022',
      'en',
    );
    expect(body.entity).to.deep.equal({ name: 'City of Lisbon', type: 'local-government' });
    expect(body.contact).to.deep.equal({ name: 'Ana Silva', email: 'ana.silva@example.org' });
    for (const key of ['guidingPrinciples', 'partners', 'matchesPledge'])
      expect(body).not.to.have.property(key);
    expect(Object.keys(buildPledgeBody(emptyAnswers(), 'x', 'en'))).not.to.include('migrants');
  });

  it('matches data/pledge.schema.json, as the test receiver checks it', async () => {
    const box = receiver();
    for (const body of [
      buildPledgeBody(answers, 'imrf-2022', 'ar'),
      buildPledgeBody(
        { ...answers, phone: '', partners: '', guidingPrinciples: [] },
        'imrf-2022',
        'zh',
      ),
    ]) {
      const response = await fetch(box.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `"${body.locale}"` },
        body: JSON.stringify(body),
      });
      expect(response.status).to.equal(201);
    }
    const { requests } = await box.received();
    expect(requests.map((r) => r.schemaErrors)).to.deep.equal([{}, {}]);
  });

  it('fails the schema when the contract is broken (the receiver says where)', async () => {
    const box = receiver();
    const body = { ...buildPledgeBody(answers, 'imrf-2022', 'en'), objectives: [24], title: ' x' };
    const response = await fetch(box.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': '"k"' },
      body: JSON.stringify(body),
    });
    expect(response.status).to.equal(422);
    const { errors } = (await response.json()) as { errors: Record<string, string> };
    expect(Object.keys(errors)).to.include.members(['objectives.0', 'title']);
  });
});
