/**
 * A Vitest environment for runes modules: Node globals, but Vite's client pipeline, so the Svelte
 * plugin compiles `*.svelte.ts` for the browser (effects run) instead of for the server.
 */
import type { Environment } from 'vitest/runtime';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
