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
    emulatorLabel: 'Where to get the emulator',
    emulatorInPage:
      'In this site’s pages: the playground’s built-in sandbox runs the emulator in your browser; nothing to install.',
    emulatorHosted:
      'Hosted with this site: base URL {url} for curl and your own programs (mint keys with POST /sandbox/emulator/keys).',
    emulatorLocal:
      'On your machine (Node.js 22.12 or newer and git): clone this guide’s repository, install, start.',
    emulatorRepositoryPlaceholder: 'repository URL',
    emulatorRepositoryNote:
      'The repository is this site’s source, the npm project gemini-api-guide; whoever hosts this site can tell you its address.',
    emulatorMint: 'Mint an emulator key for the samples (needs curl and jq)',
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
    emulatorLabel: 'So bekommen Sie den Emulator',
    emulatorInPage:
      'In den Seiten dieser Website: Die eingebaute Sandbox des Playgrounds führt den Emulator in Ihrem Browser aus; nichts zu installieren.',
    emulatorHosted:
      'Zusammen mit dieser Website gehostet: Basis-URL {url} für curl und eigene Programme (Schlüssel per POST /sandbox/emulator/keys).',
    emulatorLocal:
      'Auf Ihrem Rechner (Node.js 22.12 oder neuer und git): das Repository dieses Leitfadens klonen, installieren, starten.',
    emulatorRepositoryPlaceholder: 'Repository-URL',
    emulatorRepositoryNote:
      'Das Repository ist der Quellcode dieser Website, das npm-Projekt gemini-api-guide; die Adresse nennt, wer diese Website betreibt.',
    emulatorMint: 'Einen Emulator-Schlüssel für die Beispiele erzeugen (braucht curl und jq)',
  },
});
