import { describe, expect, it } from 'vitest';
import {
  decodeShareQuery,
  encodeShareQuery,
  parsePersisted,
  serializePersisted,
  shareUrl,
  type PersistedState,
  type ShareableState,
} from '../../src/lib/playground/state.ts';

const known = (path: string) => ['/v1/balances', '/v1/order/new'].includes(path);
const state: ShareableState = {
  target: 'local',
  endpoint: '/v1/order/new',
  params: '{\n  "symbol": "btcusd",\n  "note": "a&b=c ü #"\n}',
  nonceMode: 'manual',
  experiment: 'replayed-nonce',
};

describe('share links', () => {
  it('round-trip every shareable field', () => {
    const decoded = decodeShareQuery(encodeShareQuery(state), known);
    expect(decoded).toEqual({ state, problems: [] });
  });

  it('use the contract field names and the playground path', () => {
    const url = new URL(shareUrl('https://guide.example', 'de', state));
    expect(url.pathname).toBe('/de/tools/playground/');
    expect([...url.searchParams.keys()]).toEqual([
      'target',
      'endpoint',
      'params',
      'nonce',
      'experiment',
    ]);
  });

  it('leave out empty params and no experiment', () => {
    const query = encodeShareQuery({ ...state, params: '{}', experiment: null });
    expect(query).toBe('target=local&endpoint=%2Fv1%2Forder%2Fnew&nonce=manual');
  });

  it('refuse a production target and keep the rest', () => {
    const decoded = decodeShareQuery('target=https://api.gemini.com&endpoint=/v1/balances', known);
    expect(decoded.state).toEqual({ endpoint: '/v1/balances' });
    expect(decoded.problems).toEqual([
      { field: 'target', refusal: { code: 'production-host', host: 'api.gemini.com' } },
    ]);
  });

  it('report every field it cannot use', () => {
    const decoded = decodeShareQuery(
      `endpoint=/v1/nope&nonce=hours&experiment=boom&params=${'x'.repeat(5000)}`,
      known,
    );
    expect(decoded.state).toEqual({});
    expect(decoded.problems.map((problem) => problem.field)).toEqual([
      'endpoint',
      'params',
      'nonce',
      'experiment',
    ]);
  });

  it('ignore credentials in a link and say so', () => {
    const decoded = decodeShareQuery('target=builtin&secret=abc&apiKey=k&foo=1', known);
    expect(decoded.state).toEqual({ target: 'builtin' });
    expect(decoded.problems).toEqual([
      { field: 'credentials', code: 'credentials-ignored', names: ['secret', 'apiKey'] },
    ]);
  });
});

describe('persistence', () => {
  it('writes only whitelisted fields, whatever the object holds', () => {
    const withSecret = {
      ...state,
      manualNonce: '17',
      secret: 'leak-me',
      key: { secret: 'leak-me-too' },
    } as PersistedState;
    const raw = serializePersisted(withSecret);
    expect(raw).not.toContain('leak-me');
    expect(Object.keys(JSON.parse(raw))).toEqual([
      'target',
      'endpoint',
      'params',
      'nonceMode',
      'experiment',
      'manualNonce',
    ]);
  });

  it('reads back what it wrote', () => {
    const saved: PersistedState = { ...state, manualNonce: '1700000000000' };
    expect(parsePersisted(serializePersisted(saved), known)).toEqual(saved);
  });

  it('drops what it cannot read, field by field', () => {
    expect(parsePersisted(null, known)).toEqual({});
    expect(parsePersisted('not json', known)).toEqual({});
    expect(parsePersisted('[1]', known)).toEqual({});
    expect(
      parsePersisted(
        JSON.stringify({
          target: 'https://api.gemini.com',
          endpoint: '/v1/balances',
          manualNonce: 'x1',
        }),
        known,
      ),
    ).toEqual({ endpoint: '/v1/balances' });
  });
});
