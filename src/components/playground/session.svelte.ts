/**
 * The playground's state in one place (the way svelte.dev's Workspace holds its REPL): the
 * request draft, the key, sending, the response, experiments and persistence. The components
 * take this session and draw it; the island is layout.
 *
 * Secrets live here, in memory only: the key in use, the own-key draft and every secret this
 * session has seen (minted, pasted, or found in the address bar). A draft that contains any of
 * them is blocked, purged from storage and the share link, and never signed, whatever happens
 * to the key afterwards (burn, switch, reset).
 */
import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { format } from '../../i18n/index.ts';
import type { PlaygroundStrings } from '../../i18n/playground.ts';
import type { Locale } from '../../site.ts';
import { createNonceSource, type Nonce } from '../../lib/signing/index.ts';
import type { PlaygroundEndpoint } from '../../lib/playground/endpoints.ts';
import { clockOffset } from '../../lib/playground/clock.ts';
import {
  isExperimentId,
  type ExperimentId,
  type ExperimentOutcome,
  type KeyOptions,
} from '../../lib/playground/experiments.ts';
import {
  EXAMPLE_CREDENTIALS,
  parseManualNonce,
  previewNonce,
  type PipelineResult,
} from '../../lib/playground/pipeline.ts';
import { containsSecret } from '../../lib/playground/secret-guard.ts';
import type { SnippetRequest } from '../../lib/playground/snippets.ts';
import {
  STORAGE_KEY,
  decodeShareQuery,
  parsePersisted,
  serializePersisted,
  SHARE_FIELDS,
  shareUrl,
  type NonceMode,
  type PersistedState,
  type StateProblem,
} from '../../lib/playground/state.ts';
import { snippetBaseUrl, type TargetId } from '../../lib/playground/targets.ts';
import type {
  KeyMaterial,
  ReceivedResponse,
  TransportDeps,
} from '../../lib/playground/transport.ts';
import type { ErrorTexts } from '../../lib/errors/texts.ts';
import { stripCredentialsFromAddress } from '../kit/address.ts';
import { DEFAULT_ENDPOINT, Latest, RequestDraft, type PipelineView } from './draft.svelte.ts';
import { describeSendError, problemMessage, targetName } from './messages.ts';

/** Sending and minting load right after the page, not with it (less JS at load). */
const transport = () => import('../../lib/playground/transport.ts');

/** What the session needs from the page; tests pass fakes. */
export interface SessionEnv {
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  transport: TransportDeps & { forgetBuiltin(): void };
  userAgent: string;
}

export interface SessionOptions {
  t: PlaygroundStrings;
  locale: Locale;
  /** Meaning and fix of each error reason, from the error pages (src/lib/errors/texts.ts). */
  errors: ErrorTexts;
  catalogue: PlaygroundEndpoint[];
  /** Presets from an embedding lesson; the playground page itself passes none. */
  endpoint?: string;
  params?: string;
  experiment?: string;
}

export interface LinkNotice {
  restored: string | null;
  problems: string[];
}

export class PlaygroundSession {
  readonly t: PlaygroundStrings;
  readonly locale: Locale;
  readonly errors: ErrorTexts;
  readonly catalogue: PlaygroundEndpoint[];
  /** The playground page restores and saves state; a lesson embed with presets does neither. */
  readonly persists: boolean;
  readonly draft: RequestDraft;
  readonly #presets: SessionOptions;
  readonly #nonces = createNonceSource();
  /** Every secret seen in this tab: memory only, never cleared (a burned secret stays blocked). */
  readonly #seen = new SvelteSet<string>();
  #env: SessionEnv | null = null;

  target = $state<TargetId>('builtin');
  nonceMode = $state<NonceMode>('ms');
  manualNonce = $state('');
  experiment = $state<ExperimentId | null>(null);

