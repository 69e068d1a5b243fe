import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        // Runes modules (`*.svelte.ts`) compiled by the Svelte plugin, with Svelte's browser
        // runtime so $derived and $effect behave as in the page. Only these tests load it.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'svelte',
          include: ['tests/unit/**/*.svelte.test.ts'],
          environment: './tests/unit/svelte-environment.ts',
          // One copy of Svelte's runtime for the test and the compiled module (else effects never run).
          server: { deps: { inline: ['svelte'] } },
        },
      },
    ],
  },
});
