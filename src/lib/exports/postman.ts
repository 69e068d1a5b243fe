/**
 * A Postman collection (format v2.1) of every catalogue endpoint, signed by a collection-level
 * pre-request script, and one Postman environment per sandbox target. The secret is an empty
 * value of type "secret" that the user types in; nothing secret is ever written here.
 */
import { exportRequests, CHAINED_PARAMS, type ExportRequest } from './requests.ts';
import { POSTMAN_PRE_REQUEST, POSTMAN_TEST, SCRIPT_VARIABLES } from './signing-script.ts';
import type { ExportTarget } from './targets.ts';
import { stableId } from './stable-id.ts';

export const COLLECTION_NAME = 'Gemini exchange API (sandbox, unofficial)';
const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

const lines = (script: string) => script.split('\n');

function postmanItem(request: ExportRequest) {
  const path = request.urlPath.replace(/^\//, '').split('/');
  const body = request.bodyText
    ? { mode: 'raw', raw: request.bodyText, options: { raw: { language: 'json' } } }
    : undefined;
  return {
    name: request.name,
    request: {
      method: request.endpoint.method,
      header: [],
      ...(body ? { body } : {}),
      url: { raw: `{{baseUrl}}${request.urlPath}`, host: ['{{baseUrl}}'], path },
      description: request.description,
    },
    response: [],
  };
}

export function postmanCollection(siteUrl: string) {
  const requests = exportRequests();
  const pathVariables = new Map<string, string>();
  for (const request of requests)
    for (const param of request.pathParams)
      if (!pathVariables.has(param.name)) pathVariables.set(param.name, param.value); // first wins, as in Bruno
  const folders = (['Private', 'Public'] as const)
    .map((folder) => ({
      name: folder,
      item: requests.filter((request) => request.folder === folder).map(postmanItem),
    }))
    .filter((folder) => folder.item.length > 0);
  return {
    info: {
      _postman_id: stableId('postman-collection'),
      name: COLLECTION_NAME,
      description: [
        `Every endpoint of the emulator in the unofficial Gemini exchange API guide (${siteUrl}), signed`,
        'by the collection pre-request script: payload → JSON → base64 → HMAC-SHA384 → headers.',
        '',
        'Pick one of the environments (local emulator, hosted emulator, Gemini sandbox) and type your',
        'sandbox key into `apiKey` and its secret into `apiSecret` (a secret value: it stays in your',
        'Postman, never in this file). Set `nonceMode` to `seconds` for a key with a time-based nonce,',
        'and `account` for a master key. Private requests carry their params as the JSON body; the',
        'script moves them into the signed payload and sends an empty body.',
      ].join('\n'),
      schema: SCHEMA,
    },
    item: folders,
    event: [
      {
        listen: 'prerequest',
        script: { type: 'text/javascript', exec: lines(POSTMAN_PRE_REQUEST) },
      },
      { listen: 'test', script: { type: 'text/javascript', exec: lines(POSTMAN_TEST) } },
    ],
    variable: [
      { key: SCRIPT_VARIABLES.lastNonce, value: '0', type: 'string' },
      ...Object.entries(CHAINED_PARAMS).map(([key, { example }]) => ({
        key,
        value: example,
        type: 'string',
      })),
      ...[...pathVariables].map(([key, value]) => ({ key, value, type: 'string' })),
    ],
  };
}

export function postmanEnvironment(target: ExportTarget) {
  const V = SCRIPT_VARIABLES;
  return {
    id: stableId(`postman-environment-${target.id}`),
    name: target.name,
    values: [
      { key: 'baseUrl', value: target.baseUrl, type: 'default', enabled: true },
      { key: V.apiKey, value: '', type: 'default', enabled: true },
      // Type the secret here in Postman; the exported file never holds one.
      { key: V.apiSecret, value: '', type: 'secret', enabled: true },
      { key: V.account, value: '', type: 'default', enabled: true },
      { key: V.nonceMode, value: 'ms', type: 'default', enabled: true },
    ],
    _postman_variable_scope: 'environment',
  };
}
