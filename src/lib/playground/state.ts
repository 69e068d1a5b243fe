/**
 * The playground's non-secret state: what a share link carries (contract #4) and what survives
 * a reload. Both go through an explicit whitelist of fields, so a key or secret can never be
 * written, whatever else the component holds. Reading validates every field and reports each
 * refusal, so a bad link says what is wrong instead of silently doing something else.
 */
import { isCredentialParam } from '../share/credentials.ts';
import { isExperimentId, type ExperimentId } from './experiments.ts';
import { parseTarget, type TargetId, type TargetRefusal } from './targets.ts';

export type NonceMode = 'ms' | 'seconds' | 'manual';
export const NONCE_MODES: readonly NonceMode[] = ['ms', 'seconds', 'manual'];

export interface ShareableState {
  target: TargetId;
  endpoint: string;
  /** JSON text of the endpoint's params, exactly as typed. */
  params: string;
  nonceMode: NonceMode;
  experiment: ExperimentId | null;
}

/** Saved across reloads (never shared): the share fields plus the manual nonce. */
export interface PersistedState extends ShareableState {
  manualNonce: string;
}

export const STORAGE_KEY = 'gemini-guide:playground:v1';
/** Longer params text is refused: no endpoint needs it, and URLs have practical limits. */
const MAX_PARAMS_LENGTH = 4000;

export type StateProblem =
  | { field: 'target'; refusal: TargetRefusal }
  | { field: 'endpoint'; code: 'unknown-endpoint'; value: string }
  | { field: 'params'; code: 'too-long'; length: number }
  | { field: 'nonce'; code: 'unknown-nonce-mode'; value: string }
  | { field: 'experiment'; code: 'unknown-experiment'; value: string }
  /** The link carried something that looks like credentials; it was ignored. */
  | { field: 'credentials'; code: 'credentials-ignored'; names: string[] };

export interface StateRead {
  state: Partial<PersistedState>;
  problems: StateProblem[];
}

/** The query parameters a share link carries; the page reads no others. */
export const SHARE_FIELDS: readonly string[] = [
  'target',
  'endpoint',
  'params',
  'nonce',
  'experiment',
];

/** Query string (without `?`) for a share link, in a fixed field order. */
export function encodeShareQuery(state: ShareableState): string {
  const query = new URLSearchParams();
  query.set('target', state.target);
  query.set('endpoint', state.endpoint);
  if (state.params.trim() && state.params.trim() !== '{}') query.set('params', state.params);
  query.set('nonce', state.nonceMode);
  if (state.experiment) query.set('experiment', state.experiment);
  return query.toString();
}

/** The full share URL for the playground page of `locale` on `origin`. */
export function shareUrl(origin: string, locale: string, state: ShareableState): string {
  return `${origin}/${locale}/tools/playground/?${encodeShareQuery(state)}`;
}

/**
 * Reads a share link's query. `isKnownEndpoint` checks the endpoint against the catalogue.
 * Fields absent from the link stay absent from `state` (the caller keeps its defaults).
 */
export function decodeShareQuery(
  search: string,
  isKnownEndpoint: (path: string) => boolean,
): StateRead {
  const query = new URLSearchParams(search);
  const problems: StateProblem[] = [];
  const state: Partial<PersistedState> = {};
  readFields(
    {
      target: query.get('target'),
      endpoint: query.get('endpoint'),
      params: query.get('params'),
      nonce: query.get('nonce'),
      experiment: query.get('experiment'),
    },
    isKnownEndpoint,
    state,
    problems,
  );
  const suspicious = [...query.keys()].filter((name) => isCredentialParam(name, SHARE_FIELDS));
  if (suspicious.length > 0) {
    problems.push({ field: 'credentials', code: 'credentials-ignored', names: suspicious });
  }
  return { state, problems };
}

/** What localStorage gets: the whitelisted fields only. */
export function serializePersisted(state: PersistedState): string {
  const { target, endpoint, params, nonceMode, experiment, manualNonce } = state;
  return JSON.stringify({ target, endpoint, params, nonceMode, experiment, manualNonce });
}

/** Reads saved state; anything unreadable is dropped, field by field. */
export function parsePersisted(
  raw: string | null,
  isKnownEndpoint: (path: string) => boolean,
): Partial<PersistedState> {
  if (!raw) return {};
  let saved: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    saved = value as Record<string, unknown>;
  } catch {
    return {};
  }
  const text = (name: string) => (typeof saved[name] === 'string' ? (saved[name] as string) : null);
  const state: Partial<PersistedState> = {};
  readFields(
    {
      target: text('target'),
      endpoint: text('endpoint'),
      params: text('params'),
      nonce: text('nonceMode'),
      experiment: text('experiment'),
    },
    isKnownEndpoint,
    state,
    [],
  );
  const manualNonce = text('manualNonce');
  if (manualNonce !== null && /^\d{0,24}$/.test(manualNonce)) state.manualNonce = manualNonce;
  return state;
}

function readFields(
  fields: Record<'target' | 'endpoint' | 'params' | 'nonce' | 'experiment', string | null>,
  isKnownEndpoint: (path: string) => boolean,
  state: Partial<PersistedState>,
  problems: StateProblem[],
): void {
  if (fields.target !== null) {
    const parsed = parseTarget(fields.target);
    if (parsed.ok) state.target = parsed.target;
    else problems.push({ field: 'target', refusal: parsed.refusal });
  }
  if (fields.endpoint !== null) {
    if (isKnownEndpoint(fields.endpoint)) state.endpoint = fields.endpoint;
    else
      problems.push({
        field: 'endpoint',
        code: 'unknown-endpoint',
        value: fields.endpoint.slice(0, 80),
      });
  }
  if (fields.params !== null) {
    if (fields.params.length <= MAX_PARAMS_LENGTH) state.params = fields.params;
    else problems.push({ field: 'params', code: 'too-long', length: fields.params.length });
  }
  if (fields.nonce !== null) {
    if ((NONCE_MODES as readonly string[]).includes(fields.nonce)) {
      state.nonceMode = fields.nonce as NonceMode;
    } else {
      problems.push({
        field: 'nonce',
        code: 'unknown-nonce-mode',
        value: fields.nonce.slice(0, 40),
      });
    }
  }
  if (fields.experiment !== null && fields.experiment !== '') {
    if (isExperimentId(fields.experiment)) state.experiment = fields.experiment;
    else
      problems.push({
        field: 'experiment',
        code: 'unknown-experiment',
        value: fields.experiment.slice(0, 40),
      });
  }
}
