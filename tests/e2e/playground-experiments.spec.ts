import { expect, test } from '@playwright/test';
import { SANDBOX_PORT, chooseTarget, openPlayground } from './playground-helpers.ts';

const experiments = [
  { id: 'wrong-secret', title: 'Wrong secret', reason: 'InvalidSignature', status: 400 },
  { id: 'replayed-nonce', title: 'Replayed nonce', reason: 'InvalidNonce', status: 400 },
  { id: 'auditor-order', title: 'Auditor key places an order', reason: 'MissingRole', status: 403 },
  {
    id: 'stale-time-nonce',
    title: 'Time-based nonce 60 s off',
    reason: 'InvalidNonce',
    status: 400,
  },
  {
    id: 'endpoint-mismatch',
    title: 'request differs from the URL',
    reason: 'EndpointMismatch',
    status: 400,
  },
  { id: 'missing-header', title: 'Missing header', reason: 'MissingSignatureHeader', status: 400 },
];

for (const target of [
  { name: 'built-in sandbox', radio: /Built-in sandbox/ },
  { name: 'local emulator', radio: /Local emulator/ },
]) {
  test.describe(`experiments on the ${target.name}`, () => {
    test.skip(
      target.name === 'local emulator' && SANDBOX_PORT !== 4322,
      'local emulator is on 4322 only',
    );

    test('each one, one click, gives its reason and explains it', async ({ page }) => {
      await openPlayground(page);
      await chooseTarget(page, target.radio);
      for (const experiment of experiments) {
        const card = page.locator(`[data-experiment="${experiment.id}"]`);
        await card.getByRole('button', { name: `Run: ${experiment.title}` }).click();
        await expect(card.getByTestId('experiment-verdict')).toHaveText('As expected.');
        const last = card.locator('.sends li').last();
        await expect(last).toHaveText(
          `Send ${await card.locator('.sends li').count()}: HTTP ${experiment.status}, ${experiment.reason}.`,
        );
        const explanation = card.getByTestId('error-explanation');
        await expect(explanation).toHaveAttribute('data-reason', experiment.reason);
        await expect(explanation.getByRole('link')).toHaveAttribute(
          'href',
          `/en/errors/${experiment.reason.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}/`,
        );
      }
      // The replay's first send was accepted; only the repeat was refused.
      await expect(page.locator('[data-experiment="replayed-nonce"] .sends li').first()).toHaveText(
        'Send 1: HTTP 200, accepted.',
      );
    });
  });
}

test('on the relay, experiments that need a special key say why they cannot run', async ({
  page,
}) => {
  await openPlayground(page);
  await chooseTarget(page, /Gemini sandbox/);
  const card = page.locator('[data-experiment="auditor-order"]');
  await card.getByRole('button', { name: /Run:/ }).click();
  await expect(card.getByTestId('experiment-outcome')).toContainText(
    'only the built-in sandbox and the local emulator can mint',
  );
  const other = page.locator('[data-experiment="wrong-secret"]');
  await other.getByRole('button', { name: /Run:/ }).click();
  await expect(other.getByTestId('experiment-outcome')).toContainText(
    'Use your own sandbox key first',
  );
});
