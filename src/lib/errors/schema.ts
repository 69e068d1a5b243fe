import { z } from 'astro/zod';
import { isEmulatedReason } from './catalogue.ts';

/**
 * An error page's facts (content/docs/<locale>/errors/<slug>.mdx): which reason it explains, its
 * one-line meaning (the index, /errors.json, the playground and the support desk show it) and its
 * one-line fix (the playground and the support desk's reply). The status is not here: it comes
 * from the emulator's REASONS through the catalogue, the one source for it.
 */
export const errorSchema = z.object({
  reason: z.string().refine(isEmulatedReason, {
    message:
      'not a reason the emulator returns (src/lib/emulator/reasons.ts); documented-only reasons live in src/lib/errors/documented.ts',
  }),
  meaning: z.string().min(10),
  fix: z.string().min(10),
});

export type ErrorFrontmatter = z.infer<typeof errorSchema>;
