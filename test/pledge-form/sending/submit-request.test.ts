import { expect } from '@open-wc/testing';
import { buildPledgeBody } from '../../../src/pledge-form/sending/pledge-body.js';
import { normalizeAnswers } from '../../../src/pledge-form/model/fields.js';
import {
  explainFailure,
  newIdempotencyKey,
  outcomeOfReport,
  sendPledge,
} from '../../../src/pledge-form/sending/submit-request.js';
import en from '../../../src/i18n/catalogs/en.js';
import sample from '../sample-answers.json';
import { receiver } from '../helpers.js';

const pledge = buildPledgeBody(normalizeAnswers(sample), 'imrf-2022', 'en');
const t = en.pledge;

describe('sending a pledge', () => {
  it('POSTs the JSON with its Idempotency-Key and returns the reference', async () => {
    const box = receiver();
    const key = newIdempotencyKey();
    expect(await sendPledge(box.url, pledge, key, 5000)).to.deep.equal({
      ok: true,
      id: `${box.url.split('/').pop()!.replace(/^/, 'PLG-')}-1`,
    });
    const [request] = (await box.received()).requests;
    expect(request!.contentType).to.equal('application/json');
    expect(request!.accept).to.equal('application/json');
    expect(request!.idempotencyKey).to.equal(`"${key}"`);
    expect(request!.body).to.deep.equal(pledge);
  });

  it('makes a new random UUID per pledge', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).to.equal(50);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads 422 messages by field', async () => {
    const box = receiver();
    await box.mode({ status: 422, errors: { title: 'Taken', 'contact.email': 'Bounces', x: 1 } });
    expect(await sendPledge(box.url, pledge, 'k', 5000)).to.deep.equal({
      ok: false,
      reason: 'invalid',
      status: 422,
      errors: { title: 'Taken', 'contact.email': 'Bounces' },
    });
  });

  it('tells server errors, network failures and timeouts apart', async () => {
    const box = receiver();
    await box.mode({ status: 500 });
    expect(await sendPledge(box.url, pledge, 'k', 5000)).to.deep.equal({
      ok: false,
      reason: 'http',
      status: 500,
    });
    await box.mode({ status: 'never' });
    expect(await sendPledge(box.url, pledge, 'k', 200)).to.deep.equal({
      ok: false,
      reason: 'timeout',
    });
    expect(await sendPledge('http://127.0.0.1:9/pledges', pledge, 'k', 5000)).to.deep.equal({
      ok: false,
      reason: 'network',
    });
    expect(await sendPledge('/api/status/409', pledge, 'k', 5000)).to.deep.equal({
      ok: false,
      reason: 'http',
      status: 409,
    });
  });

  it('takes any 2xx as received, with or without a reference', async () => {
    expect(await sendPledge('/api/status/202', pledge, 'k', 5000)).to.deep.equal({
      ok: true,
      id: '',
    });
  });

  it('explains a failure in the language of the catalog', () => {
    const http = explainFailure({ ok: false, reason: 'http', status: 503 }, t);
    expect(http.detail).to.deep.equal({
      reason: 'http',
      status: 503,
      message: `The pledge service could not accept the pledge (error 503). ${t.kept}`,
    });
    expect(http.retry).to.equal(true);
    expect(http.newKey).to.equal(false);
    expect(explainFailure({ ok: false, reason: 'http', status: 409 }, t).newKey).to.equal(true);
    expect(explainFailure({ ok: false, reason: 'timeout' }, t).detail.message).to.match(
      /did not answer in time/,
    );
    const refused = explainFailure(
      { ok: false, reason: 'invalid', status: 422, errors: { 'entity.name': 'No', misc: 'Later' } },
      t,
    );
    expect(refused.fields).to.deep.equal({ entityName: 'No' });
    expect(refused.other).to.deep.equal(['Later']);
    expect(refused.retry).to.equal(false);
    expect(refused.newKey).to.equal(true);
    expect(refused.detail.errors).to.deep.equal({ 'entity.name': 'No', misc: 'Later' });
    const notConnected = explainFailure({ ok: false, reason: 'not-connected' }, t);
    expect(notConnected.detail.message).to.equal(t.notConnected);
    expect(notConnected.retry).to.equal(false);
  });

  it('reads a partner report as an outcome', () => {
    expect(outcomeOfReport({ ok: true, id: 'CRM-1' })).to.deep.equal({ ok: true, id: 'CRM-1' });
    expect(outcomeOfReport({ ok: true })).to.deep.equal({ ok: true, id: '' });
    expect(outcomeOfReport({ ok: false, message: 'Down' })).to.deep.equal({
      ok: false,
      reason: 'partner',
      message: 'Down',
    });
    expect(outcomeOfReport({ ok: false, errors: { title: 'Taken' } })).to.deep.equal({
      ok: false,
      reason: 'invalid',
      errors: { title: 'Taken' },
    });
  });
});
