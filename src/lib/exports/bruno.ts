/**
 * The same collection in Bruno's own file format: a folder of `.bru` files (what Bruno opens and
 * what `bru run` executes), with the same signing core as Postman's script and one environment
 * file per sandbox target, where `apiSecret` is declared secret and has no value.
 */
import { exportRequests, CHAINED_PARAMS, type ExportRequest } from './requests.ts';
import {
  BRUNO_POST_RESPONSE,
  BRUNO_PRE_REQUEST,
  BRUNO_TEST,
  SCRIPT_VARIABLES,
} from './signing-script.ts';
import { COLLECTION_NAME } from './postman.ts';
import type { ExportTarget } from './targets.ts';

/** A multi-line `.bru` block: every line indented by two spaces. */
function block(name: string, text: string): string {
  const body = text
    .split('\n')
    .map((line) => (line ? `  ${line}` : ''))
    .join('\n');
  return `${name} {\n${body}\n}\n`;
}

function dictionary(name: string, entries: Array<[string, string | number]>): string {
  return block(name, entries.map(([key, value]) => `${key}: ${value}`).join('\n'));
}

export function bruFileName(request: ExportRequest): string {
  return `${request.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '')}.bru`;
}

function bruRequest(request: ExportRequest, seq: number): string {
  const method = request.endpoint.method.toLowerCase();
  const parts = [
    dictionary('meta', [
      ['name', request.name],
      ['type', 'http'],
      ['seq', seq],
    ]),
    dictionary(method, [
      ['url', `{{baseUrl}}${request.urlPath}`],
      ['body', request.bodyText ? 'json' : 'none'],
      ['auth', 'none'],
    ]),
  ];
  if (request.bodyText) parts.push(block('body:json', request.bodyText));
  parts.push(block('docs', request.description));
  return parts.join('\n');
}

export function brunoFiles(siteUrl: string, targets: ExportTarget[]): Map<string, string> {
  const requests = exportRequests();
  const files = new Map<string, string>();
  files.set(
    'bruno.json',
    `${JSON.stringify({ version: '1', name: COLLECTION_NAME, type: 'collection', ignore: ['node_modules', '.git'] }, null, 2)}\n`,
  );
  const variables: Array<[string, string]> = [
    [SCRIPT_VARIABLES.lastNonce, '0'],
    ...Object.entries(CHAINED_PARAMS).map(([key, { example }]): [string, string] => [key, example]),
  ];
  for (const request of requests)
    for (const param of request.pathParams)
      if (!variables.some(([key]) => key === param.name)) variables.push([param.name, param.value]);
  files.set(
    'collection.bru',
    [
      dictionary('vars:pre-request', variables),
      block('script:pre-request', BRUNO_PRE_REQUEST),
      block('script:post-response', BRUNO_POST_RESPONSE),
      block('tests', BRUNO_TEST),
      block(
        'docs',
        [
          `Every endpoint of the emulator in the unofficial Gemini exchange API guide (${siteUrl}).`,
          'Pick an environment, type your sandbox key into `apiKey` and its secret into the secret',
          '`apiSecret`; `nonceMode` is `ms` or `seconds` (time-based keys), `account` is for master keys.',
        ].join('\n'),
      ),
    ].join('\n'),
  );
  let seq = 0;
  for (const folder of ['Private', 'Public'] as const) {
    const inFolder = requests.filter((request) => request.folder === folder);
    if (inFolder.length === 0) continue;
    files.set(
      `${folder}/folder.bru`,
      dictionary('meta', [
        ['name', folder],
        ['seq', folder === 'Private' ? 1 : 2],
      ]),
    );
    for (const request of inFolder)
      files.set(`${folder}/${bruFileName(request)}`, bruRequest(request, ++seq));
  }
  for (const target of targets) {
    files.set(
      `environments/${target.id}.bru`,
      [
        dictionary('vars', [
          ['baseUrl', target.baseUrl],
          [SCRIPT_VARIABLES.apiKey, ''],
          [SCRIPT_VARIABLES.account, ''],
          [SCRIPT_VARIABLES.nonceMode, 'ms'],
        ]),
        // Bruno keeps secret values outside the collection files; this file names it only.
        `vars:secret [\n  ${SCRIPT_VARIABLES.apiSecret}\n]\n`,
      ].join('\n'),
    );
  }
  return files;
}
