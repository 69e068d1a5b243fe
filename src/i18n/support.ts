import { defineStrings } from './index.ts';

/**
 * Support desk: the island's UI (`ui.*`, in the agent's language) and the reply it writes
 * (`reply.*`, `fix.*`, `link.*`, in the customer's language, chosen independently). An error
 * reason's meaning and fix are not here: they come from its error page (src/lib/errors/texts.ts).
 */
const strings = defineStrings({
  en: {
    // UI
    'ui.inputLabel': 'What the customer sent',
    'ui.inputHint':
      'Paste anything: an error body, log lines, a ccxt or requests exception, request headers, a curl command, a base64 payload (with its signature), an HTTP status line or a “Copy safe diagnostics” block, several at once. Ctrl+Enter reads it.',
    'ui.privacy':
      'Everything runs in this page: nothing you paste is sent anywhere or stored. Only your choices below (reply language) are remembered.',
    'ui.ticketTime': 'Ticket time (when the customer says it happened, your local time)',
    'ui.ticketTimeHint': 'Optional: nonce times are compared with it and with now.',
    'ui.replyLocale': 'Customer’s language',
    'ui.analyse': 'Read it',
    'ui.clear': 'Clear',
    'ui.secretHeading': 'This paste contained an API secret',
    'ui.secretBody':
      'Found {count}: {kinds}. It was removed from the text above and from everything this page shows or copies, and it was not stored or sent. The customer must treat it as leaked: delete the key now and make a new one.',
    'ui.secretLink': 'Lesson step: delete a leaked key now',
    secretKind: {
      'api-secret': 'an API secret',
      'master-secret': 'a master key’s secret',
      'labelled-secret': 'a value labelled as a secret',
      'payload-secret': 'a payload with a secret field',
    },
    'ui.noticesHeading': 'About the text',
    notice: {
      'controls-removed':
        '{count} invisible control characters (bidi overrides, zero-width) were removed: they can make text read differently from what it is.',
      'invalid-text-repaired':
        'The text held broken characters (invalid UTF-16); they were replaced with “�”.',
      'paste-cut': 'Only the first {max} of {length} characters were read.',
    },
    'ui.recognisedHeading': 'What the paste holds',
    'ui.more': '… and {count} more.',
    'ui.nothingRecognised':
      'Nothing recognised. The desk reads: Gemini error bodies, ccxt and requests exceptions, log lines with a time and level, HTTP status lines, request headers, curl commands, base64 payloads, signatures, API key ids and “Copy safe diagnostics” blocks.',
    piece: {
      'safe-diagnostics': '“Copy safe diagnostics” block from this site',
      curl: 'curl command',
      headers: 'request headers',
      'error-body': 'Gemini error body',
      'ccxt-exception': 'ccxt exception',
      'ccxt-master-key': 'ccxt refusing a master key',
      'requests-exception': 'Python requests exception',
      'status-line': 'HTTP status line',
      'log-line': 'log line',
      payload: 'X-GEMINI-PAYLOAD value (base64)',
      signature: 'signature',
      'api-key': 'API key id (not a secret)',
      'reason-name': 'error reason named in the text',
    },
    'ui.diagnosisHeading': 'Diagnosis',
    'ui.noCause': 'No cause found in what was pasted.',
    'ui.reasonsHeading': 'Gemini’s answer',
    'ui.status': 'HTTP status',
    'ui.unknownReason': 'A reason this site has no page for:',
    'ui.payloadHeading': 'Payload: {path}',
    'ui.payloadNoPath': 'Payload',
    'ui.endpointKnown': 'Endpoint: {path} ({access}{scope})',
    'ui.endpointUnknown':
      'Endpoint {path} does not exist in Gemini’s REST API as the emulator knows it.',
    'ui.accountScoped': ', acts for one account',
    access: {
      private: 'private',
      public: 'public',
    },
    'ui.nonce': 'Nonce',
    'ui.nonceUnit': 'Unit',
    'ui.nonceDate': 'As a time',
    'ui.nonceFromNow': 'From now',
    'ui.nonceFromTicket': 'From the ticket time',
    'ui.nonceFromLog': 'From the log line’s time',
    'ui.nonceType': 'JSON type',
    'ui.apiKey': 'API key',
    'ui.url': 'URL',
    'ui.openDecoder': 'Open in the payload decoder',
    'ui.openDoctor':
      'Check the signature in the signature doctor (the customer runs it with their own secret)',
    'ui.replyHeading': 'Reply',
    'ui.copyText': 'Copy reply as text',
    'ui.copyMarkdown': 'Copy reply as Markdown',
    'ui.replyLabel': 'Reply preview',
    'ui.linkBuilderHeading': 'Link builder',
    'ui.linkSearch': 'Search steps, error sections, FAQ answers, experiments and tools',
    'ui.linkLocale': 'Link language',
    'ui.linkKind': 'Kind',
    'ui.linkAll': 'all',
    'ui.linkResults': '{count} links',

    kind: {
      page: 'page',
      step: 'lesson step',
      section: 'section',
      faq: 'FAQ answer',
      error: 'error page',
      experiment: 'playground experiment',
      tool: 'tool',
    },
    param: {
      missing: '{name} is required but missing',
      'wrong-type': '{name} must be {expected}',
      'not-allowed': '{name} must be one of {allowed}',
      unknown: '{name} is not a parameter of this endpoint',
      reserved: '{name} is set by the signing code, not a parameter',
      'one-of': 'one of {names} is required',
      'not-an-object': 'the parameters must be a JSON object',
    },

    // Reply (customer's language)
    'reply.greeting': 'Hello,',
    'reply.secretSeen':
      'Your message contained what looks like an API secret. We removed it and did not use it, but please treat it as leaked: delete that key now and create a new one ({link}).',
    'reply.cause.reason': 'Gemini answered with {reason}: {meaning}',
    'reply.cause.unknownReason': 'Gemini answered with an error reason we have no guide for yet.',
    'reply.cause.finding': 'The request itself shows the cause: {text}',
    'reply.cause.params':
      'The request to {endpoint} has parameters the endpoint cannot accept: {issues}.',
    'reply.cause.unknownEndpoint':
      'The request names {path}, an endpoint Gemini’s REST API does not have.',
    'reply.cause.ccxtMasterKey':
      'ccxt works with account keys only and refuses master keys before anything is sent.',
    'reply.cause.checkSignature':
      'The signature does not match what Gemini computes for this payload; the signature doctor shows which signing mistake produced it.',
    'reply.cause.none':
      'We could not tell the cause from what you sent. Could you send the block from “Copy safe diagnostics” on our site (it never contains your secret)?',
    'reply.alsoSeen': 'We also see in your request: {text}',
    'reply.fixHeading': 'What to do:',
    'reply.linksHeading': 'Where this is explained:',
    'reply.neverSecret':
      'Please never send us your API secret, not even part of it: we never need it, and nobody at support will ask for it.',
    'reply.signoff': 'Best regards',
    'fix.generic': 'The error page linked below lists the usual causes, each with its fix.',
    'fix.params': 'Fix the parameters: {issues}.',
    'fix.unknownEndpoint': 'Use a path from Gemini’s API reference, e.g. /v1/balances.',
    'fix.ccxtMasterKey':
      'Create an account key (scope: one account) for ccxt, or call the API without ccxt.',
    'fix.checkSignature':
      'Open the signature doctor link below, enter your secret there (it stays in your browser), and it names the mistake.',
    'link.errorPage': 'Error {reason}, usual causes',
    'link.lessonStep': 'Lesson step: {title}',
    'link.faq': 'FAQ: {title}',
    'link.experiment': 'Reproduce it in the playground: {title}',
    'link.playgroundEndpoint': 'Try {endpoint} in the playground',
    'link.decoder': 'See what your payload contains (payload decoder, prefilled)',
    'link.doctor':
      'Find the signing mistake (signature doctor, prefilled; your secret stays in your browser)',
    'link.leaked': 'What to do when a key leaked',
    'link.neverSecret': 'What to send to support, and what never',
  },
  de: {
    'ui.inputLabel': 'Was der Kunde geschickt hat',
    'ui.inputHint':
      'Fügen Sie alles ein: einen Fehler-Body, Logzeilen, eine ccxt- oder requests-Exception, Request-Header, einen curl-Befehl, einen Base64-Payload (mit Signatur), eine HTTP-Statuszeile oder einen Block aus „Sichere Diagnose kopieren“, auch mehreres zugleich. Strg+Enter liest ihn.',
    'ui.privacy':
      'Alles läuft in dieser Seite: Nichts, was Sie einfügen, wird gesendet oder gespeichert. Nur Ihre Auswahl unten (Sprache der Antwort) wird gemerkt.',
    'ui.ticketTime': 'Ticket-Zeit (wann es laut Kunde passiert ist, Ihre Ortszeit)',
    'ui.ticketTimeHint': 'Optional: Nonce-Zeiten werden damit und mit jetzt verglichen.',
    'ui.replyLocale': 'Sprache des Kunden',
    'ui.analyse': 'Lesen',
    'ui.clear': 'Leeren',
    'ui.secretHeading': 'Dieser Text enthielt ein API-Secret',
    'ui.secretBody':
      'Gefunden: {count} – {kinds}. Es wurde aus dem Text oben und aus allem entfernt, was diese Seite zeigt oder kopiert, und weder gespeichert noch gesendet. Der Kunde muss es als kompromittiert behandeln: den Schlüssel sofort löschen und einen neuen anlegen.',
    'ui.secretLink': 'Lektionsschritt: einen kompromittierten Schlüssel sofort löschen',
    secretKind: {
      'api-secret': 'ein API-Secret',
      'master-secret': 'das Secret eines Master-Schlüssels',
      'labelled-secret': 'ein als Secret bezeichneter Wert',
      'payload-secret': 'ein Payload mit einem Secret-Feld',
    },
    'ui.noticesHeading': 'Zum Text',
    notice: {
      'controls-removed':
        '{count} unsichtbare Steuerzeichen (Bidi-Overrides, Nullbreite) wurden entfernt: Sie lassen Text anders lesen, als er ist.',
      'invalid-text-repaired':
        'Der Text enthielt kaputte Zeichen (ungültiges UTF-16); sie wurden durch „�“ ersetzt.',
      'paste-cut': 'Nur die ersten {max} von {length} Zeichen wurden gelesen.',
    },
    'ui.recognisedHeading': 'Was der Text enthält',
    'ui.more': '… und {count} weitere.',
    'ui.nothingRecognised':
      'Nichts erkannt. Der Schalter liest: Fehler-Bodys von Gemini, ccxt- und requests-Exceptions, Logzeilen mit Zeit und Level, HTTP-Statuszeilen, Request-Header, curl-Befehle, Base64-Payloads, Signaturen, API-Schlüssel-IDs und Blöcke aus „Sichere Diagnose kopieren“.',
    piece: {
      'safe-diagnostics': 'Block aus „Sichere Diagnose kopieren“ dieser Website',
      curl: 'curl-Befehl',
      headers: 'Request-Header',
      'error-body': 'Fehler-Body von Gemini',
      'ccxt-exception': 'ccxt-Exception',
      'ccxt-master-key': 'ccxt lehnt einen Master-Schlüssel ab',
      'requests-exception': 'Exception von Python requests',
      'status-line': 'HTTP-Statuszeile',
      'log-line': 'Logzeile',
      payload: 'Wert von X-GEMINI-PAYLOAD (Base64)',
      signature: 'Signatur',
      'api-key': 'API-Schlüssel-ID (kein Secret)',
      'reason-name': 'im Text genannter Fehlergrund',
    },
    'ui.diagnosisHeading': 'Diagnose',
    'ui.noCause': 'Im eingefügten Text wurde keine Ursache gefunden.',
    'ui.reasonsHeading': 'Antwort von Gemini',
    'ui.status': 'HTTP-Status',
    'ui.unknownReason': 'Ein Grund, zu dem diese Website keine Seite hat:',
    'ui.payloadHeading': 'Payload: {path}',
    'ui.payloadNoPath': 'Payload',
    'ui.endpointKnown': 'Endpoint: {path} ({access}{scope})',
    'ui.endpointUnknown':
      'Den Endpoint {path} gibt es in Geminis REST-API nicht (so, wie der Emulator sie kennt).',
    'ui.accountScoped': ', handelt für ein Konto',
    access: {
      private: 'privat',
      public: 'öffentlich',
    },
    'ui.nonce': 'Nonce',
    'ui.nonceUnit': 'Einheit',
    'ui.nonceDate': 'Als Zeitpunkt',
    'ui.nonceFromNow': 'Abstand zu jetzt',
    'ui.nonceFromTicket': 'Abstand zur Ticket-Zeit',
    'ui.nonceFromLog': 'Abstand zur Zeit der Logzeile',
    'ui.nonceType': 'JSON-Typ',
    'ui.apiKey': 'API-Schlüssel',
    'ui.url': 'URL',
    'ui.openDecoder': 'Im Payload-Decoder öffnen',
    'ui.openDoctor':
      'Signatur im Signatur-Doktor prüfen (der Kunde nutzt ihn mit seinem eigenen Secret)',
    'ui.replyHeading': 'Antwort',
    'ui.copyText': 'Antwort als Text kopieren',
    'ui.copyMarkdown': 'Antwort als Markdown kopieren',
    'ui.replyLabel': 'Vorschau der Antwort',
    'ui.linkBuilderHeading': 'Link-Baukasten',
    'ui.linkSearch':
      'Lektionsschritte, Abschnitte von Fehlerseiten, FAQ-Antworten, Experimente und Werkzeuge durchsuchen',
    'ui.linkLocale': 'Sprache des Links',
    'ui.linkKind': 'Art',
    'ui.linkAll': 'alle',
    'ui.linkResults': '{count} Links',

    kind: {
      page: 'Seite',
      step: 'Lektionsschritt',
      section: 'Abschnitt',
      faq: 'FAQ-Antwort',
      error: 'Fehlerseite',
      experiment: 'Playground-Experiment',
      tool: 'Werkzeug',
    },
    param: {
      missing: '{name} ist Pflicht, fehlt aber',
      'wrong-type': '{name} muss vom Typ {expected} sein',
      'not-allowed': '{name} muss einer dieser Werte sein: {allowed}',
      unknown: '{name} ist kein Parameter dieses Endpoints',
      reserved: '{name} setzt der Signier-Code, es ist kein Parameter',
      'one-of': 'einer von {names} ist nötig',
      'not-an-object': 'die Parameter müssen ein JSON-Objekt sein',
    },

    'reply.greeting': 'Hallo,',
    'reply.secretSeen':
      'Ihre Nachricht enthielt etwas, das wie ein API-Secret aussieht. Wir haben es entfernt und nicht verwendet, aber bitte behandeln Sie es als kompromittiert: Löschen Sie diesen Schlüssel jetzt und legen Sie einen neuen an ({link}).',
    'reply.cause.reason': 'Gemini hat mit {reason} geantwortet: {meaning}',
    'reply.cause.unknownReason':
      'Gemini hat mit einem Fehlergrund geantwortet, zu dem es noch keine Anleitung gibt.',
    'reply.cause.finding': 'Die Anfrage selbst zeigt die Ursache: {text}',
    'reply.cause.params':
      'Die Anfrage an {endpoint} enthält Parameter, die der Endpoint nicht annehmen kann: {issues}.',
    'reply.cause.unknownEndpoint':
      'Die Anfrage nennt {path}, einen Endpoint, den Geminis REST-API nicht hat.',
    'reply.cause.ccxtMasterKey':
      'ccxt arbeitet nur mit Konto-Schlüsseln und lehnt Master-Schlüssel ab, bevor überhaupt etwas gesendet wird.',
    'reply.cause.checkSignature':
      'Die Signatur passt nicht zu dem, was Gemini für diesen Payload berechnet; der Signatur-Doktor zeigt, welcher Signierfehler sie erzeugt hat.',
    'reply.cause.none':
      'Aus dem, was Sie geschickt haben, können wir die Ursache nicht erkennen. Könnten Sie uns den Block aus „Sichere Diagnose kopieren“ auf unserer Website schicken? Er enthält nie Ihr Secret.',
    'reply.alsoSeen': 'Außerdem sehen wir in Ihrer Anfrage: {text}',
    'reply.fixHeading': 'So beheben Sie es:',
    'reply.linksHeading': 'Hier wird es erklärt:',
    'reply.neverSecret':
      'Bitte schicken Sie uns nie Ihr API-Secret, auch nicht teilweise: Wir brauchen es nie, und niemand vom Support wird danach fragen.',
    'reply.signoff': 'Viele Grüße',
    'fix.generic':
      'Die unten verlinkte Fehlerseite nennt die üblichen Ursachen, jede mit ihrer Lösung.',
    'fix.params': 'Korrigieren Sie die Parameter: {issues}.',
    'fix.unknownEndpoint': 'Nehmen Sie einen Pfad aus Geminis API-Referenz, z. B. /v1/balances.',
    'fix.ccxtMasterKey':
      'Legen Sie für ccxt einen Konto-Schlüssel an (Geltungsbereich: ein Konto) oder rufen Sie die API ohne ccxt auf.',
    'fix.checkSignature':
      'Öffnen Sie unten den Link zum Signatur-Doktor und geben Sie dort Ihr Secret ein (es bleibt in Ihrem Browser); er nennt den Fehler.',
    'link.errorPage': 'Fehler {reason}, übliche Ursachen',
    'link.lessonStep': 'Lektionsschritt: {title}',
    'link.faq': 'FAQ: {title}',
    'link.experiment': 'Im Playground nachstellen: {title}',
    'link.playgroundEndpoint': '{endpoint} im Playground ausprobieren',
    'link.decoder': 'Sehen, was Ihr Payload enthält (Payload-Decoder, vorausgefüllt)',
    'link.doctor':
      'Den Signierfehler finden (Signatur-Doktor, vorausgefüllt; Ihr Secret bleibt in Ihrem Browser)',
    'link.leaked': 'Was tun, wenn ein Schlüssel kompromittiert ist',
    'link.neverSecret': 'Was Sie dem Support schicken können und was nie',
  },
});

export type SupportStrings = (typeof strings)['en'];
export default strings;
