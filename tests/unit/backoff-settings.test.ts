import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  decodeSettings,
  defaultPacer,
  encodeSettings,
  presetSettings,
  SHARE_PARAMS,
} from '../../src/lib/backoff/settings.ts';

describe('share link codec', () => {
  it('writes only the preset when nothing changed', () => {
    expect(encodeSettings(presetSettings('demo')).toString()).toBe('preset=demo');
    expect(encodeSettings(presetSettings('gemini')).toString()).toBe('preset=gemini');
  });

  it('round-trips every field that differs from the preset', () => {
    const settings = presetSettings('demo');
    settings.workload = { requests: 40, concurrency: 8, intervalMs: 50, endpoint: '/v1/mytrades' };
    settings.limit = { perMinute: 300, burst: 2 };
    settings.compare = true;
    settings.seed = 1234;
    settings.strategyA.retry = {
      strategy: 'decorrelated-jitter',
      baseMs: 200,
      capMs: 5000,
      maxRetries: 7,
      honourRetryAfter: false,
    };
    settings.strategyA.pacer = { ratePerSecond: 0.5, burst: 3 };
    settings.strategyB.retry.strategy = 'equal-jitter';
    const query = encodeSettings(settings);
    expect(query.toString()).toBe(
      'preset=demo&perMinute=300&burst=2&requests=40&concurrency=8&interval=50&endpoint=%2Fv1%2Fmytrades' +
        '&seed=1234&compare=1&strategy=decorrelated-jitter&base=200&cap=5000&retries=7&retryAfter=0' +
        '&pacer=0.5&pacerBurst=3&strategyB=equal-jitter',
    );
    expect(decodeSettings(new URLSearchParams(query.toString()))).toEqual({ settings, issues: [] });
  });

  it('starts from the preset the link names, else the fallback', () => {
    expect(decodeSettings(new URLSearchParams('preset=gemini')).settings).toEqual(
      presetSettings('gemini'),
    );
    expect(decodeSettings(new URLSearchParams(''), 'gemini').settings.target).toBe('local');
    expect(decodeSettings(new URLSearchParams('')).settings).toEqual(presetSettings('demo'));
  });

  it('reports each bad value with what was expected and keeps the preset value', () => {
    const { settings, issues } = decodeSettings(
      new URLSearchParams(
        'preset=fast&requests=0&concurrency=2.5&strategy=yolo&pacer=-1&target=api.gemini.com&seed=7',
      ),
    );
    expect(issues).toEqual([
      { param: 'preset', value: 'fast', expected: { kind: 'choice', options: ['demo', 'gemini'] } },
      {
        param: 'target',
        value: 'api.gemini.com',
        expected: { kind: 'choice', options: ['builtin', 'local'] },
      },
      { param: 'requests', value: '0', expected: { kind: 'integer', min: 1, max: 500 } },
      { param: 'concurrency', value: '2.5', expected: { kind: 'integer', min: 1, max: 50 } },
      {
        param: 'strategy',
        value: 'yolo',
        expected: {
          kind: 'choice',
          options: [
            'none',
            'fixed',
            'exponential',
            'full-jitter',
            'equal-jitter',
            'decorrelated-jitter',
          ],
        },
      },
      { param: 'pacer', value: '-1', expected: { kind: 'number', min: 0, max: 100 } },
    ]);
    expect(settings).toEqual({ ...presetSettings('demo'), seed: 7 });
  });

  it('ignores parameters it does not know, and has none that could carry a key or secret', () => {
    const { settings, issues } = decodeSettings(
      new URLSearchParams('secret=abc&key=account-x&utm_source=t'),
    );
    expect(issues).toEqual([]);
    expect(settings).toEqual(presetSettings('demo'));
    expect(
      SHARE_PARAMS.filter((param) => /key|secret|apikey|signature|payload/i.test(param)),
    ).toEqual([]);
  });

  it('never writes a secret even if one is attached to the settings object', () => {
    const settings = Object.assign(presetSettings('demo'), {
      apiKey: 'account-abc',
      secret: 's3cr3t',
    });
    settings.workload.requests = 31;
    const text = encodeSettings(settings).toString();
    expect(text).not.toMatch(/account-abc|s3cr3t/);
    for (const param of new URLSearchParams(text).keys()) expect(SHARE_PARAMS).toContain(param);
  });

  it('pacer 0 turns the pacer off; a pacer burst without a pacer is dropped', () => {
    const off = decodeSettings(new URLSearchParams('pacer=0&pacerBurst=4')).settings;
    expect(off.strategyA.pacer).toBeNull();
    const on = decodeSettings(new URLSearchParams('pacerB=5&pacerBurstB=2')).settings;
    expect(on.strategyB.pacer).toEqual({ ratePerSecond: 5, burst: 2 });
  });
});

describe('presets and limits', () => {
  it('only lowers the emulator’s limits: at most 600 a minute and 5 queued', () => {
    expect(
      decodeSettings(new URLSearchParams('perMinute=601&burst=6')).issues.map((i) => i.param),
    ).toEqual(['perMinute', 'burst']);
    expect(decodeSettings(new URLSearchParams('perMinute=600&burst=0')).issues).toEqual([]);
  });

  it('the default pacer follows Gemini’s advice, or the key’s rate when that is lower', () => {
    expect(defaultPacer({ perMinute: 600, burst: 5 })).toEqual({ ratePerSecond: 5, burst: 1 });
    expect(defaultPacer({ perMinute: 120, burst: 5 })).toEqual({ ratePerSecond: 2, burst: 1 });
  });

  it('Gemini’s preset uses Gemini’s numbers on the Node emulator', () => {
    expect(presetSettings('gemini')).toMatchObject({
      target: 'local',
      limit: { perMinute: 600, burst: 5 },
    });
    expect(presetSettings('demo')).toMatchObject({ target: 'builtin' });
  });
});

describe('checkSettings (the form)', () => {
  it('accepts the presets', () => {
    expect(checkSettings(presetSettings('demo'))).toEqual([]);
    expect(checkSettings(presetSettings('gemini'))).toEqual([]);
  });

  it('names each value out of bounds, emptied or fractional', () => {
    const settings = presetSettings('demo');
    settings.workload.requests = null as unknown as number; // an emptied number input
    settings.workload.concurrency = 2.5;
    settings.strategyB.retry.capMs = 200_000;
    settings.strategyA.pacer = { ratePerSecond: 0.5, burst: 1 };
    expect(checkSettings(settings)).toEqual([
      { param: 'requests', value: '', expected: { kind: 'integer', min: 1, max: 500 } },
      { param: 'concurrency', value: '2.5', expected: { kind: 'integer', min: 1, max: 50 } },
      { param: 'capB', value: '200000', expected: { kind: 'integer', min: 0, max: 120_000 } },
    ]);
  });
});
