import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/emulator/catalogue.ts';
import { LosslessNumber, parseJson, stringifyJson } from '../../src/lib/json/index.ts';

const n = (text: string) => new LosslessNumber(text);
import { localizeCatalogue } from '../../src/lib/emulator/catalogue-text.ts';
import {
  endpointByPath,
  exampleParams,
  fillPath,
  validateParams,
} from '../../src/lib/playground/endpoints.ts';

const catalogue = localizeCatalogue(CATALOGUE, 'en');
const endpoint = (path: string) => endpointByPath(catalogue, path)!;

describe('endpointByPath', () => {
  it('finds entries by their exact catalogue path only', () => {
    expect(endpointByPath(catalogue, '/v1/pubticker/:symbol')).toBeDefined();
    expect(endpointByPath(catalogue, '/v1/pubticker/btcusd')).toBeUndefined();
  });
});

describe('exampleParams', () => {
  it('gives every endpoint params that validate cleanly (as the editor reads them back)', () => {
    for (const entry of catalogue) {
      const params = parseJson(stringifyJson(exampleParams(entry), 2));
      expect(validateParams(entry, params), entry.path).toEqual([]);
    }
  });

  it('starts an order with the required fields and a status query with one of its ids', () => {
    expect(exampleParams(endpoint('/v1/order/new'))).toEqual({
      symbol: 'btcusd',
      amount: '0.001',
      price: '30000.00',
      side: 'buy',
      type: 'exchange limit',
    });
    expect(Object.keys(exampleParams(endpoint('/v1/order/status')))).toEqual(['order_id']);
  });
});

describe('validateParams', () => {
  const order = endpoint('/v1/order/new');

  it('names missing, mistyped, disallowed, unknown and reserved params', () => {
    expect(
      validateParams(order, {
        symbol: 'btcusd',
        amount: n('0.001'),
        price: '1e3',
        side: 'hold',
        options: ['maker-or-cancel', 'sometimes'],
        colour: 'blue',
        nonce: n('5'),
      }),
    ).toEqual([
      { name: 'amount', code: 'wrong-type', expected: 'decimal' },
      { name: 'price', code: 'wrong-type', expected: 'decimal' },
      { name: 'side', code: 'not-allowed', allowed: ['buy', 'sell'] },
      { name: 'type', code: 'missing' },
      {
        name: 'options',
        code: 'not-allowed',
        allowed: ['maker-or-cancel', 'immediate-or-cancel', 'fill-or-kill'],
      },
      { name: 'colour', code: 'unknown' },
      { name: 'nonce', code: 'reserved' },
    ]);
  });

  it('asks for one of order_id or client_order_id', () => {
    expect(validateParams(endpoint('/v1/order/status'), {})).toEqual([
      { name: 'order_id', code: 'one-of', names: ['order_id', 'client_order_id'] },
    ]);
    expect(validateParams(endpoint('/v1/order/status'), { client_order_id: 'x' })).toEqual([]);
  });

  it('accepts big integers as integers, and account for master keys', () => {
    expect(
      validateParams(endpoint('/v1/order/cancel'), {
        order_id: n('18446744073709551615'),
        account: 'primary',
      }),
    ).toEqual([]);
  });

  it('wants an object', () => {
    expect(validateParams(order, [n('1'), n('2')])).toEqual([{ name: '', code: 'not-an-object' }]);
  });
});

describe('fillPath', () => {
  it('fills path params, URL-encoded, and keeps the rest for the payload', () => {
    expect(fillPath('/v1/pubticker/:symbol', { symbol: 'btc/usd?x', extra: n('1') })).toEqual({
      ok: true,
      path: '/v1/pubticker/btc%2Fusd%3Fx',
      payloadParams: { extra: n('1') },
    });
  });

  it('names missing path params', () => {
    expect(fillPath('/v1/pubticker/:symbol', { symbol: '' })).toEqual({
      ok: false,
      missing: ['symbol'],
    });
    expect(fillPath('/v1/balances', {})).toEqual({
      ok: true,
      path: '/v1/balances',
      payloadParams: {},
    });
  });
});
