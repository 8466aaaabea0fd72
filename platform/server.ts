// The reference central platform: a real HTTP server implementing the Hall Platform API (/api/v1).
// It is the embedded default (no platform URL configured -> the terminal runs it in-process on
// loopback) and the peer every integration test talks to. Issue #3 grows it into the whole API.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Clock } from '../main/contract/index.ts';

export interface PlatformOptions {
  readonly clock: Clock;
  readonly version: string;
}

export function buildPlatform(options: PlatformOptions): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/api/v1/health', async () => ({
    status: 'ok',
    version: options.version,
    time: new Date(options.clock.now()).toISOString(),
  }));
  return app;
}

export interface RunningPlatform {
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on loopback; port 0 picks a free one. */
export async function startPlatform(options: PlatformOptions & { port?: number; host?: string }): Promise<RunningPlatform> {
  const app = buildPlatform(options);
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return { url: `${address}/`, close: () => app.close() };
}