  // Secret material: memory only. $state.raw: no deep proxy, nothing to persist.
  apiKey = $state.raw<KeyMaterial | null>(null);
  revealed = $state(false);
  /** The own-key form, as secret as a minted key. */
  ownKey = $state('');
  ownSecret = $state('');
  keyBusy = $state(false);
  keyMessage = $state('');

  linkNotice = $state.raw<LinkNotice | null>(null);
  response = $state.raw<ReceivedResponse | null>(null);
  sendProblem = $state<string | null>(null);
  sending = $state(false);
  announcement = $state('');
  readonly pipeline = new Latest<PipelineResult>();
  pipelineKind = $state<'preview' | 'sent'>('preview');
  sentAt = $state('');
  outcomes = $state.raw<Partial<Record<ExperimentId, ExperimentOutcome>>>({});
  runningExperiment = $state<ExperimentId | null>(null);
  pageOrigin = $state('');
  /** True once `GET /sandbox/v1/symbols` proved this site serves an emulator (target `site`). */
  siteAvailable = $state(false);
  /** Set once saved state and the share link are applied; persisting starts then. */
  restored = $state(false);
  /** Whether the pipeline is on screen: the live preview is signed only then. */
  #previewShown = $state(false);

  readonly manual = $derived(parseManualNonce(this.manualNonce));
  readonly manualNonceError = $derived.by(() =>
    this.nonceMode === 'manual' && !this.manual.ok ? this.t.manualNonce[this.manual.code] : '',
  );
  readonly keyUsable = $derived(this.apiKey !== null && this.apiKey.target === this.target);
  /** The draft holds a secret seen in this session (as typed, or once JSON escapes are read). */
  readonly secretInParams = $derived.by(() =>
    containsSecret(
      this.#seen,
      this.draft.paramsText,
      this.draft.parsed.ok ? this.draft.parsed.value : undefined,
    ),
  );
  /** Why no request can be built right now, in words; null when one can. */
  readonly blocked = $derived.by(
    () =>
      this.draft.blocked ??
      (this.draft.isPrivate && this.nonceMode === 'manual' && !this.manual.ok
        ? this.manualNonceError
        : null),
  );
  readonly snippetRequest = $derived.by((): SnippetRequest | null => {
    const { filled, isPrivate, endpoint } = this.draft;
    if (this.blocked || !filled?.ok) return null;
    return {
      baseUrl: snippetBaseUrl(this.target, this.pageOrigin),
      method: endpoint.method,
      path: filled.path,
      signed: isPrivate,
      params: isPrivate ? filled.payloadParams : {},
      nonce:
        this.nonceMode === 'manual' && this.manual.ok
          ? { mode: 'manual', value: String(this.manual.nonce) }
          : { mode: this.nonceMode === 'seconds' ? 'seconds' : 'ms' },
    };
  });
  readonly link = $derived.by(() =>
    this.pageOrigin && !this.secretInParams
      ? shareUrl(this.pageOrigin, this.locale, this.#shareable())
      : '',
  );
  /** How far the target's clock is from this computer's, from the last answer's `Date`. */
  readonly clock = $derived(
    this.response ? clockOffset(this.response.date, this.response.receivedAt) : null,
  );

  /** What the pipeline panel shows. */
  readonly pipelineView: PipelineView;

  constructor(options: SessionOptions) {
    this.t = options.t;
    this.locale = options.locale;
    this.errors = options.errors;
    this.catalogue = options.catalogue;
    this.#presets = options;
    this.persists = options.endpoint === undefined && options.params === undefined;
    this.draft = new RequestDraft({
      t: options.t,
      catalogue: options.catalogue,
      endpoint: DEFAULT_ENDPOINT,
      guard: () => (this.secretInParams ? this.t.secretInParams : null),
    });
    this.#apply(this.#defaults());
    const session = this;
    this.pipelineView = {
      get result() {
        return session.pipeline.current;
      },
      get kind() {
        return session.pipelineKind;
      },
      get sentAt() {
        return session.sentAt;
      },
      get usingExampleKey() {
        return session.apiKey === null;
      },
      get publicUrl() {
        return session.draft.publicUrl;
      },
      get blocked() {
        return session.blocked;
      },
    };

    // The live preview: signed again on every change of its inputs; stale results are dropped.
    $effect(() => {
      if (!this.#previewShown) return;
      const nonce = this.#previewNonce();
      const key = this.apiKey;
      const credentials = key ? { apiKey: key.key, secret: key.secret } : EXAMPLE_CREDENTIALS;
      const work = this.blocked || nonce === null ? null : this.draft.sign(credentials, nonce);
      untrack(() => this.pipeline.track(work)).then((shown) => {
        if (shown) this.pipelineKind = 'preview';
      });
    });

    // Non-secret inputs survive a reload. The whitelist lives in serializePersisted.
    $effect(() => {
      const snapshot = serializePersisted({ ...this.#shareable(), manualNonce: this.manualNonce });
      if (!this.restored || !this.persists || this.secretInParams) return;
      try {
        this.#env?.storage?.setItem(STORAGE_KEY, snapshot);
      } catch {
        /* storage disabled or full: the playground works without it */
      }
    });

    // A secret found in the draft: what was saved or linked before is purged at once.
    $effect(() => {
      if (this.secretInParams) untrack(() => this.#purgeSaved());
    });
  }

  /** The pipeline's column calls this when it mounts; what it returns, when it goes. */
  showPreview(): () => void {
    this.#previewShown = true;
    return () => {
      this.#previewShown = false;
    };
  }

  #defaults(): PersistedState {
    const { endpoint, params, experiment } = this.#presets;
    const path = endpoint && this.draft.isKnownEndpoint(endpoint) ? endpoint : DEFAULT_ENDPOINT;
    return {
      target: 'builtin',
      endpoint: path,
      params: params ?? this.draft.exampleText(path),
      nonceMode: 'ms',
      experiment: experiment && isExperimentId(experiment) ? experiment : null,
      manualNonce: '',
    };
  }

  #shareable() {
    return {
      target: this.target,
      endpoint: this.draft.endpointPath,
      params: this.draft.paramsText,
      nonceMode: this.nonceMode,
      experiment: this.experiment,
    };
  }

  #apply(state: Partial<PersistedState>) {
    if (state.target) this.target = state.target;
    if (state.endpoint) this.draft.selectEndpoint(state.endpoint, state.params);
    else if (state.params !== undefined) this.draft.paramsText = state.params;
    if (state.nonceMode) this.nonceMode = state.nonceMode;
    if (state.manualNonce !== undefined) this.manualNonce = state.manualNonce;
    if (state.experiment !== undefined) this.experiment = state.experiment;
  }

  #previewNonce(): Nonce | null {
    if (this.nonceMode !== 'manual') return previewNonce(this.nonceMode, Date.now());
    return this.manual.ok ? this.manual.nonce : null;
  }

  #remember(secret: string) {
    if (secret) this.#seen.add(secret);
  }

