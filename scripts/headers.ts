/** `npm run headers`: writes public/_headers (static hosts) from src/site.ts; a test keeps it in sync. */
import { writeFileSync } from 'node:fs';
import { headersFile } from '../src/site.ts';

writeFileSync('public/_headers', headersFile());
console.log('Wrote public/_headers from src/site.ts.');
