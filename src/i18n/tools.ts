import { defineStrings } from './index.ts';

/**
 * Support tools (payload decoder, signature doctor). `finding[id]` follows the finding ids
 * of src/lib/diagnostics/findings.ts, `recipe[explanation]` the doctor's recipes.
 */
const strings = defineStrings({
  en: {
    // Shared
    severity: {
      error: 'Error',
      warning: 'Warning',
      info: 'Note',
    },
    step: {
      'build-payload': 'Build the payload',
      'choose-nonce': 'Choose the nonce',
      'encode-base64': 'Encode it as base64',
      'compute-signature': 'Compute the signature',
      'send-headers': 'Send the headers',
    },
    lessonLink: 'Lesson step: {step}',
    errorLink: 'Error page: {reason}',
    privacyNote: 'Everything runs in this page. Nothing you paste is sent anywhere.',
    loading: 'Loading the tool…',

    // Reading the input
    kind: {
      base64: 'an X-GEMINI-PAYLOAD value',
      json: 'JSON text',
      headers: 'request headers',
      curl: 'a curl command',
      empty: 'nothing yet',
    },
    readAs: 'Read as {kind}.',
    findingsHeading: 'What the decoder sees',
    findingsCount: 'Problems and notes: {count}',
    noFindings: 'No problems found in the payload.',
    decodedHeading: 'Decoded payload',
    fieldRequest: 'request (path)',
    fieldNonce: 'nonce',
    fieldNonceUnit: 'Likely unit',
    fieldNonceType: 'JSON type',
    fieldNonceDistance: 'Distance from now (this browser’s clock)',
    fieldAccount: 'account',
    fieldApiKey: 'X-GEMINI-APIKEY',
    fieldUrl: 'URL',
    jsonExact: 'Decoded JSON, exactly as sent',
    jsonPretty: 'Formatted',
    jsonType: {
      number: 'number',
      string: 'string',
    },
    unit: {
      counter: 'a counter (not a time)',
      seconds: 'seconds',
      milliseconds: 'milliseconds',
      microseconds: 'microseconds',
      nanoseconds: 'nanoseconds',
    },

    // Findings
    finding: {
      'empty-input':
        'Paste an X-GEMINI-PAYLOAD value, a block of request headers or a curl command.',
      'input-too-long':
        'That is {length} characters; a payload is far shorter. Paste only the X-GEMINI-PAYLOAD value, the request headers or the curl command (at most {max} characters).',
      'no-payload-found':
        'No X-GEMINI-PAYLOAD header found. Every private request carries one: the base64 of the JSON payload.',
      'payload-is-variable':
        'X-GEMINI-PAYLOAD holds a name from your code ({value}), not its value. Print the value your code sends and paste that.',
      'json-not-base64':
        'This is the JSON itself. The X-GEMINI-PAYLOAD header carries its base64, which for this exact text is: {base64}',
      'line-breaks':
        'The base64 contains line breaks. `base64` wraps its output at 76 characters and `openssl base64` at 64, but a header value is one line. Use `base64 -w0` or remove the newlines, then sign and send that one line.',
      'spaces-in-base64': 'The base64 contains spaces. Remove them, then sign and send the result.',
      base64url:
        'This is base64url (it contains “-” or “_”). Gemini expects standard base64: “+”, “/” and “=” padding.',
      'missing-padding':
        'The “=” padding at the end is missing. Send standard padded base64, exactly as your encoder produced it.',
      'invalid-base64':
        'This is not base64: “{char}” at position {position} is not a base64 character. Paste only the X-GEMINI-PAYLOAD value.',
      'truncated-base64':
        'This base64 is cut off: {length} characters cannot be complete base64. Copy the whole X-GEMINI-PAYLOAD value.',
      'invalid-utf8':
        'The base64 decodes to bytes that are not UTF-8 text, so there is no JSON inside. Was the value cut off, or copied from another header?',
      'invalid-json': 'The decoded text is not valid JSON: {detail}',
      'json-too-deep':
        'The JSON nests deeper than {max} levels, so it was not read. A payload is one object with flat parameters; check what your code puts into it.',
      'not-an-object':
        'The payload must be a JSON object ({ … }), but this is a {type}. It holds “request”, “nonce” and the endpoint’s parameters.',
      'missing-request':
        'The payload has no “request”. Add the path you POST to, for example "request": "/v1/balances".',
      'request-not-string': '“request” must be a string with the path, not a {type}.',
      'path-full-url': '“request” holds a whole URL. Use only the path: {path}',
      'path-no-leading-slash': '“request” must start with “/”: {path}',
      'path-query-string':
        '“request” has a query string. Private POST endpoints take their parameters in the payload, not in the URL: use {path} and move the parameters into the JSON.',
      'path-trailing-slash':
        '“request” ends with “/”. Gemini’s paths have no trailing slash: use {path}.',
      'url-path-mismatch':
        'The request goes to {urlPath}, but the payload says {request}. Both must be the same path, or the answer is EndpointMismatch.',
      'missing-nonce':
        'The payload has no “nonce”. Every private request needs one, larger than the last one sent with this key.',
      'nonce-not-numeric':
        'The nonce “{value}” is not a positive number. Send digits, as a JSON number or a string.',
      'nonce-unit-time-based':
        'The nonce looks like {unit}. That works for a key without a time-based nonce, but a key created with “Uses a time based nonce” accepts only seconds within ±30 s of now and answers InvalidNonce.',
      'nonce-outside-window':
        'The nonce is in seconds but {seconds} s away from this browser’s clock. A time-based key accepts only ±{window} s: check the clock and sign just before sending.',
      'nonce-fraction':
        'The nonce has a fractional part. Gemini’s own examples send float seconds, but a whole number is the safer choice.',
      'master-without-account':
        'This is a master key (master-…), but the payload has no “account”. Master keys name the account they act for, for example "account": "primary".',
      'account-key-with-account':
        'This is an account key (account-…), but the payload has “account”. Only master keys send it: remove it.',
      'missing-apikey-header': 'No X-GEMINI-APIKEY header found.',
      'missing-signature-header': 'No X-GEMINI-SIGNATURE header found.',
      'production-host':
        'This request goes to production ({host}). Practise against the sandbox (api.sandbox.gemini.com) or the local emulator, with throwaway keys.',
    },

    // Decoder
    decoderInputLabel: 'Payload, request headers or curl command',
    decoderInputHint:
      'Paste an X-GEMINI-PAYLOAD value, the request headers or a curl command. No secret is needed.',

    // Doctor
    doctorPayloadLabel: 'X-GEMINI-PAYLOAD (or the request headers, or a curl command)',
    doctorSignatureLabel: 'X-GEMINI-SIGNATURE',
    doctorSignatureHint: 'Leave empty if the headers you pasted include it.',
    doctorSecretLabel: 'API secret (a throwaway one)',
    doctorSecretHint:
      'Use a sandbox or emulator secret you can throw away. It stays in this page’s memory only: never in a link, storage or a request.',
    showSecret: 'Show secret',
    hideSecret: 'Hide secret',
    check: 'Check the signature',
    resultHeading: 'Result',
    staleResult: 'The inputs changed. Check again to update the result.',
    verdict: {
      valid: 'The signature is correct for this payload and secret.',
      validButFindings:
        'The signature is right, but the payload has problems that Gemini may still reject:',
      mistake: 'The signature is wrong, and the doctor found why.',
      mismatch: 'The signature is wrong, and it matches none of the known mistakes.',
      incomplete: 'The check needs more input.',
    },
    problem: {
      'no-payload':
        'Paste the X-GEMINI-PAYLOAD value (or the request headers, or the curl command).',
      'no-signature': 'Paste the X-GEMINI-SIGNATURE value.',
      'no-secret': 'Enter the throwaway API secret the signature was made with.',
    },
    shape: {
      right:
        'It has the right form (96 lower-case hex characters), so it was made with another secret or over other text. Check that the secret belongs to this API key, and that you sign exactly the base64 you send.',
      otherHash:
        'Its length fits an HMAC-{hash}, but with this secret no known mistake reproduces it. Gemini needs HMAC-SHA384 with this key’s secret.',
      other:
        'It does not look like a hex HMAC at all. X-GEMINI-SIGNATURE is 96 lower-case hex characters.',
    },
    yourSignature: 'Your signature',
    expectedSignature: 'Expected signature',
    signedText: 'What your code signed (quotes added, \\n is a newline)',
    signedJson: 'The JSON your signature matches',
    changes: 'What differs from the JSON you sent: {changes}',
    change: {
      spacing: 'spacing',
      'key-order': 'key order',
      'nonce-type': 'nonce type (string or number)',
      'ascii-escaping': 'non-ASCII characters escaped as \\u…',
      'trailing-newline': 'a newline at the end',
    },
    fixHeading: 'How to fix it',
    payloadFindingsHeading: 'Problems in the payload',

    recipe: {
      hmacOverJson: {
        title: 'You signed the JSON instead of the base64.',
        fix: 'Gemini computes the HMAC over the X-GEMINI-PAYLOAD text: the base64 string, exactly as sent. Encode the JSON first, then sign the base64.',
      },
      sha256: {
        title: 'You used HMAC-SHA256.',
        fix: 'Gemini uses HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      sha512: {
        title: 'You used HMAC-SHA512.',
        fix: 'Gemini uses HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      sha1: {
        title: 'You used HMAC-SHA1.',
        fix: 'Gemini uses HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      uppercaseHex: {
        title: 'Your signature is upper-case hex.',
        fix: 'Send the HMAC as lower-case hex, 96 characters: hexdigest() in Python, digest("hex") in Node. Do not upper-case it.',
      },
      base64Signature: {
        title: 'Your signature is base64, not hex.',
        fix: 'Encode the HMAC bytes as lower-case hex (96 characters), not as base64.',
      },
      base64urlPayload: {
        title: 'You signed one base64 alphabet and sent the other.',
        fix: 'Use standard base64 (“+”, “/” and “=” padding) for the header, and sign exactly that string.',
      },
      trailingNewline: {
        title: 'You signed the base64 with a newline at its end.',
        fix: '`echo` adds a newline, and so does reading a file. Sign the exact header value, for example printf \'%s\' "$PAYLOAD" | openssl dgst -sha384 -hmac "$SECRET", or strip the newline in code.',
      },
      lineBreaks: {
        title: 'The signed base64 and the sent one differ in line breaks.',
        fix: 'Sign and send the same one-line base64 string. `base64` wraps at 76 characters and `openssl base64` at 64: use `base64 -w0` or remove the newlines, then sign exactly what you send.',
      },
      secretBase64Decoded: {
        title: 'You decoded the secret from base64 before signing.',
        fix: 'Use the secret as it is: its UTF-8 bytes are the HMAC key. Some exchanges want a decoded secret; Gemini does not.',
      },
      secretHexDecoded: {
        title: 'You decoded the secret from hex before signing.',
        fix: 'Use the secret as it is: its UTF-8 bytes are the HMAC key. Do not hex-decode it, even if it looks like hex.',
      },
      secretWhitespace: {
        title: 'The secret used for signing had extra whitespace.',
        fix: 'A newline or space got into the secret (read from a file or an environment variable, or copied with it). Trim the secret before you use it.',
      },
      reserializedJson: {
        title: 'You signed a different JSON text than the one you sent.',
        fix: 'The server checks the base64 you send and never re-serializes it. Serialize the payload once, base64-encode that text, sign it and send that same base64.',
      },
    },

    // Sharing and diagnostics
    copyLink: 'Copy a link to this payload',
    copyLinkDoctor: 'Copy a link to this payload and signature',
    linkWarningDecoder:
      'The link will contain the payload in readable form: the path, the nonce and parameters such as amounts or order ids. Anyone with the link can read them. It never contains a secret.',
    linkWarningDoctor:
      'The link will contain the payload and the signature in readable form. Anyone with the link can read them. It never contains the secret: whoever opens it types their own.',
    noPayloadForLink: 'There is no payload to link to yet.',
  },
  de: {
    severity: {
      error: 'Fehler',
      warning: 'Warnung',
      info: 'Hinweis',
    },
    step: {
      'build-payload': 'Payload bauen',
      'choose-nonce': 'Nonce wählen',
      'encode-base64': 'Als Base64 kodieren',
      'compute-signature': 'Signatur berechnen',
      'send-headers': 'Header senden',
    },
    lessonLink: 'Lektionsschritt: {step}',
    errorLink: 'Fehlerseite: {reason}',
    privacyNote:
      'Alles läuft in dieser Seite. Nichts, was Sie einfügen, wird irgendwohin gesendet.',
    loading: 'Das Werkzeug wird geladen …',

    kind: {
      base64: 'einen X-GEMINI-PAYLOAD-Wert',
      json: 'JSON-Text',
      headers: 'Anfrage-Header',
      curl: 'einen curl-Befehl',
      empty: 'noch nichts',
    },
    readAs: 'Gelesen als {kind}.',
    findingsHeading: 'Was der Decoder sieht',
    findingsCount: 'Probleme und Hinweise: {count}',
    noFindings: 'Keine Probleme in der Payload gefunden.',
    decodedHeading: 'Dekodierte Payload',
    fieldRequest: 'request (Pfad)',
    fieldNonce: 'nonce',
    fieldNonceUnit: 'Vermutliche Einheit',
    fieldNonceType: 'JSON-Typ',
    fieldNonceDistance: 'Abstand zu jetzt (Uhr dieses Browsers)',
    fieldAccount: 'account',
    fieldApiKey: 'X-GEMINI-APIKEY',
    fieldUrl: 'URL',
    jsonExact: 'Dekodiertes JSON, genau wie gesendet',
    jsonPretty: 'Formatiert',
    jsonType: {
      number: 'Zahl',
      string: 'String',
    },
    unit: {
      counter: 'ein Zähler (keine Zeit)',
      seconds: 'Sekunden',
      milliseconds: 'Millisekunden',
      microseconds: 'Mikrosekunden',
      nanoseconds: 'Nanosekunden',
    },

    finding: {
      'empty-input':
        'Fügen Sie einen X-GEMINI-PAYLOAD-Wert, einen Block Anfrage-Header oder einen curl-Befehl ein.',
      'input-too-long':
        'Das sind {length} Zeichen; ein Payload ist viel kürzer. Fügen Sie nur den X-GEMINI-PAYLOAD-Wert, die Anfrage-Header oder den curl-Befehl ein (höchstens {max} Zeichen).',
      'no-payload-found':
        'Kein X-GEMINI-PAYLOAD-Header gefunden. Jede private Anfrage trägt einen: das Base64 der JSON-Payload.',
      'payload-is-variable':
        'X-GEMINI-PAYLOAD enthält einen Namen aus Ihrem Code ({value}), nicht dessen Wert. Geben Sie den Wert aus, den Ihr Code sendet, und fügen Sie diesen ein.',
      'json-not-base64':
        'Das ist das JSON selbst. Der Header X-GEMINI-PAYLOAD trägt sein Base64; für genau diesen Text lautet es: {base64}',
      'line-breaks':
        'Das Base64 enthält Zeilenumbrüche. `base64` bricht seine Ausgabe nach 76 Zeichen um, `openssl base64` nach 64, ein Header-Wert ist aber eine Zeile. Verwenden Sie `base64 -w0` oder entfernen Sie die Umbrüche; signieren und senden Sie dann diese eine Zeile.',
      'spaces-in-base64':
        'Das Base64 enthält Leerzeichen. Entfernen Sie sie; signieren und senden Sie dann das Ergebnis.',
      base64url:
        'Das ist Base64url (es enthält „-“ oder „_“). Gemini erwartet Standard-Base64: „+“, „/“ und „=“-Auffüllung.',
      'missing-padding':
        'Die „=“-Auffüllung am Ende fehlt. Senden Sie Standard-Base64 mit Auffüllung, genau wie Ihr Encoder es erzeugt hat.',
      'invalid-base64':
        'Das ist kein Base64: „{char}“ an Position {position} ist kein Base64-Zeichen. Fügen Sie nur den X-GEMINI-PAYLOAD-Wert ein.',
      'truncated-base64':
        'Dieses Base64 ist abgeschnitten: {length} Zeichen können kein vollständiges Base64 sein. Kopieren Sie den ganzen X-GEMINI-PAYLOAD-Wert.',
      'invalid-utf8':
        'Das Base64 ergibt Bytes, die kein UTF-8-Text sind; es steckt also kein JSON darin. Wurde der Wert abgeschnitten oder aus einem anderen Header kopiert?',
      'invalid-json': 'Der dekodierte Text ist kein gültiges JSON: {detail}',
      'json-too-deep':
        'Das JSON ist tiefer als {max} Ebenen verschachtelt und wurde deshalb nicht gelesen. Der Payload ist ein Objekt mit flachen Parametern; prüfen Sie, was Ihr Code hineinschreibt.',
      'not-an-object':
        'Der Payload muss ein JSON-Objekt ({ … }) sein, dies ist aber ein Wert vom Typ {type}. Sie enthält „request“, „nonce“ und die Parameter des Endpunkts.',
      'missing-request':
        'Der Payload hat kein „request“. Ergänzen Sie den Pfad, an den Sie senden, zum Beispiel "request": "/v1/balances".',
      'request-not-string':
        '„request“ muss ein String mit dem Pfad sein, kein Wert vom Typ {type}.',
      'path-full-url': '„request“ enthält eine ganze URL. Verwenden Sie nur den Pfad: {path}',
      'path-no-leading-slash': '„request“ muss mit „/“ beginnen: {path}',
      'path-query-string':
        '„request“ hat einen Query-String. Private POST-Endpunkte nehmen ihre Parameter in der Payload, nicht in der URL: Verwenden Sie {path} und verschieben Sie die Parameter ins JSON.',
      'path-trailing-slash':
        '„request“ endet mit „/“. Geminis Pfade haben keinen Schrägstrich am Ende: Verwenden Sie {path}.',
      'url-path-mismatch':
        'Die Anfrage geht an {urlPath}, der Payload nennt aber {request}. Beides muss derselbe Pfad sein, sonst lautet die Antwort EndpointMismatch.',
      'missing-nonce':
        'Der Payload hat keine „nonce“. Jede private Anfrage braucht eine, größer als die zuletzt mit diesem Schlüssel gesendete.',
      'nonce-not-numeric':
        'Die Nonce „{value}“ ist keine positive Zahl. Senden Sie Ziffern, als JSON-Zahl oder als String.',
      'nonce-unit-time-based':
        'Die Nonce sieht nach {unit} aus. Das geht bei einem Schlüssel ohne zeitbasierte Nonce; ein Schlüssel mit „Uses a time based nonce“ nimmt aber nur Sekunden innerhalb von ±30 s um jetzt an und antwortet sonst InvalidNonce.',
      'nonce-outside-window':
        'Die Nonce ist in Sekunden, liegt aber {seconds} s neben der Uhr dieses Browsers. Ein zeitbasierter Schlüssel nimmt nur ±{window} s an: Prüfen Sie die Uhr und signieren Sie direkt vor dem Senden.',
      'nonce-fraction':
        'Die Nonce hat Nachkommastellen. Geminis eigene Beispiele senden Sekunden als Kommazahl, eine ganze Zahl ist aber die sicherere Wahl.',
      'master-without-account':
        'Das ist ein Master-Schlüssel (master-…), aber der Payload hat kein „account“. Master-Schlüssel nennen das Konto, für das sie handeln, zum Beispiel "account": "primary".',
      'account-key-with-account':
        'Das ist ein Konto-Schlüssel (account-…), aber der Payload hat „account“. Nur Master-Schlüssel senden es: Entfernen Sie es.',
      'missing-apikey-header': 'Kein X-GEMINI-APIKEY-Header gefunden.',
      'missing-signature-header': 'Kein X-GEMINI-SIGNATURE-Header gefunden.',
      'production-host':
        'Diese Anfrage geht an die Produktion ({host}). Üben Sie mit der Sandbox (api.sandbox.gemini.com) oder dem lokalen Emulator, mit Wegwerf-Schlüsseln.',
    },

    decoderInputLabel: 'Payload, Anfrage-Header oder curl-Befehl',
    decoderInputHint:
      'Fügen Sie einen X-GEMINI-PAYLOAD-Wert, die Anfrage-Header oder einen curl-Befehl ein. Ein Secret wird nicht gebraucht.',

    doctorPayloadLabel: 'X-GEMINI-PAYLOAD (oder die Anfrage-Header oder ein curl-Befehl)',
    doctorSignatureLabel: 'X-GEMINI-SIGNATURE',
    doctorSignatureHint: 'Leer lassen, wenn die eingefügten Header sie enthalten.',
    doctorSecretLabel: 'API-Secret (ein Wegwerf-Secret)',
    doctorSecretHint:
      'Verwenden Sie ein Sandbox- oder Emulator-Secret, das Sie wegwerfen können. Es bleibt nur im Speicher dieser Seite: nie in einem Link, einem Speicher oder einer Anfrage.',
    showSecret: 'Secret zeigen',
    hideSecret: 'Secret verbergen',
    check: 'Signatur prüfen',
    resultHeading: 'Ergebnis',
    staleResult:
      'Die Eingaben haben sich geändert. Prüfen Sie erneut, um das Ergebnis zu aktualisieren.',
    verdict: {
      valid: 'Die Signatur ist für diesen Payload und dieses Secret richtig.',
      validButFindings:
        'Die Signatur stimmt, aber der Payload hat Probleme, an denen Gemini sie trotzdem ablehnen kann:',
      mistake: 'Die Signatur ist falsch, und der Doktor hat den Grund gefunden.',
      mismatch: 'Die Signatur ist falsch und passt zu keinem der bekannten Fehler.',
      incomplete: 'Für die Prüfung fehlt noch etwas.',
    },
    problem: {
      'no-payload':
        'Fügen Sie den X-GEMINI-PAYLOAD-Wert ein (oder die Anfrage-Header oder den curl-Befehl).',
      'no-signature': 'Fügen Sie den X-GEMINI-SIGNATURE-Wert ein.',
      'no-secret': 'Geben Sie das Wegwerf-API-Secret ein, mit dem die Signatur erstellt wurde.',
    },
    shape: {
      right:
        'Sie hat die richtige Form (96 Hex-Zeichen in Kleinbuchstaben), wurde also mit einem anderen Secret oder über einen anderen Text erstellt. Prüfen Sie, ob das Secret zu diesem API-Schlüssel gehört und ob Sie genau das Base64 signieren, das Sie senden.',
      otherHash:
        'Ihre Länge passt zu einem HMAC-{hash}, aber mit diesem Secret erzeugt sie kein bekannter Fehler. Gemini braucht HMAC-SHA384 mit dem Secret dieses Schlüssels.',
      other:
        'Sie sieht gar nicht wie ein Hex-HMAC aus. X-GEMINI-SIGNATURE besteht aus 96 Hex-Zeichen in Kleinbuchstaben.',
    },
    yourSignature: 'Ihre Signatur',
    expectedSignature: 'Erwartete Signatur',
    signedText: 'Was Ihr Code signiert hat (mit Anführungszeichen, \\n ist ein Zeilenumbruch)',
    signedJson: 'Das JSON, zu dem Ihre Signatur passt',
    changes: 'Was sich vom gesendeten JSON unterscheidet: {changes}',
    change: {
      spacing: 'Leerzeichen',
      'key-order': 'Reihenfolge der Schlüssel',
      'nonce-type': 'Typ der Nonce (String oder Zahl)',
      'ascii-escaping': 'Nicht-ASCII-Zeichen als \\u… maskiert',
      'trailing-newline': 'ein Zeilenumbruch am Ende',
    },
    fixHeading: 'So beheben Sie es',
    payloadFindingsHeading: 'Probleme in der Payload',

    recipe: {
      hmacOverJson: {
        title: 'Sie haben das JSON signiert statt des Base64.',
        fix: 'Gemini berechnet den HMAC über den Text von X-GEMINI-PAYLOAD: den Base64-String, genau wie gesendet. Kodieren Sie zuerst das JSON und signieren Sie dann das Base64.',
      },
      sha256: {
        title: 'Sie haben HMAC-SHA256 verwendet.',
        fix: 'Gemini verwendet HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, Hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      sha512: {
        title: 'Sie haben HMAC-SHA512 verwendet.',
        fix: 'Gemini verwendet HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, Hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      sha1: {
        title: 'Sie haben HMAC-SHA1 verwendet.',
        fix: 'Gemini verwendet HMAC-SHA384: hashlib.sha384 in Python, createHmac("sha384", secret) in Node, Hash "SHA-384" in WebCrypto, openssl dgst -sha384.',
      },
      uppercaseHex: {
        title: 'Ihre Signatur ist Hex in Großbuchstaben.',
        fix: 'Senden Sie den HMAC als Hex in Kleinbuchstaben, 96 Zeichen: hexdigest() in Python, digest("hex") in Node. Wandeln Sie ihn nicht in Großbuchstaben um.',
      },
      base64Signature: {
        title: 'Ihre Signatur ist Base64 statt Hex.',
        fix: 'Kodieren Sie die HMAC-Bytes als Hex in Kleinbuchstaben (96 Zeichen), nicht als Base64.',
      },
      base64urlPayload: {
        title: 'Sie haben das eine Base64-Alphabet signiert und das andere gesendet.',
        fix: 'Verwenden Sie für den Header Standard-Base64 („+“, „/“ und „=“-Auffüllung) und signieren Sie genau diesen String.',
      },
      trailingNewline: {
        title: 'Sie haben das Base64 mit einem Zeilenumbruch am Ende signiert.',
        fix: '`echo` hängt einen Zeilenumbruch an, das Lesen einer Datei auch. Signieren Sie genau den Header-Wert, zum Beispiel printf \'%s\' "$PAYLOAD" | openssl dgst -sha384 -hmac "$SECRET", oder entfernen Sie den Umbruch im Code.',
      },
      lineBreaks: {
        title: 'Das signierte und das gesendete Base64 unterscheiden sich in den Zeilenumbrüchen.',
        fix: 'Signieren und senden Sie denselben einzeiligen Base64-String. `base64` bricht nach 76 Zeichen um, `openssl base64` nach 64: Verwenden Sie `base64 -w0` oder entfernen Sie die Umbrüche und signieren Sie genau das, was Sie senden.',
      },
      secretBase64Decoded: {
        title: 'Sie haben das Secret vor dem Signieren aus Base64 dekodiert.',
        fix: 'Verwenden Sie das Secret, wie es ist: Seine UTF-8-Bytes sind der HMAC-Schlüssel. Manche Börsen wollen ein dekodiertes Secret, Gemini nicht.',
      },
      secretHexDecoded: {
        title: 'Sie haben das Secret vor dem Signieren aus Hex dekodiert.',
        fix: 'Verwenden Sie das Secret, wie es ist: Seine UTF-8-Bytes sind der HMAC-Schlüssel. Dekodieren Sie es nicht als Hex, auch wenn es danach aussieht.',
      },
      secretWhitespace: {
        title:
          'Das zum Signieren verwendete Secret enthielt zusätzliche Leerzeichen oder Umbrüche.',
        fix: 'Ein Zeilenumbruch oder Leerzeichen ist ins Secret geraten (aus einer Datei oder Umgebungsvariable gelesen oder mitkopiert). Entfernen Sie es vor der Verwendung.',
      },
      reserializedJson: {
        title: 'Sie haben einen anderen JSON-Text signiert als den, den Sie gesendet haben.',
        fix: 'Der Server prüft das Base64, das Sie senden, und serialisiert es nie neu. Serialisieren Sie den Payload einmal, kodieren Sie diesen Text als Base64, signieren Sie ihn und senden Sie genau dieses Base64.',
      },
    },

    copyLink: 'Link zu diesem Payload kopieren',
    copyLinkDoctor: 'Link zu diesem Payload und der Signatur kopieren',
    linkWarningDecoder:
      'Der Link enthält den Payload in lesbarer Form: den Pfad, die Nonce und Parameter wie Beträge oder Order-IDs. Wer den Link hat, kann sie lesen. Ein Secret enthält er nie.',
    linkWarningDoctor:
      'Der Link enthält den Payload und die Signatur in lesbarer Form. Wer den Link hat, kann sie lesen. Das Secret enthält er nie: Wer ihn öffnet, gibt sein eigenes ein.',
    noPayloadForLink: 'Noch kein Payload, auf den ein Link zeigen kann.',
  },
});

export default strings;
export type ToolStrings = (typeof strings)['en'];
