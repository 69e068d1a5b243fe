/**
 * Turns a run's events into what the lab shows: one row per logical request (attempts and
 * waits), counters, and the verdict when two runs are compared. The chart and the table render
 * this; neither computes anything of its own.
 */
import type { AttemptOutcome, LabEvent, WaitReason } from './scheduler.ts';

interface AttemptMark {
  attempt: number;
  sentAt: number;
  /** Unset while the attempt is in flight. */
  endedAt?: number;
  status?: number;
  outcome?: AttemptOutcome;
  /** The error body's `reason` (e.g. `RateLimit`). */
  reason?: string;
  retryAfterMs?: number;
  /** Sent again at once, freshly signed (a lost nonce race). */
  resent?: boolean;
}

interface WaitBar {
  from: number;
  until: number;
  reason: WaitReason;
}

/** `pending`: not started yet; `running`: sending or waiting; the rest are final. */
type RowState = 'pending' | 'running' | 'ok' | 'gave-up' | 'failed' | 'stopped';

export interface TimelineRow {
  index: number;
  attempts: AttemptMark[];
  waits: WaitBar[];
  state: RowState;
  /** When the request reached its final state. */
  endedAt?: number;
}

export interface Timeline {
  total: number;
  startedAt?: number;
  endedAt?: number;
  stopped: boolean;
  rows: TimelineRow[];
}

export function buildTimeline(events: readonly LabEvent[]): Timeline {
  const timeline: Timeline = { total: 0, stopped: false, rows: [] };
  const row = (index: number): TimelineRow => {
    timeline.rows[index] ??= { index, attempts: [], waits: [], state: 'pending' };
    return timeline.rows[index];
  };
  for (const event of events) {
    switch (event.type) {
      case 'run-start':
        timeline.total = event.total;
        timeline.startedAt = event.at;
        for (let index = 0; index < event.total; index++) row(index);
        break;
      case 'send':
        row(event.index).attempts.push({ attempt: event.attempt, sentAt: event.at });
        row(event.index).state = 'running';
        break;
      case 'result': {
        const current = row(event.index);
        const mark = current.attempts.find((candidate) => candidate.attempt === event.attempt);
        if (mark) {
          const { at: endedAt, status, outcome, reason, retryAfterMs } = event;
          Object.assign(mark, { endedAt, status, outcome, reason, retryAfterMs });
          if (event.resend) mark.resent = true;
        }
        const final = event.resend ? undefined : finalState(event.outcome, event.status);
        if (final) Object.assign(current, { state: final, endedAt: event.at });
        break;
      }
      case 'wait':
        row(event.index).waits.push({ from: event.at, until: event.until, reason: event.reason });
        row(event.index).state = 'running';
        break;
      case 'gave-up':
        Object.assign(row(event.index), { state: 'gave-up', endedAt: event.at });
        break;
      case 'run-end':
        timeline.endedAt = event.at;
        timeline.stopped = event.stopped;
        for (const current of timeline.rows) {
          if (current.state === 'running')
            Object.assign(current, { state: 'stopped', endedAt: event.at });
          // A wait that Stop cut short ends at the stop.
          for (const wait of current.waits) wait.until = Math.min(wait.until, event.at);
        }
        break;
    }
  }
  return timeline;
}

function finalState(outcome: AttemptOutcome, status: number): RowState | undefined {
  if (outcome === 'ok' || outcome === 'queued') return 'ok';
  if (outcome === 'aborted') return 'stopped';
  // A 429 or 5xx leads to a retry or a `gave-up` event; anything else ends the request.
  if (outcome === 'error' && status !== 0 && status < 500) return 'failed';
  return undefined;
}

export interface RunCounters {
  /** Attempts sent (first tries and retries). */
  sent: number;
  /** Logical requests that succeeded (queued ones included). */
  ok: number;
  queued: number;
  rateLimited: number;
  retries: number;
  gaveUp: number;
  /** Requests that failed with a status not worth retrying (e.g. 400). */
  failed: number;
  /** Attempts in flight right now. */
  inFlight: number;
  /** Attempts that did no useful work: sent minus successes. */
  wasted: number;
  elapsedMs: number;
  /** Successful requests per second of elapsed time. */
  effectiveRate: number;
  finished: boolean;
}

/** Counters at time `now` (the run's end time once it has ended). */
export function countRun(events: readonly LabEvent[], now: number): RunCounters {
  const counters: RunCounters = {
    sent: 0,
    ok: 0,
    queued: 0,
    rateLimited: 0,
    retries: 0,
    gaveUp: 0,
    failed: 0,
    inFlight: 0,
    wasted: 0,
    elapsedMs: 0,
    effectiveRate: 0,
    finished: false,
  };
  let startedAt: number | undefined;
  let endedAt: number | undefined;
  let answered = 0;
  for (const event of events) {
    if (event.type === 'run-start') startedAt = event.at;
    else if (event.type === 'run-end') endedAt = event.at;
    else if (event.type === 'send') {
      counters.sent += 1;
      if (event.attempt > 0) counters.retries += 1;
    } else if (event.type === 'gave-up') counters.gaveUp += 1;
    else if (event.type === 'result') {
      answered += 1;
      if (event.outcome === 'ok' || event.outcome === 'queued') counters.ok += 1;
      if (event.outcome === 'queued') counters.queued += 1;
      if (event.status === 429) counters.rateLimited += 1;
      if (!event.resend && finalState(event.outcome, event.status) === 'failed')
        counters.failed += 1;
    }
  }
  counters.inFlight = counters.sent - answered;
  counters.wasted = counters.sent - counters.ok;
  counters.finished = endedAt !== undefined;
  counters.elapsedMs = startedAt === undefined ? 0 : Math.max(0, (endedAt ?? now) - startedAt);
  counters.effectiveRate = counters.elapsedMs > 0 ? counters.ok / (counters.elapsedMs / 1000) : 0;
  return counters;
}

type Better = 'a' | 'b' | 'tie';

export interface Verdict {
  fewerRateLimits: Better;
  faster: Better;
  lessWasted: Better;
  /** The run that did better on more of the three (a tie when even). */
  overall: Better;
}

/** Which of two finished runs did better: fewer 429s, less total time, fewer wasted requests. */
export function compareRuns(a: RunCounters, b: RunCounters): Verdict {
  const lower = (x: number, y: number): Better => (x < y ? 'a' : y < x ? 'b' : 'tie');
  // Within 5% (or 100 ms) counts as the same time: timers and the network jitter that much.
  const timeTolerance = Math.max(100, 0.05 * Math.max(a.elapsedMs, b.elapsedMs));
  const faster =
    Math.abs(a.elapsedMs - b.elapsedMs) <= timeTolerance ? 'tie' : lower(a.elapsedMs, b.elapsedMs);
  const verdict = {
    fewerRateLimits: lower(a.rateLimited, b.rateLimited),
    faster,
    lessWasted: lower(a.wasted, b.wasted),
  } satisfies Omit<Verdict, 'overall'>;
  // A run that completed more requests beats one that gave up, whatever else.
  const completedFirst = lower(b.ok, a.ok);
  const wins = Object.values(verdict);
  const score = wins.filter((x) => x === 'a').length - wins.filter((x) => x === 'b').length;
  const overall =
    completedFirst !== 'tie' ? completedFirst : score > 0 ? 'a' : score < 0 ? 'b' : 'tie';
  return { ...verdict, overall };
}
