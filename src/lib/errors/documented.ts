/**
 * Error reasons Gemini documents that the emulator never returns (brief contract 6: the reasons
 * the emulator returns, and their statuses, live in src/lib/emulator/reasons.ts). One entry per
 * reason, in both locales; the pages /<locale>/errors/<slug>/ and /errors.json are built from it.
 * Sources (see /work/shared/reference/gemini-api.md §5.3): D3 = Gemini's error-code page,
 * S1 = Gemini's OpenAPI description, C1 = ccxt's Gemini error map, F = Gemini's SDK conformance
 * fixtures. `statusSource` says how sure the status is: Gemini tabulates no status per reason.
 */
export type Group =
  | 'headers'
  | 'signature-payload'
  | 'nonce'
  | 'key-and-account'
  | 'access'
  | 'order-parameters'
  | 'funds-and-orders'
  | 'limits-and-server'
  | 'master-group';

/** Retry the same request? `no`: fix it first; `backoff`: yes, with backoff; `later`: once the condition ends. */
export type Retry = 'no' | 'backoff' | 'later';

export type StatusSource = 'documented' | 'implied' | 'unconfirmed';

export interface LocalText {
  meaning: string;
  causes: string[];
  fix: string[];
}

export interface DocumentedReason {
  reason: string;
  status: number;
  statusSource: StatusSource;
  group: Group;
  retry: Retry;
  sources: ('D3' | 'S1' | 'C1' | 'F')[];
  en: LocalText;
  de: LocalText;
}

const masterGroup = (
  reason: string,
  en: string,
  de: string,
  fixEn = 'Read the message, correct the account parameters and send again.',
  fixDe = 'Lesen Sie die Meldung, korrigieren Sie die Konto-Parameter und senden Sie erneut.',
): DocumentedReason => ({
  reason,
  status: 400,
  statusSource: 'implied',
  group: 'master-group',
  retry: 'no',
  sources: ['D3'],
  en: {
    meaning: en,
    causes: ['A master-group or account-management call (master key) whose accounts do not fit.'],
    fix: [fixEn],
  },
  de: {
    meaning: de,
    causes: [
      'Ein Aufruf zur Kontoverwaltung einer Master-Gruppe (Master-Schlüssel), dessen Konten nicht passen.',
    ],
    fix: [fixDe],
  },
});

