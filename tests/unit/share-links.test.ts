import { describe, expect, it } from 'vitest';
import { readPrefill, toolLink } from '../../src/lib/share/links.ts';
import { stripCredentialParams } from '../../src/lib/share/credentials.ts';

describe('toolLink', () => {
  it('carries the payload and the signature, in that order, and nothing empty', () => {
    expect(
      toolLink('https://site.example', '/en/tools/signature-doctor/', {
        signature: 'ab12',
        payload: 'eyJ9+/=',
      }),
    ).toBe('https://site.example/en/tools/signature-doctor/?payload=eyJ9%2B%2F%3D&signature=ab12');
    expect(
      toolLink('https://site.example', '/de/tools/payload-decoder/', {
        payload: 'eyJ9',
        signature: '',
      }),
    ).toBe('https://site.example/de/tools/payload-decoder/?payload=eyJ9');
  });

  it('writes no other field, whatever the caller passes', () => {
    const prefill = { payload: 'eyJ9', secret: 'S3cret' } as Parameters<typeof toolLink>[2];
    const link = toolLink('https://site.example', '/en/tools/payload-decoder/', prefill);
    expect(link).not.toContain('S3cret');
    expect(stripCredentialParams(new URL(link).search, ['payload']).names).toEqual([]);
  });
});

describe('readPrefill', () => {
  it('reads what toolLink wrote', () => {
    const link = toolLink('https://site.example', '/en/tools/signature-doctor/', {
      payload: 'eyJub25jZSI6MX0+/=',
      signature: 'ab12',
    });
    expect(readPrefill(new URL(link).search)).toEqual({
      payload: 'eyJub25jZSI6MX0+/=',
      signature: 'ab12',
    });
  });

  it('repairs a + that arrived as a space, trims the signature, and reads nothing else', () => {
    expect(readPrefill('?payload=ab+cd&signature=%20ff%20&secret=s')).toEqual({
      payload: 'ab+cd',
      signature: 'ff',
    });
    expect(readPrefill('?payload=&signature=')).toEqual({
      payload: undefined,
      signature: undefined,
    });
  });
});
