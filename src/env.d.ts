/// <reference types="astro/client" />

// For svelte-check, which type-checks our .ts files without Astro's language plugin: it cannot
// resolve `.astro` modules. `astro check` resolves them to their real types first.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
