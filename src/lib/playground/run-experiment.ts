/**
 * Runs an experiment plan against a target: picks or mints the key, signs each send with its
 * tampering applied, sends, and compares the answers with the plan. Loaded with the transport
 * on first use, not with the page.
 */
import type { Nonce, NonceSource } from '../signing/index.ts';
import {
  DEFAULT_KEY_OPTIONS,
  experimentPlan,
  sendMatched,
  wrongSecretFor,
  type ExperimentId,
  type ExperimentOutcome,
  type ExperimentStepResult,
} from './experiments.ts';
import { computePipeline } from './pipeline.ts';
import { canMintKeys, type TargetId } from './targets.ts';
import { mintKey, sendRequest, type KeyMaterial, type TransportDeps } from './transport.ts';

export interface ExperimentRun {
  outcome: ExperimentOutcome;
  /** A trader key minted because the learner had none for this target: it becomes theirs. */
  mintedCurrentKey: KeyMaterial | null;
}

export async function runExperiment(
  id: ExperimentId,
  context: {
    target: TargetId;
    /** The learner's key, if it belongs to `target`. */
    currentKey: KeyMaterial | null;
    nonces: NonceSource;
    deps: TransportDeps;
    /** Epoch milliseconds, for time-based nonces. */
    now: () => number;
  },
): Promise<ExperimentRun> {
  const { target, deps, nonces } = context;
  const plan = experimentPlan(id);
  let key: KeyMaterial;
  let mintedCurrentKey: KeyMaterial | null = null;
  const currentFits =
    context.currentKey !== null && !(plan.counterNonce && context.currentKey.timeBasedNonce);
  if (plan.key === 'current' && context.currentKey && !currentFits) {
    // A time-based key only checks the ±30 s window, so a replay would not show the rule.
    if (!canMintKeys(target)) {
      return { outcome: { state: 'unavailable', why: 'needs-mint' }, mintedCurrentKey };
    }
    key = await mintKey(target, DEFAULT_KEY_OPTIONS, deps); // for this experiment only
  } else if (plan.key === 'current') {
    if (context.currentKey) key = context.currentKey;
    else if (canMintKeys(target)) {
      key = mintedCurrentKey = await mintKey(target, DEFAULT_KEY_OPTIONS, deps);
    } else return { outcome: { state: 'unavailable', why: 'needs-key' }, mintedCurrentKey };
  } else {
    if (!canMintKeys(target)) {
      return { outcome: { state: 'unavailable', why: 'needs-mint' }, mintedCurrentKey };
    }
    key = await mintKey(target, plan.key, deps); // for this experiment only
  }

  const seconds = plan.nonce === 'seconds' || key.timeBasedNonce;
  const steps: ExperimentStepResult[] = [];
  let previousNonce: Nonce | null = null;
  for (const { tampering, expect } of plan.sends) {
    const nonce: Nonce =
      tampering.repeatNonce && previousNonce !== null
        ? previousNonce
        : tampering.nonceOffsetSeconds !== undefined
          ? Math.floor(context.now() / 1000) + tampering.nonceOffsetSeconds
          : seconds
            ? nonces.seconds()
            : nonces.milliseconds();
    const signed = await computePipeline({
      apiKey: key.key,
      secret: tampering.wrongSecret ? wrongSecretFor(key.secret) : key.secret,
      path: plan.endpoint,
      nonce,
      params: plan.params,
    });
    const headers: Record<string, string> = { ...signed.headers };
    if (tampering.omitHeader) delete headers[tampering.omitHeader];
    const received = await sendRequest(
      { target, method: 'POST', path: tampering.sendToPath ?? plan.endpoint, headers },
      deps,
    );
    steps.push({
      expect,
      status: received.status,
      reason: received.reason,
      message: received.message,
      matched: sendMatched(expect, {
        status: received.status,
        reason: received.reason ?? undefined,
      }),
    });
    previousNonce = nonce;
  }
  return {
    outcome: { state: 'done', steps, matched: steps.at(-1)?.matched ?? false },
    mintedCurrentKey,
  };
}
