// A platform client for desk tests that take the platform away and back: the host's fetch while
// `up()` says the platform is there; otherwise refused the way Node's fetch refuses a closed port
// (ECONNREFUSED).
import type { Clock } from '../../domain/clock.ts';
import { PlatformClient, type Credentials } from '../../main/platform-client/client.ts';

export function clientWhileUp(o: { baseUrl: string; clock: Clock; up: () => boolean; credentials: () => Credentials | null }): PlatformClient {
  return new PlatformClient({
    baseUrl: o.baseUrl,
    fetch: (u, i) => (o.up() ? fetch(u, i) : Promise.reject(Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))),
    clock: o.clock,
    timeoutMs: 3000,
    credentials: o.credentials,
  });
}
