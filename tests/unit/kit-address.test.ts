import { describe, expect, it } from 'vitest';
import { stripCredentialsFromAddress, type AddressEnv } from '../../src/components/kit/address.ts';

function page(href: string, state: unknown = null) {
  const url = new URL(href);
  const calls: Array<[unknown, string]> = [];
  const env: AddressEnv = {
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    history: {
      state,
      replaceState: (data: unknown, _unused: string, next?: string | URL | null) => {
        calls.push([data, String(next)]);
      },
    },
  };
  return { env, calls };
}

describe('stripCredentialsFromAddress', () => {
  it('rewrites the address and its history entry without the credentials, keeping the rest', () => {
    const { env, calls } = page(
      'https://site.example/en/tools/signature-doctor/?payload=eyJ9&secret=s1&apiKey=k#result',
      { scroll: 1 },
    );
    const stripped = stripCredentialsFromAddress(['payload', 'signature'], env);
    expect(stripped.names).toEqual(['secret', 'apiKey']);
    expect(stripped.values).toEqual(['s1', 'k']);
    expect(calls).toEqual([[{ scroll: 1 }, '/en/tools/signature-doctor/?payload=eyJ9#result']]);
  });

  it('drops the question mark when nothing is left, and leaves a clean address alone', () => {
    const dirty = page('https://site.example/en/tools/support-desk/?token=t');
    stripCredentialsFromAddress([], dirty.env);
    expect(dirty.calls).toEqual([[null, '/en/tools/support-desk/']]);

    const clean = page('https://site.example/en/tools/backoff-lab/?preset=gemini');
    expect(stripCredentialsFromAddress(['preset'], clean.env).names).toEqual([]);
    expect(clean.calls).toEqual([]);
  });
});
