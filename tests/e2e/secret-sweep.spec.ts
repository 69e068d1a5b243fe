/**
 * The secret sweep (issue #17): a scripted session on every playground target and on the tools,
 * as a user would run it, then a search for every secret the session saw in every place a
 * secret could land: storage, IndexedDB, cookies, caches, the address bar and history, every
 * request's URL, headers and body, console messages, the DOM (hidden and <template> content
 * and field values) after burn and after reset, and the clipboard (except right after "Copy
 * secret", where the user asked for it).
 */
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import { everythingInDom, everythingSent, everythingStored } from './leak-search.ts';
import {
  LOCAL_EMULATOR,
  SANDBOX_PORT,
  chooseTarget,
  openPlayground,
  playgroundReady,
  revealSecret,
  send,
} from './playground-helpers.ts';

/** Records everything a secret could leak into, for the whole browser context. */
class Sweep {
  readonly secrets = new Set<string>();
  readonly requests: Request[] = [];
  readonly console: string[] = [];
  readonly addresses: string[] = [];
  readonly clipboard: string[] = [];
  readonly dom: Array<[string, string]> = [];
  readonly stored: Array<[string, string]> = [];

  readonly page: Page;

  constructor(context: BrowserContext, page: Page) {
    this.page = page;
    context.on('request', (request) => this.requests.push(request));
    context.on('response', async (response) => {
      // Keys minted over the network: their secrets are seen by the session too.
      if (!response.url().endsWith('/emulator/keys') || response.status() !== 200) return;
      const body = (await response.json().catch(() => ({}))) as { secret?: unknown };
      if (typeof body.secret === 'string') this.secrets.add(body.secret);
    });
    page.on('console', (message) => this.console.push(message.text()));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.addresses.push(frame.url());
    });
  }

  /** Reads the clipboard after a copy the user made (not "Copy secret"). */
  async copied(): Promise<string> {
    const text = await this.page.evaluate(() => navigator.clipboard.readText());
    this.clipboard.push(text);
    return text;
  }

  async snapshotDom(label: string) {
    this.dom.push([label, await everythingInDom(this.page)]);
  }

  /** Storage and address now, not only at the end (a later save could hide an earlier leak). */
  async snapshotStorage(label: string) {
    this.stored.push([label, await everythingStored(this.page)]);
  }

  /** The search: no secret anywhere. */
  async expectClean() {
    expect(this.secrets.size, 'the session saw secrets').toBeGreaterThan(0);
    const places: Array<[string, string]> = [
      ['storage, cookies, IndexedDB, caches, URL, history', await everythingStored(this.page)],
      ['requests: URL, headers, body', await everythingSent(this.requests)],
      ['console messages', JSON.stringify(this.console)],
      ['address bar over the session', JSON.stringify(this.addresses)],
      ['clipboard', JSON.stringify(this.clipboard)],
      ...this.dom.map(([label, text]): [string, string] => [`DOM ${label}`, text]),
      ...this.stored.map(([label, text]): [string, string] => [`storage ${label}`, text]),
    ];
    for (const secret of this.secrets) {
      for (const [place, text] of places) expect(text, `${place}`).not.toContain(secret);
    }
  }
}

async function prepare(context: BrowserContext, page: Page): Promise<Sweep> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  if (SANDBOX_PORT !== 4322) {
    // The page may call the local emulator on port 4322 only; answer from this run's emulator.
    await context.route(`${LOCAL_EMULATOR}/**`, async (route) => {
      const url = route.request().url().replace(LOCAL_EMULATOR, `http://127.0.0.1:${SANDBOX_PORT}`);
      route.fulfill({ response: await route.fetch({ url }) });
    });
  }
  return new Sweep(context, page);
}

const TARGETS = [
  { id: 'builtin', radio: /Built-in sandbox/ },
  { id: 'local', radio: /Local emulator/ },
  { id: 'site', radio: /This site’s emulator/ },
  { id: 'relay', radio: /Gemini sandbox/ },
] as const;

