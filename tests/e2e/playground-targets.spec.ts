import { expect, test } from '@playwright/test';
import {
  LOCAL_EMULATOR,
  SANDBOX_PORT,
  chooseTarget,
  hmac,
  mintKey,
  openPlayground,
  recordRequests,
  responseBody,
  revealSecret,
  send,
} from './playground-helpers.ts';

const balancesLookRight = (body: unknown) => {
  expect(Array.isArray(body)).toBe(true);
  expect(body).toContainEqual(
    expect.objectContaining({ type: 'exchange', currency: 'BTC', amount: expect.any(String) }),
  );
};

test.describe('a full run per target', () => {
  test('built-in sandbox: mint, sign, send, 200 with balances, and no network', async ({
    page,
  }) => {
    await openPlayground(page);
    const requests = recordRequests(page);
    await mintKey(page);
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    balancesLookRight(await responseBody(page));
    await expect(page.getByTestId('pipeline')).toHaveAttribute('data-kind', 'sent');
    // The built-in sandbox runs in the page: only the site's own chunks were fetched.
    const apiCalls = requests.filter((request) => !request.url().includes('/_astro/'));
    expect(apiCalls.map((request) => request.url())).toEqual([]);

    // The signature shown is an HMAC of the payload shown, with the key's secret.
    const secret = await revealSecret(page);
    const base64 = (await page.getByTestId('stage-base64').textContent())!.trim();
    const signature = (await page.getByTestId('stage-signature').textContent())!.trim();
    expect(signature).toBe(hmac(secret, base64));
    expect(Buffer.from(base64, 'base64').toString('utf8')).toBe(
      (await page.getByTestId('stage-json').textContent())!.trim(),
    );
  });

  test('local emulator: mint, sign, send, 200, and the signature sent is the one shown', async ({
    page,
  }) => {
    test.skip(SANDBOX_PORT !== 4322, 'the page allows the local emulator on port 4322 only');
    await openPlayground(page);
    const requests = recordRequests(page);
    await chooseTarget(page, /Local emulator/);
    await mintKey(page);
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    balancesLookRight(await responseBody(page));

    const sent = requests.find(
      (request) => request.url() === `${LOCAL_EMULATOR}/v1/balances` && request.method() === 'POST',
    );
    expect(sent, 'a POST to the local emulator').toBeTruthy();
    const headers = await sent!.allHeaders();
    const secret = await revealSecret(page);
    // Independent HMAC of exactly what travelled.
    expect(headers['x-gemini-signature']).toBe(hmac(secret, headers['x-gemini-payload']!));
    expect(headers['x-gemini-signature']).toBe(
      (await page.getByTestId('stage-signature').textContent())!.trim(),
    );
    expect(headers['x-gemini-payload']).toBe(
      (await page.getByTestId('stage-base64').textContent())!.trim(),
    );
    const payload = JSON.parse(Buffer.from(headers['x-gemini-payload']!, 'base64').toString());
    expect(Object.keys(payload)).toEqual(['request', 'nonce']);
    expect(payload.request).toBe('/v1/balances');
    expect(sent!.postData() ?? '').toBe('');
  });

  test('relay pointed at the emulator: your own key, sign, send through /relay/, 200', async ({
    page,
    request,
  }) => {
    // Gemini's sandbox keys come from its website; here the relay's upstream is the emulator,
    // so the test mints one there, the way a learner would bring their own key.
    const minted = await request.post(`http://127.0.0.1:${SANDBOX_PORT}/emulator/keys`, {
      data: { roles: ['trader'] },
    });
    expect(minted.ok()).toBe(true);
    const { key, secret } = (await minted.json()) as { key: string; secret: string };

    await openPlayground(page);
    const requests = recordRequests(page);
    await chooseTarget(page, /Gemini sandbox/);
    await expect(page.getByRole('button', { name: 'New throwaway key' })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'API key', exact: true }).fill(key);
    await page.getByRole('textbox', { name: 'API secret', exact: true }).fill(secret);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await expect(page.getByTestId('api-key')).toHaveText(key);
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    balancesLookRight(await responseBody(page));

    const sent = requests.find((r) => new URL(r.url()).pathname === '/relay/v1/balances');
    expect(sent, 'a POST to the same-origin relay').toBeTruthy();
    const headers = await sent!.allHeaders();
    expect(headers['x-gemini-signature']).toBe(hmac(secret, headers['x-gemini-payload']!));
    expect(requests.every((r) => !r.url().includes('gemini.com'))).toBe(true);
  });

  test('public endpoints need no key: a plain GET', async ({ page }) => {
    await openPlayground(page);
    await page.getByLabel('Endpoint').selectOption('/v2/ticker/:symbol');
    await expect(page.getByTestId('pipeline')).toContainText('plain GET to /v2/ticker/btcusd');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    expect(await responseBody(page)).toMatchObject({ symbol: 'BTCUSD' });
  });
});

test('local emulator not running: the page says how to start it', async ({ page }) => {
  await page.route('http://127.0.0.1:4322/**', (route) => route.abort('connectionrefused'));
  await openPlayground(page);
  await chooseTarget(page, /Local emulator/);
  await page.getByRole('button', { name: 'New throwaway key' }).click();
  await expect(page.getByTestId('key-message')).toContainText(
    'Could not reach the local emulator at http://127.0.0.1:4322. Start it with npm run sandbox',
  );
});

