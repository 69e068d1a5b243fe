import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
const spec = parse(readFileSync('vendor/gemini-developer-platform/specs/openapi/rest.yaml', 'utf8'));
for (const p of process.argv.slice(2)) for (const [m, op] of Object.entries(spec.paths[p])) {
  const d = op.description ?? ''; const i = d.indexOf('### Roles');
  console.log(p, '|', i >= 0 ? d.slice(i + 10, i + 260).replace(/\s+/g, ' ') : 'no roles', '| master:', /master/i.test(d));
}
