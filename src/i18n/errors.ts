import { defineStrings } from './index.ts';

/** Strings of the error reference: fact box, index tables, pages of documented-only reasons. */
export default defineStrings({
  en: {
    factsLabel: 'Error at a glance',
    status: 'HTTP status',
    reason: 'Reason',
    ccxt: 'ccxt exception',
    ccxtGeneric: '{exception} (ccxt has no entry for this reason)',
    actionsLabel: 'Reproduce and inspect',
    playground: 'Reproduce it in the playground',
    playgroundRelated: 'See a closely related case in the playground',
    tool: {
      'signature-doctor': 'Check a signature in the signature doctor',
      'payload-decoder': 'Decode a payload in the payload decoder',
      'backoff-lab': 'Watch 429s and retries in the backoff lab',
    },
    allErrors: 'All error reasons',
    retry: 'Retry?',
    retryAdvice: {
      no: 'No: fix the request first',
      backoff: 'Yes, with backoff',
      later: 'Later, once the condition has ended',
    },
    tableReason: 'Reason',
    tableStatus: 'HTTP',
    tableMeaning: 'What it means',
    tableRetry: 'Retry?',
    notEmulated: 'Gemini documents it; the emulator does not return it',
    meaning: 'What it means',
    causes: 'Usual causes',
    fix: 'How to fix',
    sources: 'Sources',
    reproduce: 'Reproduce',
    noReproduce:
      'This guide’s emulator never returns this reason, so there is nothing to reproduce here; the page is for recognising it in a real answer from Gemini.',
    statusSource: {
      documented: 'Gemini names this status for this reason.',
      implied: 'Gemini publishes no status per reason; this one follows its general status table.',
      unconfirmed:
        'UNCONFIRMED: neither Gemini’s docs nor a public capture settle the status; treat it as a guess.',
    },
    source: {
      D3: 'Gemini’s error-code page',
      S1: 'Gemini’s OpenAPI description',
      C1: 'ccxt’s error map for Gemini (not Gemini itself)',
      F: 'Gemini’s SDK conformance fixtures',
    },
    descriptionTemplate:
      'Gemini exchange API error {reason} (HTTP {status}): {meaning} Causes, fix and whether to retry.',
    exampleIntro:
      'This is what this guide’s emulator answers. Gemini’s own {message} may be worded differently: rely on {reason}.',
  },
  de: {
    factsLabel: 'Der Fehler auf einen Blick',
    status: 'HTTP-Status',
    reason: 'Reason',
    ccxt: 'ccxt-Exception',
    ccxtGeneric: '{exception} (ccxt kennt diesen Reason nicht)',
    actionsLabel: 'Nachstellen und untersuchen',
    playground: 'Im Playground nachstellen',
    playgroundRelated: 'Einen eng verwandten Fall im Playground ansehen',
    tool: {
      'signature-doctor': 'Signatur mit dem Signatur-Doktor prüfen',
      'payload-decoder': 'Payload im Payload-Decoder dekodieren',
      'backoff-lab': '429-Antworten und Wiederholungen im Backoff-Labor ansehen',
    },
    allErrors: 'Alle Fehler-Reasons',
    retry: 'Wiederholen?',
    retryAdvice: {
      no: 'Nein: erst die Anfrage korrigieren',
      backoff: 'Ja, mit Backoff',
      later: 'Später, wenn der Zustand vorbei ist',
    },
    tableReason: 'Reason',
    tableStatus: 'HTTP',
    tableMeaning: 'Bedeutung',
    tableRetry: 'Wiederholen?',
    notEmulated: 'Von Gemini dokumentiert; der Emulator liefert ihn nicht',
    meaning: 'Was er bedeutet',
    causes: 'Häufige Ursachen',
    fix: 'So beheben Sie ihn',
    sources: 'Quellen',
    reproduce: 'Nachstellen',
    noReproduce:
      'Der Emulator dieses Leitfadens liefert diesen Reason nie, daher lässt er sich hier nicht nachstellen; die Seite hilft, ihn in einer echten Antwort von Gemini zu erkennen.',
    statusSource: {
      documented: 'Gemini nennt diesen Status für diesen Reason.',
      implied:
        'Gemini veröffentlicht keinen Status je Reason; dieser folgt Geminis allgemeiner Statustabelle.',
      unconfirmed:
        'UNBESTÄTIGT: Weder Geminis Doku noch ein öffentlicher Mitschnitt klären den Status; betrachten Sie ihn als Vermutung.',
    },
    source: {
      D3: 'Geminis Seite mit den Fehlercodes',
      S1: 'Geminis OpenAPI-Beschreibung',
      C1: 'ccxts Fehlerliste für Gemini (nicht Gemini selbst)',
      F: 'Geminis SDK-Konformitäts-Fixtures',
    },
    descriptionTemplate:
      'Gemini-Exchange-API-Fehler {reason} (HTTP {status}): {meaning} Ursachen, Behebung und ob Sie wiederholen sollten.',
    exampleIntro:
      'So antwortet der Emulator dieses Leitfadens. Geminis eigene {message} kann anders lauten: Verlassen Sie sich auf den {reason}.',
  },
});
