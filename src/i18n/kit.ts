import { defineStrings } from './index.ts';

/** The copy/share kit (src/components/kit/): the same words in every feature. */
const strings = defineStrings({
  en: {
    copied: 'Copied.',
    copyFailed: 'Copying failed: select the text and copy it by hand.',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    confirmCopyLink: 'Copy the link',
    cancel: 'Cancel',
    linkManual: 'Copying is blocked in this browser. Select and copy the link:',
    copyDiagnostics: 'Copy safe diagnostics',
    diagnosticsCopied: 'Diagnostics copied (no secret included). Paste them into your ticket.',
    diagnosticsManual: 'Copying is blocked in this browser. Select and copy the diagnostics:',
    diagnosticsPreview: 'What gets copied',
    paramsStripped:
      'Removed {names} from the address bar and this page’s history entry: a secret never belongs in a link, and this page never reads one from it. If that was a real secret, treat it as leaked.',
  },
  de: {
    copied: 'Kopiert.',
    copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn von Hand.',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert.',
    confirmCopyLink: 'Link kopieren',
    cancel: 'Abbrechen',
    linkManual: 'Kopieren ist in diesem Browser gesperrt. Markieren und kopieren Sie den Link:',
    copyDiagnostics: 'Sichere Diagnose kopieren',
    diagnosticsCopied: 'Diagnose kopiert (ohne Secret). Fügen Sie sie in Ihr Support-Ticket ein.',
    diagnosticsManual:
      'Kopieren ist in diesem Browser gesperrt. Markieren und kopieren Sie die Diagnose:',
    diagnosticsPreview: 'Was kopiert wird',
    paramsStripped:
      '{names} wurde aus der Adressleiste und dem Verlaufseintrag dieser Seite entfernt: Ein Secret gehört nie in einen Link, und diese Seite liest es dort auch nicht. War es ein echtes Secret, behandeln Sie es als kompromittiert.',
  },
});

export default strings;
export type KitStrings = (typeof strings)['en'];
