// A pledge receiver for the browser tests (Koa middleware, served by the test
// runner). Each test names its own box in the path, so tests never see each
// other's pledges.
//
//   POST   /pledges/<box>           the receiver; answers as the box's mode says
//   PUT    /pledges/<box>/mode      sets the mode (JSON): {"status": 201 | 422 | 500 | "never",
//                                  "errors": {...} for 422, "delay": ms before answering}
//   GET    /pledges/<box>/received  {"requests": [...], "pledges": [...]}: what it got and kept
//
// Like a real receiver it is idempotent: a pledge is kept once per Idempotency-Key,
// and a repeat is answered with the same id. Mode 500 keeps the pledge and then fails
// (a server that crashed after saving), so a retry with a new key would make a
// duplicate. The default mode, 201, checks the body against data/pledge.schema.json
// and answers 422 with the schema's complaints by field when it does not match.
// Every request is recorded with its headers, its body and its schema errors.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../../data/pledge.schema.json', import.meta.url)));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const boxes = new Map();
const box = (name) => {
  if (!boxes.has(name)) boxes.set(name, { mode: { status: 201 }, requests: [], pledges: [] });
  return boxes.get(name);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function json(ctx, status, value) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/** The schema's complaints as {"contact.email": "must match format \"email\""}. */
function schemaErrors(body) {
  if (validate(body)) return {};
  return Object.fromEntries(
    validate.errors.map((e) => {
      const path = e.instancePath.slice(1).replace(/\//g, '.');
      const missing = e.params?.missingProperty;
      return [missing ? [path, missing].filter(Boolean).join('.') : path || '(body)', e.message];
    }),
  );
}

export async function pledges(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const match = /^\/pledges\/([\w-]+)(\/mode|\/received)?$/.exec(url.pathname);
  if (!match) return next();
  const [, name, action] = match;
  const state = box(name);

  if (action === '/mode' && ctx.method === 'PUT') {
    state.mode = JSON.parse(await readBody(ctx.req));
    return json(ctx, 200, state.mode);
  }
  if (action === '/received') return json(ctx, 200, state);
  if (action || ctx.method !== 'POST') return json(ctx, 405, { error: 'method not allowed' });

  const text = await readBody(ctx.req);
  const key = ctx.get('idempotency-key');
  const request = {
    contentType: ctx.get('content-type'),
    accept: ctx.get('accept'),
    idempotencyKey: key,
    text,
  };
  state.requests.push(request);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return json(ctx, 400, { errors: { '': 'not JSON' } });
  }
  request.body = body;
  request.schemaErrors = schemaErrors(body);
  const { status, errors, delay } = state.mode;
  if (delay) await sleep(delay);

  if (status === 'never') {
    // Hold the request until the browser gives up (or a minute passes).
    await Promise.race([new Promise((resolve) => ctx.res.on('close', resolve)), sleep(60000)]);
    ctx.status = 204;
    return;
  }
  if (!request.contentType.startsWith('application/json'))
    return json(ctx, 415, { errors: { '': 'Content-Type must be application/json' } });
  if (!key) return json(ctx, 400, { errors: { '': 'Idempotency-Key is missing' } });
  if (status === 422) return json(ctx, 422, { errors });
  if (Object.keys(request.schemaErrors).length)
    return json(ctx, 422, { errors: request.schemaErrors });

  let pledge = state.pledges.find((p) => p.key === key);
  if (!pledge) {
    pledge = { id: `PLG-${name}-${state.pledges.length + 1}`, key, body };
    state.pledges.push(pledge);
  }
  if (status === 500) return json(ctx, 500, { error: 'the server stopped after saving' });
  json(ctx, 201, { id: pledge.id });
}
