import { createHmac } from 'node:crypto';
import { expect, type Page, type Request } from '@playwright/test';

/** The local emulator the page may call; the page's allowlist and CSP name port 4322. */
export const LOCAL_EMULATOR = 'http://127.0.0.1:4322';
export const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4322);

export const hmac = (secret: string, base64: string) =>
  createHmac('sha384', Buffer.from(secret, 'utf8')).update(base64).digest('hex');

/** Opens the playground and waits until it has hydrated and restored its state. */
export async function openPlayground(page: Page, query = '', locale: 'en' | 'de' = 'en') {
  await page.goto(`/${locale}/tools/playground/${query}`);
  await playgroundReady(page);
}

/**
 * Waits until the playground is whole. Its parts below the first screen mount when needed, near
 * the viewport or at a person's first input, so the test moves the pointer as a person would
 * (again, until the page listens: hydration finishes after the load).
 */
export async function playgroundReady(page: Page) {
  const ready = page.locator('section.playground[data-ready="true"]');
  let moves = 0;
  await expect(async () => {
    moves += 1;
    await page.mouse.move(8, 8 + (moves % 2));
    await expect(ready).toBeVisible({ timeout: 250 });
  }).toPass({ timeout: 15_000 });
}

export async function chooseTarget(page: Page, name: RegExp) {
  await page.getByRole('radio', { name }).check();
}

/** Mints a key and waits until the panel shows it (not the key from before the click). */
export async function mintKey(page: Page) {
  const key = page.getByTestId('api-key');
  const before = (await key.count()) > 0 ? await key.textContent() : null;
  await page.getByRole('button', { name: 'New throwaway key' }).click();
  await expect(key).toHaveText(/^account-[A-Za-z0-9]{20}$/);
  if (before) await expect(key).not.toHaveText(before);
}

/** Reveals the secret and returns it (for independent checks in the test, never sent anywhere). */
export async function revealSecret(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Reveal secret' }).click();
  const secret = (await page.getByTestId('api-secret').textContent())?.trim() ?? '';
  expect(secret.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Hide secret' }).click();
  return secret;
}

export async function send(page: Page) {
  await page.getByRole('button', { name: 'Send request' }).click();
}

/** Every request the page makes, with all headers, recorded from now on. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

export async function responseBody(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('response-body').textContent()) ?? 'null');
}
