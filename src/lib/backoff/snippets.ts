/**
 * The lab's chosen strategy as code a learner can paste: TypeScript (fetch) and Python
 * (requests-style `response.status_code`). Both retry 429 and 5xx only, honour Retry-After when
 * asked, and take `send`, a function that signs afresh each call: a retry needs a new nonce.
 */
import type { LabStrategy } from './scheduler.ts';
import type { StrategyName } from './strategies.ts';

export type SnippetLanguage = 'typescript' | 'python';

export function snippetFor(strategy: LabStrategy, language: SnippetLanguage): string {
  return language === 'typescript' ? typescriptSnippet(strategy) : pythonSnippet(strategy);
}

const TITLES: Record<StrategyName, string> = {
  none: 'no retry',
  fixed: 'fixed delay',
  exponential: 'exponential backoff',
  'full-jitter': 'exponential backoff with full jitter',
  'equal-jitter': 'exponential backoff with equal jitter',
  'decorrelated-jitter': 'decorrelated jitter',
};

function summary({ retry, pacer }: LabStrategy): string {
  const parts = [TITLES[retry.strategy]];
  if (retry.strategy !== 'none') {
    parts.push(`base ${retry.baseMs} ms, cap ${retry.capMs} ms, up to ${retry.maxRetries} retries`);
    parts.push(retry.honourRetryAfter ? 'Retry-After honoured' : 'Retry-After ignored');
  }
  if (pacer) parts.push(`paced to ${pacer.ratePerSecond}/s (burst ${pacer.burst})`);
  return parts.join('; ');
}

/** Seconds for Python, without float noise (`0.25`, not `0.25000000000000006`). */
const seconds = (ms: number) => String(Number((ms / 1000).toFixed(3)));

const TS_DELAY: Record<Exclude<StrategyName, 'none'>, string> = {
  fixed: `function backoffDelay(_retry: number): number {
  return Math.min(CAP_MS, BASE_MS);
}`,
  exponential: `function backoffDelay(retry: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** retry);
}`,
  'full-jitter': `function backoffDelay(retry: number): number {
  return Math.random() * Math.min(CAP_MS, BASE_MS * 2 ** retry);
}`,
  'equal-jitter': `function backoffDelay(retry: number): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** retry);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}`,
  'decorrelated-jitter': `/** Grows from the previous delay, not the retry count. */
function backoffDelay(_retry: number, previousMs: number): number {
  const high = Math.max(BASE_MS, previousMs * 3);
  return Math.min(CAP_MS, BASE_MS + Math.random() * (high - BASE_MS));
}`,
};

function typescriptSnippet(strategy: LabStrategy): string {
  const { retry, pacer } = strategy;
  const blocks: string[] = [`// Strategy: ${summary(strategy)}.`];
  if (pacer || retry.strategy !== 'none') {
    blocks.push(
      'const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));',
    );
  }
  if (pacer) {
    blocks.push(`/** Token bucket: at most ${pacer.ratePerSecond} requests a second, ${pacer.burst} at once. */
function createPacer(ratePerSecond: number, burst: number) {
  const intervalMs = 1000 / ratePerSecond;
  let theoreticalArrival = 0;
  return async function take(): Promise<void> {
    const now = Date.now();
    const sendAt = Math.max(now, theoreticalArrival - (burst - 1) * intervalMs);
    theoreticalArrival = Math.max(theoreticalArrival, sendAt) + intervalMs;
    await sleep(sendAt - now);
  };
}
const takeTurn = createPacer(${pacer.ratePerSecond}, ${pacer.burst});`);
  }
  const take = pacer ? '    await takeTurn();\n' : '';
  if (retry.strategy === 'none') {
    blocks.push(`/** No retry: a 429 goes straight back to the caller. */
export async function withRetry(send: () => Promise<Response>): Promise<Response> {
${take.replace('    ', '  ')}  return send();
}`);
    return blocks.join('\n\n') + '\n';
  }
  blocks.push(`const BASE_MS = ${retry.baseMs};
const CAP_MS = ${retry.capMs};
const MAX_RETRIES = ${retry.maxRetries};`);
  blocks.push(TS_DELAY[retry.strategy]);
  if (retry.honourRetryAfter) {
    blocks.push(`/** Retry-After in ms: delay-seconds ("3") or an HTTP date; undefined if absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\\d+(\\.\\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}`);
  }
  const previous = retry.strategy === 'decorrelated-jitter';
  const delay = retry.honourRetryAfter
    ? `retryAfterMs(response) ?? backoffDelay(retry${previous ? ', previousMs' : ''})`
    : `backoffDelay(retry${previous ? ', previousMs' : ''})`;
  blocks.push(`/** Sends, retrying 429 and 5xx. \`send\` must sign afresh each call: a retry needs a new nonce. */
export async function withRetry(send: () => Promise<Response>): Promise<Response> {
${previous ? '  let previousMs = BASE_MS;\n' : ''}  for (let retry = 0; ; retry++) {
${take}    const response = await send();
    if (response.status !== 429 && response.status < 500) return response;
    if (retry >= MAX_RETRIES) return response; // give up: the caller sees the last answer
    const delayMs = ${delay};
${previous ? '    previousMs = delayMs;\n' : ''}    await sleep(delayMs);
  }
}`);
  return blocks.join('\n\n') + '\n';
}

