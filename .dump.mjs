import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
const spec = parse(readFileSync('vendor/gemini-developer-platform/specs/openapi/rest.yaml', 'utf8'));
const paths = process.argv.slice(2);
const strip = (n, d = 0) => {
  if (Array.isArray(n)) return n.map((x) => strip(x, d));
  if (n && typeof n === 'object') {
    if (n.$ref) { const name = n.$ref.split('/').pop(); return d > 3 ? `$${name}` : strip(spec.components.schemas[name] ?? n, d + 1); }
    const o = {};
    for (const [k, v] of Object.entries(n)) if (!['description', 'example', 'examples', 'title'].includes(k)) o[k] = strip(v, d);
    return o;
  }
  return n;
};
for (const p of paths) {
  const ops = spec.paths[p];
  for (const [m, op] of Object.entries(ops)) {
    const r = op.responses?.['200']?.content?.['application/json'];
    const body = op.requestBody?.content?.['application/json']?.schema;
    console.log(m.toUpperCase(), p, 'statuses', Object.keys(op.responses ?? {}).join(','), 'params', (op.parameters ?? []).map((x) => x.name ?? x.$ref?.split('/').pop()).join(','));
    console.log(' req', JSON.stringify(strip(body?.properties ?? {})).slice(0, 600));
    console.log(' res', JSON.stringify(strip(r?.schema)).slice(0, 1500));
    const ex = r?.example ?? Object.values(r?.examples ?? {})[0]?.value;
    console.log(' ex', JSON.stringify(ex).slice(0, 700));
  }
}
