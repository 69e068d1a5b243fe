/**
 * The request being written, shared by the full playground (session.svelte.ts) and the lesson
 * embed (PipelineDemo.svelte). The params text is the single source of truth: the parsed value,
 * the validation issues, the filled path and why nothing can be signed are derived from it.
 */
import { format } from '../../i18n/index.ts';
import type { PipelineStrings } from '../../i18n/pipeline.ts';
import type { Nonce } from '../../lib/signing/index.ts';
import {
  endpointByPath,
  exampleParams,
  fillPath,
  validateParams,
  type PlaygroundEndpoint,
} from '../../lib/playground/endpoints.ts';
import { isJsonObject, stringifyJson } from '../../lib/json/index.ts';
import { parseJsonText } from '../../lib/json/user-input.ts';
import {
  computePipeline,
  type PipelineInput,
  type PipelineResult,
} from '../../lib/playground/pipeline.ts';
import { issueMessage, jsonErrorMessage } from './messages.ts';

/**
 * Keeps only the latest result of overlapping async work: a slow computation that finishes after
 * a newer one started is dropped, so what is shown always belongs to the latest input.
 */
export class Latest<T> {
  current = $state.raw<T | null>(null);
  #run = 0;

  /** Starts tracking `work` (null clears); resolves to whether it became `current`. */
  async track(work: Promise<T> | null): Promise<boolean> {
    const run = ++this.#run;
    if (!work) {
      this.current = null;
      return false;
    }
    const value = await work;
    if (run !== this.#run) return false;
    this.current = value;
    return true;
  }

  /** Sets a value now; anything still computing is dropped. */
  set(value: T | null) {
    this.#run++;
    this.current = value;
  }
}

export const DEFAULT_ENDPOINT = '/v1/balances';

export interface Credentials {
  apiKey: string;
  secret: string;
}

/** What the pipeline panel draws: the session and the lesson embed each provide one. */
export interface PipelineView {
  readonly result: PipelineResult | null;
  readonly kind: 'preview' | 'sent';
  readonly sentAt: string;
  readonly usingExampleKey: boolean;
  /** The URL path of a public request (plain GET), or null. */
  readonly publicUrl: string | null;
  readonly blocked: string | null;
}

export interface DraftOptions {
  t: PipelineStrings;
  catalogue: PlaygroundEndpoint[];
  endpoint: string;
  /** The starting params text; the endpoint's example when absent. */
  params?: string;
  /** Checked before anything else: why the draft must not be signed (e.g. it holds a secret). */
  guard?: () => string | null;
}

export class RequestDraft {
  readonly #t: PipelineStrings;
  readonly #catalogue: PlaygroundEndpoint[];
  readonly #guard: () => string | null;
  readonly #fallback: PlaygroundEndpoint;

  endpointPath = $state('');
  paramsText = $state('');

  readonly endpoint: PlaygroundEndpoint = $derived.by(
    () => endpointByPath(this.#catalogue, this.endpointPath) ?? this.#fallback,
  );
  readonly isPrivate = $derived(this.endpoint.access === 'private');
  readonly parsed = $derived(parseJsonText(this.paramsText));
  readonly issues = $derived(
    this.parsed.ok ? validateParams(this.endpoint, this.parsed.value) : [],
  );
  readonly filled = $derived(
    this.parsed.ok && isJsonObject(this.parsed.value)
      ? fillPath(this.endpoint.path, this.parsed.value)
      : null,
  );
  /** Why no request can be built from the draft, in words; null when one can. */
  readonly blocked: string | null = $derived.by(() => {
    const guarded = this.#guard();
    if (guarded) return guarded;
    const t = this.#t;
    if (!this.parsed.ok) return jsonErrorMessage(t, this.parsed.error);
    if (!isJsonObject(this.parsed.value))
      return issueMessage(t, { name: '', code: 'not-an-object' });
    if (this.filled && !this.filled.ok) {
      return format(t.pathMissing, { names: this.filled.missing.join(', ') });
    }
    return null;
  });
  /** The URL path of a public request (plain GET), or null. */
  readonly publicUrl = $derived(
    !this.isPrivate && !this.blocked && this.filled?.ok ? this.filled.path : null,
  );

  constructor(options: DraftOptions) {
    this.#t = options.t;
    this.#catalogue = options.catalogue;
    this.#guard = options.guard ?? (() => null);
    this.#fallback = endpointByPath(options.catalogue, DEFAULT_ENDPOINT) ?? options.catalogue[0]!;
    this.endpointPath = options.endpoint;
    this.paramsText = options.params ?? this.exampleText(options.endpoint);
  }

  isKnownEndpoint = (path: string) => endpointByPath(this.#catalogue, path) !== undefined;

  exampleText(path: string): string {
    const spec = endpointByPath(this.#catalogue, path);
    return stringifyJson(spec ? exampleParams(spec) : {}, 2);
  }

  /** Switches endpoint and starts from its example params. */
  selectEndpoint(path: string, params?: string) {
    this.endpointPath = path;
    this.paramsText = params ?? this.exampleText(path);
  }

  /**
   * What the signing pipeline needs for this draft: the one computation preview and send share
   * (they differ only in the nonce). Null when the draft is blocked or the endpoint is public.
   */
  signingInput(credentials: Credentials, nonce: Nonce): PipelineInput | null {
    if (!this.isPrivate || this.blocked || !this.filled?.ok) return null;
    return {
      apiKey: credentials.apiKey,
      secret: credentials.secret,
      path: this.filled.path,
      nonce,
      params: this.filled.payloadParams,
    };
  }

  /** Signs the draft; null when it cannot be signed. */
  sign(credentials: Credentials, nonce: Nonce): Promise<PipelineResult> | null {
    const input = this.signingInput(credentials, nonce);
    return input ? computePipeline(input) : null;
  }
}
