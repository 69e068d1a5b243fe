import { describe, expect, it } from 'vitest';
import { markdownTable, median, table } from '../../scripts/lib/bench-format.ts';
import {
  chunkModuleName,
  classifyScripts,
  inlineGzipCost,
  inlineScripts,
  isShiki,
  jsTotal,
  literals,
  references,
  type ScriptPiece,
} from '../../scripts/lib/bench-weights.ts';

const origin = 'http://127.0.0.1:4321';
const piece = (text: string, url?: string): ScriptPiece => ({
  ...(url ? { url: `${origin}${url}` } : {}),
  text,
  bytes: Buffer.byteLength(text),
  gzipBytes: 100,
});

describe('inlineScripts', () => {
  it('keeps inline JavaScript and skips external, JSON and empty scripts', () => {
    const html = `<script>a()</script><script type="module">b()</script>
      <script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>
      <script type="text/partytown">c()</script><script> </script>`;
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
});

describe('literals', () => {
  it('reads string literals of minified code, splitting template literals at ${…}', () => {
    const code =
      'var a=`starlight-theme`,b="{done}/{total}";c(`${n.done}/${n.total}`);d(`prefix-${x}-suffix`)';
    expect(literals(code)).toEqual(['starlight-theme', '{done}/{total}', 'prefix-', '-suffix']);
  });

  it('tokenizes: quotes inside a regex or a comment are not strings, escaped ones are skipped', () => {
    const code = 'a=/x"quoted-in-regex"/g;/* "in-a-comment" */b="escaped\\n text";c="plain-string"';
    expect(literals(code)).toEqual(['plain-string']);
  });
});

describe('references', () => {
  const chunk = (name: string) => `${origin}/_astro/${name}`;
  it.each([
    {
      what: 'static imports, dynamic imports and Vite preload lists, resolved to URLs',
      code:
        'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/ui-core.A.js"])))=>i;' +
        'import"./signing.B.js";import{a as e}from"./i18n.C.js";import(`./Snippets.D.js`)',
      static: ['signing.B.js', 'i18n.C.js'],
      dynamic: ['Snippets.D.js', 'ui-core.A.js'],
    },
    {
      what: 'code, not text: imports inside strings and comments are not imports',
      code:
        'const sample=`import "./not-a-chunk.js"`;/* import "./nor-this.js" */' +
        'export*from"./all.F.js";export{b}from"./some.G.js";const x="node:crypto";',
      static: ['all.F.js', 'some.G.js'],
      dynamic: [],
    },
  ])('reads $what', ({ code, static: statics, dynamic }) => {
    const found = references(code, chunk('Island.E.js'));
    expect(found.static).toEqual(statics.map(chunk));
    expect(found.dynamic.sort()).toEqual(dynamic.map(chunk).sort());
  });

  it('finds nothing in a classic script the module lexer cannot read', () => {
    expect(references('with (a) { b() }', origin)).toEqual({ static: [], dynamic: [] });
  });
});

describe('chunkModuleName', () => {
  it('strips the hash and Astro’s script suffix', () => {
    expect(
      chunkModuleName(`${origin}/_astro/Search.astro_astro_type_script_index_0_lang.BH3XwIQL.js`),
    ).toBe('Search');
    expect(chunkModuleName(`${origin}/_astro/client.svelte.DvflH6tz.js`)).toBe('client.svelte');
    expect(chunkModuleName(`${origin}/_astro/client._3IiJPeT.js`)).toBe('client');
  });
});

describe('classifyScripts', () => {
  const html = `<script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.A.js"></script>
    <astro-island component-url="/_astro/PlaygroundIsland.B.js" renderer-url="/_astro/client.svelte.C.js" client="load"></astro-island>`;
  const scripts = [
    piece('StarlightThemeProvider.updatePickers();'),
    piece('(()=>{(self.Astro||(self.Astro={})).load=e})()'),
    piece(
      'import"./preload-helper.D.js";import(`./ui-core.E.js`)',
      '/_astro/Search.astro_astro_type_script_index_0_lang.A.js',
    ),
    piece('import"./preload-helper.D.js";import"./client.F.js"', '/_astro/PlaygroundIsland.B.js'),
    piece('import"./client.F.js"', '/_astro/client.svelte.C.js'),
    piece('export const p=1', '/_astro/preload-helper.D.js'),
    piece('export const s=1', '/_astro/client.F.js'),
    piece('export const u=1', '/_astro/ui-core.E.js'),
    piece('var x=`zz-unknown-zz`'),
  ];
  const owners = classifyScripts(scripts, html, `${origin}/en/tools/playground/`).map(
    (c) => c.owner,
  );

  it('attributes inline Starlight scripts and Astro’s island runtime', () => {
    expect(owners.slice(0, 2)).toEqual(['starlight', 'ours']);
  });
  it('attributes entry chunks by the module they are named after', () => {
    expect(owners.slice(2, 5)).toEqual(['starlight', 'ours', 'ours']);
  });
  it('gives a shared chunk to Starlight if Starlight imports it, else to its importers', () => {
    expect(owners.slice(5, 8)).toEqual(['starlight', 'ours', 'starlight']);
  });
  it('leaves what no rule recognises unknown', () => {
    expect(owners[8]).toBe('unknown');
  });
});

describe('isShiki', () => {
  it('recognises Shiki by file name or by code only Shiki has', () => {
    expect(isShiki({ url: `${origin}/_astro/engine-javascript.C30F4iNc.js` })).toBe(true);
    expect(
      isShiki({
        url: `${origin}/_astro/python.A.js`,
        text: 'const lang={"scopeName":"source.python"}',
      }),
    ).toBe(true);
    expect(isShiki({ url: `${origin}/_astro/github-x.A.js`, text: '{"tokenColors":[]}' })).toBe(
      true,
    );
  });
  it('does not count our chunk that merely imports Shiki lazily', () => {
    expect(isShiki({ url: `${origin}/_astro/Snippets.A.js`, text: 'import(`./shiki.B.js`)' })).toBe(
      false,
    );
  });
});

describe('inline gzip cost', () => {
  const script = 'function hello(){return "a fairly unique string that compresses"}';
  const html = `<html><body><p>Hi</p><script>${script}</script></body></html>`;
  it('is what the script adds to the gzipped document', () => {
    const cost = inlineGzipCost(html, [script]);
    expect(cost).toBeGreaterThan(20);
    expect(cost).toBeLessThan(Buffer.byteLength(script));
    expect(inlineGzipCost(html, [])).toBe(0);
  });
  it('adds files alone and inline scripts by their cost in the document', () => {
    const totals = jsTotal([piece(script), { ...piece('x', '/a.js'), gzipBytes: 7 }], html);
    expect(totals.gzipBytes).toBe(7 + inlineGzipCost(html, [script]));
    expect(totals.count).toBe(2);
  });
});

describe('bench-format', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('aligns text left and numbers right', () => {
    expect(
      table(
        ['Name', 'N'],
        [
          ['a', '1'],
          ['bb', '10'],
        ],
      ).split('\n'),
    ).toEqual(['Name   N', '----  --', 'a      1', 'bb    10']);
    expect(markdownTable(['Name', 'N'], [['a|b', '1']])).toBe(
      '| Name | N |\n| --- | ---: |\n| a\\|b | 1 |',
    );
  });
});
