/**
 * Shiki for the lab's code, loaded only when code is shown: the core, the JavaScript regex
 * engine (no WebAssembly), two languages and a light and a dark theme. High-contrast GitHub
 * themes, because the plain ones' comments fail WCAG AA contrast on their backgrounds.
 * (The playground may grow a shared highlighter; then this should become that one.)
 */
import type { HighlighterCore } from 'shiki/core';

export type HighlightLanguage = 'typescript' | 'python';
export const LIGHT_THEME = 'github-light-high-contrast';
export const DARK_THEME = 'github-dark-high-contrast';

let highlighter: Promise<HighlighterCore> | undefined;

function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighterCore({
      themes: [
        import('shiki/themes/github-light-high-contrast.mjs'),
        import('shiki/themes/github-dark-high-contrast.mjs'),
      ],
      langs: [import('shiki/langs/typescript.mjs'), import('shiki/langs/python.mjs')],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return highlighter;
}

/**
 * HTML for `code`: light colours inline, dark ones as `--shiki-dark` variables that the page's
 * dark theme switches to. Shiki escapes the code.
 */
export async function highlightCode(code: string, language: HighlightLanguage): Promise<string> {
  const shiki = await loadHighlighter();
  return shiki.codeToHtml(code, {
    lang: language,
    themes: { light: LIGHT_THEME, dark: DARK_THEME },
    defaultColor: 'light',
  });
}
