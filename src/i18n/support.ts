import { defineStrings } from './index.ts';

/**
 * Support desk: the island's UI (`ui.*`, in the agent's language) and the reply it writes
 * (`reply.*`, `fix.*`, `link.*`, in the customer's language, chosen independently).
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
    'secretKind.api-secret': 'an API secret',
    'secretKind.master-secret': 'a master key’s secret',
    'secretKind.labelled-secret': 'a value labelled as a secret',
    'secretKind.payload-secret': 'a payload with a secret field',
    'ui.noticesHeading': 'About the text',
    'notice.controls-removed':
      '{count} invisible control characters (bidi overrides, zero-width) were removed: they can make text read differently from what it is.',
    'notice.invalid-text-repaired':
      'The text held broken characters (invalid UTF-16); they were replaced with “�”.',
    'notice.paste-cut': 'Only the first {max} of {length} characters were read.',
    'ui.recognisedHeading': 'What the paste holds',
    'ui.more': '… and {count} more.',
    'ui.nothingRecognised':
      'Nothing recognised. The desk reads: Gemini error bodies, ccxt and requests exceptions, log lines with a time and level, HTTP status lines, request headers, curl commands, base64 payloads, signatures, API key ids and “Copy safe diagnostics” blocks.',
    'piece.safe-diagnostics': '“Copy safe diagnostics” block from this site',
    'piece.curl': 'curl command',
    'piece.headers': 'request headers',
    'piece.error-body': 'Gemini error body',
    'piece.ccxt-exception': 'ccxt exception',
    'piece.ccxt-master-key': 'ccxt refusing a master key',
    'piece.requests-exception': 'Python requests exception',
    'piece.status-line': 'HTTP status line',
    'piece.log-line': 'log line',
    'piece.payload': 'X-GEMINI-PAYLOAD value (base64)',
    'piece.signature': 'signature',
    'piece.api-key': 'API key id (not a secret)',
    'piece.reason-name': 'error reason named in the text',
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
    'access.private': 'private',
    'access.public': 'public',
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
    'kind.page': 'page',
    'kind.step': 'lesson step',
    'kind.section': 'section',
    'kind.faq': 'FAQ answer',
    'kind.error': 'error page',
    'kind.experiment': 'playground experiment',
    'kind.tool': 'tool',
    'param.missing': '{name} is required but missing',
    'param.wrong-type': '{name} must be {expected}',
    'param.not-allowed': '{name} must be one of {allowed}',
    'param.unknown': '{name} is not a parameter of this endpoint',
    'param.reserved': '{name} is set by the signing code, not a parameter',
    'param.one-of': 'one of {names} is required',
    'param.not-an-object': 'the parameters must be a JSON object',

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
    'fix.InvalidSignature':
      'Sign the exact base64 text you send in X-GEMINI-PAYLOAD with HMAC-SHA384, using your API secret as it is (not decoded), and send the signature as lower-case hex.',
    'fix.InvalidNonce':
      'Send a nonce larger than any this key has used, in the same unit every time; for a key with a time-based nonce, the current Unix time in seconds, within 30 seconds of Gemini’s clock.',
    'fix.MissingNonce': 'Put a "nonce" into the payload of every private request.',
    'fix.MissingRole':
      'Give the key the role this endpoint needs (Trader for orders, Fund Manager for transfers, Auditor to read), or use a key that has it.',
    'fix.MissingAccountName':
      'With a master key, name the account in the payload ("account": "primary"), or use an account key.',
    'fix.AccountsOnGroupOnlyApi':
      'Remove "account" from the payload: only master keys may name one. An account key always acts for its own account.',
    'fix.EndpointMismatch':
      'Send the request to the same path the payload’s "request" field names, character for character.',
    'fix.EndpointNotFound':
      'Check the path against Gemini’s API reference; private endpoints take POST.',
    'fix.InvalidJson': 'Send standard base64 of valid JSON text (an object) in X-GEMINI-PAYLOAD.',
    'fix.RateLimit':
      'Slow down: at most 5 private requests per second, and after a 429 wait with exponential backoff and jitter before retrying.',
    'fix.InsufficientFunds':
      'Check the available balance (not held by open orders) before placing the order.',
    'fix.System':
      'This is on Gemini’s side: retry later with backoff, and check Gemini’s status page.',
    'fix.missingHeader':
      'Send all three headers with every private request: X-GEMINI-APIKEY, X-GEMINI-PAYLOAD and X-GEMINI-SIGNATURE.',
    'fix.order':
      'Check the order’s parameters against the endpoint’s reference; the error page lists the rules.',
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
    'secretKind.api-secret': 'ein API-Secret',
    'secretKind.master-secret': 'das Secret eines Master-Schlüssels',
    'secretKind.labelled-secret': 'ein als Secret bezeichneter Wert',
    'secretKind.payload-secret': 'ein Payload mit einem Secret-Feld',
    'ui.noticesHeading': 'Zum Text',
    'notice.controls-removed':
      '{count} unsichtbare Steuerzeichen (Bidi-Overrides, Nullbreite) wurden entfernt: Sie lassen Text anders lesen, als er ist.',
    'notice.invalid-text-repaired':
      'Der Text enthielt kaputte Zeichen (ungültiges UTF-16); sie wurden durch „�“ ersetzt.',
    'notice.paste-cut': 'Nur die ersten {max} von {length} Zeichen wurden gelesen.',
    'ui.recognisedHeading': 'Was der Text enthält',
    'ui.more': '… und {count} weitere.',
    'ui.nothingRecognised':
      'Nichts erkannt. Der Schalter liest: Fehler-Bodys von Gemini, ccxt- und requests-Exceptions, Logzeilen mit Zeit und Level, HTTP-Statuszeilen, Request-Header, curl-Befehle, Base64-Payloads, Signaturen, API-Schlüssel-IDs und Blöcke aus „Sichere Diagnose kopieren“.',
    'piece.safe-diagnostics': 'Block aus „Sichere Diagnose kopieren“ dieser Website',
    'piece.curl': 'curl-Befehl',
    'piece.headers': 'Request-Header',
    'piece.error-body': 'Fehler-Body von Gemini',
    'piece.ccxt-exception': 'ccxt-Exception',
    'piece.ccxt-master-key': 'ccxt lehnt einen Master-Schlüssel ab',
    'piece.requests-exception': 'Exception von Python requests',
    'piece.status-line': 'HTTP-Statuszeile',
    'piece.log-line': 'Logzeile',
    'piece.payload': 'Wert von X-GEMINI-PAYLOAD (Base64)',
    'piece.signature': 'Signatur',
    'piece.api-key': 'API-Schlüssel-ID (kein Secret)',
    'piece.reason-name': 'im Text genannter Fehlergrund',
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
    'access.private': 'privat',
    'access.public': 'öffentlich',
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
    'kind.page': 'Seite',
    'kind.step': 'Lektionsschritt',
    'kind.section': 'Abschnitt',
    'kind.faq': 'FAQ-Antwort',
    'kind.error': 'Fehlerseite',
    'kind.experiment': 'Playground-Experiment',
    'kind.tool': 'Werkzeug',
    'param.missing': '{name} ist Pflicht, fehlt aber',
    'param.wrong-type': '{name} muss vom Typ {expected} sein',
    'param.not-allowed': '{name} muss einer dieser Werte sein: {allowed}',
    'param.unknown': '{name} ist kein Parameter dieses Endpoints',
    'param.reserved': '{name} setzt der Signier-Code, es ist kein Parameter',
    'param.one-of': 'einer von {names} ist nötig',
    'param.not-an-object': 'die Parameter müssen ein JSON-Objekt sein',

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
    'fix.InvalidSignature':
      'Signieren Sie genau den Base64-Text, den Sie in X-GEMINI-PAYLOAD senden, mit HMAC-SHA384 und Ihrem API-Secret so, wie es ist (nicht dekodiert), und senden Sie die Signatur als Hex in Kleinbuchstaben.',
    'fix.InvalidNonce':
      'Senden Sie eine Nonce, die größer ist als jede, die dieser Schlüssel schon benutzt hat, immer in derselben Einheit; bei einem Schlüssel mit zeitbasierter Nonce die aktuelle Unix-Zeit in Sekunden, höchstens 30 Sekunden von Geminis Serverzeit abweichend.',
    'fix.MissingNonce': 'Schreiben Sie in den Payload jeder privaten Anfrage eine "nonce".',
    'fix.MissingRole':
      'Geben Sie dem Schlüssel die Rolle, die dieser Endpoint braucht (Trader für Orders, Fund Manager für Ein- und Auszahlungen, Auditor zum Lesen), oder nehmen Sie einen Schlüssel, der sie hat.',
    'fix.MissingAccountName':
      'Nennen Sie mit einem Master-Schlüssel das Konto im Payload ("account": "primary") oder nehmen Sie einen Konto-Schlüssel.',
    'fix.AccountsOnGroupOnlyApi':
      'Entfernen Sie "account" aus dem Payload: Nur Master-Schlüssel dürfen ein Konto nennen. Ein Konto-Schlüssel handelt immer für sein eigenes Konto.',
    'fix.EndpointMismatch':
      'Senden Sie die Anfrage an genau den Pfad, den das Feld "request" im Payload nennt, Zeichen für Zeichen.',
    'fix.EndpointNotFound':
      'Prüfen Sie den Pfad in Geminis API-Referenz; private Endpoints nehmen POST.',
    'fix.InvalidJson':
      'Senden Sie in X-GEMINI-PAYLOAD Standard-Base64 von gültigem JSON-Text (einem Objekt).',
    'fix.RateLimit':
      'Langsamer: höchstens 5 private Anfragen pro Sekunde, und nach einem 429 vor dem nächsten Versuch mit exponentiellem Backoff und Jitter warten.',
    'fix.InsufficientFunds':
      'Prüfen Sie vor der Order das verfügbare Guthaben (nicht durch offene Orders gebunden).',
    'fix.System':
      'Das liegt bei Gemini: Versuchen Sie es später mit Backoff erneut und sehen Sie auf Geminis Statusseite nach.',
    'fix.missingHeader':
      'Senden Sie mit jeder privaten Anfrage alle drei Header: X-GEMINI-APIKEY, X-GEMINI-PAYLOAD und X-GEMINI-SIGNATURE.',
    'fix.order':
      'Prüfen Sie die Parameter der Order anhand der Referenz des Endpoints; die Fehlerseite nennt die Regeln.',
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
