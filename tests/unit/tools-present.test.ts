import { describe, expect, it } from 'vitest';
import { stripCredentialParams } from '../../src/components/tools/present.ts';

describe('stripCredentialParams (issue 17, finding 8)', () => {
  it('removes secret-like parameters in any spelling and keeps the rest', () => {
    const { url, removed } = stripCredentialParams(
      'https://site.example/en/tools/payload-decoder/?payload=eyJ9&secret=s1&api_secret=s2&apiKey=k&API-SECRET=s3&password=p&signature=ab#top',
    );
    expect(removed).toEqual(['secret', 'api_secret', 'apiKey', 'API-SECRET', 'password']);
    expect(url).toBe(
      'https://site.example/en/tools/payload-decoder/?payload=eyJ9&signature=ab#top',
    );
  });

  it('leaves a clean address alone', () => {
    const href = 'https://site.example/de/tools/signature-doctor/?payload=eyJ9';
    expect(stripCredentialParams(href)).toEqual({ url: href, removed: [] });
  });
});
