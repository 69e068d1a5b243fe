/**
 * A Node emulator on loopback (a free port) for the tests that run clients against it, started
 * before and stopped after the file's tests, and a minting helper for throwaway keys.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../scripts/lib/emulator-server.ts';
import type { KeyOptions, MintedKey } from '../../src/lib/emulator/index.ts';

export function useEmulator(defaults: KeyOptions) {
  let server: EmulatorServer | undefined;
  beforeAll(async () => {
    server = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server?.close());
  return {
    get url(): string {
      if (!server) throw new Error('The emulator starts in beforeAll.');
      return server.url;
    },
    async mint(options: KeyOptions = {}): Promise<MintedKey> {
      const response = await fetch(`${this.url}/emulator/keys`, {
        method: 'POST',
        body: JSON.stringify({ ...defaults, ...options }),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      return response.json();
    },
  };
}
