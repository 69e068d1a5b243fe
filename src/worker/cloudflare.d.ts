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
      put<T>(key: string, value: T): Promise<void>;
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
