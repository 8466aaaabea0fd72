// The renderer's one RPC client and its typed proxy: `api.system.getInfo()` is a call of
// 'system.getInfo', checked against the contract at compile time.
import { RpcClient } from '../../../main/contract/client.ts';
import { type Result } from '../../../domain/result.ts';
import type { Events, InputOf, MethodName, Methods, OutputOf } from '../../../main/contract/index.ts';

export const client = new RpcClient<Methods, Events>({
  onProtocolError: (e) => console.error(`[rpc] ${e.code}: ${e.message}`),
});

type Domain<M extends string> = M extends `${infer D}.${string}` ? D : never;
type Verb<M extends string, D extends string> = M extends `${D}.${infer V}` ? V : never;
type Call<M extends MethodName> =
  Record<string, never> extends InputOf<M>
    ? (input?: InputOf<M>) => Promise<Result<OutputOf<M>>>
    : (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;

export type Api = {
  readonly [D in Domain<MethodName>]: {
    readonly [V in Verb<MethodName, D>]: `${D}.${V}` extends MethodName ? Call<`${D}.${V}`> : never;
  };
};

export function createApi(rpc: RpcClient<Methods, Events>): Api {
  return new Proxy({} as Api, {
    get: (_, domain) =>
      new Proxy(
        {},
        {
          get: (__, verb) => (input?: unknown) =>
            rpc.call(`${String(domain)}.${String(verb)}` as MethodName, (input ?? {}) as never),
        },
      ),
  });
}

export const api = createApi(client);
