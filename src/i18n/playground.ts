import { defineStrings } from './index.ts';
import pipeline from './pipeline.ts';

/**
 * Strings of the playground island (src/components/playground/). Maps such as `target`, `json`
 * or `experiment` are keyed by the code of the thing they describe (`t.json[error.code]`). An
 * error reason's meaning and fix are not here: they come from its error page
 * (src/lib/errors/texts.ts); only the relay's own refusals, which have no page, are.
 */
const strings = defineStrings({
  en: {
    regionLabel: 'Gemini API playground',
    safetyTitle: 'Sandbox only, throwaway keys only',
    safetyBody:
      'This playground talks to sandboxes only: the emulator in this page, your local emulator, or Gemini’s sandbox through your own relay. Never paste a production API key or secret here, or into any web page. Keys minted here are throwaway keys that live in this tab’s memory and nowhere else.',

    targetLegend: 'Where requests go',
    target: {
      builtin: 'Built-in sandbox (in this page)',
      local: 'Local emulator (http://127.0.0.1:4322)',
      site: 'This site’s emulator',
      relay: 'Gemini sandbox (api.sandbox.gemini.com) through the relay',
    },
    targetHint: {
      builtin:
        'An emulator of Gemini’s private API that runs in this page. It needs no server; nothing leaves your browser.',
      local: 'The same emulator as a server on your machine: run npm run sandbox or npm start.',
      site: 'The emulator this site serves at /sandbox/ on its own address (npm start, or the hosted site). Keys minted here work for curl, bots and CCXT too, with this site’s address plus /sandbox as base URL.',
      relay:
        'For your own Gemini sandbox key. Gemini sends no CORS headers, so requests go through the relay that npm start serves at /relay/. On a static host, copy the request as curl instead.',
    },
    target_site_unavailable:
      'This site serves no emulator at /sandbox/ (a static host, or the page was not served by npm start), so “This site’s emulator” is not available. The built-in sandbox is used instead; it works everywhere.',
    targetUrlLabel: 'Or type a sandbox address',
    targetUrlHint: 'For example http://127.0.0.1:4322 or https://api.sandbox.gemini.com',
    targetUrlApply: 'Use this address',
    targetUrlAccepted: 'Target set to: {target}.',
    refusal: {
      'production-host':
        '{host} is a Gemini production host. The playground never contacts production, so nothing was sent there; requests stay on the sandbox.',
      'not-allowlisted':
        '{host} is not one of the playground’s targets, so nothing was sent there. Allowed are the built-in sandbox, the local emulator at http://127.0.0.1:4322 and Gemini’s sandbox through the relay.',
      'unknown-target': '“{value}” is not a target. Use builtin, local, site or relay.',
    },

    keyTitle: 'API key',
    keyNone:
      'No key yet. Until you mint one, the pipeline signs with the example secret from Gemini’s documentation (1234abcd), so you can watch it work.',
    mintLegend: 'New throwaway key',
    rolesLegend: 'Roles',
    role: {
      trader: 'Trader',
      fundmanager: 'Fund Manager',
      auditor: 'Auditor',
      administrator: 'Administrator',
    },
    rolesHint: 'Auditor is read-only and cannot be combined with other roles.',
    optionTimeBased: 'Uses a time-based nonce (seconds, within ±30 s)',
    optionHeartbeat: 'Requires heartbeat',
    optionMaster: 'Master key (for a group of accounts)',
    optionMasterHint:
      'A master key names the account it acts for in every payload. Administrator exists only on master keys; heartbeat only on account keys.',
    keyAccount:
      'Master key for the account “{account}”: add "account": "{account}" to the params of account endpoints, or the sandbox answers MissingAccountName.',
    mintButton: 'New throwaway key',
    minting: 'Minting a key…',
    minted: 'New throwaway key minted on {target}.',
    mintFailed: 'Could not mint a key: {message}',
    mintNotOnRelay:
      'Gemini’s sandbox keys are created at exchange.sandbox.gemini.com under Settings → API. Paste yours below: it stays in this tab’s memory only.',
    keyLabel: 'API key',
    secretLabel: 'API secret',
    secretHidden: 'Hidden. Reveal it to see it.',
    reveal: 'Reveal secret',
    hide: 'Hide secret',
    copyKey: 'Copy key',
    copySecret: 'Copy secret',
    burn: 'Burn key',
    burned: 'Key burned: the secret is gone from this page.',
    keyFacts: 'Minted on: {target}. Roles: {roles}. Nonce: {nonce}.',
    keyFactsOwn: 'Your own sandbox key, for the relay. It stays in this tab’s memory only.',
    nonceKind: {
      time: 'time-based (seconds)',
      counter: 'increasing number',
    },
    keyOtherTarget:
      'This key was minted on {keyTarget}, so {target} does not know it. Mint a new key there, or switch back.',
    ownKeyLegend: 'Your own Gemini sandbox key',
    ownKeyHint: 'A sandbox key only, never a production key.',
    ownKeyUse: 'Use this key',
    ownKeyMissing: 'Enter both the API key and the API secret.',

    requestTitle: 'Request',
    endpointLabel: 'Endpoint',
    endpointPrivate: 'Private (signed)',
    endpointPublic: 'Public (no key)',
    endpointRoles: 'Roles that may call it: {roles}.',
    endpointPublicNote: 'A public endpoint: no key, no signature, a plain GET.',
    paramsLegend: 'Params',
    paramsNone: 'This endpoint takes no params.',
    paramRequired: 'required',
    paramNotSent: '(not sent)',
    rawHint:
      'The form and this JSON are the same params: edit either. The pipeline adds request and nonce itself.',
    formDisabled: 'The form is paused until the JSON below is valid again.',
    issuesNote:
      'You can still send it: the sandbox answers with the error Gemini would give, which is worth seeing.',
    secretInParams:
      'The params contain your API secret. Remove it: the secret signs requests and must never travel in one. Until then nothing is signed, sent, saved or shared.',
    nonceLegend: 'Nonce',
    nonce: {
      ms: 'Automatic: milliseconds',
      seconds: 'Time-based: seconds',
      manual: 'Manual',
    },
    nonceHint: {
      ms: 'Epoch milliseconds, always higher than the last. Right for most keys.',
      seconds: 'Epoch seconds, for keys with a time-based nonce (±30 s of the server’s clock).',
      manual: 'Type a nonce yourself, for example to replay one on purpose.',
    },
    manualNonceLabel: 'Nonce value',
    manualNonce: {
      empty: 'Enter a nonce: digits only.',
      'not-digits': 'A nonce is a whole number: digits only.',
      'too-long': 'A nonce has at most 24 digits.',
    },
    send: 'Send request',
    sending: 'Sending…',
    sendNeedsKey: 'Mint a throwaway key (or use your own sandbox key) to send a private request.',

    responseTitle: 'Response',
    responseNone: 'Nothing sent yet.',
    responseStatus: 'Status',
    responseTime: 'Time',
    milliseconds: '{ms} ms',
    responseSentTo: 'Sent to',
    builtinName: 'the built-in sandbox',
    responseHeaders: 'Response headers',
    responseBody: 'Body',
    announceOk: 'Response {status} in {ms} ms.',
    announceError: 'Response {status}: {reason}.',
    explainTitle: 'What {reason} means',
    explainFix: 'How to fix it',
    explainLink: 'Error page for {reason}',
    explainUnknown:
      'This guide has no page for this reason yet. The message from the server says more; Gemini’s error-code list explains the rest.',
    unreachable: {
      builtin: 'The built-in sandbox could not start: {message}',
      local:
        'Could not reach the local emulator at http://127.0.0.1:4322. Start it with npm run sandbox (or npm start) and send again.',
      relay:
        'Could not reach the relay at /relay/. npm start serves it; on a static host, copy the request as curl instead.',
      site: 'This site serves no emulator at /sandbox/ (npm start and the hosted site do; a static host does not). Use the built-in sandbox, or copy the request as curl for the local emulator.',
    },
    refusedSend: 'Refused before sending: {message}',
    clockOffset:
      'The target’s clock is {seconds} s from this computer’s (read from the Date header of its answer).',
    clockTooFar:
      'That is more than 30 s: every request signed with a time-based nonce key would fail with InvalidNonce. Synchronise this computer’s clock (NTP).',
    clockLesson: 'Lesson: choose a nonce',
    diagnosticsHint: 'For a support ticket: key, payload, status and body, never the secret.',

    /** The relay's own refusals (src/lib/relay), which have no error page. */
    relayReason: {
      RelayRefused: {
        meaning: 'The relay refused to forward this request.',
        fix: 'The relay forwards only Gemini API paths (/v1/…, /v2/…) with POST or GET to Gemini’s sandbox.',
      },
      RelayUpstreamUnavailable: {
        meaning: 'The relay could not reach Gemini’s sandbox.',
        fix: 'Check that the machine running npm start is online, or copy the request as curl.',
      },
    },

    experimentsTitle: 'Experiments: break one rule at a time',
    experimentsIntro:
      'Each experiment sends a request that is wrong in exactly one way, to the current target, and explains the answer. Keys with special options are minted for it and thrown away.',
    experiment: {
      'wrong-secret': {
        title: 'Wrong secret',
        what: 'Signs /v1/balances with a secret that differs in its last character.',
        why: 'The server computes the HMAC with the real secret; one changed character changes the whole signature, so it answers InvalidSignature.',
      },
      'replayed-nonce': {
        title: 'Replayed nonce',
        what: 'Sends /v1/balances, then the same request again with the same nonce.',
        why: 'A nonce must be higher than the last one the key used. The first send succeeds; the replay is refused with InvalidNonce, which is what stops someone from sending a captured request twice.',
      },
      'auditor-order': {
        title: 'Auditor key places an order',
        what: 'Mints a key with only the Auditor role and sends /v1/order/new.',
        why: 'Auditor is read-only. Placing an order needs the Trader role, so the server answers MissingRole (HTTP 403): the signature was fine, the permission was not.',
      },
      'stale-time-nonce': {
        title: 'Time-based nonce 60 s off',
        what: 'Mints a key with a time-based nonce and signs with a nonce 60 seconds in the past.',
        why: 'A time-based key accepts only nonces within ±30 seconds of the server’s clock, so a nonce 60 s off gets InvalidNonce. A machine with a drifting clock sees the same error.',
      },
      'endpoint-mismatch': {
        title: 'request differs from the URL',
        what: 'Signs a payload with "request": "/v1/balances" but sends it to /v1/orders.',
        why: 'The payload’s request must name the path it is sent to; otherwise a signed request for one endpoint could be used on another. The answer is EndpointMismatch.',
      },
      'missing-header': {
        title: 'Missing header',
        what: 'Sends a correctly signed request without the X-GEMINI-SIGNATURE header.',
        why: 'Every private request needs all three X-GEMINI headers; without the signature the server cannot check anything and answers MissingSignatureHeader.',
      },
    },
    runExperiment: 'Run: {title}',
    experimentRunning: 'Running…',
    experimentExpects: 'Expected answer: {reason}.',
    experimentSend: 'Send {n}: HTTP {status}, {result}.',
    experimentOk: 'accepted',
    experimentMatched: 'As expected.',
    experimentMismatch:
      'Not the expected answer ({reason}). The explanation below says why it can differ.',
    experimentNeedsMint:
      'This experiment needs a key with special options, which only the built-in sandbox and the local emulator can mint. Switch the target to run it.',
    experimentNeedsKey: 'Use your own sandbox key first (above).',
    experimentFailed: 'The experiment could not run: {message}',
    experimentFromLink: 'Suggested by the link you opened.',

    snippetsTitle: 'Code for this request',
    snippetsIntro:
      'Each snippet signs exactly like the pipeline and reads GEMINI_API_KEY and GEMINI_API_SECRET from the environment: it never contains your secret.',
    snippetsTarget: 'The code calls {url}: outside a browser it talks to the sandbox directly.',
    snippetsLanguage: 'Language',
    snippet: {
      curl: 'curl',
      python: 'Python (requests)',
      typescript: 'TypeScript (fetch)',
      go: 'Go',
    },
    copyCode: 'Copy code',
    snippetsUnavailable: 'Fix the params to get code for this request.',

    shareTitle: 'Share and reset',
    linkLabel: 'Link to this request',
    linkCopied:
      'Link copied. It holds the target, endpoint, params, nonce mode and experiment, never a key.',
    reset: 'Reset inputs',
    resetDone: 'Inputs reset to the defaults; the key is gone from this page.',
    persistNote: 'Your inputs (never the key) are kept in this browser across reloads.',
    linkRestored:
      'Restored from a shared link: {endpoint} on {target}. Mint a throwaway key (or use your own sandbox key) to send it.',
    linkProblemsTitle: 'Parts of this link were not used',
    problem: {
      'unknown-endpoint': 'The endpoint {value} is not in the catalogue.',
      'too-long': 'The params are too long ({length} characters).',
      'unknown-nonce-mode': '“{value}” is not a nonce mode (ms, seconds or manual).',
      'unknown-experiment': '“{value}” is not an experiment.',
      'credentials-ignored':
        'The link carried {names}. Links never carry keys or secrets, so they were removed from the address bar and this tab’s history and not used. If a real secret was in it, treat that key as leaked.',
    },
  },
  de: {
    regionLabel: 'Gemini-API-Playground',
    safetyTitle: 'Nur Sandbox, nur Wegwerf-Schlüssel',
    safetyBody:
      'Dieser Playground spricht nur mit Sandboxes: dem Emulator in dieser Seite, Ihrem lokalen Emulator oder Geminis Sandbox über Ihr eigenes Relay. Fügen Sie niemals einen Produktiv-API-Schlüssel oder ein Produktiv-Secret hier oder in eine andere Webseite ein. Hier erzeugte Schlüssel sind Wegwerf-Schlüssel und leben nur im Speicher dieses Tabs.',

    targetLegend: 'Wohin Anfragen gehen',
    target: {
      builtin: 'Eingebaute Sandbox (in dieser Seite)',
      local: 'Lokaler Emulator (http://127.0.0.1:4322)',
      site: 'Emulator dieser Website',
      relay: 'Gemini-Sandbox (api.sandbox.gemini.com) über das Relay',
    },
    targetHint: {
      builtin:
        'Ein Emulator von Geminis privater API, der in dieser Seite läuft. Er braucht keinen Server; nichts verlässt Ihren Browser.',
      local:
        'Derselbe Emulator als Server auf Ihrem Rechner: npm run sandbox oder npm start ausführen.',
      site: 'Der Emulator, den diese Website unter /sandbox/ auf ihrer eigenen Adresse bereitstellt (npm start oder die gehostete Website). Hier erzeugte Schlüssel funktionieren auch mit curl, Bots und CCXT, mit der Adresse dieser Website plus /sandbox als Basis-URL.',
      relay:
        'Für Ihren eigenen Gemini-Sandbox-Schlüssel. Gemini sendet keine CORS-Header, deshalb laufen Anfragen über das Relay, das npm start unter /relay/ bereitstellt. Auf einem statischen Host kopieren Sie die Anfrage stattdessen als curl.',
    },
    target_site_unavailable:
      'Diese Website stellt unter /sandbox/ keinen Emulator bereit (ein statischer Host, oder die Seite kommt nicht von npm start), deshalb ist „Emulator dieser Website“ nicht verfügbar. Stattdessen wird die eingebaute Sandbox verwendet; sie funktioniert überall.',
    targetUrlLabel: 'Oder eine Sandbox-Adresse eingeben',
    targetUrlHint: 'Zum Beispiel http://127.0.0.1:4322 oder https://api.sandbox.gemini.com',
    targetUrlApply: 'Diese Adresse verwenden',
    targetUrlAccepted: 'Ziel gesetzt: {target}.',
    refusal: {
      'production-host':
        '{host} ist ein Produktiv-Host von Gemini. Der Playground kontaktiert niemals die Produktion, deshalb wurde nichts dorthin gesendet; Anfragen bleiben in der Sandbox.',
      'not-allowlisted':
        '{host} ist keines der Ziele des Playgrounds, deshalb wurde nichts dorthin gesendet. Erlaubt sind die eingebaute Sandbox, der lokale Emulator unter http://127.0.0.1:4322 und Geminis Sandbox über das Relay.',
      'unknown-target': '„{value}“ ist kein Ziel. Verwenden Sie builtin, local, site oder relay.',
    },

    keyTitle: 'API-Schlüssel',
    keyNone:
      'Noch kein Schlüssel. Bis Sie einen erzeugen, signiert die Pipeline mit dem Beispiel-Secret aus Geminis Dokumentation (1234abcd), damit Sie ihr zusehen können.',
    mintLegend: 'Neuer Wegwerf-Schlüssel',
    rolesLegend: 'Rollen',
    role: {
      trader: 'Trader',
      fundmanager: 'Fund Manager',
      auditor: 'Auditor',
      administrator: 'Administrator',
    },
    rolesHint: 'Auditor darf nur lesen und lässt sich nicht mit anderen Rollen kombinieren.',
    optionTimeBased: 'Zeitbasierte Nonce (Sekunden, innerhalb von ±30 s)',
    optionHeartbeat: 'Heartbeat erforderlich',
    optionMaster: 'Master-Schlüssel (für eine Gruppe von Konten)',
    optionMasterHint:
      'Ein Master-Schlüssel nennt in jeder Payload das Konto, für das er handelt. Administrator gibt es nur bei Master-Schlüsseln, Heartbeat nur bei Konto-Schlüsseln.',
    keyAccount:
      'Master-Schlüssel für das Konto „{account}“: Ergänzen Sie "account": "{account}" in den Parametern von Konto-Endpunkten, sonst antwortet die Sandbox MissingAccountName.',
    mintButton: 'Neuer Wegwerf-Schlüssel',
    minting: 'Schlüssel wird erzeugt …',
    minted: 'Neuer Wegwerf-Schlüssel auf {target} erzeugt.',
    mintFailed: 'Der Schlüssel konnte nicht erzeugt werden: {message}',
    mintNotOnRelay:
      'Geminis Sandbox-Schlüssel entstehen auf exchange.sandbox.gemini.com unter Settings → API. Fügen Sie Ihren unten ein: Er bleibt nur im Speicher dieses Tabs.',
    keyLabel: 'API-Schlüssel',
    secretLabel: 'API-Secret',
    secretHidden: 'Verborgen. Zum Ansehen aufdecken.',
    reveal: 'Secret aufdecken',
    hide: 'Secret verbergen',
    copyKey: 'Schlüssel kopieren',
    copySecret: 'Secret kopieren',
    burn: 'Schlüssel vernichten',
    burned: 'Schlüssel vernichtet: Das Secret ist aus dieser Seite verschwunden.',
    keyFacts: 'Erzeugt auf: {target}. Rollen: {roles}. Nonce: {nonce}.',
    keyFactsOwn:
      'Ihr eigener Sandbox-Schlüssel, für das Relay. Er bleibt nur im Speicher dieses Tabs.',
    nonceKind: {
      time: 'zeitbasiert (Sekunden)',
      counter: 'steigende Zahl',
    },
    keyOtherTarget:
      'Dieser Schlüssel wurde auf {keyTarget} erzeugt, deshalb kennt {target} ihn nicht. Erzeugen Sie dort einen neuen Schlüssel oder wechseln Sie zurück.',
    ownKeyLegend: 'Ihr eigener Gemini-Sandbox-Schlüssel',
    ownKeyHint: 'Nur ein Sandbox-Schlüssel, niemals ein Produktiv-Schlüssel.',
    ownKeyUse: 'Diesen Schlüssel verwenden',
    ownKeyMissing: 'Geben Sie API-Schlüssel und API-Secret ein.',

    requestTitle: 'Anfrage',
    endpointLabel: 'Endpunkt',
    endpointPrivate: 'Privat (signiert)',
    endpointPublic: 'Öffentlich (ohne Schlüssel)',
    endpointRoles: 'Rollen, die ihn aufrufen dürfen: {roles}.',
    endpointPublicNote:
      'Ein öffentlicher Endpunkt: kein Schlüssel, keine Signatur, ein einfaches GET.',
    paramsLegend: 'Parameter',
    paramsNone: 'Dieser Endpunkt hat keine Parameter.',
    paramRequired: 'Pflicht',
    paramNotSent: '(nicht gesendet)',
    rawHint:
      'Formular und JSON sind dieselben Parameter: Bearbeiten Sie beliebig eines davon. request und nonce fügt die Pipeline selbst hinzu.',
    formDisabled: 'Das Formular pausiert, bis das JSON unten wieder gültig ist.',
    issuesNote:
      'Sie können trotzdem senden: Die Sandbox antwortet mit dem Fehler, den Gemini geben würde, und der ist sehenswert.',
    secretInParams:
      'Die Parameter enthalten Ihr API-Secret. Entfernen Sie es: Das Secret signiert Anfragen und darf nie in einer mitreisen. Bis dahin wird nichts signiert, gesendet, gespeichert oder geteilt.',
    nonceLegend: 'Nonce',
    nonce: {
      ms: 'Automatisch: Millisekunden',
      seconds: 'Zeitbasiert: Sekunden',
      manual: 'Manuell',
    },
    nonceHint: {
      ms: 'Epoch-Millisekunden, immer höher als die letzte. Passt für die meisten Schlüssel.',
      seconds: 'Epoch-Sekunden, für Schlüssel mit zeitbasierter Nonce (±30 s um die Serveruhr).',
      manual: 'Geben Sie eine Nonce selbst ein, etwa um eine absichtlich zu wiederholen.',
    },
    manualNonceLabel: 'Nonce-Wert',
    manualNonce: {
      empty: 'Geben Sie eine Nonce ein: nur Ziffern.',
      'not-digits': 'Eine Nonce ist eine ganze Zahl: nur Ziffern.',
      'too-long': 'Eine Nonce hat höchstens 24 Ziffern.',
    },
    send: 'Anfrage senden',
    sending: 'Wird gesendet …',
    sendNeedsKey:
      'Erzeugen Sie einen Wegwerf-Schlüssel (oder nutzen Sie Ihren eigenen Sandbox-Schlüssel), um eine private Anfrage zu senden.',

    responseTitle: 'Antwort',
    responseNone: 'Noch nichts gesendet.',
    responseStatus: 'Status',
    responseTime: 'Dauer',
    milliseconds: '{ms} ms',
    responseSentTo: 'Gesendet an',
    builtinName: 'die eingebaute Sandbox',
    responseHeaders: 'Antwort-Header',
    responseBody: 'Body',
    announceOk: 'Antwort {status} nach {ms} ms.',
    announceError: 'Antwort {status}: {reason}.',
    explainTitle: 'Was {reason} bedeutet',
    explainFix: 'So beheben Sie es',
    explainLink: 'Fehlerseite zu {reason}',
    explainUnknown:
      'Zu diesem Grund hat der Leitfaden noch keine Seite. Die Meldung des Servers sagt mehr; Geminis Liste der Fehlercodes erklärt den Rest.',
    unreachable: {
      builtin: 'Die eingebaute Sandbox konnte nicht starten: {message}',
      local:
        'Der lokale Emulator unter http://127.0.0.1:4322 ist nicht erreichbar. Starten Sie ihn mit npm run sandbox (oder npm start) und senden Sie erneut.',
      relay:
        'Das Relay unter /relay/ ist nicht erreichbar. npm start stellt es bereit; auf einem statischen Host kopieren Sie die Anfrage stattdessen als curl.',
      site: 'Diese Website stellt unter /sandbox/ keinen Emulator bereit (npm start und die gehostete Website tun es, ein statischer Host nicht). Verwenden Sie die eingebaute Sandbox oder kopieren Sie die Anfrage als curl für den lokalen Emulator.',
    },
    refusedSend: 'Vor dem Senden abgelehnt: {message}',
    clockOffset:
      'Die Uhr des Ziels weicht um {seconds} s von der dieses Computers ab (aus dem Date-Header seiner Antwort).',
    clockTooFar:
      'Das sind mehr als 30 s: Mit einem Schlüssel mit zeitbasierter Nonce würde jede signierte Anfrage mit InvalidNonce scheitern. Synchronisieren Sie die Uhr dieses Computers (NTP).',
    clockLesson: 'Lektion: eine Nonce wählen',
    diagnosticsHint:
      'Für ein Support-Ticket: Schlüssel, Payload, Status und Body, niemals das Secret.',

    relayReason: {
      RelayRefused: {
        meaning: 'Das Relay hat diese Anfrage nicht weitergeleitet.',
        fix: 'Das Relay leitet nur Gemini-API-Pfade (/v1/…, /v2/…) per POST oder GET an Geminis Sandbox weiter.',
      },
      RelayUpstreamUnavailable: {
        meaning: 'Das Relay hat Geminis Sandbox nicht erreicht.',
        fix: 'Prüfen Sie, ob der Rechner mit npm start online ist, oder kopieren Sie die Anfrage als curl.',
      },
    },

    experimentsTitle: 'Experimente: eine Regel nach der anderen brechen',
    experimentsIntro:
      'Jedes Experiment sendet eine Anfrage mit genau einem Fehler an das aktuelle Ziel und erklärt die Antwort. Schlüssel mit besonderen Optionen werden dafür erzeugt und danach verworfen.',
    experiment: {
      'wrong-secret': {
        title: 'Falsches Secret',
        what: 'Signiert /v1/balances mit einem Secret, das sich im letzten Zeichen unterscheidet.',
        why: 'Der Server berechnet das HMAC mit dem echten Secret; ein geändertes Zeichen ändert die ganze Signatur, also antwortet er InvalidSignature.',
      },
      'replayed-nonce': {
        title: 'Wiederholte Nonce',
        what: 'Sendet /v1/balances und dann dieselbe Anfrage noch einmal mit derselben Nonce.',
        why: 'Eine Nonce muss höher sein als die letzte des Schlüssels. Das erste Senden klappt; die Wiederholung wird mit InvalidNonce abgelehnt. Genau das verhindert, dass jemand eine mitgeschnittene Anfrage zweimal sendet.',
      },
      'auditor-order': {
        title: 'Auditor-Schlüssel platziert eine Order',
        what: 'Erzeugt einen Schlüssel nur mit der Rolle Auditor und sendet /v1/order/new.',
        why: 'Auditor darf nur lesen. Eine Order braucht die Rolle Trader, also antwortet der Server MissingRole (HTTP 403): Die Signatur war in Ordnung, die Berechtigung nicht.',
      },
      'stale-time-nonce': {
        title: 'Zeitbasierte Nonce 60 s daneben',
        what: 'Erzeugt einen Schlüssel mit zeitbasierter Nonce und signiert mit einer Nonce 60 Sekunden in der Vergangenheit.',
        why: 'Ein zeitbasierter Schlüssel akzeptiert nur Nonces innerhalb von ±30 Sekunden um die Serveruhr, also gibt es bei 60 s Abweichung InvalidNonce. Ein Rechner mit falsch gehender Uhr sieht denselben Fehler.',
      },
      'endpoint-mismatch': {
        title: 'request weicht von der URL ab',
        what: 'Signiert einen Payload mit "request": "/v1/balances", sendet sie aber an /v1/orders.',
        why: 'request in der Payload muss den Pfad nennen, an den sie geht; sonst ließe sich eine signierte Anfrage für einen Endpunkt an einem anderen verwenden. Die Antwort ist EndpointMismatch.',
      },
      'missing-header': {
        title: 'Fehlender Header',
        what: 'Sendet eine korrekt signierte Anfrage ohne den Header X-GEMINI-SIGNATURE.',
        why: 'Jede private Anfrage braucht alle drei X-GEMINI-Header; ohne Signatur kann der Server nichts prüfen und antwortet MissingSignatureHeader.',
      },
    },
    runExperiment: 'Ausführen: {title}',
    experimentRunning: 'Läuft …',
    experimentExpects: 'Erwartete Antwort: {reason}.',
    experimentSend: 'Senden {n}: HTTP {status}, {result}.',
    experimentOk: 'angenommen',
    experimentMatched: 'Wie erwartet.',
    experimentMismatch:
      'Nicht die erwartete Antwort ({reason}). Die Erklärung unten sagt, warum sie abweichen kann.',
    experimentNeedsMint:
      'Dieses Experiment braucht einen Schlüssel mit besonderen Optionen, den nur die eingebaute Sandbox und der lokale Emulator erzeugen können. Wechseln Sie das Ziel, um es auszuführen.',
    experimentNeedsKey: 'Verwenden Sie zuerst Ihren eigenen Sandbox-Schlüssel (oben).',
    experimentFailed: 'Das Experiment konnte nicht laufen: {message}',
    experimentFromLink: 'Vom geöffneten Link vorgeschlagen.',

    snippetsTitle: 'Code für diese Anfrage',
    snippetsIntro:
      'Jedes Snippet signiert genau wie die Pipeline und liest GEMINI_API_KEY und GEMINI_API_SECRET aus der Umgebung: Es enthält niemals Ihr Secret.',
    snippetsTarget:
      'Der Code ruft {url} auf: Außerhalb eines Browsers spricht er direkt mit der Sandbox.',
    snippetsLanguage: 'Sprache',
    snippet: {
      curl: 'curl',
      python: 'Python (requests)',
      typescript: 'TypeScript (fetch)',
      go: 'Go',
    },
    copyCode: 'Code kopieren',
    snippetsUnavailable: 'Korrigieren Sie die Parameter, um Code für diese Anfrage zu erhalten.',

    shareTitle: 'Teilen und zurücksetzen',
    linkLabel: 'Link zu dieser Anfrage',
    linkCopied:
      'Link kopiert. Er enthält Ziel, Endpunkt, Parameter, Nonce-Modus und Experiment, niemals einen Schlüssel.',
    reset: 'Eingaben zurücksetzen',
    resetDone:
      'Eingaben auf die Standardwerte zurückgesetzt; der Schlüssel ist aus dieser Seite entfernt.',
    persistNote:
      'Ihre Eingaben (niemals der Schlüssel) bleiben in diesem Browser über ein Neuladen hinweg erhalten.',
    linkRestored:
      'Aus einem geteilten Link wiederhergestellt: {endpoint} auf {target}. Erzeugen Sie einen Wegwerf-Schlüssel (oder nutzen Sie Ihren eigenen Sandbox-Schlüssel), um die Anfrage zu senden.',
    linkProblemsTitle: 'Teile dieses Links wurden nicht verwendet',
    problem: {
      'unknown-endpoint': 'Der Endpunkt {value} ist nicht im Katalog.',
      'too-long': 'Die Parameter sind zu lang ({length} Zeichen).',
      'unknown-nonce-mode': '„{value}“ ist kein Nonce-Modus (ms, seconds oder manual).',
      'unknown-experiment': '„{value}“ ist kein Experiment.',
      'credentials-ignored':
        'Der Link enthielt {names}. Links enthalten niemals Schlüssel oder Secrets, deshalb wurden sie aus der Adresszeile und dem Verlauf dieses Tabs entfernt und nicht verwendet. Stand darin ein echtes Secret, behandeln Sie den Schlüssel als kompromittiert.',
    },
  },
});

/** The full playground's strings: its own and the pipeline's (./pipeline.ts). */
const playground = {
  en: { ...pipeline.en, ...strings.en },
  de: { ...pipeline.de, ...strings.de },
};
export default playground;
export type PlaygroundStrings = (typeof playground)['en'];