  #setKey(key: KeyMaterial) {
    this.#remember(key.secret);
    this.apiKey = key;
    this.revealed = false; // a new key starts masked
  }

  /** Removes saved state and the share query from the address bar (and its history entry). */
  #purgeSaved() {
    const env = this.#env;
    if (!env) return;
    try {
      env.storage?.removeItem(STORAGE_KEY);
    } catch {
      /* storage disabled */
    }
    if (env.location.search) env.history.replaceState(null, '', env.location.pathname);
  }

  /**
   * Starts the session in the page: first takes credentials out of the address bar (and
   * remembers them as secrets), then restores saved state and the share link, then finds out
   * whether this site serves an emulator.
   */
  async start(env: SessionEnv): Promise<{ linkedExperiment: ExperimentId | null }> {
    this.#env = env;
    const stripped = stripCredentialsFromAddress(SHARE_FIELDS, env);
    stripped.values.forEach((value) => this.#remember(value));
    this.pageOrigin = env.location.origin;
    const problems: StateProblem[] = [];
    let restoredFromLink = false;
    let linkedExperiment: ExperimentId | null = null;
    if (this.persists) {
      try {
        this.#apply(
          parsePersisted(env.storage?.getItem(STORAGE_KEY) ?? null, this.draft.isKnownEndpoint),
        );
      } catch {
        /* storage disabled */
      }
      const read = decodeShareQuery(stripped.search, this.draft.isKnownEndpoint);
      this.#apply(read.state);
      restoredFromLink = Object.keys(read.state).length > 0;
      linkedExperiment = read.state.experiment ?? null;
      problems.push(...read.problems);
    }
    if (stripped.names.length > 0) {
      problems.push({ field: 'credentials', code: 'credentials-ignored', names: stripped.names });
    }
    if (restoredFromLink || problems.length > 0) {
      this.linkNotice = {
        restored: restoredFromLink
          ? format(this.t.linkRestored, {
              endpoint: this.draft.endpointPath,
              target: targetName(this.t, this.target),
            })
          : null,
        problems: problems.map((problem) => problemMessage(this.t, problem)),
      };
    }
    // One same-origin GET before the page counts as ready: the target list is then final.
    const { probeSiteEmulator } = await transport();
    this.siteAvailable = await probeSiteEmulator(env.transport);
    if (!this.siteAvailable && this.target === 'site') {
      this.target = 'builtin';
      this.linkNotice = {
        restored: this.linkNotice?.restored ?? null,
        problems: [...(this.linkNotice?.problems ?? []), this.t.target_site_unavailable],
      };
    }
    this.restored = true;
    return { linkedExperiment };
  }

  #deps(): SessionEnv['transport'] {
    if (!this.#env) throw new Error('The playground session has not started.');
    return this.#env.transport;
  }

  changeEndpoint(path: string) {
    this.draft.selectEndpoint(path);
    this.response = null;
    this.sendProblem = null;
  }

  async mint(options: KeyOptions) {
    this.keyBusy = true;
    this.keyMessage = '';
    try {
      const { mintKey } = await transport();
      this.#setKey(await mintKey(this.target, options, this.#deps()));
      this.keyMessage = format(this.t.minted, { target: targetName(this.t, this.target) });
      // A time-based key wants seconds; milliseconds would only ever fail with it.
      if (options.timeBasedNonce && this.nonceMode === 'ms') this.nonceMode = 'seconds';
    } catch (error) {
      this.keyMessage = format(this.t.mintFailed, { message: describeSendError(this.t, error) });
    } finally {
      this.keyBusy = false;
    }
  }

  /** Uses the learner's own sandbox key (from the form); its secret is remembered at once. */
  useOwnKey(): boolean {
    const key = this.ownKey.trim();
    const secret = this.ownSecret;
    if (!key || !secret) return false;
    this.#setKey({
      key,
      secret,
      roles: [],
      timeBasedNonce: false,
      requiresHeartbeat: false,
      scope: key.startsWith('master-') ? 'master' : 'account',
      account: null,
      target: this.target,
    });
    this.ownSecret = '';
    this.keyMessage = '';
    return true;
  }

  /** Forgets the key, its form and the in-page emulator that knows it. The block stays. */
  #dropKey() {
    this.apiKey = null;
    this.revealed = false;
    this.ownKey = '';
    this.ownSecret = '';
    this.#env?.transport.forgetBuiltin();
  }

  burn() {
    // Params that hold a secret are blocked anyway; burning takes that text off the page too.
    if (this.secretInParams)
      this.draft.paramsText = this.draft.exampleText(this.draft.endpointPath);
    this.#dropKey();
    this.keyMessage = this.t.burned;
    this.announcement = this.t.burned;
  }

  async send() {
    const { draft, t } = this;
    const filled = draft.filled;
    if (this.sending || this.blocked || !filled?.ok) return;
    const key = this.keyUsable ? this.apiKey : null;
    if (draft.isPrivate && !key) {
      this.sendProblem = t.sendNeedsKey;
      this.response = null;
      return;
    }
    this.sending = true;
    this.sendProblem = null;
    try {
      let headers: Record<string, string> = {};
      if (draft.isPrivate && key) {
        const nonce: Nonce =
          this.nonceMode === 'manual' && this.manual.ok
            ? this.manual.nonce
            : this.nonceMode === 'seconds'
              ? this.#nonces.seconds()
              : this.#nonces.milliseconds();
        // The same computation as the preview, with the nonce that is sent.
        const result = await draft.sign({ apiKey: key.key, secret: key.secret }, nonce)!;
        this.pipeline.set(result); // a preview still computing must not replace what was sent
        this.pipelineKind = 'sent';
        this.sentAt = new Date().toLocaleTimeString(this.locale);
        headers = { ...result.headers };
      }
      const { sendRequest } = await transport();
      const received = await sendRequest(
        { target: this.target, method: draft.endpoint.method, path: filled.path, headers },
        this.#deps(),
      );
      this.response = received;
      this.announcement = received.reason
        ? format(t.announceError, { status: received.status, reason: received.reason })
        : format(t.announceOk, { status: received.status, ms: Math.round(received.timeMs) });
    } catch (error) {
      this.response = null;
      this.sendProblem = describeSendError(t, error);
      this.announcement = this.sendProblem;
    } finally {
      this.sending = false;
    }
  }

  async runExperiment(id: ExperimentId) {
    if (this.runningExperiment) return;
    const { t } = this;
    this.experiment = id;
    this.runningExperiment = id;
    let outcome: ExperimentOutcome;
    try {
      const { runExperiment } = await import('../../lib/playground/run-experiment.ts');
      const result = await runExperiment(id, {
        target: this.target,
        currentKey: this.keyUsable ? this.apiKey : null,
        nonces: this.#nonces,
        deps: this.#deps(),
        now: Date.now,
      });
      outcome = result.outcome;
      if (result.mintedCurrentKey) {
        this.#setKey(result.mintedCurrentKey);
        this.keyMessage = format(t.minted, { target: targetName(t, this.target) });
      }
    } catch (error) {
      outcome = { state: 'failed', message: describeSendError(t, error) };
    }
    this.outcomes = { ...this.outcomes, [id]: outcome };
    this.runningExperiment = null;
    const last = outcome.state === 'done' ? outcome.steps.at(-1) : undefined;
    this.announcement = last
      ? format(t.announceError, { status: last.status, reason: last.reason ?? t.experimentOk })
      : outcome.state === 'unavailable'
        ? outcome.why === 'needs-mint'
          ? t.experimentNeedsMint
          : t.experimentNeedsKey
        : format(t.experimentFailed, {
            message: outcome.state === 'failed' ? outcome.message : '',
          });
  }

  /** "Copy safe diagnostics": key id, payload, status and body, never the secret. */
  async diagnostics(): Promise<string> {
    const { buildSafeDiagnostics } = await import('../../lib/diagnostics/safe-diagnostics.ts');
    return buildSafeDiagnostics({
      apiKey: this.apiKey?.key,
      payloadBase64: this.pipelineKind === 'sent' ? this.pipeline.current?.base64 : undefined,
      status: this.response?.status,
      responseBody: this.response?.bodyText,
      time: new Date(),
      userAgent: this.#env?.userAgent ?? '',
    });
  }

  /** Back to the defaults: inputs, results, the link's state and the key (masked, forgotten). */
  reset() {
    this.#apply(this.#defaults());
    this.experiment = null;
    this.outcomes = {};
    this.response = null;
    this.sendProblem = null;
    this.linkNotice = null;
    this.#dropKey();
    this.keyMessage = '';
    // Drop the share query too, so a reload does not bring the link's state back.
    const env = this.#env;
    if (env?.location.search) env.history.replaceState(null, '', env.location.pathname);
  }
}
