/**
 * llms.txt and llms-full.txt (https://llmstxt.org) for both locales, from the MDX sources of the
 * docs. starlight-llms-txt covers only Starlight's default locale, so this small converter does
 * both: it inlines the code samples a page imports with `?raw`, turns the MDX components the
 * page imports into plain Markdown (asides, tabs, checklists), drops interactive islands,
 * removes heading attributes and makes links absolute. Fenced code is left untouched.
 */
import siteStrings from '../../i18n/site.ts';

export interface LlmsPage {
  /** e.g. "en/lessons/create-api-key". */
  id: string;
  title: string;
  description?: string;
  /** The MDX body without frontmatter. */
  body: string;
}

/** Files imported with `?raw`, by their import path as written. */
export type RawResolver = (importPath: string) => string;

const LANGUAGE_BY_EXTENSION: Record<string, string> = { ts: 'ts', py: 'python', sh: 'sh' };

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/**
 * Applies `transform` to the text outside fenced code blocks only. Fences indented inside a
 * component (a tab) are dedented; other lines keep at most 3 spaces of indentation, so text
 * indented inside a component does not turn into a Markdown code block.
 */
function outsideFences(source: string, transform: (text: string) => string): string {
  const parts = source.split(/(^[ \t]*(?:```|~~~)[^\n]*\n[\s\S]*?^[ \t]*(?:```|~~~)[ \t]*$)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) {
        const indent = /^[ \t]*/.exec(part)![0].length;
        return part.replace(new RegExp(`^[ \\t]{0,${indent}}`, 'gm'), '');
      }
      return transform(part.replace(/^[ \t]{4,}/gm, '   '));
    })
    .join('');
}

export function mdxToMarkdown(body: string, resolveRaw: RawResolver, siteUrl: string): string {
  const components = new Set<string>();
  const raws = new Map<string, string>();
  // MDX imports, outside code only; the rest of the file no longer needs them.
  let text = outsideFences(body, (part) =>
    part.replace(
      /^import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?[ \t]*\n/gm,
      (_m, what: string, from: string) => {
        const names = what
          .replace(/[{}]/g, '')
          .split(',')
          .map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          )
          .filter(Boolean);
        if (from.endsWith('?raw')) raws.set(names[0], from.slice(0, -'?raw'.length));
        else for (const name of names) if (/^[A-Z]/.test(name)) components.add(name);
        return '';
      },
    ),
  );
  const fence = (code: string, lang: string) =>
    `\n\`\`\`${lang}\n${code.replace(/\n$/, '')}\n\`\`\`\n`;
  text = outsideFences(text, (part) => {
    let out = part.replace(/<Code\b([^>]*?)\/>/g, (_tag, attrs: string) => {
      const name = /code=\{(\w+)\}/.exec(attrs)?.[1];
      const path = name ? raws.get(name) : undefined;
      if (!path) return '';
      const lang =
        attribute(attrs, 'lang') ?? LANGUAGE_BY_EXTENSION[path.split('.').pop() ?? ''] ?? '';
      const title = attribute(attrs, 'title');
      return `${title ? `${title}:\n` : ''}${fence(resolveRaw(path), lang)}`;
    });
    out = out
      .replace(/<Check\b[^>]*>([\s\S]*?)<\/Check>/g, (_m, inner: string) => `- [ ] ${inner.trim()}`)
      .replace(/<(Aside|TabItem|Card)\b([^>]*)>/g, (_m, _name, attrs: string) => {
        const title = attribute(attrs, 'title') ?? attribute(attrs, 'label');
        return title ? `**${title}**\n` : '';
      })
      .replace(/\s*\{\s*#[\w-]+(?:\s+\.[\w-]+)*\s*\}[ \t]*$/gm, '') // heading attributes
      .replace(/\]\(\/(en|de)\//g, `](${siteUrl}/$1/`);
    for (const name of components) {
      out = out
        .replace(new RegExp(`<${name}\\b[^>]*?/>`, 'g'), '')
        .replace(new RegExp(`</?${name}\\b[^>]*>`, 'g'), '');
    }
    return out.replace(/^[ \t]+(?=- \[ \])/gm, '');
  });
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/** The sections of the sidebar, in its order, labelled as it labels them (src/i18n/site.ts). */
const SECTIONS = Object.fromEntries(
  (['en', 'de'] as const).map((locale) => {
    const strings = siteStrings[locale];
    const groups = (['lessons', 'tools', 'reference', 'errors'] as const).map(
      (directory): [string, string] => [directory, strings.sidebar[directory]],
    );
    return [locale, [['', strings.home] as [string, string], ...groups]];
  }),
) as Record<'en' | 'de', Array<[directory: string, label: string]>>;

/** A page by its sidebar slug; `index` is the locale's home page. */
function findPage(pages: LlmsPage[], locale: string, slug: string): LlmsPage | undefined {
  const ids =
    slug === 'index'
      ? [locale, `${locale}/index`]
      : [`${locale}/${slug}`, `${locale}/${slug}/index`];
  return pages.find((page) => ids.includes(page.id));
}

const pageUrl = (siteUrl: string, id: string) => `${siteUrl}/${id.replace(/\/index$/, '')}/`;

/** The index: title, summary, then one link list per sidebar group, in `order`. */
export function llmsTxt(options: {
  locale: 'en' | 'de';
  title: string;
  description: string;
  siteUrl: string;
  pages: LlmsPage[];
  /** Page slugs per directory in sidebar order, e.g. "lessons/create-api-key". */
  order: Record<string, string[]>;
  fullUrl: string;
  otherLocale: { label: string; url: string };
}): string {
  const { locale, siteUrl, pages } = options;
  const lines = [`# ${options.title}`, '', `> ${options.description}`, ''];
  lines.push(
    locale === 'en'
      ? `The whole documentation as one file: ${options.fullUrl}. ${options.otherLocale.label}: ${options.otherLocale.url}`
      : `Die gesamte Dokumentation als eine Datei: ${options.fullUrl}. ${options.otherLocale.label}: ${options.otherLocale.url}`,
    '',
  );
  for (const [directory, label] of SECTIONS[locale]) {
    const entries = (options.order[directory] ?? [])
      .map((slug) => findPage(pages, locale, slug))
      .filter((page): page is LlmsPage => page !== undefined);
    if (entries.length === 0) continue;
    lines.push(`## ${label}`, '');
    for (const page of entries)
      lines.push(
        `- [${page.title}](${pageUrl(siteUrl, page.id)})${page.description ? `: ${page.description}` : ''}`,
      );
    lines.push('');
  }
  return `${lines.join('\n').trim()}\n`;
}

/** Every page of one locale, in the index's order, as Markdown. */
export function llmsFullTxt(options: {
  locale: 'en' | 'de';
  title: string;
  siteUrl: string;
  pages: LlmsPage[];
  order: Record<string, string[]>;
  resolveRaw: (page: LlmsPage, importPath: string) => string;
}): string {
  const { locale, siteUrl } = options;
  const sections = [`# ${options.title}`];
  for (const [directory] of SECTIONS[locale]) {
    for (const slug of options.order[directory] ?? []) {
      const page = findPage(options.pages, locale, slug);
      if (!page) continue;
      const body = mdxToMarkdown(page.body, (path) => options.resolveRaw(page, path), siteUrl);
      sections.push(
        [
          `# ${page.title}`,
          `URL: ${pageUrl(siteUrl, page.id)}`,
          page.description ? `> ${page.description}` : '',
          body,
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
    }
  }
  return `${sections.join('\n\n---\n\n')}\n`;
}
