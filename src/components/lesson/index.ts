// MDX building blocks for lessons. Steps are headings with an id: `## Title { #step-id .step }`.
export { default as Checklist } from './Checklist.astro';
export { default as Check } from './Check.astro';
export { default as GetEmulator } from './GetEmulator.astro';
