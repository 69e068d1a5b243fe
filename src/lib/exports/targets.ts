/**
 * The servers an exported collection or API description may point at. Only sandboxes: the
 * local emulator, this site's hosted emulator (`<SITE_URL>/sandbox`, contract 1) and Gemini's
 * sandbox. Production is never listed.
 */
import { GEMINI_SANDBOX_ORIGIN, LOCAL_EMULATOR_ORIGIN } from '../playground/targets.ts';

export interface ExportTarget {
  /** File-name friendly id. */
  id: 'local-emulator' | 'hosted-emulator' | 'gemini-sandbox';
  name: string;
  baseUrl: string;
  description: string;
}

export function exportTargets(siteUrl: string): ExportTarget[] {
  return [
    {
      id: 'local-emulator',
      name: 'Gemini emulator (local)',
      baseUrl: LOCAL_EMULATOR_ORIGIN,
      description: 'The emulator of `npm run sandbox` / `npm start` on this machine.',
    },
    {
      id: 'hosted-emulator',
      name: 'Gemini emulator (hosted)',
      baseUrl: `${siteUrl.replace(/\/+$/, '')}/sandbox`,
      description:
        "The emulator served by this guide's website; keys from POST /sandbox/emulator/keys.",
    },
    {
      id: 'gemini-sandbox',
      name: 'Gemini sandbox',
      baseUrl: GEMINI_SANDBOX_ORIGIN,
      description:
        "Gemini's own sandbox; use a sandbox API key created at exchange.sandbox.gemini.com.",
    },
  ];
}
