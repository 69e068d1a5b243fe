/**
 * Syntax highlighting for the snippets, loaded on demand: nothing here is imported until the
 * snippet panel opens, so Shiki stays out of the page's initial JavaScript. Fine-grained
 * bundle: the core, the JavaScript regex engine (no WebAssembly), four grammars, two themes.
 * Both themes are rendered into CSS variables; the page's CSS picks one by Starlight's
 * `data-theme`, so switching light/dark needs no re-highlighting.
 */
import type { HighlighterCore } from 'shiki/core';

export const LIGHT_THEME = 'github-light-default';
export const DARK_THEME = 'github-dark-default';

let highlighter: Promise<HighlighterCore> | null = null;

function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighterCore({
      themes: [
        import('shiki/themes/github-light-default.mjs'),
        import('shiki/themes/github-dark-default.mjs'),
      ],
      langs: [
        import('shiki/langs/shellscript.mjs'),
        import('shiki/langs/python.mjs'),
        import('shiki/langs/typescript.mjs'),
        import('shiki/langs/go.mjs'),
      ],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  highlighter.catch(() => (highlighter = null));
  return highlighter;
}

/** HTML of the highlighted code. Shiki escapes the code text, so the result holds no markup from it. */
export async function highlightCode(code: string, language: string): Promise<string> {
  const core = await loadHighlighter();
  return core.codeToHtml(code, {
    lang: language,
    themes: { light: LIGHT_THEME, dark: DARK_THEME },
    defaultColor: false,
  });
}
