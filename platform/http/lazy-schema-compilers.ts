// Fastify's JSON-schema compilers, loaded only when a route has a JSON schema. Fastify `require`s
// @fastify/ajv-compiler (ajv: about 90 modules) and fast-json-stringify's compiler while it is built,
// for routes with `schema`; the platform's routes have none (register.ts checks every input and
// answer with the route table's zod schemas), so building the platform, which the terminal does at
// every start for its embedded platform, would load them for nothing. A route given a schema still
// gets fastify's own compilers, loaded at its first use.
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type Factories = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type ValidatorFactory = NonNullable<Factories['buildValidator']>;
type SerializerFactory = NonNullable<Factories['buildSerializer']>;

// Resolved from fastify's own folder: they are its dependencies, not ours.
const require = createRequire(createRequire(import.meta.url).resolve('fastify'));
type AnyFactory = (...args: unknown[]) => unknown;
let validatorFactory: AnyFactory | null = null;
let serializerFactory: AnyFactory | null = null;

/** Fastify's `schemaController` option: its default compilers, each loaded at its first use. */
export const lazySchemaCompilers: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildValidator: ((...args: unknown[]) => {
      validatorFactory ??= (require('@fastify/ajv-compiler') as () => AnyFactory)();
      return validatorFactory(...args);
    }) as unknown as ValidatorFactory,
    buildSerializer: ((...args: unknown[]) => {
      serializerFactory ??= (require('@fastify/fast-json-stringify-compiler') as () => AnyFactory)();
      return serializerFactory(...args);
    }) as unknown as SerializerFactory,
  },
};