const PY_DELAY: Record<Exclude<StrategyName, 'none'>, string> = {
  fixed: `def backoff_delay(retry: int) -> float:
    return min(CAP, BASE)`,
  exponential: `def backoff_delay(retry: int) -> float:
    return min(CAP, BASE * 2 ** retry)`,
  'full-jitter': `def backoff_delay(retry: int) -> float:
    return random.uniform(0, min(CAP, BASE * 2 ** retry))`,
  'equal-jitter': `def backoff_delay(retry: int) -> float:
    ceiling = min(CAP, BASE * 2 ** retry)
    return ceiling / 2 + random.uniform(0, ceiling / 2)`,
  'decorrelated-jitter': `def backoff_delay(retry: int, previous: float) -> float:
    """Grows from the previous delay, not the retry count."""
    return min(CAP, random.uniform(BASE, max(BASE, previous * 3)))`,
};

function pythonSnippet(strategy: LabStrategy): string {
  const { retry, pacer } = strategy;
  const imports = new Set<string>();
  if (pacer || retry.strategy !== 'none') imports.add('time');
  const blocks: string[] = [];
  if (pacer) {
    imports.add('threading');
    blocks.push(`class Pacer:
    """Token bucket: at most rate_per_second requests a second, burst at once. Thread-safe."""

    def __init__(self, rate_per_second: float, burst: int):
        self.interval = 1 / rate_per_second
        self.burst = burst
        self.theoretical_arrival = 0.0
        self.lock = threading.Lock()

    def take(self) -> None:
        with self.lock:
            now = time.monotonic()
            send_at = max(now, self.theoretical_arrival - (self.burst - 1) * self.interval)
            self.theoretical_arrival = max(self.theoretical_arrival, send_at) + self.interval
        time.sleep(max(0.0, send_at - now))


pacer = Pacer(${pacer.ratePerSecond}, ${pacer.burst})`);
  }
  const take = pacer ? '        pacer.take()\n' : '';
  if (retry.strategy === 'none') {
    blocks.push(`def with_retry(send):
    """No retry: a 429 goes straight back to the caller."""
${take.replace('        ', '    ')}    return send()`);
  } else {
    if (['full-jitter', 'equal-jitter', 'decorrelated-jitter'].includes(retry.strategy)) {
      imports.add('random');
    }
    blocks.push(`BASE = ${seconds(retry.baseMs)}  # seconds
CAP = ${seconds(retry.capMs)}
MAX_RETRIES = ${retry.maxRetries}`);
    blocks.push(PY_DELAY[retry.strategy]);
    if (retry.honourRetryAfter) {
      blocks.push(`def retry_after_seconds(response):
    """Retry-After as seconds: delay-seconds ("3") or an HTTP date; None if absent or unreadable."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None`);
    }
    const previous = retry.strategy === 'decorrelated-jitter';
    const computed = `backoff_delay(retry${previous ? ', previous' : ''})`;
    const delay = retry.honourRetryAfter
      ? `        delay = retry_after_seconds(response)
        if delay is None:
            delay = ${computed}\n`
      : `        delay = ${computed}\n`;
    blocks.push(`def with_retry(send):
    """Sends, retrying 429 and 5xx. send() must sign afresh each call: a retry needs a new nonce."""
${previous ? '    previous = BASE\n' : ''}    retry = 0
    while True:
${take}        response = send()
        if response.status_code != 429 and response.status_code < 500:
            return response
        if retry >= MAX_RETRIES:
            return response  # give up: the caller sees the last answer
${delay}${previous ? '        previous = delay\n' : ''}        time.sleep(delay)
        retry += 1`);
  }
  const head = [
    `# Strategy: ${summary(strategy)}.`,
    ...[...imports].sort().map((name) => `import ${name}`),
  ];
  if (retry.strategy !== 'none' && retry.honourRetryAfter) {
    head.push('from email.utils import parsedate_to_datetime');
  }
  return [head.join('\n'), ...blocks].join('\n\n\n') + '\n';
}
