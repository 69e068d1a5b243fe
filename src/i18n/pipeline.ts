import { defineStrings } from './index.ts';

/**
 * Strings of the signing pipeline: the lesson embed (`<Playground mode="pipeline">`,
 * PipelineDemo.svelte) ships only these; the full playground gets them together with its own
 * (./playground.ts). `json`, `issue` and `stage` are keyed by the code they describe.
 */
const strings = defineStrings({
  en: {
    pipelineDemoLabel: 'Live signing pipeline',
    rawLabel: 'Params as JSON',
    openInPlayground: 'Open this request in the playground',
    pipelineTitle: 'Signing pipeline',
    pipelinePublic:
      'A public endpoint has no payload and no signature: the request is a plain GET to {url}.',
    pipelineWaiting: 'The pipeline waits for valid params and nonce.',
    pipelineSent: 'Exactly what was sent at {time}.',
    pipelinePreview:
      'Preview, updated as you type: nothing has been sent. The nonce is the clock’s value now; sending uses a fresh one.',
    pipelineExampleKey: 'Signed with Gemini’s documented example secret 1234abcd, not a real key.',
    bytes: '{bytes} bytes',
    stage: {
      params: 'Params',
      payload: 'Payload',
      json: 'JSON text',
      base64: 'Base64',
      signature: 'HMAC-SHA384',
      headers: 'Headers',
    },
    stageLine: {
      params: 'The endpoint’s params, as you entered them.',
      payload: 'request (the path) and nonce are added first, then the params.',
      json: 'The payload as compact JSON: these exact bytes get encoded and signed.',
      base64: 'The JSON’s UTF-8 bytes in standard base64: the X-GEMINI-PAYLOAD header.',
      signature:
        'HMAC-SHA384 of the base64 text, keyed with the secret, as lower-case hex: the X-GEMINI-SIGNATURE header.',
      headers: 'The six headers of the POST; its body stays empty.',
    },
    stageLink: 'Lesson step',
    added: 'added',
    pathMissing: 'Fill in {names}: it is part of the URL.',
    jsonError: 'Line {line}, column {column}: {problem}',
    json: {
      empty: 'the params are empty; write {} for no params.',
      'unexpected-character': 'expected {expected}, found {found}.',
      'unexpected-end': 'the text ends too early; expected {expected}.',
      'unterminated-string': 'this string is not closed; add the closing ".',
      'control-character':
        'a tab or other control character inside a string; write it as an escape such as \\t.',
      'bad-escape':
        '{found} is not a JSON escape; use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX.',
      'bad-number':
        '{found} is not a JSON number (no leading zeros, digits after a decimal point).',
      'trailing-comma': 'a comma with nothing after it; remove that comma.',
      'duplicate-key': 'the key "{found}" appears twice; keep one of them.',
      'trailing-content': 'there is more text after the params object; remove it.',
      'too-deep': 'the params are nested too deeply.',
    },
    expect: {
      value: 'a value (a string in double quotes, a number, true, false, null, [ or {)',
      key: 'a key in double quotes',
      colon: '“:” after the key',
      'comma-or-close-brace': '“,” or “}”',
      'comma-or-close-bracket': '“,” or “]”',
      'double-quoted-string': 'a string in double quotes (JSON has no single quotes)',
      'closing-quote': 'a closing "',
      escape: 'an escape',
      number: 'a number',
      object: 'an object such as {}',
      'nothing-more': 'nothing more',
      none: 'something else',
    },
    found_end: 'the end of the text',
    found_linebreak: 'a line break',
    found_tab: 'a tab',
    issue: {
      missing: '{name} is required.',
      'wrong-type': '{name} should be {type}.',
      'not-allowed': '{name} must be one of: {allowed}.',
      unknown: '{name} is not a param of this endpoint; the sandbox may reject it.',
      reserved: '{name} is added by the pipeline; remove it from the params.',
      'one-of': 'Give {names}.',
      'not-an-object': 'The params must be a JSON object: { … }.',
    },
    type: {
      string: 'a string',
      decimal: 'a decimal number written as a string, such as "0.001"',
      integer: 'a whole number',
      boolean: 'true or false',
      'string[]': 'a list of strings',
    },
    or: ' or ',
  },
  de: {
    pipelineDemoLabel: 'Live-Signatur-Pipeline',
    rawLabel: 'Parameter als JSON',
    openInPlayground: 'Diese Anfrage im Playground öffnen',
    pipelineTitle: 'Signatur-Pipeline',
    pipelinePublic:
      'Ein öffentlicher Endpunkt hat weder Payload noch Signatur: Die Anfrage ist ein einfaches GET an {url}.',
    pipelineWaiting: 'Die Pipeline wartet auf gültige Parameter und Nonce.',
    pipelineSent: 'Genau das wurde um {time} gesendet.',
    pipelinePreview:
      'Vorschau, die sich beim Tippen aktualisiert: Es wurde nichts gesendet. Die Nonce ist der aktuelle Wert der Uhr; beim Senden wird eine frische verwendet.',
    pipelineExampleKey:
      'Signiert mit Geminis dokumentiertem Beispiel-Secret 1234abcd, keinem echten Schlüssel.',
    bytes: '{bytes} Bytes',
    stage: {
      params: 'Parameter',
      payload: 'Payload',
      json: 'JSON-Text',
      base64: 'Base64',
      signature: 'HMAC-SHA384',
      headers: 'Header',
    },
    stageLine: {
      params: 'Die Parameter des Endpunkts, wie Sie sie eingegeben haben.',
      payload: 'Zuerst kommen request (der Pfad) und nonce hinzu, dann die Parameter.',
      json: 'Der Payload als kompaktes JSON: Genau diese Bytes werden kodiert und signiert.',
      base64: 'Die UTF-8-Bytes des JSON in Standard-Base64: der Header X-GEMINI-PAYLOAD.',
      signature:
        'HMAC-SHA384 über den Base64-Text, mit dem Secret als Schlüssel, in Hex-Kleinbuchstaben: der Header X-GEMINI-SIGNATURE.',
      headers: 'Die sechs Header des POST; sein Body bleibt leer.',
    },
    stageLink: 'Lektionsschritt',
    added: 'hinzugefügt',
    pathMissing: 'Füllen Sie {names} aus: Es ist Teil der URL.',
    jsonError: 'Zeile {line}, Spalte {column}: {problem}',
    json: {
      empty: 'Die Parameter sind leer; schreiben Sie {} für keine Parameter.',
      'unexpected-character': 'erwartet {expected}, gefunden {found}.',
      'unexpected-end': 'Der Text endet zu früh; erwartet {expected}.',
      'unterminated-string': 'Dieser String ist nicht geschlossen; ergänzen Sie das schließende ".',
      'control-character':
        'Ein Tabulator oder anderes Steuerzeichen in einem String; schreiben Sie es als Escape wie \\t.',
      'bad-escape':
        '{found} ist kein JSON-Escape; verwenden Sie \\" \\\\ \\/ \\b \\f \\n \\r \\t oder \\uXXXX.',
      'bad-number':
        '{found} ist keine JSON-Zahl (keine führenden Nullen, Ziffern nach dem Dezimalpunkt).',
      'trailing-comma': 'Ein Komma, nach dem nichts folgt; entfernen Sie dieses Komma.',
      'duplicate-key': 'Der Schlüssel "{found}" kommt zweimal vor; behalten Sie einen.',
      'trailing-content': 'Nach dem Parameter-Objekt folgt noch Text; entfernen Sie ihn.',
      'too-deep': 'Die Parameter sind zu tief verschachtelt.',
    },
    expect: {
      value:
        'ein Wert (ein String in doppelten Anführungszeichen, eine Zahl, true, false, null, [ oder {)',
      key: 'ein Schlüssel in doppelten Anführungszeichen',
      colon: '„:“ nach dem Schlüssel',
      'comma-or-close-brace': '„,“ oder „}“',
      'comma-or-close-bracket': '„,“ oder „]“',
      'double-quoted-string':
        'ein String in doppelten Anführungszeichen (JSON kennt keine einfachen)',
      'closing-quote': 'ein schließendes "',
      escape: 'ein Escape',
      number: 'eine Zahl',
      object: 'ein Objekt wie {}',
      'nothing-more': 'nichts weiter',
      none: 'etwas anderes',
    },
    found_end: 'das Ende des Texts',
    found_linebreak: 'ein Zeilenumbruch',
    found_tab: 'ein Tabulator',
    issue: {
      missing: '{name} ist Pflicht.',
      'wrong-type': '{name} sollte {type} sein.',
      'not-allowed': '{name} muss einer dieser Werte sein: {allowed}.',
      unknown: '{name} ist kein Parameter dieses Endpunkts; die Sandbox lehnt ihn womöglich ab.',
      reserved: '{name} fügt die Pipeline hinzu; entfernen Sie es aus den Parametern.',
      'one-of': 'Geben Sie {names} an.',
      'not-an-object': 'Die Parameter müssen ein JSON-Objekt sein: { … }.',
    },
    type: {
      string: 'ein String',
      decimal: 'eine Dezimalzahl als String, etwa "0.001"',
      integer: 'eine ganze Zahl',
      boolean: 'true oder false',
      'string[]': 'eine Liste von Strings',
    },
    or: ' oder ',
  },
});

export type PipelineStrings = (typeof strings)['en'];
export default strings;
