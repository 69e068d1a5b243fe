/**
 * The emulator's endpoint catalogue as requests for API clients (Postman, Bruno) and OpenAPI:
 * one place decides names, folders, example payload params and the descriptions, so every
 * export lists the same endpoints with the same params and cannot drift from the emulator.
 */
import {
  CATALOGUE,
  type CatalogueEndpoint,
  type EndpointSpec,
  type ParamSpec,
} from '../emulator/catalogue.ts';
import { localizeEndpoint } from '../emulator/catalogue-text.ts';

export type ExportLocale = 'en' | 'de';

export interface ExportRequest {
  endpoint: CatalogueEndpoint;
  /** e.g. "POST /v1/order/new". */
  name: string;
  folder: 'Private' | 'Public';
  /** The URL path after the base URL, path params as `{{name}}`: /v2/ticker/{{symbol}}. */
  urlPath: string;
  /** Path params with their example values. */
  pathParams: Array<{ name: string; value: string }>;
  /** The example params of the request body as JSON text (private endpoints), `{{order_id}}` chained. */
  bodyText: string;
  /** Markdown: what the endpoint does, its roles and every documented param. */
  description: string;
}

/** Collection variables that chain requests: the response of order/new fills `order_id`. */
export const CHAINED_PARAMS: Record<string, { example: string }> = {
  order_id: { example: '7000000001' },
};

/** Params left out of the example body: all but the first of a one-of group (it would conflict). */
function inExampleBody(endpoint: EndpointSpec, param: ParamSpec): boolean {
  if (param.in !== 'payload') return false;
  const group = endpoint.oneOf ?? [];
  return !group.includes(param.name) || group[0] === param.name;
}

function exampleBody(endpoint: EndpointSpec): string {
  const params = endpoint.params.filter((param) => inExampleBody(endpoint, param));
  if (params.length === 0) return '';
  const lines = params.map((param) => {
    const value =
      param.name in CHAINED_PARAMS && param.type === 'integer'
        ? `{{${param.name}}}`
        : JSON.stringify(param.example);
    return `  ${JSON.stringify(param.name)}: ${value}`;
  });
  return `{\n${lines.join(',\n')}\n}`;
}

const ROLE_LABEL: Record<string, string> = {
  trader: 'Trader',
  fundmanager: 'Fund Manager',
  auditor: 'Auditor',
  administrator: 'Administrator',
};

export function describeEndpoint(
  catalogued: CatalogueEndpoint,
  locale: ExportLocale = 'en',
): string {
  const de = locale === 'de';
  const endpoint = localizeEndpoint(catalogued, locale);
  const lines = [endpoint.description, ''];
  if (endpoint.access === 'private') {
    const roles = endpoint.roles
      .map((role) => ROLE_LABEL[role] ?? role)
      .join(de ? ' oder ' : ' or ');
    lines.push(de ? `Signiert. Rollen: ${roles}.` : `Signed. Roles: ${roles}.`);
    if (endpoint.oneOf) {
      const names = endpoint.oneOf.map((name) => `\`${name}\``).join(de ? ' oder ' : ' or ');
      lines.push(de ? `Mindestens einer von ${names}.` : `At least one of ${names}.`);
    }
  } else {
    lines.push(de ? 'Öffentlich: ohne Schlüssel und Signatur.' : 'Public: no key, no signature.');
  }
  if (endpoint.params.length > 0) {
    lines.push(
      '',
      de ? '| Parameter | Typ | Pflicht | Bedeutung |' : '| Param | Type | Required | Meaning |',
      '| --- | --- | --- | --- |',
    );
    for (const param of endpoint.params) {
      const type = param.enum ? `${param.type} (${param.enum.join(', ')})` : param.type;
      const required = param.required ? (de ? 'ja' : 'yes') : de ? 'nein' : 'no';
      lines.push(`| \`${param.name}\` | ${type} | ${required} | ${param.description} |`);
    }
  }
  return lines.join('\n');
}

export function exportRequests(
  catalogue: readonly CatalogueEndpoint[] = CATALOGUE,
): ExportRequest[] {
  return catalogue.map((endpoint) => {
    if ((endpoint.access === 'private') !== (endpoint.method === 'POST')) {
      // The signing scripts sign exactly the POSTs; a signed GET would need another rule.
      throw new Error(
        `${endpoint.method} ${endpoint.path}: exports expect private = POST, public = GET.`,
      );
    }
    const pathParams = endpoint.params
      .filter((param) => param.in === 'path')
      .map((param) => ({ name: param.name, value: String(param.example) }));
    return {
      endpoint,
      name: `${endpoint.method} ${endpoint.path}`,
      folder: endpoint.access === 'private' ? 'Private' : 'Public',
      urlPath: endpoint.path.replace(/:([a-z_]+)/g, '{{$1}}'),
      pathParams,
      bodyText: endpoint.access === 'private' ? exampleBody(endpoint) : '',
      description: describeEndpoint(endpoint),
    };
  });
}
