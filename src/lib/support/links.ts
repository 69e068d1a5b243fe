/**
 * The link catalogue: every page, lesson step, error-page section and FAQ answer the content
 * really has, in each locale, plus the playground experiments and tools. Built at build time
 * from the MDX sources (content-pages.ts reads them), so the desk can only ever offer an anchor
 * that exists: a heading with an explicit id, `## Title { #id }`, is the only anchor it lists.
 * Pure data in, data out: the island gets the catalogue as a prop.
 */
import type { Locale } from '../../site.ts';
import { EXPERIMENT_IDS, type ExperimentId } from '../playground/experiments.ts';
import { playgroundHref, toolHref, type ErrorTool } from '../errors/error-facts.ts';

/** One MDX source as read at build time. */
export interface ContentPage {
  locale: Locale;
  /** Path below the locale, no slashes around: `lessons/sign-first-request`, `errors`. */
  slug: string;
  title: string;
  description: string;
  body: string;
}

export type LinkKind = 'page' | 'step' | 'section' | 'faq' | 'error' | 'experiment' | 'tool';

export interface LinkEntry {
  kind: LinkKind;
  locale: Locale;
  /** Site-relative path with its query: `/en/errors/invalid-nonce/`, a playground experiment link. */
  path: string;
  anchor?: string;
  title: string;
  /** The page's title, for context in the list. */
  pageTitle: string;
}

export interface ErrorPageFacts {
  reason: string;
  experiment?: ExperimentId;
  tools: ErrorTool[];
}

export interface LinkCatalogue {
  entries: LinkEntry[];
  /** Error pages by slug (`invalid-nonce`). */
  errors: Record<string, ErrorPageFacts>;
}

export interface Heading {
  id: string;
  title: string;
  step: boolean;
}

/** Headings with an explicit id (`## Title { #id .step }`), outside fenced code. */
export function headingsOf(body: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const fenceMatch = line.match(/^\s*(`{3,}|~{3,})/);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = line.match(/^#{2,4}\s+(.*?)\s*\{\s*#([A-Za-z0-9_-]+)([^}]*)\}\s*$/);
    if (match) {
      headings.push({
        id: match[2]!,
        title: match[1]!.replace(/[`*_]/g, ''),
        step: /\.step\b/.test(match[3] ?? ''),
      });
    }
  }
  return headings;
}

function errorFactsOf(body: string): ErrorPageFacts | undefined {
  const facts = body.match(/<ErrorFacts\b([\s\S]*?)\/>/)?.[1];
  if (facts === undefined) return undefined;
  const reason = facts.match(/reason="([A-Za-z]+)"/)?.[1];
  if (!reason) return undefined;
  const experiment = facts.match(/experiment:\s*'([a-z-]+)'/)?.[1];
  const tools = [
    ...(facts.match(/tools=\{\[([^\]]*)\]\}/)?.[1] ?? '').matchAll(/'([a-z-]+)'/g),
  ].map((match) => match[1] as ErrorTool);
  return {
    reason,
    experiment: (EXPERIMENT_IDS as readonly string[]).includes(experiment ?? '')
      ? (experiment as ExperimentId)
      : undefined,
    tools,
  };
}

function pagePath(locale: Locale, slug: string): string {
  return slug ? `/${locale}/${slug}/` : `/${locale}/`;
}

const TOOL_PAGES: ErrorTool[] = ['payload-decoder', 'signature-doctor', 'backoff-lab'];

export function buildLinkCatalogue(
  pages: readonly ContentPage[],
  experimentTitles: Record<Locale, Record<ExperimentId, string>>,
): LinkCatalogue {
  const entries: LinkEntry[] = [];
  const errors: Record<string, ErrorPageFacts> = {};
  const sorted = [...pages].sort((a, b) =>
    `${a.locale}/${a.slug}`.localeCompare(`${b.locale}/${b.slug}`),
  );
  for (const page of sorted) {
    const path = pagePath(page.locale, page.slug);
    const section = page.slug.split('/')[0];
    const isError = section === 'errors' && page.slug !== 'errors';
    const isFaq = page.slug === 'reference/faq';
    entries.push({
      kind: isError ? 'error' : 'page',
      locale: page.locale,
      path,
      title: page.title,
      pageTitle: page.title,
    });
    for (const heading of headingsOf(page.body)) {
      entries.push({
        kind: heading.step ? 'step' : isFaq ? 'faq' : 'section',
        locale: page.locale,
        path,
        anchor: heading.id,
        title: heading.title,
        pageTitle: page.title,
      });
    }
    if (isError) {
      const slug = page.slug.slice('errors/'.length);
      const facts = errorFactsOf(page.body);
      if (facts) errors[slug] ??= facts;
    }
  }
  const locales = [...new Set(pages.map((page) => page.locale))];
  for (const locale of locales) {
    const playground = pages.find(
      (page) => page.locale === locale && page.slug === 'tools/playground',
    );
    if (playground) {
      for (const id of EXPERIMENT_IDS) {
        entries.push({
          kind: 'experiment',
          locale,
          path: playgroundHref(locale, { experiment: id }),
          title: experimentTitles[locale]?.[id] ?? id,
          pageTitle: playground.title,
        });
      }
    }
    for (const tool of TOOL_PAGES) {
      const page = pages.find((item) => item.locale === locale && item.slug === `tools/${tool}`);
      if (page) {
        entries.push({
          kind: 'tool',
          locale,
          path: toolHref(locale, tool),
          title: page.title,
          pageTitle: page.title,
        });
      }
    }
  }
  return { entries, errors };
}

/** The decoder or doctor prefilled with a payload (and signature): never a secret. */
export function toolStateHref(
  locale: Locale,
  tool: 'payload-decoder' | 'signature-doctor',
  payload: string,
  signature?: string,
): string {
  const query = new URLSearchParams({ payload, ...(signature ? { signature } : {}) });
  return `${toolHref(locale, tool)}?${query}`;
}

/** The entry for this page and anchor in this locale, if the content has it. */
export function findLink(
  catalogue: LinkCatalogue,
  locale: Locale,
  path: string,
  anchor?: string,
): LinkEntry | undefined {
  const full = pagePath(locale, path.replace(/^\/+|\/+$/g, ''));
  return catalogue.entries.find(
    (entry) => entry.locale === locale && entry.path === full && entry.anchor === anchor,
  );
}

/** Absolute URL on the site's canonical origin (`site.url`), never the agent's localhost. */
export function absoluteUrl(siteUrl: string, path: string, anchor?: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}${anchor ? `#${anchor}` : ''}`;
}

export function entryUrl(siteUrl: string, entry: LinkEntry): string {
  return absoluteUrl(siteUrl, entry.path, entry.anchor);
}

/** Entries of one locale whose title, page title, path or anchor contain every word of `query`. */
export function searchLinks(
  catalogue: LinkCatalogue,
  locale: Locale,
  query: string,
  kinds?: readonly LinkKind[],
): LinkEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return catalogue.entries.filter((entry) => {
    if (entry.locale !== locale || (kinds && !kinds.includes(entry.kind))) return false;
    const haystack =
      `${entry.title} ${entry.pageTitle} ${entry.path} ${entry.anchor ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The same entry in the other locale (same path below the locale, same anchor), if it exists. */
export function inLocale(
  catalogue: LinkCatalogue,
  entry: LinkEntry,
  locale: Locale,
): LinkEntry | undefined {
  const path = entry.path.replace(/^\/(en|de)\//, `/${locale}/`);
  return catalogue.entries.find(
    (item) => item.locale === locale && item.path === path && item.anchor === entry.anchor,
  );
}
