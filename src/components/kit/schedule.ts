/**
 * When an island's deferred work runs. A page's load should do only what the first screen needs;
 * the rest waits until it is needed, and then runs in idle moments, a piece per task, so that
 * no single task blocks input for long (Lighthouse's total blocking time on a slow phone).
 */

/** Input that says a person is using the page (scrolling is seen through visibility). */
const FIRST_INPUT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];

/** How long a page stays as loaded before what nobody asked for yet mounts anyway. */
const QUIET_MS = 4000;

/**
 * Resolves when `element` comes within 200 pixels of the viewport, or at the person's first input
 * anywhere on the page: a person who scrolls, taps, types or moves the pointer gets it before
 * they reach it. Failing both, it resolves a few seconds after the call, so that a screen reader,
 * which may move through the page without either, finds it all there.
 * Never resolves once `signal` aborts.
 */
export function whenNeeded(element: Element, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) done();
      },
      { rootMargin: '200px 0px' },
    );
    const listen = { capture: true, passive: true } as const;
    const quiet = setTimeout(done, QUIET_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(quiet);
      for (const type of FIRST_INPUT) removeEventListener(type, done, listen);
    }
    function done() {
      stop();
      signal.removeEventListener('abort', stop);
      resolve();
    }
    observer.observe(element);
    for (const type of FIRST_INPUT) addEventListener(type, done, listen);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** The browser's next idle moment (at most two seconds away). */
function idle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 2000 })
      : setTimeout(resolve, 200),
  );
}

/** A new task: what follows no longer counts towards the current one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Loads a component once `trigger` resolves (at once when it is null) and hands it over in an
 * idle moment, so that mounting it is a task of its own.
 */
export async function loadWhen<T>(
  trigger: Promise<void> | null,
  load: () => Promise<{ default: T }>,
): Promise<T> {
  await trigger;
  const module = await load();
  await idle();
  return module.default;
}
