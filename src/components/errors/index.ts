// MDX building blocks for the error reference (content/docs/<locale>/errors/).
export { default as ErrorFacts } from './ErrorFacts.astro';
