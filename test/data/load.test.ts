import { expect } from '@open-wc/testing';
import { ForumDataError } from '../../src/data/errors.js';
import { MAX_BYTES, fetchJson, parseJson } from '../../src/data/load.js';

async function failure(promise: Promise<unknown>): Promise<ForumDataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ForumDataError);
    return error as ForumDataError;
  }
  throw new Error('expected a failure');
}

const never = new AbortController().signal;

describe('parseJson', () => {
  it('ignores a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}')).to.deep.equal({ a: 1 });
  });

  it('refuses text that is not JSON', async () => {
    for (const text of ['', '{', '<!doctype html>', '{"a":1,}', 'undefined']) {
      const error = await failure(Promise.resolve().then(() => parseJson(text)));
      expect(error.reason, text).to.equal('not-json');
    }
  });

  it('refuses text over the size limit before parsing it', async () => {
    const error = await failure(Promise.resolve().then(() => parseJson(' '.repeat(MAX_BYTES + 1))));
    expect(error.reason).to.equal('too-large');
  });
});

describe('fetchJson', () => {
  it('fetches and parses JSON', async () => {
    const data = (await fetchJson('/api/forum.json', never)) as { id: string };
    expect(data.id).to.equal('imrf-2022');
  });

  it('accepts JSON served as text/plain, and a byte-order mark', async () => {
    expect(((await fetchJson('/api/text-plain', never)) as { id: string }).id).to.equal(
      'imrf-2022',
    );
    expect(((await fetchJson('/api/bom', never)) as { id: string }).id).to.equal('imrf-2022');
  });

  it('reports HTTP errors with their status', async () => {
    for (const status of [404, 500, 503]) {
      const error = await failure(fetchJson(`/api/status/${status}`, never));
      expect(error.reason).to.equal('http');
      expect(error.status).to.equal(status);
    }
  });

  it('reports an HTML page as not JSON', async () => {
    expect((await failure(fetchJson('/api/html', never))).reason).to.equal('not-json');
  });

  it('refuses a body over the size limit', async () => {
    expect((await failure(fetchJson('/api/huge', never))).reason).to.equal('too-large');
  });

  it('reports a refused connection as a network error', async () => {
    expect((await failure(fetchJson('http://127.0.0.1:9/forum.json', never))).reason).to.equal(
      'network',
    );
  });

  it('gives up on an answer that never comes', async () => {
    expect((await failure(fetchJson('/api/never', never, { timeoutMs: 300 }))).reason).to.equal(
      'timeout',
    );
  });

  it('rejects with the abort, not a forum error, when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchJson('/api/never', controller.signal);
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect(error).to.not.be.instanceOf(ForumDataError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
