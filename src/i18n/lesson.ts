import { defineStrings } from './index.ts';

export default defineStrings({
  en: {
    duration: '{minutes} min',
    durationLabel: 'Time needed',
    objectives: 'You will learn',
    prerequisites: 'Before you start',
    progress: '{done} of {total} done',
    progressLabel: 'Lesson progress',
    checklistTitle: 'You’re done when…',
    checklistReset: 'Reset checklist',
    checklistNote: 'Ticks are saved in this browser only.',
    copyLink: 'Copy link to this step',
    linkCopied: 'Link copied',
    sources: 'Gemini documentation this lesson relies on',
    footerDisclaimer:
      'An unofficial guide to the Gemini crypto exchange API. Not affiliated with Gemini Trust Company, LLC, nor with Google’s Gemini AI. Sandbox and throwaway keys only.',
  },
  de: {
    duration: '{minutes} Min.',
    durationLabel: 'Zeitbedarf',
    objectives: 'Sie lernen',
    prerequisites: 'Voraussetzungen',
    progress: '{done} von {total} erledigt',
    progressLabel: 'Fortschritt der Lektion',
    checklistTitle: 'Sie sind fertig, wenn …',
    checklistReset: 'Checkliste zurücksetzen',
    checklistNote: 'Die Häkchen werden nur in diesem Browser gespeichert.',
    copyLink: 'Link zu diesem Schritt kopieren',
    linkCopied: 'Link kopiert',
    sources: 'Gemini-Dokumentation, auf die sich diese Lektion stützt',
    footerDisclaimer:
      'Ein inoffizieller Leitfaden zur API der Kryptobörse Gemini. Nicht verbunden mit der Gemini Trust Company, LLC, und nicht mit Googles KI „Gemini“. Nur Sandbox und Wegwerf-Schlüssel.',
  },
});
