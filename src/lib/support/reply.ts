/**
 * Reply builder: a diagnosis → a reply in the customer's language (independent of the agent's
 * UI language): the cause in one sentence, the fix steps, links to the exact error-page section,
 * lesson step, FAQ answer, and a playground experiment or prefilled decoder/doctor link, then
 * "never send us your secret". Plain text and Markdown. Every link comes from the link
 * catalogue (so its anchor exists) on the canonical site URL. Strings come in; no i18n lookups
 * of its own, so tests drive it with the real strings of each locale.
 */
import type { Locale } from '../../site.ts';
import { format } from '../../i18n/index.ts';
import type { SupportStrings } from '../../i18n/support.ts';
import {
  FINDING_RULES,
  reasonName,
  type Finding,
  type FindingRule,
} from '../diagnostics/findings.ts';
import { playgroundHref, toolHref } from '../errors/error-facts.ts';
import { plainText, type ErrorTexts } from '../errors/texts.ts';
import type { ParamIssue } from '../playground/endpoints.ts';
import type { Cause, DeskDiagnosis } from './diagnose.ts';
import {
  absoluteUrl,
  entryUrl,
  findLink,
  toolStateHref,
  type LinkCatalogue,
  type LinkEntry,
} from './links.ts';

export interface ReplyOptions {
  locale: Locale;
  /** The site's canonical origin (`site.url`). */
  siteUrl: string;
  catalogue: LinkCatalogue;
  /** Support strings of the customer's locale. */
  strings: SupportStrings;
  /** Each reason's meaning and fix from its error page, in the customer's locale. */
  errors: ErrorTexts;
  /** A decoder finding as text in the customer's locale. */
  describeFinding: (item: Finding) => string;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface Reply {
  /** Sentences in order: cause first. */
  cause: string;
  also: string[];
  fixes: string[];
  links: ReplyLink[];
  secretWarning?: string;
  text: string;
  markdown: string;
}

type Place = [page: string, anchor: string];

/** Where each reason's fix is taught (step ids are the same in both locales). */
const REASON_STEP: Record<string, Place> = {
  InvalidSignature: ['lessons/sign-first-request', 'compute-signature'],
  InvalidNonce: ['lessons/sign-first-request', 'choose-nonce'],
  MissingNonce: ['lessons/sign-first-request', 'choose-nonce'],
  InvalidJson: ['lessons/sign-first-request', 'build-payload'],
  EndpointMismatch: ['lessons/sign-first-request', 'build-payload'],
  EndpointNotFound: ['lessons/sign-first-request', 'build-payload'],
  MissingApikeyHeader: ['lessons/sign-first-request', 'send-headers'],
  MissingPayloadHeader: ['lessons/sign-first-request', 'send-headers'],
  MissingSignatureHeader: ['lessons/sign-first-request', 'send-headers'],
  MissingRole: ['lessons/create-api-key', 'choose-roles'],
  MissingAccountName: ['lessons/create-api-key', 'choose-scope'],
  AccountsOnGroupOnlyApi: ['lessons/create-api-key', 'choose-scope'],
  RateLimit: ['lessons/rate-limits', 'backoff-with-jitter'],
  InsufficientFunds: ['lessons/test-in-sandbox', 'check-balances'],
  System: ['lessons/go-live', 'robust-client'],
};
const ORDER_STEP: Place = ['lessons/test-in-sandbox', 'place-and-cancel'];

const REASON_FAQ: Record<string, string> = {
  InvalidSignature: 'invalid-signature',
  InvalidNonce: 'nonce-seconds',
  RateLimit: 'rate-limit-429',
  MissingAccountName: 'master-vs-account',
  AccountsOnGroupOnlyApi: 'master-vs-account',
  MissingRole: 'read-only-role',
};

const ORDER_REASONS = [
  'InvalidSymbol',
  'InvalidPrice',
  'InvalidQuantity',
  'InvalidSide',
  'InvalidOrderType',
  'ClientOrderIdTooLong',
  'ClientOrderIdMustBeString',
  'ConflictingOptions',
  'UnsupportedOption',
  'OptionsMustBeArray',
  'MissingOrderField',
  'OrderNotFound',
];

export function describeParamIssues(
  issues: readonly ParamIssue[],
  strings: SupportStrings,
): string {
  return issues
    .map((issue) =>
      format(strings.param[issue.code], {
        name: issue.name,
        expected: 'expected' in issue ? issue.expected : '',
        allowed: 'allowed' in issue ? issue.allowed.join(', ') : '',
        names: 'names' in issue ? issue.names.join(', ') : '',
      }),
    )
    .join('; ');
}

export function buildReply(diagnosis: DeskDiagnosis, options: ReplyOptions): Reply {
  const { locale, strings, errors, catalogue, siteUrl } = options;
  const errorText = (reason: string) =>
    Object.hasOwn(errors, reason) ? errors[reason] : undefined;
  const links: ReplyLink[] = [];
  const pushLink = (label: string, url: string) => {
    if (!links.some((link) => link.url === url)) links.push({ label, url });
  };
  const addLink = (label: string, entry: LinkEntry | undefined) => {
    if (entry) pushLink(label, entryUrl(siteUrl, entry));
  };
  const place = (page: string, anchor?: string) => findLink(catalogue, locale, page, anchor);
  const stepLink = ([page, anchor]: Place) => {
    const entry = place(page, anchor);
    if (entry) addLink(format(strings['link.lessonStep'], { title: entry.title }), entry);
  };
  const cleanPayload = diagnosis.payloads.find(
    (payload) => !payload.containsSecret && payload.decoded.payload,
  );
  const toolLink = (
    tool: 'payload-decoder' | 'signature-doctor',
    payload: string,
    signature?: string,
  ) => {
    // Only a tool page the content has; the prefill itself is the tool's own query.
    if (
      !catalogue.entries.some(
        (item) =>
          item.kind === 'tool' && item.locale === locale && item.path === toolHref(locale, tool),
      )
    )
      return;
    pushLink(
      strings[tool === 'payload-decoder' ? 'link.decoder' : 'link.doctor'],
      absoluteUrl(siteUrl, toolStateHref(locale, tool, payload, signature)),
    );
  };

  const sentences: string[] = [];
  const fixes: string[] = [];
  const describe = (cause: Cause, primary: boolean): string => {
    switch (cause.kind) {
      case 'reason':
      case 'status': {
        const meaning = plainText(errorText(cause.reason)?.meaning ?? '');
        const reason =
          cause.kind === 'status' ? `HTTP ${cause.status} (${cause.reason})` : cause.reason;
        return format(strings['reply.cause.reason'], { reason, meaning }).replace(/:\s*$/, '.');
      }
      case 'unknown-reason':
        return strings['reply.cause.unknownReason'];
      case 'finding': {
        const text = options.describeFinding(cause.finding);
        return primary ? format(strings['reply.cause.finding'], { text }) : text;
      }
      case 'params':
        return format(strings['reply.cause.params'], {
          endpoint: cause.endpoint,
          issues: describeParamIssues(cause.issues, strings),
        });
      case 'unknown-endpoint':
        return format(strings['reply.cause.unknownEndpoint'], { path: cause.path });
      case 'ccxt-master-key':
        return strings['reply.cause.ccxtMasterKey'];
      case 'check-signature':
        return strings['reply.cause.checkSignature'];
    }
  };

  for (const cause of diagnosis.causes) {
    sentences.push(describe(cause, sentences.length === 0));
    switch (cause.kind) {
      case 'reason':
      case 'status': {
        const fix = errorText(cause.reason)?.fix;
        fixes.push(fix ? plainText(fix) : strings['fix.generic']);
        addLink(
          format(strings['link.errorPage'], { reason: cause.reason }),
          place(`errors/${cause.slug}`, 'causes') ?? place(`errors/${cause.slug}`),
        );
        const step =
          REASON_STEP[cause.reason] ??
          (ORDER_REASONS.includes(cause.reason) ? ORDER_STEP : undefined);
        if (step) stepLink(step);
        const faq = REASON_FAQ[cause.reason];
        const faqEntry = faq ? place('reference/faq', faq) : undefined;
        if (faqEntry) addLink(format(strings['link.faq'], { title: faqEntry.title }), faqEntry);
        const facts = catalogue.errors[cause.slug];
        if (facts?.experiment) {
          const path = playgroundHref(locale, { experiment: facts.experiment });
          const entry = catalogue.entries.find(
            (item) => item.locale === locale && item.path === path,
          );
          if (entry) addLink(format(strings['link.experiment'], { title: entry.title }), entry);
        }
        if (cleanPayload?.decoded.payload && facts?.tools.includes('payload-decoder')) {
          toolLink('payload-decoder', cleanPayload.decoded.payload);
        }
        break;
      }
      case 'finding': {
        fixes.push(options.describeFinding(cause.finding));
        const rule = FINDING_RULES[cause.finding.id] as FindingRule;
        if (rule.step) stepLink(['lessons/sign-first-request', rule.step]);
        if (rule.errorPage) {
          addLink(
            format(strings['link.errorPage'], { reason: reasonName(rule.errorPage) }),
            place(`errors/${rule.errorPage}`, 'causes') ?? place(`errors/${rule.errorPage}`),
          );
        }
        if (cleanPayload?.decoded.payload)
          toolLink('payload-decoder', cleanPayload.decoded.payload);
        break;
      }
      case 'params': {
        fixes.push(
          format(strings['fix.params'], { issues: describeParamIssues(cause.issues, strings) }),
        );
        if (place('tools/playground')) {
          pushLink(
            format(strings['link.playgroundEndpoint'], { endpoint: cause.endpoint }),
            absoluteUrl(siteUrl, playgroundHref(locale, { endpoint: cause.endpoint })),
          );
        }
        break;
      }
      case 'unknown-endpoint':
        fixes.push(strings['fix.unknownEndpoint']);
        addLink(
          format(strings['link.errorPage'], { reason: 'EndpointNotFound' }),
          place('errors/endpoint-not-found', 'causes') ?? place('errors/endpoint-not-found'),
        );
        break;
      case 'ccxt-master-key': {
        fixes.push(strings['fix.ccxtMasterKey']);
        const faqEntry = place('reference/faq', 'master-vs-account');
        if (faqEntry) addLink(format(strings['link.faq'], { title: faqEntry.title }), faqEntry);
        stepLink(['lessons/create-api-key', 'choose-scope']);
        break;
      }
      case 'check-signature':
        fixes.push(strings['fix.checkSignature']);
        toolLink('signature-doctor', cause.payload, cause.signature);
        break;
      case 'unknown-reason':
        break;
    }
  }

  const leaked = place('lessons/key-leaked', 'revoke-key');
  let secretWarning: string | undefined;
  if (diagnosis.secrets.length > 0 && leaked) {
    secretWarning = format(strings['reply.secretSeen'], { link: entryUrl(siteUrl, leaked) });
  }
  const never = place('reference/support-tickets', 'never');
  const cause = sentences[0] ?? strings['reply.cause.none'];
  const also = sentences
    .slice(1)
    .filter((sentence, index, all) => all.indexOf(sentence) === index && sentence !== cause);
  const uniqueFixes = fixes.filter((fix, index) => fixes.indexOf(fix) === index);
  const neverLine = never
    ? `${strings['reply.neverSecret']} (${entryUrl(siteUrl, never)})`
    : strings['reply.neverSecret'];
  const neverMarkdown = never
    ? `${escapeMarkdown(strings['reply.neverSecret'])} ([${escapeMarkdown(strings['link.neverSecret'])}](${entryUrl(siteUrl, never)}))`
    : escapeMarkdown(strings['reply.neverSecret']);

  const text = [
    strings['reply.greeting'],
    '',
    ...(secretWarning ? [secretWarning, ''] : []),
    cause,
    ...also.map((sentence) => format(strings['reply.alsoSeen'], { text: sentence })),
    '',
    ...(uniqueFixes.length > 0
      ? [strings['reply.fixHeading'], ...uniqueFixes.map((fix, i) => `${i + 1}. ${fix}`), '']
      : []),
    ...(links.length > 0
      ? [strings['reply.linksHeading'], ...links.map((link) => `- ${link.label}: ${link.url}`), '']
      : []),
    neverLine,
    '',
    strings['reply.signoff'],
  ].join('\n');

  const markdown = [
    escapeMarkdown(strings['reply.greeting']),
    '',
    ...(secretWarning && leaked
      ? [
          `**${escapeMarkdown(format(strings['reply.secretSeen'], { link: '\u0000' })).replace(
            '\u0000',
            `[${escapeMarkdown(strings['link.leaked'])}](${entryUrl(siteUrl, leaked)})`,
          )}**`,
          '',
        ]
      : []),
    escapeMarkdown(cause),
    ...also.map((sentence) =>
      escapeMarkdown(format(strings['reply.alsoSeen'], { text: sentence })),
    ),
    '',
    ...(uniqueFixes.length > 0
      ? [
          `**${escapeMarkdown(strings['reply.fixHeading'])}**`,
          '',
          ...uniqueFixes.map((fix, i) => `${i + 1}. ${escapeMarkdown(fix)}`),
          '',
        ]
      : []),
    ...(links.length > 0
      ? [
          `**${escapeMarkdown(strings['reply.linksHeading'])}**`,
          '',
          ...links.map((link) => `- [${escapeMarkdown(link.label)}](${link.url})`),
          '',
        ]
      : []),
    neverMarkdown,
    '',
    escapeMarkdown(strings['reply.signoff']),
  ].join('\n');

  return { cause, also, fixes: uniqueFixes, links, secretWarning, text, markdown };
}

/** Markdown-significant characters (and raw HTML) escaped, so pasted text cannot inject markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`);
}
