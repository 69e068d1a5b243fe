/**
 * The emulator catalogue with its texts in one language: the catalogue (./catalogue.ts) holds
 * the facts, src/i18n/endpoints.ts the English and German texts. Every reader of an endpoint's
 * or param's text (the playground, the support desk, the Postman/Bruno/OpenAPI exports) goes
 * through `localizeEndpoint`. Build-time and server code only: the islands get the localized
 * entries as props, so no script bundle carries this module's texts.
 */
import endpointStrings from '../../i18n/endpoints.ts';
import type { Locale } from '../../site.ts';
import type { EndpointPath, EndpointSpec, ParamSpec, ParamTextId } from './catalogue.ts';

export interface LocalizedParam extends Omit<ParamSpec, 'text'> {
  description: string;
}

export interface LocalizedEndpoint extends Omit<EndpointSpec, 'params'> {
  description: string;
  params: readonly LocalizedParam[];
}

/** Typed against the catalogue: a catalogue path or param id without its text does not compile. */
const texts: Record<
  Locale,
  { endpoint: Record<EndpointPath, string>; param: Record<ParamTextId, string> }
> = endpointStrings;

export function localizeEndpoint(
  endpoint: EndpointSpec<EndpointPath>,
  locale: Locale,
): LocalizedEndpoint {
  const { params, ...facts } = endpoint;
  return {
    ...facts,
    description: texts[locale].endpoint[endpoint.path],
    params: params.map(({ text, ...param }) => ({
      ...param,
      description: texts[locale].param[text],
    })),
  };
}

/** The catalogue in one language, as the playground page passes it to its island. */
export function localizeCatalogue(
  catalogue: readonly EndpointSpec<EndpointPath>[],
  locale: Locale,
): LocalizedEndpoint[] {
  return catalogue.map((endpoint) => localizeEndpoint(endpoint, locale));
}
