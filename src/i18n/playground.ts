import { defineStrings } from './index.ts';

/**
 * Strings of the playground island (src/components/playground/). Keys with a suffix such as
 * `target_builtin`, `json_bad-number` or `reason_InvalidNonce_fix` are looked up by the code of
 * the thing they describe.
 */
const strings = defineStrings({
  en: {
    regionLabel: 'Gemini API playground',
    safetyTitle: 'Sandbox only, throwaway keys only',
    safetyBody:
      'This playground talks to sandboxes only: the emulator in this page, your local emulator, or Gemini’s sandbox through your own relay. Never paste a production API key or secret here, or into any web page. Keys minted here are throwaway keys that live in this tab’s memory and nowhere else.',

    targetLegend: 'Where requests go',
    target_builtin: 'Built-in sandbox (in this page)',
    target_builtin_hint:
      'An emulator of Gemini’s private API that runs in this page. It needs no server; nothing leaves your browser.',
    target_local: 'Local emulator (http://127.0.0.1:4322)',
    target_local_hint:
      'The same emulator as a server on your machine: run npm run sandbox or npm start.',
    target_site: 'This site’s emulator',
    target_site_hint:
      'The emulator this site serves at /sandbox/ on its own address (npm start, or the hosted site). Keys minted here work for curl, bots and CCXT too, with this site’s address plus /sandbox as base URL.',
    target_site_unavailable:
      'This site serves no emulator at /sandbox/ (a static host, or the page was not served by npm start), so “This site’s emulator” is not available. The built-in sandbox is used instead; it works everywhere.',
    target_relay: 'Gemini sandbox (api.sandbox.gemini.com) through the relay',
    target_relay_hint:
      'For your own Gemini sandbox key. Gemini sends no CORS headers, so requests go through the relay that npm start serves at /relay/. On a static host, copy the request as curl instead.',
    targetUrlLabel: 'Or type a sandbox address',
    targetUrlHint: 'For example http://127.0.0.1:4322 or https://api.sandbox.gemini.com',
    targetUrlApply: 'Use this address',
    targetUrlAccepted: 'Target set to: {target}.',
    'refusal_production-host':
      '{host} is a Gemini production host. The playground never contacts production, so nothing was sent there; requests stay on the sandbox.',
    'refusal_not-allowlisted':
      '{host} is not one of the playground’s targets, so nothing was sent there. Allowed are the built-in sandbox, the local emulator at http://127.0.0.1:4322 and Gemini’s sandbox through the relay.',
    'refusal_unknown-target': '“{value}” is not a target. Use builtin, local, site or relay.',

    keyTitle: 'API key',
    keyNone:
      'No key yet. Until you mint one, the pipeline signs with the example secret from Gemini’s documentation (1234abcd), so you can watch it work.',
    mintLegend: 'New throwaway key',
    rolesLegend: 'Roles',
    role_trader: 'Trader',
    role_fundmanager: 'Fund Manager',
    role_auditor: 'Auditor',
    role_administrator: 'Administrator',
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
    nonceKind_time: 'time-based (seconds)',
    nonceKind_counter: 'increasing number',
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
    paramListHint: 'Choose any number; at most one is usually allowed.',
    rawLabel: 'Params as JSON',
    rawHint:
      'The form and this JSON are the same params: edit either. The pipeline adds request and nonce itself.',
    formDisabled: 'The form is paused until the JSON below is valid again.',
    jsonError: 'Line {line}, column {column}: {problem}',
    json_empty: 'the params are empty; write {} for no params.',
    'json_unexpected-character': 'expected {expected}, found {found}.',
    'json_unexpected-end': 'the text ends too early; expected {expected}.',
    'json_unterminated-string': 'this string is not closed; add the closing ".',
    'json_control-character':
      'a tab or other control character inside a string; write it as an escape such as \\t.',
    'json_bad-escape':
      '{found} is not a JSON escape; use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX.',
    'json_bad-number':
      '{found} is not a JSON number (no leading zeros, digits after a decimal point).',
    'json_trailing-comma': 'a comma with nothing after it; remove that comma.',
    'json_duplicate-key': 'the key "{found}" appears twice; keep one of them.',
    'json_trailing-content': 'there is more text after the params object; remove it.',
    'json_too-deep': 'the params are nested too deeply.',
    expect_value: 'a value (a string in double quotes, a number, true, false, null, [ or {)',
    expect_key: 'a key in double quotes',
    expect_colon: '“:” after the key',
    'expect_comma-or-close-brace': '“,” or “}”',
    'expect_comma-or-close-bracket': '“,” or “]”',
    'expect_double-quoted-string': 'a string in double quotes (JSON has no single quotes)',
    'expect_closing-quote': 'a closing "',
    expect_escape: 'an escape',
    expect_number: 'a number',
    expect_object: 'an object such as {}',
    'expect_nothing-more': 'nothing more',
    expect_none: 'something else',
    found_end: 'the end of the text',
    found_linebreak: 'a line break',
    found_tab: 'a tab',
    issue_missing: '{name} is required.',
    'issue_wrong-type': '{name} should be {type}.',
    type_string: 'a string',
    type_decimal: 'a decimal number written as a string, such as "0.001"',
    type_integer: 'a whole number',
    type_boolean: 'true or false',
    'type_string[]': 'a list of strings',
    'issue_not-allowed': '{name} must be one of: {allowed}.',
    issue_unknown: '{name} is not a param of this endpoint; the sandbox may reject it.',
    issue_reserved: '{name} is added by the pipeline; remove it from the params.',
    'issue_one-of': 'Give {names}.',
    'issue_not-an-object': 'The params must be a JSON object: { … }.',
    or: ' or ',
    issuesNote:
      'You can still send it: the sandbox answers with the error Gemini would give, which is worth seeing.',
    pathMissing: 'Fill in {names}: it is part of the URL.',
    secretInParams:
      'The params contain your API secret. Remove it: the secret signs requests and must never travel in one. Until then nothing is signed, sent, saved or shared.',
    nonceLegend: 'Nonce',
    nonce_ms: 'Automatic: milliseconds',
    nonce_ms_hint: 'Epoch milliseconds, always higher than the last. Right for most keys.',
    nonce_seconds: 'Time-based: seconds',
    nonce_seconds_hint:
      'Epoch seconds, for keys with a time-based nonce (±30 s of the server’s clock).',
    nonce_manual: 'Manual',
    nonce_manual_hint: 'Type a nonce yourself, for example to replay one on purpose.',
    manualNonceLabel: 'Nonce value',
    manualNonce_empty: 'Enter a nonce: digits only.',
    'manualNonce_not-digits': 'A nonce is a whole number: digits only.',
    'manualNonce_too-long': 'A nonce has at most 24 digits.',
    send: 'Send request',
    sending: 'Sending…',
    sendNeedsKey: 'Mint a throwaway key (or use your own sandbox key) to send a private request.',

    pipelineTitle: 'Signing pipeline',
    pipelinePreview:
      'Preview, updated as you type: nothing has been sent. The nonce is the clock’s value now; sending uses a fresh one.',
    pipelineSent: 'Exactly what was sent at {time}.',
    pipelineExampleKey: 'Signed with Gemini’s documented example secret 1234abcd, not a real key.',
    pipelineWaiting: 'The pipeline waits for valid params and nonce.',
    pipelinePublic:
      'A public endpoint has no payload and no signature: the request is a plain GET to {url}.',
    stage_params: 'Params',
    stage_params_line: 'The endpoint’s params, as you entered them.',
    stage_payload: 'Payload',
    stage_payload_line: 'request (the path) and nonce are added first, then the params.',
    stage_json: 'JSON text',
    stage_json_line: 'The payload as compact JSON: these exact bytes get encoded and signed.',
    stage_base64: 'Base64',
    stage_base64_line: 'The JSON’s UTF-8 bytes in standard base64: the X-GEMINI-PAYLOAD header.',
    stage_signature: 'HMAC-SHA384',
    stage_signature_line:
      'HMAC-SHA384 of the base64 text, keyed with the secret, as lower-case hex: the X-GEMINI-SIGNATURE header.',
    stage_headers: 'Headers',
    stage_headers_line: 'The six headers of the POST; its body stays empty.',
    stageLink: 'Lesson step',
    bytes: '{bytes} bytes',
    added: 'added',

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
    unreachable_builtin: 'The built-in sandbox could not start: {message}',
    unreachable_local:
      'Could not reach the local emulator at http://127.0.0.1:4322. Start it with npm run sandbox (or npm start) and send again.',
    unreachable_relay:
      'Could not reach the relay at /relay/. npm start serves it; on a static host, copy the request as curl instead.',
    unreachable_site:
      'This site serves no emulator at /sandbox/ (npm start and the hosted site do; a static host does not). Use the built-in sandbox, or copy the request as curl for the local emulator.',
    refusedSend: 'Refused before sending: {message}',
    clockOffset:
      'The target’s clock is {seconds} s from this computer’s (read from the Date header of its answer).',
    clockTooFar:
      'That is more than 30 s: every request signed with a time-based nonce key would fail with InvalidNonce. Synchronise this computer’s clock (NTP).',
    clockLesson: 'Lesson: choose a nonce',
    diagnosticsHint: 'For a support ticket: key, payload, status and body, never the secret.',

    reason_MissingApikeyHeader_meaning: 'The request had no X-GEMINI-APIKEY header.',
    reason_MissingApikeyHeader_fix:
      'Send your API key in X-GEMINI-APIKEY with every private request.',
    reason_MissingPayloadHeader_meaning: 'The request had no X-GEMINI-PAYLOAD header.',
    reason_MissingPayloadHeader_fix:
      'Send the base64 of the JSON payload in X-GEMINI-PAYLOAD; the body of the POST stays empty.',
    reason_MissingSignatureHeader_meaning: 'The request had no X-GEMINI-SIGNATURE header.',
    reason_MissingSignatureHeader_fix:
      'Send the hex HMAC-SHA384 of the base64 payload, keyed with your secret, in X-GEMINI-SIGNATURE.',
    reason_InvalidSignature_meaning:
      'The signature does not match the payload, or the server does not know the key.',
    reason_InvalidSignature_fix:
      'Sign the exact base64 text you send, with the secret that belongs to this key, as lower-case hex. Check the key was created on the same sandbox.',
    reason_InvalidJson_meaning: 'The payload header does not decode to valid JSON.',
    reason_InvalidJson_fix:
      'Encode UTF-8 JSON with standard base64 (with = padding, no line breaks, not base64url).',
    reason_EndpointMismatch_meaning:
      'The payload’s request field names a different path than the URL.',
    reason_EndpointMismatch_fix:
      'Put the exact path you POST to, such as /v1/balances, into request.',
    reason_EndpointNotFound_meaning: 'There is no such endpoint.',
    reason_EndpointNotFound_fix: 'Check the path and its version prefix (/v1/ or /v2/).',
    reason_MissingNonce_meaning: 'The payload has no nonce.',
    reason_MissingNonce_fix: 'Add a nonce to every payload, next to request.',
    reason_InvalidNonce_meaning:
      'The nonce is not higher than the last one this key used, or, for a time-based key, not within 30 seconds of the server’s clock.',
    reason_InvalidNonce_fix:
      'Use a fresh, increasing nonce for every request (milliseconds work well). For a time-based key, send epoch seconds and keep your clock in sync.',
    reason_MissingRole_meaning: 'The key lacks a role this endpoint requires.',
    reason_MissingRole_fix:
      'Use a key with the right role, for example Trader for placing orders. Roles are fixed when a key is created, so create a new key.',
    reason_MissingAccountName_meaning:
      'A master key called an account endpoint without naming the account.',
    reason_MissingAccountName_fix:
      'Add "account": "<nickname>" to the payload, or use an account key.',
    reason_AccountsOnGroupOnlyApi_meaning:
      'An account key sent an account field, which only master keys may send.',
    reason_AccountsOnGroupOnlyApi_fix: 'Remove account from the payload.',
    reason_InvalidSymbol_meaning: 'The symbol is not a trading pair.',
    reason_InvalidSymbol_fix: 'Use a symbol from /v1/symbols, such as btcusd.',
    reason_InvalidPrice_meaning: 'The price is missing or not a valid positive decimal.',
    reason_InvalidPrice_fix: 'Send price as a decimal string, such as "30000.00".',
    reason_InvalidQuantity_meaning: 'The amount is missing, negative or not a valid decimal.',
    reason_InvalidQuantity_fix: 'Send amount as a positive decimal string, such as "0.001".',
    reason_InvalidSide_meaning: 'side is neither buy nor sell.',
    reason_InvalidSide_fix: 'Send "buy" or "sell".',
    reason_InvalidOrderType_meaning: 'The order type is not supported.',
    reason_InvalidOrderType_fix: 'Send "exchange limit".',
    reason_ClientOrderIdTooLong_meaning: 'client_order_id is too long.',
    reason_ClientOrderIdTooLong_fix: 'Keep client_order_id under 100 characters.',
    reason_ClientOrderIdMustBeString_meaning: 'client_order_id is not a string.',
    reason_ClientOrderIdMustBeString_fix: 'Send client_order_id in double quotes.',
    reason_ConflictingOptions_meaning: 'More than one execution option was given.',
    reason_ConflictingOptions_fix: 'Send at most one option, such as ["maker-or-cancel"].',
    reason_UnsupportedOption_meaning: 'An execution option is unknown.',
    reason_UnsupportedOption_fix: 'Use maker-or-cancel, immediate-or-cancel or fill-or-kill.',
    reason_OptionsMustBeArray_meaning: 'options is not a JSON array.',
    reason_OptionsMustBeArray_fix: 'Send options as an array, such as ["maker-or-cancel"].',
    reason_MissingOrderField_meaning: 'A required order field is missing.',
    reason_MissingOrderField_fix: 'Send order_id (or client_order_id where allowed).',
    reason_InsufficientFunds_meaning: 'The account cannot pay for this order.',
    reason_InsufficientFunds_fix: 'Lower the amount or price, or check /v1/balances first.',
    reason_OrderNotFound_meaning: 'No order with that id exists for this account.',
    reason_OrderNotFound_fix: 'Use an order_id from /v1/order/new or /v1/orders.',
    reason_RateLimit_meaning: 'Too many requests in a short time.',
    reason_RateLimit_fix: 'Slow down and retry after a pause, with backoff; see the backoff lab.',
    reason_System_meaning: 'The server had a problem of its own.',
    reason_System_fix: 'Retry later; if it persists, report it with safe diagnostics.',
    reason_RelayRefused_meaning: 'The relay refused to forward this request.',
    reason_RelayRefused_fix:
      'The relay forwards only Gemini API paths (/v1/…, /v2/…) with POST or GET to Gemini’s sandbox.',
    reason_RelayUpstreamUnavailable_meaning: 'The relay could not reach Gemini’s sandbox.',
    reason_RelayUpstreamUnavailable_fix:
      'Check that the machine running npm start is online, or copy the request as curl.',

    experimentsTitle: 'Experiments: break one rule at a time',
    experimentsIntro:
      'Each experiment sends a request that is wrong in exactly one way, to the current target, and explains the answer. Keys with special options are minted for it and thrown away.',
    'experiment_wrong-secret_title': 'Wrong secret',
    'experiment_wrong-secret_what':
      'Signs /v1/balances with a secret that differs in its last character.',
    'experiment_wrong-secret_why':
      'The server computes the HMAC with the real secret; one changed character changes the whole signature, so it answers InvalidSignature.',
    'experiment_replayed-nonce_title': 'Replayed nonce',
    'experiment_replayed-nonce_what':
      'Sends /v1/balances, then the same request again with the same nonce.',
    'experiment_replayed-nonce_why':
      'A nonce must be higher than the last one the key used. The first send succeeds; the replay is refused with InvalidNonce, which is what stops someone from sending a captured request twice.',
    'experiment_auditor-order_title': 'Auditor key places an order',
    'experiment_auditor-order_what':
      'Mints a key with only the Auditor role and sends /v1/order/new.',
    'experiment_auditor-order_why':
      'Auditor is read-only. Placing an order needs the Trader role, so the server answers MissingRole (HTTP 403): the signature was fine, the permission was not.',
    'experiment_stale-time-nonce_title': 'Time-based nonce 60 s off',
    'experiment_stale-time-nonce_what':
      'Mints a key with a time-based nonce and signs with a nonce 60 seconds in the past.',
    'experiment_stale-time-nonce_why':
      'A time-based key accepts only nonces within ±30 seconds of the server’s clock, so a nonce 60 s off gets InvalidNonce. A machine with a drifting clock sees the same error.',
    'experiment_endpoint-mismatch_title': 'request differs from the URL',
    'experiment_endpoint-mismatch_what':
      'Signs a payload with "request": "/v1/balances" but sends it to /v1/orders.',
    'experiment_endpoint-mismatch_why':
      'The payload’s request must name the path it is sent to; otherwise a signed request for one endpoint could be used on another. The answer is EndpointMismatch.',
    'experiment_missing-header_title': 'Missing header',
    'experiment_missing-header_what':
      'Sends a correctly signed request without the X-GEMINI-SIGNATURE header.',
    'experiment_missing-header_why':
      'Every private request needs all three X-GEMINI headers; without the signature the server cannot check anything and answers MissingSignatureHeader.',
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
    snippet_curl: 'curl',
    snippet_python: 'Python (requests)',
    snippet_typescript: 'TypeScript (fetch)',
    snippet_go: 'Go',
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
    'problem_unknown-endpoint': 'The endpoint {value} is not in the catalogue.',
    'problem_too-long': 'The params are too long ({length} characters).',
    'problem_unknown-nonce-mode': '“{value}” is not a nonce mode (ms, seconds or manual).',
    'problem_unknown-experiment': '“{value}” is not an experiment.',
    'problem_credentials-ignored':
      'The link carried {names}. Links never carry keys or secrets, so they were removed from the address bar and this tab’s history and not used. If a real secret was in it, treat that key as leaked.',
    openInPlayground: 'Open this request in the playground',
    pipelineDemoLabel: 'Live signing pipeline',
  },
  de: {
    regionLabel: 'Gemini-API-Playground',
    safetyTitle: 'Nur Sandbox, nur Wegwerf-Schlüssel',
    safetyBody:
      'Dieser Playground spricht nur mit Sandboxes: dem Emulator in dieser Seite, Ihrem lokalen Emulator oder Geminis Sandbox über Ihr eigenes Relay. Fügen Sie niemals einen Produktiv-API-Schlüssel oder ein Produktiv-Secret hier oder in eine andere Webseite ein. Hier erzeugte Schlüssel sind Wegwerf-Schlüssel und leben nur im Speicher dieses Tabs.',

    targetLegend: 'Wohin Anfragen gehen',
    target_builtin: 'Eingebaute Sandbox (in dieser Seite)',
    target_builtin_hint:
      'Ein Emulator von Geminis privater API, der in dieser Seite läuft. Er braucht keinen Server; nichts verlässt Ihren Browser.',
    target_local: 'Lokaler Emulator (http://127.0.0.1:4322)',
    target_local_hint:
      'Derselbe Emulator als Server auf Ihrem Rechner: npm run sandbox oder npm start ausführen.',
    target_site: 'Emulator dieser Website',
    target_site_hint:
      'Der Emulator, den diese Website unter /sandbox/ auf ihrer eigenen Adresse bereitstellt (npm start oder die gehostete Website). Hier erzeugte Schlüssel funktionieren auch mit curl, Bots und CCXT, mit der Adresse dieser Website plus /sandbox als Basis-URL.',
    target_site_unavailable:
      'Diese Website stellt unter /sandbox/ keinen Emulator bereit (ein statischer Host, oder die Seite kommt nicht von npm start), deshalb ist „Emulator dieser Website“ nicht verfügbar. Stattdessen wird die eingebaute Sandbox verwendet; sie funktioniert überall.',
    target_relay: 'Gemini-Sandbox (api.sandbox.gemini.com) über das Relay',
    target_relay_hint:
      'Für Ihren eigenen Gemini-Sandbox-Schlüssel. Gemini sendet keine CORS-Header, deshalb laufen Anfragen über das Relay, das npm start unter /relay/ bereitstellt. Auf einem statischen Host kopieren Sie die Anfrage stattdessen als curl.',
    targetUrlLabel: 'Oder eine Sandbox-Adresse eingeben',
    targetUrlHint: 'Zum Beispiel http://127.0.0.1:4322 oder https://api.sandbox.gemini.com',
    targetUrlApply: 'Diese Adresse verwenden',
    targetUrlAccepted: 'Ziel gesetzt: {target}.',
    'refusal_production-host':
      '{host} ist ein Produktiv-Host von Gemini. Der Playground kontaktiert niemals die Produktion, deshalb wurde nichts dorthin gesendet; Anfragen bleiben in der Sandbox.',
    'refusal_not-allowlisted':
      '{host} ist keines der Ziele des Playgrounds, deshalb wurde nichts dorthin gesendet. Erlaubt sind die eingebaute Sandbox, der lokale Emulator unter http://127.0.0.1:4322 und Geminis Sandbox über das Relay.',
    'refusal_unknown-target':
      '„{value}“ ist kein Ziel. Verwenden Sie builtin, local, site oder relay.',

    keyTitle: 'API-Schlüssel',
    keyNone:
      'Noch kein Schlüssel. Bis Sie einen erzeugen, signiert die Pipeline mit dem Beispiel-Secret aus Geminis Dokumentation (1234abcd), damit Sie ihr zusehen können.',
    mintLegend: 'Neuer Wegwerf-Schlüssel',
    rolesLegend: 'Rollen',
    role_trader: 'Trader',
    role_fundmanager: 'Fund Manager',
    role_auditor: 'Auditor',
    role_administrator: 'Administrator',
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
    nonceKind_time: 'zeitbasiert (Sekunden)',
    nonceKind_counter: 'steigende Zahl',
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
    paramListHint: 'Beliebig viele wählbar; meist ist höchstens einer erlaubt.',
    rawLabel: 'Parameter als JSON',
    rawHint:
      'Formular und JSON sind dieselben Parameter: Bearbeiten Sie beliebig eines davon. request und nonce fügt die Pipeline selbst hinzu.',
    formDisabled: 'Das Formular pausiert, bis das JSON unten wieder gültig ist.',
    jsonError: 'Zeile {line}, Spalte {column}: {problem}',
    json_empty: 'Die Parameter sind leer; schreiben Sie {} für keine Parameter.',
    'json_unexpected-character': 'erwartet {expected}, gefunden {found}.',
    'json_unexpected-end': 'Der Text endet zu früh; erwartet {expected}.',
    'json_unterminated-string':
      'Dieser String ist nicht geschlossen; ergänzen Sie das schließende ".',
    'json_control-character':
      'Ein Tabulator oder anderes Steuerzeichen in einem String; schreiben Sie es als Escape wie \\t.',
    'json_bad-escape':
      '{found} ist kein JSON-Escape; verwenden Sie \\" \\\\ \\/ \\b \\f \\n \\r \\t oder \\uXXXX.',
    'json_bad-number':
      '{found} ist keine JSON-Zahl (keine führenden Nullen, Ziffern nach dem Dezimalpunkt).',
    'json_trailing-comma': 'Ein Komma, nach dem nichts folgt; entfernen Sie dieses Komma.',
    'json_duplicate-key': 'Der Schlüssel "{found}" kommt zweimal vor; behalten Sie einen.',
    'json_trailing-content': 'Nach dem Parameter-Objekt folgt noch Text; entfernen Sie ihn.',
    'json_too-deep': 'Die Parameter sind zu tief verschachtelt.',
    expect_value:
      'ein Wert (ein String in doppelten Anführungszeichen, eine Zahl, true, false, null, [ oder {)',
    expect_key: 'ein Schlüssel in doppelten Anführungszeichen',
    expect_colon: '„:“ nach dem Schlüssel',
    'expect_comma-or-close-brace': '„,“ oder „}“',
    'expect_comma-or-close-bracket': '„,“ oder „]“',
    'expect_double-quoted-string':
      'ein String in doppelten Anführungszeichen (JSON kennt keine einfachen)',
    'expect_closing-quote': 'ein schließendes "',
    expect_escape: 'ein Escape',
    expect_number: 'eine Zahl',
    expect_object: 'ein Objekt wie {}',
    'expect_nothing-more': 'nichts weiter',
    expect_none: 'etwas anderes',
    found_end: 'das Ende des Texts',
    found_linebreak: 'ein Zeilenumbruch',
    found_tab: 'ein Tabulator',
    issue_missing: '{name} ist Pflicht.',
    'issue_wrong-type': '{name} sollte {type} sein.',
    type_string: 'ein String',
    type_decimal: 'eine Dezimalzahl als String, etwa "0.001"',
    type_integer: 'eine ganze Zahl',
    type_boolean: 'true oder false',
    'type_string[]': 'eine Liste von Strings',
    'issue_not-allowed': '{name} muss einer dieser Werte sein: {allowed}.',
    issue_unknown:
      '{name} ist kein Parameter dieses Endpunkts; die Sandbox lehnt ihn womöglich ab.',
    issue_reserved: '{name} fügt die Pipeline hinzu; entfernen Sie es aus den Parametern.',
    'issue_one-of': 'Geben Sie {names} an.',
    'issue_not-an-object': 'Die Parameter müssen ein JSON-Objekt sein: { … }.',
    or: ' oder ',
    issuesNote:
      'Sie können trotzdem senden: Die Sandbox antwortet mit dem Fehler, den Gemini geben würde, und der ist sehenswert.',
    pathMissing: 'Füllen Sie {names} aus: Es ist Teil der URL.',
    secretInParams:
      'Die Parameter enthalten Ihr API-Secret. Entfernen Sie es: Das Secret signiert Anfragen und darf nie in einer mitreisen. Bis dahin wird nichts signiert, gesendet, gespeichert oder geteilt.',
    nonceLegend: 'Nonce',
    nonce_ms: 'Automatisch: Millisekunden',
    nonce_ms_hint:
      'Epoch-Millisekunden, immer höher als die letzte. Passt für die meisten Schlüssel.',
    nonce_seconds: 'Zeitbasiert: Sekunden',
    nonce_seconds_hint:
      'Epoch-Sekunden, für Schlüssel mit zeitbasierter Nonce (±30 s um die Serveruhr).',
    nonce_manual: 'Manuell',
    nonce_manual_hint: 'Geben Sie eine Nonce selbst ein, etwa um eine absichtlich zu wiederholen.',
    manualNonceLabel: 'Nonce-Wert',
    manualNonce_empty: 'Geben Sie eine Nonce ein: nur Ziffern.',
    'manualNonce_not-digits': 'Eine Nonce ist eine ganze Zahl: nur Ziffern.',
    'manualNonce_too-long': 'Eine Nonce hat höchstens 24 Ziffern.',
    send: 'Anfrage senden',
    sending: 'Wird gesendet …',
    sendNeedsKey:
      'Erzeugen Sie einen Wegwerf-Schlüssel (oder nutzen Sie Ihren eigenen Sandbox-Schlüssel), um eine private Anfrage zu senden.',

    pipelineTitle: 'Signatur-Pipeline',
    pipelinePreview:
      'Vorschau, die sich beim Tippen aktualisiert: Es wurde nichts gesendet. Die Nonce ist der aktuelle Wert der Uhr; beim Senden wird eine frische verwendet.',
    pipelineSent: 'Genau das wurde um {time} gesendet.',
    pipelineExampleKey:
      'Signiert mit Geminis dokumentiertem Beispiel-Secret 1234abcd, keinem echten Schlüssel.',
    pipelineWaiting: 'Die Pipeline wartet auf gültige Parameter und Nonce.',
    pipelinePublic:
      'Ein öffentlicher Endpunkt hat weder Payload noch Signatur: Die Anfrage ist ein einfaches GET an {url}.',
    stage_params: 'Parameter',
    stage_params_line: 'Die Parameter des Endpunkts, wie Sie sie eingegeben haben.',
    stage_payload: 'Payload',
    stage_payload_line: 'Zuerst kommen request (der Pfad) und nonce hinzu, dann die Parameter.',
    stage_json: 'JSON-Text',
    stage_json_line:
      'Der Payload als kompaktes JSON: Genau diese Bytes werden kodiert und signiert.',
    stage_base64: 'Base64',
    stage_base64_line: 'Die UTF-8-Bytes des JSON in Standard-Base64: der Header X-GEMINI-PAYLOAD.',
    stage_signature: 'HMAC-SHA384',
    stage_signature_line:
      'HMAC-SHA384 über den Base64-Text, mit dem Secret als Schlüssel, in Hex-Kleinbuchstaben: der Header X-GEMINI-SIGNATURE.',
    stage_headers: 'Header',
    stage_headers_line: 'Die sechs Header des POST; sein Body bleibt leer.',
    stageLink: 'Lektionsschritt',
    bytes: '{bytes} Bytes',
    added: 'hinzugefügt',

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
    unreachable_builtin: 'Die eingebaute Sandbox konnte nicht starten: {message}',
    unreachable_local:
      'Der lokale Emulator unter http://127.0.0.1:4322 ist nicht erreichbar. Starten Sie ihn mit npm run sandbox (oder npm start) und senden Sie erneut.',
    unreachable_relay:
      'Das Relay unter /relay/ ist nicht erreichbar. npm start stellt es bereit; auf einem statischen Host kopieren Sie die Anfrage stattdessen als curl.',
    unreachable_site:
      'Diese Website stellt unter /sandbox/ keinen Emulator bereit (npm start und die gehostete Website tun es, ein statischer Host nicht). Verwenden Sie die eingebaute Sandbox oder kopieren Sie die Anfrage als curl für den lokalen Emulator.',
    refusedSend: 'Vor dem Senden abgelehnt: {message}',
    clockOffset:
      'Die Uhr des Ziels weicht um {seconds} s von der dieses Computers ab (aus dem Date-Header seiner Antwort).',
    clockTooFar:
      'Das sind mehr als 30 s: Mit einem Schlüssel mit zeitbasierter Nonce würde jede signierte Anfrage mit InvalidNonce scheitern. Synchronisieren Sie die Uhr dieses Computers (NTP).',
    clockLesson: 'Lektion: eine Nonce wählen',
    diagnosticsHint:
      'Für ein Support-Ticket: Schlüssel, Payload, Status und Body, niemals das Secret.',

    reason_MissingApikeyHeader_meaning: 'Der Anfrage fehlte der Header X-GEMINI-APIKEY.',
    reason_MissingApikeyHeader_fix:
      'Senden Sie Ihren API-Schlüssel bei jeder privaten Anfrage in X-GEMINI-APIKEY.',
    reason_MissingPayloadHeader_meaning: 'Der Anfrage fehlte der Header X-GEMINI-PAYLOAD.',
    reason_MissingPayloadHeader_fix:
      'Senden Sie das Base64 der JSON-Payload in X-GEMINI-PAYLOAD; der Body des POST bleibt leer.',
    reason_MissingSignatureHeader_meaning: 'Der Anfrage fehlte der Header X-GEMINI-SIGNATURE.',
    reason_MissingSignatureHeader_fix:
      'Senden Sie das Hex-HMAC-SHA384 der Base64-Payload, mit Ihrem Secret als Schlüssel, in X-GEMINI-SIGNATURE.',
    reason_InvalidSignature_meaning:
      'Die Signatur passt nicht zur Payload, oder der Server kennt den Schlüssel nicht.',
    reason_InvalidSignature_fix:
      'Signieren Sie genau den Base64-Text, den Sie senden, mit dem Secret dieses Schlüssels, in Hex-Kleinbuchstaben. Prüfen Sie, ob der Schlüssel in derselben Sandbox erzeugt wurde.',
    reason_InvalidJson_meaning: 'Der Payload-Header ergibt dekodiert kein gültiges JSON.',
    reason_InvalidJson_fix:
      'Kodieren Sie UTF-8-JSON mit Standard-Base64 (mit =-Auffüllung, ohne Zeilenumbrüche, kein base64url).',
    reason_EndpointMismatch_meaning:
      'Das Feld request der Payload nennt einen anderen Pfad als die URL.',
    reason_EndpointMismatch_fix:
      'Tragen Sie genau den Pfad, an den Sie senden, etwa /v1/balances, in request ein.',
    reason_EndpointNotFound_meaning: 'Diesen Endpunkt gibt es nicht.',
    reason_EndpointNotFound_fix: 'Prüfen Sie den Pfad und sein Versionspräfix (/v1/ oder /v2/).',
    reason_MissingNonce_meaning: 'Der Payload hat keine Nonce.',
    reason_MissingNonce_fix: 'Fügen Sie jeder Payload eine Nonce hinzu, neben request.',
    reason_InvalidNonce_meaning:
      'Die Nonce ist nicht höher als die letzte dieses Schlüssels oder liegt bei einem zeitbasierten Schlüssel nicht innerhalb von 30 Sekunden um die Serveruhr.',
    reason_InvalidNonce_fix:
      'Verwenden Sie für jede Anfrage eine frische, steigende Nonce (Millisekunden eignen sich gut). Bei zeitbasierten Schlüsseln senden Sie Epoch-Sekunden und halten die Uhr synchron.',
    reason_MissingRole_meaning: 'Dem Schlüssel fehlt eine Rolle, die dieser Endpunkt verlangt.',
    reason_MissingRole_fix:
      'Verwenden Sie einen Schlüssel mit der passenden Rolle, etwa Trader für Orders. Rollen werden beim Anlegen festgelegt, also legen Sie einen neuen Schlüssel an.',
    reason_MissingAccountName_meaning:
      'Ein Master-Schlüssel hat einen Konto-Endpunkt aufgerufen, ohne das Konto zu nennen.',
    reason_MissingAccountName_fix:
      'Ergänzen Sie "account": "<Kurzname>" in der Payload oder verwenden Sie einen Konto-Schlüssel.',
    reason_AccountsOnGroupOnlyApi_meaning:
      'Ein Konto-Schlüssel hat ein Feld account gesendet, das nur Master-Schlüssel senden dürfen.',
    reason_AccountsOnGroupOnlyApi_fix: 'Entfernen Sie account aus der Payload.',
    reason_InvalidSymbol_meaning: 'Das Symbol ist kein Handelspaar.',
    reason_InvalidSymbol_fix: 'Verwenden Sie ein Symbol aus /v1/symbols, etwa btcusd.',
    reason_InvalidPrice_meaning: 'Der Preis fehlt oder ist keine gültige positive Dezimalzahl.',
    reason_InvalidPrice_fix: 'Senden Sie price als Dezimalzahl im String, etwa "30000.00".',
    reason_InvalidQuantity_meaning: 'Die Menge fehlt, ist negativ oder keine gültige Dezimalzahl.',
    reason_InvalidQuantity_fix:
      'Senden Sie amount als positive Dezimalzahl im String, etwa "0.001".',
    reason_InvalidSide_meaning: 'side ist weder buy noch sell.',
    reason_InvalidSide_fix: 'Senden Sie "buy" oder "sell".',
    reason_InvalidOrderType_meaning: 'Der Ordertyp wird nicht unterstützt.',
    reason_InvalidOrderType_fix: 'Senden Sie "exchange limit".',
    reason_ClientOrderIdTooLong_meaning: 'client_order_id ist zu lang.',
    reason_ClientOrderIdTooLong_fix: 'Halten Sie client_order_id unter 100 Zeichen.',
    reason_ClientOrderIdMustBeString_meaning: 'client_order_id ist kein String.',
    reason_ClientOrderIdMustBeString_fix:
      'Senden Sie client_order_id in doppelten Anführungszeichen.',
    reason_ConflictingOptions_meaning: 'Es wurde mehr als eine Ausführungsoption angegeben.',
    reason_ConflictingOptions_fix: 'Senden Sie höchstens eine Option, etwa ["maker-or-cancel"].',
    reason_UnsupportedOption_meaning: 'Eine Ausführungsoption ist unbekannt.',
    reason_UnsupportedOption_fix:
      'Verwenden Sie maker-or-cancel, immediate-or-cancel oder fill-or-kill.',
    reason_OptionsMustBeArray_meaning: 'options ist kein JSON-Array.',
    reason_OptionsMustBeArray_fix: 'Senden Sie options als Array, etwa ["maker-or-cancel"].',
    reason_MissingOrderField_meaning: 'Ein Pflichtfeld der Order fehlt.',
    reason_MissingOrderField_fix: 'Senden Sie order_id (oder, wo erlaubt, client_order_id).',
    reason_InsufficientFunds_meaning: 'Das Konto kann diese Order nicht bezahlen.',
    reason_InsufficientFunds_fix:
      'Senken Sie Menge oder Preis oder prüfen Sie vorher /v1/balances.',
    reason_OrderNotFound_meaning: 'Für dieses Konto gibt es keine Order mit dieser ID.',
    reason_OrderNotFound_fix: 'Verwenden Sie eine order_id aus /v1/order/new oder /v1/orders.',
    reason_RateLimit_meaning: 'Zu viele Anfragen in kurzer Zeit.',
    reason_RateLimit_fix:
      'Bremsen Sie und versuchen Sie es nach einer Pause mit Backoff erneut; siehe das Backoff-Labor.',
    reason_System_meaning: 'Der Server hatte ein eigenes Problem.',
    reason_System_fix: 'Später erneut versuchen; wenn es bleibt, mit sicherer Diagnose melden.',
    reason_RelayRefused_meaning: 'Das Relay hat diese Anfrage nicht weitergeleitet.',
    reason_RelayRefused_fix:
      'Das Relay leitet nur Gemini-API-Pfade (/v1/…, /v2/…) per POST oder GET an Geminis Sandbox weiter.',
    reason_RelayUpstreamUnavailable_meaning: 'Das Relay hat Geminis Sandbox nicht erreicht.',
    reason_RelayUpstreamUnavailable_fix:
      'Prüfen Sie, ob der Rechner mit npm start online ist, oder kopieren Sie die Anfrage als curl.',

    experimentsTitle: 'Experimente: eine Regel nach der anderen brechen',
    experimentsIntro:
      'Jedes Experiment sendet eine Anfrage mit genau einem Fehler an das aktuelle Ziel und erklärt die Antwort. Schlüssel mit besonderen Optionen werden dafür erzeugt und danach verworfen.',
    'experiment_wrong-secret_title': 'Falsches Secret',
    'experiment_wrong-secret_what':
      'Signiert /v1/balances mit einem Secret, das sich im letzten Zeichen unterscheidet.',
    'experiment_wrong-secret_why':
      'Der Server berechnet das HMAC mit dem echten Secret; ein geändertes Zeichen ändert die ganze Signatur, also antwortet er InvalidSignature.',
    'experiment_replayed-nonce_title': 'Wiederholte Nonce',
    'experiment_replayed-nonce_what':
      'Sendet /v1/balances und dann dieselbe Anfrage noch einmal mit derselben Nonce.',
    'experiment_replayed-nonce_why':
      'Eine Nonce muss höher sein als die letzte des Schlüssels. Das erste Senden klappt; die Wiederholung wird mit InvalidNonce abgelehnt. Genau das verhindert, dass jemand eine mitgeschnittene Anfrage zweimal sendet.',
    'experiment_auditor-order_title': 'Auditor-Schlüssel platziert eine Order',
    'experiment_auditor-order_what':
      'Erzeugt einen Schlüssel nur mit der Rolle Auditor und sendet /v1/order/new.',
    'experiment_auditor-order_why':
      'Auditor darf nur lesen. Eine Order braucht die Rolle Trader, also antwortet der Server MissingRole (HTTP 403): Die Signatur war in Ordnung, die Berechtigung nicht.',
    'experiment_stale-time-nonce_title': 'Zeitbasierte Nonce 60 s daneben',
    'experiment_stale-time-nonce_what':
      'Erzeugt einen Schlüssel mit zeitbasierter Nonce und signiert mit einer Nonce 60 Sekunden in der Vergangenheit.',
    'experiment_stale-time-nonce_why':
      'Ein zeitbasierter Schlüssel akzeptiert nur Nonces innerhalb von ±30 Sekunden um die Serveruhr, also gibt es bei 60 s Abweichung InvalidNonce. Ein Rechner mit falsch gehender Uhr sieht denselben Fehler.',
    'experiment_endpoint-mismatch_title': 'request weicht von der URL ab',
    'experiment_endpoint-mismatch_what':
      'Signiert einen Payload mit "request": "/v1/balances", sendet sie aber an /v1/orders.',
    'experiment_endpoint-mismatch_why':
      'request in der Payload muss den Pfad nennen, an den sie geht; sonst ließe sich eine signierte Anfrage für einen Endpunkt an einem anderen verwenden. Die Antwort ist EndpointMismatch.',
    'experiment_missing-header_title': 'Fehlender Header',
    'experiment_missing-header_what':
      'Sendet eine korrekt signierte Anfrage ohne den Header X-GEMINI-SIGNATURE.',
    'experiment_missing-header_why':
      'Jede private Anfrage braucht alle drei X-GEMINI-Header; ohne Signatur kann der Server nichts prüfen und antwortet MissingSignatureHeader.',
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
    snippet_curl: 'curl',
    snippet_python: 'Python (requests)',
    snippet_typescript: 'TypeScript (fetch)',
    snippet_go: 'Go',
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
    'problem_unknown-endpoint': 'Der Endpunkt {value} ist nicht im Katalog.',
    'problem_too-long': 'Die Parameter sind zu lang ({length} Zeichen).',
    'problem_unknown-nonce-mode': '„{value}“ ist kein Nonce-Modus (ms, seconds oder manual).',
    'problem_unknown-experiment': '„{value}“ ist kein Experiment.',
    'problem_credentials-ignored':
      'Der Link enthielt {names}. Links enthalten niemals Schlüssel oder Secrets, deshalb wurden sie aus der Adresszeile und dem Verlauf dieses Tabs entfernt und nicht verwendet. Stand darin ein echtes Secret, behandeln Sie den Schlüssel als kompromittiert.',
    openInPlayground: 'Diese Anfrage im Playground öffnen',
    pipelineDemoLabel: 'Live-Signatur-Pipeline',
  },
});

export default strings;
export type PlaygroundStrings = (typeof strings)['en'];
