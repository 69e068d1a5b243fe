import { defineStrings } from './index.ts';

/** Developer-tool downloads (Postman, Bruno, OpenAPI) and the OpenAPI reference page. */
const strings = defineStrings({
  en: {
    downloadsLabel: 'Downloads for API clients',
    postmanCollection: 'Postman collection (v2.1), signs every request',
    postmanEnvironment: 'Postman environment: {name}',
    brunoCollection: 'Bruno collection (folder of .bru files, zipped), same signing script',
    openApi: 'OpenAPI 3.1 description of the emulated API (JSON)',
    target: {
      'local-emulator': 'local emulator',
      'hosted-emulator': 'this site’s emulator',
      'gemini-sandbox': 'Gemini sandbox',
    },
    secretNote:
      'No file contains a key or secret: type your sandbox key into apiKey and its secret into apiSecret, a secret value that stays in your client.',
    endpointsHeading: 'Endpoints',
    signedBadge: 'signed',
    publicBadge: 'public',
    loadScalar: 'Open the interactive reference (Scalar)',
    loadingScalar: 'Loading the interactive reference…',
    scalarFailed:
      'The interactive reference could not be loaded: {error}. The list above is complete.',
  },
  de: {
    downloadsLabel: 'Downloads für API-Clients',
    postmanCollection: 'Postman-Collection (v2.1), signiert jede Anfrage',
    postmanEnvironment: 'Postman-Environment: {name}',
    brunoCollection: 'Bruno-Collection (Ordner mit .bru-Dateien, gezippt), gleiches Signier-Skript',
    openApi: 'OpenAPI-3.1-Beschreibung der emulierten API (JSON)',
    target: {
      'local-emulator': 'lokaler Emulator',
      'hosted-emulator': 'Emulator dieser Website',
      'gemini-sandbox': 'Gemini-Sandbox',
    },
    secretNote:
      'Keine Datei enthält einen Schlüssel oder ein Secret: Den Sandbox-Schlüssel in apiKey eintragen, das Secret in apiSecret, einen geheimen Wert, der in Ihrem Client bleibt.',
    endpointsHeading: 'Endpunkte',
    signedBadge: 'signiert',
    publicBadge: 'öffentlich',
    loadScalar: 'Interaktive Referenz öffnen (Scalar)',
    loadingScalar: 'Die interaktive Referenz wird geladen …',
    scalarFailed:
      'Die interaktive Referenz ließ sich nicht laden: {error}. Die Liste oben ist vollständig.',
  },
});

export default strings;