for (const target of TARGETS) {
  test(`secret sweep: a whole playground session on the ${target.id} target`, async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(90_000);
    const sweep = await prepare(context, page);
    await openPlayground(page);
    await chooseTarget(page, target.radio);

    // A key: minted where the target mints, the learner's own sandbox key on the relay.
    if (target.id === 'relay') {
      const minted = await request.post(`http://127.0.0.1:${SANDBOX_PORT}/emulator/keys`, {
        data: { roles: ['trader'] },
      });
      const own = (await minted.json()) as { key: string; secret: string };
      sweep.secrets.add(own.secret);
      await page.getByRole('textbox', { name: 'API key', exact: true }).fill(own.key);
      await page.getByRole('textbox', { name: 'API secret', exact: true }).fill(own.secret);
      await page.getByRole('button', { name: 'Use this key' }).click();
      await expect(page.getByTestId('api-key')).toHaveText(own.key);
    } else {
      await page.getByRole('button', { name: 'New throwaway key' }).click();
      await expect(page.getByTestId('api-key')).toHaveText(/^account-/);
    }
    const secret = await revealSecret(page);
    sweep.secrets.add(secret);
    await page.getByRole('button', { name: 'Reveal secret' }).click(); // revealed while working

    // "Copy secret" puts the secret on the clipboard because the user asked; nothing else may.
    await page.getByRole('button', { name: 'Copy secret' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // Sign and send; an experiment; snippets; the share link; safe diagnostics.
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    const experiment = page.locator('[data-experiment="replayed-nonce"]');
    await experiment.getByRole('button').click();
    await expect(experiment.getByTestId('experiment-verdict')).toBeVisible();
    await page.getByText('Code for this request').click();
    await page.locator('.snippets').getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => sweep.copied()).toContain('/v1/balances');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => sweep.copied()).toContain('/tools/playground/?');
    await page.getByRole('button', { name: 'Copy safe diagnostics' }).click();
    await expect.poll(() => sweep.copied()).toContain('Gemini API request diagnostics');

    // The secret pasted into the params, escaped once: blocked, never saved or linked.
    const escaped = `\\u${secret.charCodeAt(0).toString(16).padStart(4, '0')}${secret.slice(1)}`;
    await page.getByTestId('params-json').fill(`{"note": "${escaped}"}`);
    await expect(page.getByTestId('pipeline-blocked')).toContainText('your API secret');
    await expect(page.getByTestId('share-link')).toHaveValue('');
    await sweep.snapshotStorage('with the escaped secret in the params');

    // Burn: the key, its secret and the params that held it leave the page; the block stays.
    await page.getByRole('button', { name: 'Burn key' }).click();
    await expect(page.getByTestId('api-key')).toHaveCount(0);
    await sweep.snapshotDom('after burn');
    await page.getByTestId('params-json').fill(JSON.stringify({ note: secret }));
    await expect(page.getByTestId('pipeline-blocked')).toContainText('your API secret');
    await expect(page.getByRole('button', { name: 'Send request' })).toBeDisabled();
    await sweep.snapshotStorage('with the burned secret in the params');

    // Reset, reload, away and back.
    await page.getByRole('button', { name: 'Reset inputs' }).click();
    await expect(page.getByTestId('params-json')).not.toHaveValue(/note/);
    await sweep.snapshotDom('after reset');
    await page.reload();
    await playgroundReady(page);
    await page.goto('/en/');
    await page.goBack();
    await playgroundReady(page);
    await sweep.snapshotDom('after coming back');

    await sweep.expectClean();
  });
}

