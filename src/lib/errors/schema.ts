import { z } from 'astro/zod';
import { isEmulatedReason } from './catalogue.ts';

/**
 * An error page's facts (content/docs/<locale>/errors/<slug>.mdx): which reason it explains and
 * its one-line meaning (shown in the index and /errors.json). The status is not here: it comes
 * from the emulator's REASONS through the catalogue, the one source for it.
 */
export const errorSchema = z.object({
  reason: z.string().refine(isEmulatedReason, {
    message:
      'not a reason the emulator returns (src/lib/emulator/reasons.ts); documented-only reasons live in src/lib/errors/documented.ts',
  }),
  meaning: z.string().min(10),
});
