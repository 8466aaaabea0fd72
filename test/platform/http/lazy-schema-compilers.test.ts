// Fastify's schema compilers are loaded only when a route has a JSON schema: building the platform
// (every start of a terminal with the embedded one) loads no ajv, and a route given a schema still
// has its input validated and its answer serialised by fastify's own compilers.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createPlatform, preparePlatform } from '../../../platform/app.ts';
import { lazySchemaCompilers } from '../../../platform/http/lazy-schema-compilers.ts';
import { openPlatformDatabase } from '../../../platform/store/database.ts';
import { SqliteStorage } from '../../../platform/store/sqlite-storage.ts';
import { sealedBox } from '../../../lib/sealed-box.ts';
import { systemClock } from '../../../domain/clock.ts';

const loaded = (pkg: string) => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes(`/node_modules/${pkg}/`));

describe('lazySchemaCompilers', () => {
  it('the platform is built and answers without loading ajv; a route with a schema loads and uses it', async () => {
    const platform = createPlatform({ storage: new SqliteStorage(openPlatformDatabase(':memory:')), box: sealedBox(randomBytes(32)), clock: systemClock, version: 't', idSecret: 'x'.repeat(32) });
    await preparePlatform(platform);
    const { app } = platform;
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect(loaded('ajv')).toBe(false);
    expect(loaded('@fastify/ajv-compiler')).toBe(false);
    await app.close();

    const other = Fastify({ schemaController: lazySchemaCompilers });
    other.post('/echo', {
      schema: {
        body: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
        response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
      },
    }, (req) => ({ n: (req.body as { n: number }).n, secret: 'not in the schema' }));
    const bad = await other.inject({ method: 'POST', url: '/echo', payload: { m: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: expect.stringContaining("must have required property 'n'") });
    const good = await other.inject({ method: 'POST', url: '/echo', payload: { n: 7 } });
    // The response schema's serialiser drops what it does not name.
    expect(good.json()).toEqual({ n: 7 });
    expect(loaded('ajv')).toBe(true);
    await other.close();
  });
});