export const DOCUMENTED_REASONS: readonly DocumentedReason[] = [
  {
    reason: 'RemoteAddressForbidden',
    status: 403,
    statusSource: 'unconfirmed',
    group: 'access',
    retry: 'no',
    sources: ['D3'],
    en: {
      meaning: 'The request came from an IP address that is not on the allowlist of the group.',
      causes: [
        'The group (master account) has an IP allowlist and your server’s public IP is not on it.',
        'Your server’s outgoing IP changed (a new cloud instance, a NAT gateway, a VPN).',
      ],
      fix: [
        'Find the public IP your bot really sends from and add it to the allowlist in Settings → API.',
        'For the allowlist of one key, the reason is ApiKeyIpFilteringFailure instead.',
      ],
    },
    de: {
      meaning:
        'Die Anfrage kam von einer IP-Adresse, die nicht auf der Allowlist der Gruppe steht.',
      causes: [
        'Die Gruppe (Master-Konto) hat eine IP-Allowlist, und die öffentliche IP Ihres Servers steht nicht darauf.',
        'Die ausgehende IP Ihres Servers hat sich geändert (neue Cloud-Instanz, NAT-Gateway, VPN).',
      ],
      fix: [
        'Ermitteln Sie die öffentliche IP, von der Ihr Bot wirklich sendet, und tragen Sie sie unter Settings → API in die Allowlist ein.',
        'Bei der Allowlist eines einzelnen Schlüssels heißt der Grund stattdessen ApiKeyIpFilteringFailure.',
      ],
    },
  },
  {
    reason: 'ApiKeyIpFilteringFailure',
    status: 403,
    statusSource: 'documented',
    group: 'access',
    retry: 'no',
    sources: ['S1'],
    en: {
      meaning:
        'The API key has an IP allowlist (“Trusted IPs only”) and the request came from another address.',
      causes: [
        'The key was created with an IP allowlist that does not contain your server’s public IP.',
        'The bot moved to another machine or network.',
      ],
      fix: [
        'Add the server’s public IP to the key’s allowlist, or create a new key with the right addresses.',
        'The group-wide allowlist gives RemoteAddressForbidden instead.',
      ],
    },
    de: {
      meaning:
        'Der API-Schlüssel hat eine IP-Allowlist („Trusted IPs only“), und die Anfrage kam von einer anderen Adresse.',
      causes: [
        'Der Schlüssel wurde mit einer IP-Allowlist angelegt, die die öffentliche IP Ihres Servers nicht enthält.',
        'Der Bot läuft inzwischen auf einem anderen Rechner oder in einem anderen Netz.',
      ],
      fix: [
        'Tragen Sie die öffentliche IP des Servers in die Allowlist des Schlüssels ein, oder legen Sie einen neuen Schlüssel mit den richtigen Adressen an.',
        'Die Allowlist der ganzen Gruppe meldet stattdessen RemoteAddressForbidden.',
      ],
    },
  },
  {
    reason: 'InvalidApiKey',
    status: 400,
    statusSource: 'unconfirmed',
    group: 'access',
    retry: 'no',
    sources: ['C1'],
    en: {
      meaning:
        'The API key is not known to this environment (ccxt’s error map lists this reason; Gemini’s table does not).',
      causes: [
        'A production key sent to the sandbox, or a sandbox key sent to production.',
        'The key was revoked, or it was copied with a missing or extra character.',
      ],
      fix: [
        'Check that the key and the host belong to the same environment, and copy the key again.',
        'Gemini has also answered an unknown key with InvalidSignature; the exact current body is not documented.',
      ],
    },
    de: {
      meaning:
        'Der API-Schlüssel ist in dieser Umgebung unbekannt (ccxts Fehlerliste nennt diesen Grund, Geminis Tabelle nicht).',
      causes: [
        'Ein Produktiv-Schlüssel an die Sandbox gesendet, oder ein Sandbox-Schlüssel an die Produktivumgebung.',
        'Der Schlüssel wurde widerrufen oder mit einem fehlenden oder zusätzlichen Zeichen kopiert.',
      ],
      fix: [
        'Prüfen Sie, dass Schlüssel und Host zur selben Umgebung gehören, und kopieren Sie den Schlüssel erneut.',
        'Gemini hat einen unbekannten Schlüssel auch schon mit InvalidSignature beantwortet; die genaue heutige Antwort ist nicht dokumentiert.',
      ],
    },
  },
  {
    reason: 'NoSSL',
    status: 400,
    statusSource: 'unconfirmed',
    group: 'access',
    retry: 'no',
    sources: ['D3', 'C1'],
    en: {
      meaning: 'The request was not sent over HTTPS.',
      causes: ['The base URL starts with http:// instead of https://.'],
      fix: ['Use https://api.sandbox.gemini.com (or the production host) with https.'],
    },
    de: {
      meaning: 'Die Anfrage wurde nicht über HTTPS gesendet.',
      causes: ['Die Basis-URL beginnt mit http:// statt https://.'],
      fix: ['Verwenden Sie https://api.sandbox.gemini.com (oder den Produktiv-Host) mit https.'],
    },
  },
  {
    reason: 'MustAccepTerms',
    status: 400,
    statusSource: 'documented',
    group: 'access',
    retry: 'later',
    sources: ['F'],
    en: {
      meaning:
        'The account has not accepted terms this endpoint requires (the spelling “Accep” is Gemini’s).',
      causes: ['New or changed terms of use that the account holder has not accepted yet.'],
      fix: ['Log in to the Gemini website with that account, accept the terms, then send again.'],
    },
    de: {
      meaning:
        'Das Konto hat Bedingungen, die dieser Endpunkt verlangt, noch nicht akzeptiert (die Schreibweise „Accep“ ist Geminis).',
      causes: [
        'Neue oder geänderte Nutzungsbedingungen, die der Kontoinhaber noch nicht akzeptiert hat.',
      ],
      fix: [
        'Melden Sie sich mit diesem Konto auf der Gemini-Website an, akzeptieren Sie die Bedingungen und senden Sie erneut.',
      ],
    },
  },
  {
    reason: 'AcceptTermsRequired',
    status: 400,
    statusSource: 'documented',
    group: 'access',
    retry: 'later',
    sources: ['F'],
    en: {
      meaning: 'The account has not accepted terms this endpoint requires.',
      causes: ['New or changed terms of use that the account holder has not accepted yet.'],
      fix: ['Log in to the Gemini website with that account, accept the terms, then send again.'],
    },
    de: {
      meaning: 'Das Konto hat Bedingungen, die dieser Endpunkt verlangt, noch nicht akzeptiert.',
      causes: [
        'Neue oder geänderte Nutzungsbedingungen, die der Kontoinhaber noch nicht akzeptiert hat.',
      ],
      fix: [
        'Melden Sie sich mit diesem Konto auf der Gemini-Website an, akzeptieren Sie die Bedingungen und senden Sie erneut.',
      ],
    },
  },
  {
    reason: 'MissingPayloadKey',
    status: 400,
    statusSource: 'implied',
    group: 'signature-payload',
    retry: 'no',
    sources: ['D3'],
    en: {
      meaning: 'The payload lacks a key this endpoint requires.',
      causes: ['A required parameter was left out of the payload, or misspelt.'],
      fix: [
        'Compare the payload with the endpoint’s parameters in Gemini’s reference; decode it in the payload decoder.',
      ],
    },
    de: {
      meaning: 'Dem Payload fehlt ein Schlüssel, den dieser Endpunkt verlangt.',
      causes: ['Ein Pflichtparameter fehlt im Payload oder ist falsch geschrieben.'],
      fix: [
        'Vergleichen Sie den Payload mit den Parametern des Endpunkts in Geminis Referenz; dekodieren Sie ihn im Payload-Decoder.',
      ],
    },
  },
  {
    reason: 'InvalidTimestampInPayload',
    status: 400,
    statusSource: 'implied',
    group: 'order-parameters',
    retry: 'no',
    sources: ['D3', 'C1'],
    en: {
      meaning:
        'The payload’s timestamp parameter (for example in /v1/mytrades) has a value Gemini does not support.',
      causes: ['A timestamp in the wrong unit or format, or one in the future.'],
      fix: [
        'Send the timestamp as the endpoint documents it (seconds or milliseconds since 1970).',
      ],
    },
    de: {
      meaning:
        'Der Parameter timestamp im Payload (etwa bei /v1/mytrades) hat einen Wert, den Gemini nicht unterstützt.',
      causes: [
        'Ein Zeitstempel in falscher Einheit oder falschem Format, oder einer in der Zukunft.',
      ],
      fix: [
        'Senden Sie den Zeitstempel so, wie der Endpunkt ihn dokumentiert (Sekunden oder Millisekunden seit 1970).',
      ],
    },
  },
  {
    reason: 'MarketNotOpen',
    status: 400,
    statusSource: 'documented',
    group: 'order-parameters',
    retry: 'later',
    sources: ['D3', 'C1', 'F'],
    en: {
      meaning: 'The market is not accepting new orders right now.',
      causes: ['The symbol is halted, in an auction-only phase, or not yet or no longer trading.'],
      fix: [
        'Check the symbol’s status with the public /v1/symbols/details/:symbol; place the order once it is open.',
      ],
    },
    de: {
      meaning: 'Der Markt nimmt gerade keine neuen Orders an.',
      causes: [
        'Das Symbol ist ausgesetzt, nur in einer Auktionsphase, oder noch nicht oder nicht mehr handelbar.',
      ],
      fix: [
        'Prüfen Sie den Status des Symbols mit dem öffentlichen /v1/symbols/details/:symbol; platzieren Sie die Order, sobald er offen ist.',
      ],
    },
  },
  {
    reason: 'AuctionNotOpen',
    status: 400,
    statusSource: 'unconfirmed',
    group: 'order-parameters',
    retry: 'later',
    sources: ['C1'],
    en: {
      meaning:
        'An auction order was sent while no auction is open (listed by ccxt, not in Gemini’s table).',
      causes: ['An auction-only order outside the auction window.'],
      fix: ['Send auction orders only while the auction accepts them.'],
    },
    de: {
      meaning:
        'Eine Auktions-Order wurde gesendet, während keine Auktion offen ist (von ccxt geführt, nicht in Geminis Tabelle).',
      causes: ['Eine reine Auktions-Order außerhalb des Auktionsfensters.'],
      fix: ['Senden Sie Auktions-Orders nur, solange die Auktion sie annimmt.'],
    },
  },
  {
    reason: 'IneligibleTiming',
    status: 400,
    statusSource: 'unconfirmed',
    group: 'order-parameters',
    retry: 'later',
    sources: ['C1'],
    en: {
      meaning:
        'An auction order was sent at a time it is not eligible (listed by ccxt, not in Gemini’s table).',
      causes: ['An auction order too close to, or after, the auction’s cut-off.'],
      fix: ['Send the auction order earlier, within the auction’s window.'],
    },
    de: {
      meaning:
        'Eine Auktions-Order wurde zu einem Zeitpunkt gesendet, zu dem sie nicht zulässig ist (von ccxt geführt, nicht in Geminis Tabelle).',
      causes: ['Eine Auktions-Order zu kurz vor oder nach dem Annahmeschluss der Auktion.'],
      fix: ['Senden Sie die Auktions-Order früher, innerhalb des Auktionsfensters.'],
    },
  },
  ...(
    [
      [
        'InvalidStopPrice',
        'The stop price of a stop-limit order is invalid.',
        'Der Stop-Preis einer Stop-Limit-Order ist ungültig.',
      ],
      [
        'InvalidStopPriceSell',
        'The stop price is not valid for a sell stop-limit order.',
        'Der Stop-Preis ist für eine Stop-Limit-Verkaufsorder ungültig.',
      ],
      [
        'InvalidStopPriceBuy',
        'The stop price is not valid for a buy stop-limit order.',
        'Der Stop-Preis ist für eine Stop-Limit-Kauforder ungültig.',
      ],
      [
        'InvalidStopPriceRatio',
        'The limit price must be within 50% of the stop price.',
        'Der Limitpreis muss innerhalb von 50 % des Stop-Preises liegen.',
      ],
    ] as const
  ).map(([reason, en, de]): DocumentedReason => ({
    reason,
    status: 400,
    statusSource: 'implied',
    group: 'order-parameters',
    retry: 'no',
    sources: ['D3'],
    en: {
      meaning: en,
      causes: ['An "exchange stop limit" order whose stop_price and price do not fit together.'],
      fix: [
        'Send stop_price as a positive decimal string and check it against price and side with Gemini’s order documentation.',
      ],
    },
    de: {
      meaning: de,
      causes: [
        'Eine Order vom Typ "exchange stop limit", bei der stop_price und price nicht zusammenpassen.',
      ],
      fix: [
        'Senden Sie stop_price als positiven Dezimal-String und prüfen Sie ihn anhand von Geminis Order-Dokumentation gegen price und side.',
      ],
    },
  })),
  {
    reason: 'GTSTradeIDMustBeString',
    status: 400,
    statusSource: 'implied',
    group: 'order-parameters',
    retry: 'no',
    sources: ['D3'],
    en: {
      meaning: 'The clearing ID must be a JSON string.',
      causes: ['A clearing (Gemini Clearing) ID sent as a number.'],
      fix: ['Quote the ID: "123", not 123.'],
    },
    de: {
      meaning: 'Die Clearing-ID muss ein JSON-String sein.',
      causes: ['Eine Clearing-ID (Gemini Clearing) als Zahl gesendet.'],
      fix: ['Setzen Sie die ID in Anführungszeichen: "123", nicht 123.'],
    },
  },
  {
    reason: 'Maintenance',
    status: 503,
    statusSource: 'documented',
    group: 'limits-and-server',
    retry: 'later',
    sources: ['D3', 'C1'],
    en: {
      meaning: 'The exchange is down for maintenance.',
      causes: [
        'Planned or unplanned maintenance on Gemini’s side; nothing is wrong with your request.',
      ],
      fix: [
        'Retry with backoff (growing waits, for example 1, 2, 4 … seconds with jitter) until it answers again; check Gemini’s status page.',
        'After a 503 on /v1/order/new, look the order up by client_order_id before you place it again.',
      ],
    },
    de: {
      meaning: 'Die Börse ist wegen Wartung nicht erreichbar.',
      causes: ['Geplante oder ungeplante Wartung bei Gemini; an Ihrer Anfrage ist nichts falsch.'],
      fix: [
        'Wiederholen Sie mit Backoff (wachsende Wartezeiten, etwa 1, 2, 4 … Sekunden mit Jitter), bis wieder eine Antwort kommt; sehen Sie auf Geminis Statusseite nach.',
        'Nach einem 503 auf /v1/order/new suchen Sie die Order per client_order_id, bevor Sie sie erneut platzieren.',
      ],
    },
  },
  masterGroup(
    'ConflictingAccountName',
    'The account name is already in use within the master group.',
    'Der Kontoname wird in der Master-Gruppe schon verwendet.',
    'Pick a name no other account in the group has.',
    'Wählen Sie einen Namen, den kein anderes Konto der Gruppe trägt.',
  ),
  masterGroup(
    'InvalidAccountName',
    'The account name is not valid.',
    'Der Kontoname ist ungültig.',
  ),
  masterGroup(
    'InvalidAccountType',
    'The account type is not valid for this request.',
    'Der Kontotyp ist für diese Anfrage ungültig.',
  ),
  masterGroup(
    'InvalidFundTransfer',
    'The transfer between accounts is not valid.',
    'Die Übertragung zwischen Konten ist ungültig.',
  ),
  masterGroup(
    'MissingAccounts',
    'The request names no accounts where some are required.',
    'Die Anfrage nennt keine Konten, obwohl welche verlangt sind.',
  ),
  masterGroup(
    'MissingName',
    'A required name field is missing.',
    'Ein verlangtes Namensfeld fehlt.',
  ),
  masterGroup(
    'MoreThanOneAccount',
    'The request concerns more than one account where only one is allowed.',
    'Die Anfrage betrifft mehr als ein Konto, obwohl nur eines erlaubt ist.',
  ),
  masterGroup(
    'AccountClosed',
    'The account is closed.',
    'Das Konto ist geschlossen.',
    'Use an open account; a closed one cannot be used again.',
    'Verwenden Sie ein offenes Konto; ein geschlossenes lässt sich nicht wieder verwenden.',
  ),
  masterGroup(
    'AccountLimitExceeded',
    'The group has reached its limit of accounts.',
    'Die Gruppe hat ihre Höchstzahl an Konten erreicht.',
    'Close an unused account or ask Gemini to raise the limit.',
    'Schließen Sie ein ungenutztes Konto oder bitten Sie Gemini, das Limit zu erhöhen.',
  ),
  masterGroup(
    'ExceededMaxAccountsInGroup',
    'The group already has the maximum number of accounts.',
    'Die Gruppe hat bereits die Höchstzahl an Konten.',
    'Close an unused account or ask Gemini to raise the limit.',
    'Schließen Sie ein ungenutztes Konto oder bitten Sie Gemini, das Limit zu erhöhen.',
  ),
  masterGroup(
    'NoAccountOfTypeRequired',
    'The group has no account of the type this request needs.',
    'Die Gruppe hat kein Konto des Typs, den diese Anfrage braucht.',
  ),
  masterGroup(
    'AccountNotOfTypeRequired',
    'The account is not of the type this request needs.',
    'Das Konto hat nicht den Typ, den diese Anfrage braucht.',
  ),
  masterGroup(
    'BadAccountType',
    'The account type is not allowed here.',
    'Dieser Kontotyp ist hier nicht erlaubt.',
  ),
  masterGroup(
    'HasNotAgreedToCustodyTerms',
    'The account has not agreed to the custody terms.',
    'Das Konto hat den Custody-Bedingungen nicht zugestimmt.',
    'Accept the custody terms on the Gemini website with that account.',
    'Akzeptieren Sie die Custody-Bedingungen mit diesem Konto auf der Gemini-Website.',
  ),
  masterGroup(
    'NotGroupApiCompatible',
    'A master key was used on an API that only account keys may call.',
    'Ein Master-Schlüssel wurde für eine API verwendet, die nur Konto-Schlüssel aufrufen dürfen.',
    'Call this endpoint with an account key (account-…).',
    'Rufen Sie diesen Endpunkt mit einem Konto-Schlüssel (account-…) auf.',
  ),
];
