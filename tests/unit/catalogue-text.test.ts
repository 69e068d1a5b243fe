/**
 * The emulator catalogue's texts (src/i18n/endpoints.ts) against its facts
 * (src/lib/emulator/catalogue.ts): every endpoint and param has its text in both locales, and no
 * text is left over. tests/unit/i18n.test.ts checks the English/German parity of the file.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import endpointStrings from '../../src/i18n/endpoints.ts';
import {
  CATALOGUE,
  ORDER_EVENTS_ENDPOINT,
  type EndpointPath,
  type ParamTextId,
} from '../../src/lib/emulator/catalogue.ts';
import { localizeCatalogue, localizeEndpoint } from '../../src/lib/emulator/catalogue-text.ts';
import { locales } from '../../src/site.ts';

const endpoints = [...CATALOGUE, ORDER_EVENTS_ENDPOINT];

describe('the catalogue texts', () => {
  for (const locale of locales) {
    it(`${locale}: every endpoint and every param has a text of its own locale`, () => {
      for (const endpoint of endpoints) {
        const localized = localizeEndpoint(endpoint, locale);
        expect(localized.description.trim(), endpoint.path).not.toBe('');
        expect(localized.description).toBe(endpointStrings[locale].endpoint[endpoint.path]);
        expect(localized.params.map((param) => param.name)).toEqual(
          endpoint.params.map((param) => param.name),
        );
        for (const param of localized.params)
          expect(param.description.trim(), `${endpoint.path} ${param.name}`).not.toBe('');
      }
    });
  }

  it('has no text for an endpoint or param id the catalogue does not have', () => {
    expect(Object.keys(endpointStrings.en.endpoint).sort()).toEqual(
      endpoints.map((endpoint) => endpoint.path).sort(),
    );
    const used = new Set(endpoints.flatMap((endpoint) => endpoint.params.map((p) => p.text)));
    expect(Object.keys(endpointStrings.en.param).sort()).toEqual([...used].sort());
  });

  it('gives German and English apart, and a shared param text once for all its endpoints', () => {
    const order = CATALOGUE.find((endpoint) => endpoint.path === '/v1/order/new')!;
    expect(localizeEndpoint(order, 'de').description).not.toBe(
      localizeEndpoint(order, 'en').description,
    );
    const symbolTexts = CATALOGUE.flatMap((endpoint) =>
      localizeEndpoint(endpoint, 'de').params.filter((p) => p.in === 'path' && p.name === 'symbol'),
    ).map((param) => param.description);
    expect(symbolTexts.length).toBeGreaterThan(3);
    expect(new Set(symbolTexts)).toEqual(new Set([endpointStrings.de.param.symbolInPath]));
  });

  it('keeps the facts out of the texts: the localized entry has no text id, only descriptions', () => {
    const [param] = localizeEndpoint(CATALOGUE[0]!, 'en').params;
    expect(param).not.toHaveProperty('text');
    expect(param).toHaveProperty('description');
  });

  it('types: only catalogue paths have texts (checked by npm run check)', () => {
    expectTypeOf<'/v1/order/new'>().toExtend<EndpointPath>();
    expectTypeOf<'/v1/order/events'>().toExtend<EndpointPath>();
    expectTypeOf<'/v1/nowhere'>().not.toExtend<EndpointPath>();
    expectTypeOf<'symbolInPath'>().toExtend<ParamTextId>();
    expectTypeOf<'symbol'>().not.toExtend<ParamTextId>();
  });

  it('keeps every endpoint and param, with the text of one language', () => {
    const german = localizeCatalogue(CATALOGUE, 'de');
    expect(german.map((entry) => entry.path)).toEqual(CATALOGUE.map((entry) => entry.path));
    const order = german.find((entry) => entry.path === '/v1/order/new')!;
    expect(order.description).toBe(endpointStrings.de.endpoint['/v1/order/new']);
    expect(typeof order.params[0]!.description).toBe('string');
  });
});
