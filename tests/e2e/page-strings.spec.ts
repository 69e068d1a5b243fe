import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import endpointStrings from '../../src/i18n/endpoints.ts';
import kitStrings from '../../src/i18n/kit.ts';

/** Every page with an island that uses the copy/share kit (src/components/kit/). */
const KIT_PAGES = [
  'playground',
  'backoff-lab',
  'payload-decoder',
  'signature-doctor',
  'support-desk',
];

test('each kit island ships the kit strings of its page locale only', () => {
  for (const locale of ['en', 'de'] as const) {
    const other = locale === 'en' ? 'de' : 'en';
    for (const page of KIT_PAGES) {
      const html = readFileSync(join('dist', locale, 'tools', page, 'index.html'), 'utf8');
      // A string the kit only shows when the clipboard is refused: in the props, never rendered.
      const own = kitStrings[locale].linkManual;
      const foreign = kitStrings[other].linkManual;
      expect(html.includes(own), `${locale}/tools/${page} has its kit strings`).toBe(true);
      expect(html.includes(foreign), `${locale}/tools/${page} ships ${other} kit strings`).toBe(
        false,
      );
    }
  }
});

/** Every built script with its text. */
function scripts(): Array<[string, string]> {
  const files = readdirSync(join('dist', '_astro')).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  return files.map((file) => [file, readFileSync(join('dist', '_astro', file), 'utf8')]);
}

test('no script bundle carries the kit strings (they arrive as island props)', () => {
  for (const [file, code] of scripts()) {
    for (const locale of ['en', 'de'] as const) {
      expect(code.includes(kitStrings[locale].linkManual), `${file}: ${locale} kit strings`).toBe(
        false,
      );
    }
  }
});

test('no script bundle carries the endpoint catalogue texts (they arrive as island props)', () => {
  const playground = readFileSync(join('dist', 'en', 'tools', 'playground', 'index.html'), 'utf8');
  const probe = endpointStrings.en.endpoint['/v1/roles'];
  expect(playground.includes(probe), 'the playground page has the catalogue texts').toBe(true);
  for (const [file, code] of scripts()) {
    for (const locale of ['en', 'de'] as const) {
      const text = endpointStrings[locale].endpoint['/v1/roles'];
      expect(code.includes(text), `${file}: ${locale} catalogue texts`).toBe(false);
    }
  }
});