test('secret sweep: credentials in a playground link leave the address bar at once', async ({
  page,
  context,
}) => {
  const sweep = await prepare(context, page);
  const linked = { secret: 'LinkSecret0000000000001', api_secret: 'LinkSecret0000000000002' };
  await openPlayground(
    page,
    `?endpoint=/v1/balances&secret=${linked.secret}&api_secret=${linked.api_secret}&apiKey=account-x`,
  );
  await expect(page.getByTestId('link-notice')).toContainText(
    'The link carried secret, api_secret, apiKey',
  );
  await expect(page.getByTestId('link-notice')).toContainText('removed from the address bar');
  expect(page.url()).toMatch(/\/en\/tools\/playground\/\?endpoint=%2Fv1%2Fbalances$/);
  // What the link carried is treated as a secret: typed into the params, it is blocked.
  await page.getByTestId('params-json').fill(`{"x": "${linked.secret}"}`);
  await expect(page.getByTestId('pipeline-blocked')).toContainText('your API secret');
  await page.getByTestId('params-json').fill('{}');
  for (const value of Object.values(linked)) sweep.secrets.add(value);
  // The link itself (its navigation and address) came from outside; from here on it is ours.
  sweep.addresses.length = 0;
  sweep.requests.length = 0;
  await page.reload();
  await playgroundReady(page);
  await sweep.snapshotDom('after reload');
  await sweep.expectClean();
});

test('secret sweep: the backoff lab on the local emulator', async ({ page, context }) => {
  test.setTimeout(90_000);
  const sweep = await prepare(context, page);
  // The lab reads no secret from its link; one put there anyway leaves the address bar.
  await page.goto('/en/tools/backoff-lab/?perMinute=300&requests=10&secret=LabLinkSecret0000001');
  await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('LabLinkSecret0000001');
  sweep.addresses.length = 0; // the link itself came from outside
  sweep.requests.length = 0;
  sweep.secrets.add('LabLinkSecret0000001');
  await page.getByLabel('Target').selectOption('local');
  await page.locator('[data-action="run"]').click();
  await expect(page.locator('.backoff-lab[data-phase="finished"]')).toBeVisible({
    timeout: 60_000,
  });
  await expect.poll(() => sweep.secrets.size).toBeGreaterThan(1); // its key was minted over HTTP
  await sweep.snapshotDom('after the run');
  await page.reload();
  await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
  await sweep.expectClean();
});

test('secret sweep: the signature doctor and the payload decoder', async ({ page, context }) => {
  const sweep = await prepare(context, page);
  const secret = 'DoctorSecret0000000000000042';
  sweep.secrets.add(secret);
  const payload = Buffer.from('{"request":"/v1/balances","nonce":1700000000000}').toString(
    'base64',
  );
  await page.goto('/en/tools/signature-doctor/');
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await page.locator('[data-input="payload"]').fill(payload);
  await page.locator('[data-input="signature"]').fill('00'.repeat(48));
  await page.locator('[data-input="secret"]').fill(secret);
  await page.locator('[data-action="check"]').click();
  await expect(page.locator('[data-output="verdict"]')).toHaveAttribute('data-verdict', /.+/);
  await page.locator('[data-action="copy-diagnostics"]').click();
  await expect.poll(() => sweep.copied()).toContain('1700000000000');
  await page.locator('[data-action="copy-link"]').click();
  await page.locator('[data-action="confirm-link"]').click();
  await expect.poll(() => sweep.copied()).toContain('signature-doctor/?');

  await page.goto(`/en/tools/payload-decoder/?payload=${encodeURIComponent(payload)}`);
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-field="request"]')).toHaveText('/v1/balances');
  await page.locator('[data-action="copy-diagnostics"]').click();
  await expect.poll(() => sweep.copied()).toContain('1700000000000');
  await sweep.snapshotDom('decoder');
  await page.goBack();
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-input="secret"]')).toHaveValue('');
  await sweep.snapshotDom('doctor after reload');
  await sweep.expectClean();
});

test('secret sweep: the decoder takes ?secret= out of the address bar', async ({ page }) => {
  await page.goto('/en/tools/payload-decoder/?secret=DecoderSecret000000000001');
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  expect(page.url()).not.toContain('DecoderSecret000000000001');
});
