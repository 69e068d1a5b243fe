/**
 * The lab's settings, its two presets, and the share-link codec: query parameters on
 * `/<locale>/tools/backoff-lab/`. A link carries only what differs from its preset, every value
 * is validated (bad ones are reported and replaced by the preset's), and there is no field a
 * key or secret could travel in.
 */
import type { PacerSettings } from './pacer.ts';
import type { LabStrategy, Workload } from './scheduler.ts';
import { isStrategyName, STRATEGY_NAMES, type RetryPolicy } from './strategies.ts';

export const PRESET_NAMES = ['demo', 'gemini'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** `builtin`: the emulator inside the page; `local`: the Node emulator (`npm run sandbox`). */
export const TARGET_NAMES = ['builtin', 'local'] as const;
type TargetName = (typeof TARGET_NAMES)[number];

/** Private endpoints the workload may call, with the parameters each needs. */
export const ENDPOINTS = {
  '/v1/balances': {},
  '/v1/orders': {},
  '/v1/mytrades': { symbol: 'btcusd' },
} as const satisfies Record<string, Record<string, string>>;
export type EndpointPath = keyof typeof ENDPOINTS;
export const ENDPOINT_PATHS = Object.keys(ENDPOINTS) as EndpointPath[];

/** The rate limit the throwaway key is minted with. */
export interface KeyLimit {
  perMinute: number;
  burst: number;
}

export interface LabSettings {
  preset: PresetName;
  target: TargetName;
  limit: KeyLimit;
  workload: Workload & { endpoint: EndpointPath };
  /** The strategy of a single run, and the left one when comparing. */
  strategyA: LabStrategy;
  strategyB: LabStrategy;
  compare: boolean;
  /** Seeds the jitter; both compared runs use it. */
  seed: number;
}

const retry = (
  strategy: RetryPolicy['strategy'],
  baseMs: number,
  capMs: number,
  maxRetries: number,
): RetryPolicy => ({ strategy, baseMs, capMs, maxRetries, honourRetryAfter: true });

/** Gemini's advice for private endpoints: "not exceed 5 requests per second". */
const GEMINI_PACER: PacerSettings = { ratePerSecond: 5, burst: 1 };

export const PRESETS: Record<PresetName, LabSettings> = {
  // A lowered limit (2 a second, 5 queued) so throttling shows at once on the emulator in the page.
  demo: {
    preset: 'demo',
    target: 'builtin',
    limit: { perMinute: 120, burst: 5 },
    workload: { requests: 30, concurrency: 10, intervalMs: 0, endpoint: '/v1/balances' },
    strategyA: { retry: retry('none', 500, 8000, 0), pacer: null },
    strategyB: { retry: retry('full-jitter', 500, 8000, 10), pacer: null },
    compare: false,
    seed: 42,
  },
  // Gemini's published numbers (600 a minute, 5 queued), against the local Node emulator.
  gemini: {
    preset: 'gemini',
    target: 'local',
    limit: { perMinute: 600, burst: 5 },
    workload: { requests: 100, concurrency: 20, intervalMs: 0, endpoint: '/v1/balances' },
    strategyA: { retry: retry('none', 250, 8000, 0), pacer: null },
    strategyB: { retry: retry('full-jitter', 250, 8000, 10), pacer: null },
    compare: false,
    seed: 42,
  },
};

/**
 * The pacer a learner gets on switching it on: Gemini's advice (5 a second) or the key's own
 * rate, whichever is lower.
 */
export function defaultPacer(limit: KeyLimit): PacerSettings {
  return { ratePerSecond: Math.min(GEMINI_PACER.ratePerSecond, limit.perMinute / 60), burst: 1 };
}

export function presetSettings(preset: PresetName): LabSettings {
  return structuredClone(PRESETS[preset]);
}

/** What a value should have been, for the message that says how to fix it. */
export type Expected =
  | { kind: 'integer' | 'number'; min: number; max: number }
  | { kind: 'choice'; options: readonly string[] };

export interface SettingsIssue {
  param: string;
  value: string;
  expected: Expected;
}

interface NumberField {
  kind: 'integer' | 'number';
  min: number;
  max: number;
  get(settings: LabSettings): number;
  set(settings: LabSettings, value: number): void;
}
interface ChoiceField {
  kind: 'choice';
  options: readonly string[];
  get(settings: LabSettings): string;
  set(settings: LabSettings, value: string): void;
}
type Field = NumberField | ChoiceField;

type Getter<T> = (settings: LabSettings) => T;
type Setter<T> = (settings: LabSettings, value: T) => void;

const int = (min: number, max: number, get: Getter<number>, set: Setter<number>): NumberField => ({
  kind: 'integer',
  min,
  max,
  get,
  set,
});
const choice = (
  options: readonly string[],
  get: Getter<string>,
  set: Setter<string>,
): ChoiceField => ({ kind: 'choice', options, get, set });
const flag = (get: Getter<boolean>, set: Setter<boolean>): ChoiceField =>
  choice(
    ['0', '1'],
    (s) => (get(s) ? '1' : '0'),
    (s, v) => set(s, v === '1'),
  );

function strategyFields(suffix: '' | 'B', key: 'strategyA' | 'strategyB'): Record<string, Field> {
  const retry = (s: LabSettings) => s[key].retry;
  return {
    [`strategy${suffix}`]: choice(
      STRATEGY_NAMES,
      (s) => retry(s).strategy,
      (s, v) => {
        if (isStrategyName(v)) retry(s).strategy = v;
      },
    ),
    [`base${suffix}`]: int(
      0,
      60_000,
      (s) => retry(s).baseMs,
      (s, v) => (retry(s).baseMs = v),
    ),
    [`cap${suffix}`]: int(
      0,
      120_000,
      (s) => retry(s).capMs,
      (s, v) => (retry(s).capMs = v),
    ),
    [`retries${suffix}`]: int(
      0,
      20,
      (s) => retry(s).maxRetries,
      (s, v) => (retry(s).maxRetries = v),
    ),
    [`retryAfter${suffix}`]: flag(
      (s) => retry(s).honourRetryAfter,
      (s, v) => (retry(s).honourRetryAfter = v),
    ),
    // Requests per second, fractions allowed; 0 = no pacer.
    [`pacer${suffix}`]: {
      kind: 'number',
      min: 0,
      max: 100,
      get: (s) => s[key].pacer?.ratePerSecond ?? 0,
      set: (s, v) => {
        s[key].pacer = v > 0 ? { ratePerSecond: v, burst: s[key].pacer?.burst ?? 1 } : null;
      },
    } satisfies NumberField,
    [`pacerBurst${suffix}`]: int(
      1,
      50,
      (s) => s[key].pacer?.burst ?? 1,
      (s, v) => {
        const pacer = s[key].pacer;
        if (pacer) pacer.burst = v;
      },
    ),
  };
}

/** Every share-link parameter, in the order links are written (pacer before pacerBurst). */
const FIELDS: Record<string, Field> = {
  target: choice(
    TARGET_NAMES,
    (s) => s.target,
    (s, v) => (s.target = v as TargetName),
  ),
  // The emulator only lowers limits: at most Gemini's 600 a minute and 5 queued.
  perMinute: int(
    1,
    600,
    (s) => s.limit.perMinute,
    (s, v) => (s.limit.perMinute = v),
  ),
  burst: int(
    0,
    5,
    (s) => s.limit.burst,
    (s, v) => (s.limit.burst = v),
  ),
  requests: int(
    1,
    500,
    (s) => s.workload.requests,
    (s, v) => (s.workload.requests = v),
  ),
  concurrency: int(
    1,
    50,
    (s) => s.workload.concurrency,
    (s, v) => (s.workload.concurrency = v),
  ),
  interval: int(
    0,
    10_000,
    (s) => s.workload.intervalMs,
    (s, v) => (s.workload.intervalMs = v),
  ),
  endpoint: choice(
    ENDPOINT_PATHS,
    (s) => s.workload.endpoint,
    (s, v) => (s.workload.endpoint = v as EndpointPath),
  ),
  seed: int(
    0,
    0xffff_ffff,
    (s) => s.seed,
    (s, v) => (s.seed = v),
  ),
  compare: flag(
    (s) => s.compare,
    (s, v) => (s.compare = v),
  ),
  ...strategyFields('', 'strategyA'),
  ...strategyFields('B', 'strategyB'),
};

/** The limits of a numeric setting, the same ones its share-link parameter is checked against. */
export function bounds(param: string): { min: number; max: number } {
  const field = FIELDS[param];
  if (!field || field.kind === 'choice') throw new Error(`${param} is not a numeric setting`);
  return { min: field.min, max: field.max };
}

/** Every parameter a share link may carry (besides `preset`). */
export const SHARE_PARAMS: readonly string[] = ['preset', ...Object.keys(FIELDS)];

export interface DecodedSettings {
  settings: LabSettings;
  issues: SettingsIssue[];
}

/**
 * Reads a share link's query. Starts from `preset` (the link's, else `fallbackPreset`), applies
 * each valid parameter, and reports each invalid one. Unknown parameters are ignored.
 */
export function decodeSettings(
  query: URLSearchParams,
  fallbackPreset: PresetName = 'demo',
): DecodedSettings {
  const issues: SettingsIssue[] = [];
  const presetParam = query.get('preset');
  let preset = fallbackPreset;
  if (presetParam !== null) {
    if ((PRESET_NAMES as readonly string[]).includes(presetParam))
      preset = presetParam as PresetName;
    else
      issues.push({
        param: 'preset',
        value: presetParam,
        expected: { kind: 'choice', options: PRESET_NAMES },
      });
  }
  const settings = presetSettings(preset);
  for (const [param, field] of Object.entries(FIELDS)) {
    const raw = query.get(param);
    if (raw === null) continue;
    const value = parseField(field, raw);
    if (value === undefined) issues.push({ param, value: raw, expected: expectedOf(field) });
    else (field.set as (s: LabSettings, v: string | number) => void)(settings, value);
  }
  return { settings, issues };
}

/** The query for a share link: the preset, then only what differs from it. */
export function encodeSettings(settings: LabSettings): URLSearchParams {
  const query = new URLSearchParams({ preset: settings.preset });
  const preset = PRESETS[settings.preset];
  for (const [param, field] of Object.entries(FIELDS)) {
    const value = field.get(settings);
    if (value !== field.get(preset)) query.set(param, String(value));
  }
  return query;
}

/**
 * The form's values that are out of bounds (an emptied number input is null), with what each
 * should be. A run starts only when this is empty.
 */
export function checkSettings(settings: LabSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [param, field] of Object.entries(FIELDS)) {
    const value: unknown = field.get(settings);
    if (field.kind === 'choice') {
      if (!field.options.includes(String(value))) {
        issues.push({ param, value: String(value), expected: expectedOf(field) });
      }
      continue;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= field.min &&
      value <= field.max &&
      (field.kind === 'number' || Number.isInteger(value));
    if (!ok) issues.push({ param, value: String(value ?? ''), expected: expectedOf(field) });
  }
  return issues;
}

function parseField(field: Field, raw: string): string | number | undefined {
  if (field.kind === 'choice') return field.options.includes(raw) ? raw : undefined;
  const pattern = field.kind === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= field.min && value <= field.max ? value : undefined;
}

function expectedOf(field: Field): Expected {
  return field.kind === 'choice'
    ? { kind: 'choice', options: field.options }
    : { kind: field.kind, min: field.min, max: field.max };
}
