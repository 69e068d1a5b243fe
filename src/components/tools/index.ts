// MDX embeds of the support tools.
export { default as PayloadDecoder } from './PayloadDecoder.astro';
export { default as SignatureDoctor } from './SignatureDoctor.astro';
export { default as SupportDesk } from './SupportDesk.astro';
