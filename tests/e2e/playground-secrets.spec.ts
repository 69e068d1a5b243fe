import { expect, test } from '@playwright/test';
import { everythingSent, everythingStored } from './leak-search.ts';
import {
  SANDBOX_PORT,
  chooseTarget,
  mintKey,
  openPlayground,
  playgroundReady,
  recordRequests,
  revealSecret,
  send,
} from './playground-helpers.ts';

test('the secret never reaches storage, cookies, IndexedDB, the URL, history or any request', async ({
  page,
  context,
  request,
}) => {
  test.skip(SANDBOX_PORT !== 4322, 'uses the local emulator on port 4322');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = recordRequests(page);
  await openPlayground(page);
  const secrets: string[] = [];

  // Built-in sandbox: mint, send, an experiment, copy the share link.
  await mintKey(page);
  secrets.push(await revealSecret(page));
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/200/);
  await page.locator('[data-experiment="wrong-secret"]').getByRole('button').click();
  await expect(
    page.locator('[data-experiment="wrong-secret"]').getByTestId('experiment-verdict'),
  ).toBeVisible();

  // Local emulator: the key travels over the network, so this is where a leak would show.
  await chooseTarget(page, /Local emulator/);
  await mintKey(page);
  secrets.push(await revealSecret(page));
  await page.getByRole('button', { name: 'Reveal secret' }).click(); // revealed while sending
  for (const mode of ['Automatic: milliseconds', 'Manual']) {
    await page.getByRole('radio', { name: mode }).check();
    if (mode === 'Manual') await page.getByTestId('manual-nonce').fill(String(Date.now() + 10_000));
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/200/);
  }
  for (const id of ['replayed-nonce', 'endpoint-mismatch', 'missing-header']) {
    await page.locator(`[data-experiment="${id}"]`).getByRole('button').click();
    await expect(
      page.locator(`[data-experiment="${id}"]`).getByTestId('experiment-verdict'),
    ).toBeVisible();
  }
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('share-message')).toContainText('Link copied');
  await page.getByRole('button', { name: 'Copy safe diagnostics' }).click();
  await expect(page.getByTestId('response').getByText('Diagnostics copied')).toBeVisible();
  const diagnostics = await page.evaluate(() => navigator.clipboard.readText());
  expect(diagnostics).toContain('Gemini API request diagnostics');

  // Relay with the learner's own key.
  const own = (await (
    await request.post(`http://127.0.0.1:${SANDBOX_PORT}/emulator/keys`, { data: {} })
  ).json()) as { key: string; secret: string };
  secrets.push(own.secret);
  await chooseTarget(page, /Gemini sandbox/);
  await page.getByRole('textbox', { name: 'API key', exact: true }).fill(own.key);
  await page.getByRole('textbox', { name: 'API secret', exact: true }).fill(own.secret);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await page.getByRole('radio', { name: 'Automatic: milliseconds' }).check();
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/200/);
  await page.reload();
  await playgroundReady(page);

  const stored = await everythingStored(page);
  const sent = await everythingSent(requests);
  expect(stored).toContain('gemini-guide:playground:v1'); // inputs were saved…
  expect(sent).toContain('x-gemini-signature'); // …and signed requests did travel
  for (const secret of secrets) {
    expect(stored, 'storage, cookies, URL, history').not.toContain(secret);
    expect(sent, 'requests: URL, headers, body').not.toContain(secret);
    expect(diagnostics).not.toContain(secret);
  }
});

test('Burn key removes the secret from the page at once', async ({ page }) => {
  await openPlayground(page);
  await mintKey(page);
  const secret = await revealSecret(page);
  await page.getByRole('button', { name: 'Reveal secret' }).click();
  expect(await page.content()).toContain(secret);
  await page.getByRole('button', { name: 'Burn key' }).click();
  await expect(page.getByTestId('key-message')).toHaveText(
    'Key burned: the secret is gone from this page.',
  );
  await expect(page.getByTestId('api-key')).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  // Sending now asks for a key instead of signing with the burned one.
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('send-problem')).toContainText('Mint a throwaway key');
});

test('the secret is masked until revealed, and the safety notice is always there', async ({
  page,
}) => {
  await openPlayground(page);
  await expect(page.getByText('Sandbox only, throwaway keys only')).toBeVisible();
  await mintKey(page);
  await expect(page.getByTestId('api-secret')).toHaveCount(0);
  await expect(page.getByTestId('api-secret-masked')).toBeVisible();
  const reveal = page.getByRole('button', { name: 'Reveal secret' });
  await expect(reveal).toHaveAttribute('aria-pressed', 'false');
  await reveal.click();
  await expect(page.getByRole('button', { name: 'Hide secret' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('api-secret')).toHaveText(/^[A-Za-z0-9]{20,}$/);
});

test('a secret pasted into the params is never signed, sent, saved or shared', async ({ page }) => {
  const requests = recordRequests(page);
  await openPlayground(page);
  await mintKey(page);
  const secret = await revealSecret(page);
  await page.getByTestId('params-json').fill(JSON.stringify({ note: `oops ${secret}` }));
  await expect(page.getByTestId('pipeline-blocked')).toContainText(
    'The params contain your API secret',
  );
  await expect(page.getByRole('button', { name: 'Send request' })).toBeDisabled();
  await expect(page.getByTestId('share-link')).toHaveValue('');
  await page.reload();
  await playgroundReady(page);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(secret);
  for (const request of requests) {
    expect(
      JSON.stringify([request.url(), await request.allHeaders(), request.postData()]),
    ).not.toContain(secret);
  }
});
