/**
 * The request-signing script that API clients run before each request, as source text. One core
 * (`geminiSign`, plain ES2015 with CryptoJS, which both Postman's and Bruno's sandboxes bundle)
 * and a thin adapter per client. The core builds the payload (request, nonce, account, params),
 * its compact JSON, base64 and HMAC-SHA384 hex, and returns the six headers; the adapters read
 * the URL, body and variables from the client and write the headers back. The secret is read
 * from the client's environment at run time: it is never part of any exported file.
 */

/** Variable names the scripts read; environments define them. */
export const SCRIPT_VARIABLES = {
  apiKey: 'apiKey',
  apiSecret: 'apiSecret',
  account: 'account',
  nonceMode: 'nonceMode',
  lastNonce: 'geminiLastNonce',
} as const;

/** Kept in sync with src/lib/signing by tests/unit/exports-signing-script.test.ts (same vectors). */
export const SIGNING_CORE = `function geminiSign(input) {
  var match = /\\/v[12]\\/[^?#]*/.exec(input.url);
  if (!match) throw new Error('Gemini signing: no /v1/ or /v2/ path in the URL ' + input.url);
  if (!input.apiKey || !input.apiSecret) {
    throw new Error('Gemini signing: set apiKey and apiSecret in the selected environment (the secret as a secret value) first.');
  }
  var params = {};
  var bodyText = (input.bodyText || '').trim();
  if (bodyText) {
    try {
      params = JSON.parse(bodyText);
    } catch (error) {
      throw new Error('Gemini signing: the body must be a JSON object of request params (' + error.message + ').');
    }
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      throw new Error('Gemini signing: the body must be a JSON object of request params, like {"symbol": "btcusd"}.');
    }
  }
  var mode = input.nonceMode || 'ms';
  var nonce;
  if (mode === 'seconds') {
    nonce = Math.floor(input.now / 1000);
  } else if (mode === 'ms') {
    nonce = Math.max(input.now, Number(input.lastNonce || 0) + 1);
  } else {
    throw new Error('Gemini signing: nonceMode must be "ms" or "seconds" (time-based keys), got "' + mode + '".');
  }
  var payload = { request: match[0], nonce: nonce };
  if (input.account) payload.account = input.account;
  Object.keys(params).forEach(function (name) {
    if (name !== 'request' && name !== 'nonce') payload[name] = params[name];
  });
  var json = JSON.stringify(payload);
  var CryptoJS = input.CryptoJS;
  var base64 = CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(json));
  var signature = CryptoJS.HmacSHA384(base64, input.apiSecret).toString(CryptoJS.enc.Hex);
  return {
    nonce: nonce,
    json: json,
    headers: {
      'Content-Type': 'text/plain',
      'Content-Length': '0',
      'X-GEMINI-APIKEY': input.apiKey,
      'X-GEMINI-PAYLOAD': base64,
      'X-GEMINI-SIGNATURE': signature,
      'Cache-Control': 'no-cache',
    },
  };
}`;

const V = SCRIPT_VARIABLES;

const HEADER = (client: string) =>
  [
    `// Gemini request signing for ${client}: payload → JSON → base64 → HMAC-SHA384 → six headers.`,
    '// Private endpoints (POST) are signed; the request body holds their params as a JSON object',
    '// and is sent empty. Variables: apiKey, apiSecret (type it into your environment, as a secret),',
    '// optional account (master keys), nonceMode "ms" (default, strictly increasing) or "seconds".',
  ].join('\n');

/** Postman's collection-level pre-request script (also what newman runs). */
export const POSTMAN_PRE_REQUEST = `${HEADER('Postman')}
${SIGNING_CORE}

if (pm.request.method === 'POST') {
  var rawBody = pm.request.body && pm.request.body.mode === 'raw' ? pm.request.body.raw : '';
  var signed = geminiSign({
    url: pm.variables.replaceIn(pm.request.url.toString()),
    bodyText: pm.variables.replaceIn(rawBody || ''),
    apiKey: pm.variables.get('${V.apiKey}'),
    apiSecret: pm.variables.get('${V.apiSecret}'),
    account: pm.variables.get('${V.account}'),
    nonceMode: pm.variables.get('${V.nonceMode}'),
    lastNonce: pm.collectionVariables.get('${V.lastNonce}'),
    now: Date.now(),
    CryptoJS: CryptoJS,
  });
  pm.collectionVariables.set('${V.lastNonce}', String(signed.nonce));
  if (pm.request.body) pm.request.body.update('');
  Object.keys(signed.headers).forEach(function (name) {
    pm.request.headers.upsert({ key: name, value: signed.headers[name] });
  });
}`;

/** Postman's collection-level test script: chains order ids and names Gemini's error reasons. */
export const POSTMAN_TEST = `// Keeps the last order_id for the requests that use {{order_id}}, and reports Gemini errors.
var body;
try {
  body = pm.response.json();
} catch (error) {
  body = undefined;
}
if (body && typeof body === 'object' && !Array.isArray(body) && body.order_id !== undefined) {
  pm.collectionVariables.set('order_id', String(body.order_id));
}
pm.test('Gemini answered without an error', function () {
  var reason = body && body.result === 'error' ? body.reason + ': ' + body.message : '';
  pm.expect(reason, 'HTTP ' + pm.response.code).to.equal('');
  pm.expect(pm.response.code).to.equal(200);
});`;

/** Bruno's collection-level pre-request script (same core). */
export const BRUNO_PRE_REQUEST = `${HEADER('Bruno')}
const CryptoJS = require('crypto-js');
${SIGNING_CORE}

function rawText(body) {
  if (body === undefined || body === null) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

if (req.getMethod() === 'POST') {
  const signed = geminiSign({
    url: bru.interpolate(req.getUrl()),
    bodyText: bru.interpolate(rawText(req.getBody({ raw: true }))),
    apiKey: bru.getEnvVar('${V.apiKey}'),
    apiSecret: bru.getEnvVar('${V.apiSecret}'),
    account: bru.getEnvVar('${V.account}'),
    nonceMode: bru.getEnvVar('${V.nonceMode}'),
    lastNonce: bru.getVar('${V.lastNonce}'),
    now: Date.now(),
    CryptoJS: CryptoJS,
  });
  bru.setVar('${V.lastNonce}', String(signed.nonce));
  req.setBody('', { raw: true });
  const ours = Object.keys(signed.headers);
  // Bruno adds its own content-type for a JSON body: one spelling per header only.
  Object.keys(req.getHeaders() || {}).forEach(function (name) {
    const lower = name.toLowerCase();
    if (ours.some(function (own) { return own.toLowerCase() === lower; })) req.deleteHeader(name);
  });
  ours.forEach(function (name) {
    req.setHeader(name, signed.headers[name]);
  });
}`;

/** Bruno's collection-level post-response script and test (same behaviour as Postman's). */
export const BRUNO_POST_RESPONSE = `// Keeps the last order_id for the requests that use {{order_id}}.
const body = res.getBody();
if (body && typeof body === 'object' && !Array.isArray(body) && body.order_id !== undefined) {
  bru.setVar('order_id', String(body.order_id));
}`;

export const BRUNO_TEST = `test('Gemini answered without an error', function () {
  const body = res.getBody();
  const reason = body && body.result === 'error' ? body.reason + ': ' + body.message : '';
  expect(reason, 'HTTP ' + res.getStatus()).to.equal('');
  expect(res.getStatus()).to.equal(200);
});`;
