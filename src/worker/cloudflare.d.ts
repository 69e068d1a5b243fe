/** The few Cloudflare Workers types the Worker uses (the full set is @cloudflare/workers-types). */
declare module 'cloudflare:workers' {
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
  export interface DurableObjectState {
    storage: {
      get<T>(key: string): Promise<T | undefined>;
      /** At most 128 keys; the Map leaves out keys that hold nothing. */
      get<T>(keys: string[]): Promise<Map<string, T>>;
      put<T>(key: string, value: T): Promise<void>;
      /** At most 128 entries, written together. */
      put<T>(entries: Record<string, T>): Promise<void>;
      /** At most 128 keys; resolves to how many existed. */
      delete(keys: string[]): Promise<number>;
      deleteAll(): Promise<void>;
      deleteAlarm(): Promise<void>;
      setAlarm(epochMs: number): Promise<void>;
    };
    blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
  }
  export interface DurableObjectStub {
    fetch(request: Request): Promise<Response>;
  }
  export interface DurableObjectNamespace {
    idFromName(name: string): unknown;
    get(id: unknown): DurableObjectStub;
  }
  export interface Fetcher {
    fetch(request: Request | string): Promise<Response>;
  }
}