test('a master key must name its account: MissingAccountName, then 200 with "account"', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByRole('checkbox', { name: 'Master key (for a group of accounts)' }).check();
  await expect(page.getByRole('checkbox', { name: 'Requires heartbeat' })).toBeDisabled();
  await page.getByRole('button', { name: 'New throwaway key' }).click();
  await expect(page.getByTestId('api-key')).toHaveText(/^master-/);
  const account = (await page.getByTestId('key-account').textContent())!.match(/“([^”]+)”/)![1]!;
  await send(page);
  await expect(page.getByTestId('error-explanation')).toHaveAttribute(
    'data-reason',
    'MissingAccountName',
  );
  await page.getByTestId('params-json').fill(JSON.stringify({ account }));
  await expect(page.getByTestId('stage-json')).toContainText(`"account":"${account}"`);
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
});

test("this site's emulator: mint at /sandbox, send, 200; the key works on the local port too", async ({
  page,
  request,
  baseURL,
}) => {
  await openPlayground(page);
  const requests = recordRequests(page);
  await chooseTarget(page, /This site’s emulator/);
  await mintKey(page);
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
  const body = await responseBody(page);
  expect(body).toContainEqual(expect.objectContaining({ type: 'exchange', currency: 'BTC' }));

  const paths = requests.map((r) => new URL(r.url()));
  expect(paths.every((url) => url.origin === baseURL)).toBe(true);
  expect(paths.map((url) => url.pathname)).toEqual(
    expect.arrayContaining(['/sandbox/emulator/keys', '/sandbox/v1/balances']),
  );
  const sent = requests.find((r) => new URL(r.url()).pathname === '/sandbox/v1/balances')!;
  const headers = await sent.allHeaders();
  const payload = JSON.parse(Buffer.from(headers['x-gemini-payload']!, 'base64').toString());
  expect(payload.request).toBe('/v1/balances');

  // Same emulator instance on the local port: a key minted via /sandbox signs there too.
  const key = (await page.getByTestId('api-key').textContent())!.trim();
  const secret = await revealSecret(page);
  const fresh = Buffer.from(
    JSON.stringify({ request: '/v1/balances', nonce: Date.now() + 10_000 }),
  ).toString('base64');
  const direct = await request.post(`http://127.0.0.1:${SANDBOX_PORT}/v1/balances`, {
    headers: {
      'X-GEMINI-APIKEY': key,
      'X-GEMINI-PAYLOAD': fresh,
      'X-GEMINI-SIGNATURE': hmac(secret, fresh),
    },
  });
  expect(direct.status()).toBe(200);
});

test('a share link selects it with ?target=site, in German too', async ({ page }) => {
  await openPlayground(page, '?target=site&endpoint=/v1/balances', 'de');
  await expect(page.getByRole('radio', { name: 'Emulator dieser Website' })).toBeChecked();
});

test('a host without an emulator: no site target, and a ?target=site link says why', async ({
  page,
}) => {
  // What a static host answers under /sandbox/: its HTML 404 page.
  await page.route('**/sandbox/**', (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }),
  );
  await openPlayground(page, '?target=site');
  await expect(page.getByRole('radio', { name: /Built-in sandbox/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /This site’s emulator/ })).toHaveCount(0);
  await expect(page.getByTestId('link-notice')).toContainText(
    'This site serves no emulator at /sandbox/',
  );
  await page.getByRole('textbox', { name: 'Or type a sandbox address' }).fill('site');
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByTestId('target-url-message')).toContainText(
    'This site serves no emulator at /sandbox/',
  );
});

for (const [locale, labels] of [
  ['en', { mint: 'New throwaway key', send: 'Send request', lesson: 'Lesson: choose a nonce' }],
  [
    'de',
    {
      mint: 'Neuer Wegwerf-Schlüssel',
      send: 'Anfrage senden',
      lesson: 'Lektion: eine Nonce wählen',
    },
  ],
] as const) {
  test(`${locale}: the clock offset to the target, and a warning with the lesson beyond 30 s`, async ({
    page,
  }) => {
    let skew = 0;
    // The target's answers carry its clock in the Date header; here it is set to be off.
    await page.route('**/sandbox/v1/balances', async (route) => {
      const response = await route.fetch();
      const date = new Date(Date.now() + skew).toUTCString();
      await route.fulfill({ response, headers: { ...response.headers(), date } });
    });
    await openPlayground(page, '?target=site', locale);
    await page.getByRole('button', { name: labels.mint }).click();
    await expect(page.getByTestId('api-key')).toHaveText(/^account-/);
    await page.getByRole('button', { name: labels.send }).click();
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    const clock = page.getByTestId('clock-offset');
    await expect(clock).toHaveAttribute('data-offset-seconds', /^-?[01]$/);
    await expect(clock.getByRole('link')).toHaveCount(0);

    skew = -95_000;
    await page.getByRole('button', { name: labels.send }).click();
    await expect(clock).toHaveAttribute('data-offset-seconds', /^-9[45]$/);
    await expect(clock).toHaveAttribute('role', 'alert');
    await expect(clock).toContainText('InvalidNonce');
    await expect(clock.getByRole('link', { name: labels.lesson })).toHaveAttribute(
      'href',
      `/${locale}/lessons/sign-first-request/#choose-nonce`,
    );
  });
}
