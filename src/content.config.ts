import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { errorSchema } from './lib/errors/schema.ts';

/** Lesson metadata shown in the lesson header; optional so reference pages need none. */
export const lessonSchema = z.object({
  /** Minutes a learner should plan for. */
  duration: z.number().int().positive(),
  objectives: z.array(z.string()).min(1),
  prerequisites: z.array(z.string()).default([]),
  /** Gemini documentation pages the lesson relies on. */
  sources: z.array(z.object({ title: z.string(), href: z.url() })).default([]),
});

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({ lesson: lessonSchema.optional(), error: errorSchema.optional() }),
    }),
  }),
};
