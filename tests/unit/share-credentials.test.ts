import { describe, expect, it } from 'vitest';
import { isCredentialParam, stripCredentialParams } from '../../src/lib/share/credentials.ts';
import { SHARE_FIELDS, decodeShareQuery } from '../../src/lib/playground/state.ts';
import { SHARE_PARAMS } from '../../src/lib/backoff/settings.ts';
import { TOOL_LINK_PARAMS } from '../../src/lib/share/links.ts';

describe('isCredentialParam', () => {
  it('matches credential names in any case and spelling', () => {
    for (const name of [
      'secret',
      'api_secret',
      'API-SECRET',
      'apiKey',
      'api-key',
      'key',
      'password',
      'passwd',
      'passphrase',
      'token',
      'access_token',
      'private_key',
      'credentials',
      'Authorization',
      'signature',
      'payload',
    ]) {
      expect(isCredentialParam(name), name).toBe(true);
    }
  });

  it('leaves ordinary names, and the ones a page reads, alone', () => {
    for (const name of ['target', 'endpoint', 'nonce', 'preset', 'q', 'lang']) {
      expect(isCredentialParam(name), name).toBe(false);
    }
    expect(isCredentialParam('payload', TOOL_LINK_PARAMS)).toBe(false);
    expect(isCredentialParam('signature_secret', TOOL_LINK_PARAMS)).toBe(true);
  });

  it('never flags what the playground and the backoff lab put in their own share links', () => {
    for (const name of [...SHARE_FIELDS, ...SHARE_PARAMS]) {
      expect(isCredentialParam(name), name).toBe(false);
    }
  });
});

describe('stripCredentialParams', () => {
  it('takes credential-looking parameters out, keeps the rest, and returns their values', () => {
    expect(
      stripCredentialParams(
        '?target=local&secret=a1&api_secret=b2&apiKey=c3&endpoint=/v1/balances',
        SHARE_FIELDS,
      ),
    ).toEqual({
      search: '?target=local&endpoint=%2Fv1%2Fbalances',
      names: ['secret', 'api_secret', 'apiKey'],
      values: ['a1', 'b2', 'c3'],
    });
  });

  it('keeps the parameters a page reads (the support tools: payload and signature)', () => {
    const { search, names } = stripCredentialParams(
      '?payload=eyJ9&secret=s1&api_secret=s2&apiKey=k&API-SECRET=s3&password=p&signature=ab',
      TOOL_LINK_PARAMS,
    );
    expect(names).toEqual(['secret', 'api_secret', 'apiKey', 'API-SECRET', 'password']);
    expect(search).toBe('?payload=eyJ9&signature=ab');
  });

  it('names a repeated parameter once, skips empty values, and empties a query of secrets', () => {
    expect(stripCredentialParams('?secret=x&secret=&secret=y')).toEqual({
      search: '',
      names: ['secret'],
      values: ['x', 'y'],
    });
  });

  it('returns a clean query unchanged, byte for byte', () => {
    const search = '?target=local&params=%7B%22a%22%3A1%7D';
    expect(stripCredentialParams(search, SHARE_FIELDS)).toEqual({
      search,
      names: [],
      values: [],
    });
    expect(stripCredentialParams('')).toEqual({ search: '', names: [], values: [] });
  });

  it('is the rule the playground link reader reports by', () => {
    const read = decodeShareQuery('?endpoint=/v1/balances&token=t', () => true);
    expect(read.problems).toContainEqual({
      field: 'credentials',
      code: 'credentials-ignored',
      names: ['token'],
    });
  });
});
