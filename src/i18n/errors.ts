import { defineStrings } from './index.ts';

/** Strings of the fact box on error pages (src/components/errors/ErrorFacts.astro). */
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
    'signature-doctor': 'Check a signature in the signature doctor',
    'payload-decoder': 'Decode a payload in the payload decoder',
    'backoff-lab': 'Watch 429s and retries in the backoff lab',
    allErrors: 'All error reasons',
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
    'signature-doctor': 'Signatur mit dem Signatur-Doktor prüfen',
    'payload-decoder': 'Payload im Payload-Decoder dekodieren',
    'backoff-lab': '429-Antworten und Wiederholungen im Backoff-Labor ansehen',
    allErrors: 'Alle Fehler-Reasons',
    exampleIntro:
      'So antwortet der Emulator dieses Leitfadens. Geminis eigene {message} kann anders lauten: Verlassen Sie sich auf den {reason}.',
  },
});
