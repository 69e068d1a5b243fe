// MDX building blocks for the error reference (content/docs/<locale>/errors/).
export { default as ErrorFacts } from './ErrorFacts.astro';
export { default as ExampleIntro } from './ExampleIntro.astro';
export { default as ErrorTable } from './ErrorTable.astro';
