/**
 * The kit's words in the page's language. Each island sets them once from its Astro wrapper, so
 * a page ships one locale's kit strings and the kit components need no `locale` prop.
 */
import { createContext } from 'svelte';
import type { KitStrings } from '../../i18n/kit.ts';

export const [kitStrings, setKitStrings] = createContext<KitStrings>();
