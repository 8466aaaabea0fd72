// Generates the OpenAPI 3.1 description of the Hall Platform API from the route table, so the
// document a provincial platform reads is the same truth the code serves and calls.
import { z } from 'zod';
import type { RouteSpec } from './define.ts';
import { platformErrorSchema, statusOf } from './errors.ts';
import { routes } from './routes.ts';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  delete out['$schema'];
  return out;
}

function fields(s: z.ZodType): [string, z.ZodType][] {
  return s instanceof z.ZodObject ? (Object.entries(s.shape) as [string, z.ZodType][]) : [];
}

function operation(name: string, r: RouteSpec): Json {
  const parameters: Json[] = [
    ...fields(r.params).map(([n, s]) => ({ name: n, in: 'path', required: true, schema: schemaOf(s, 'input') })),
    ...fields(r.query).map(([n, s]) => ({ name: n, in: 'query', required: !s.safeParse(undefined).success, schema: schemaOf(s, 'input') })),
  ];
  if (r.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: 'Unique per created thing; a retry sends the same key and gets the first answer (header Idempotent-Replay: true).',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
    });
  }
  if (r.auth === 'terminal') parameters.push({ name: 'X-Terminal-Id', in: 'header', required: true, schema: { type: 'string' } });
  if (r.etag) parameters.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });

  const responses: Json = {
    [String(r.status)]: {
      description: 'OK',
      ...(r.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}),
      content: r.stream === 'sse'
        ? { 'text/event-stream': { schema: { type: 'string', description: 'Each event: `event: <type>` and `data: <JSON>`:' }, itemSchema: schemaOf(r.response, 'output') } }
        : { 'application/json': { schema: schemaOf(r.response, 'output') } },
    },
  };
  if (r.etag) responses['304'] = { description: 'Not modified since the ETag given in If-None-Match' };
  const byStatus = new Map<number, string[]>();
  for (const code of new Set(['invalidRequest', ...r.errors] as const)) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `error.code: ${codes.join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: name,
    summary: r.summary,
    tags: [r.tag],
    ...(r.auth === 'terminal' ? {} : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(r.method === 'GET' ? {} : { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } } }),
    responses,
  };
}

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const [name, r] of Object.entries(routes) as [string, RouteSpec][]) {
    const path = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: operation(name, r) };
  }
  const error = schemaOf(platformErrorSchema, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hall Platform API',
      version: '1.0.0',
      description:
        'What a government service hall terminal (政务服务大厅自助终端/窗口设备) needs from the central platform: enrolment, catalogue and forms by version, queue, cases, 好差评, submissions, complaints, heartbeats. Generated from platform/api/routes.ts.',
    },
    servers: [{ url: '/' }],
    security: [{ terminalCredential: [] }],
    components: {
      securitySchemes: {
        terminalCredential: {
          type: 'http',
          scheme: 'bearer',
          description: 'The per-terminal credential from POST /api/v1/terminals/enrol, with the terminal id in X-Terminal-Id.',
        },
      },
      schemas: { Error: error },
    },
    paths,
  };
}
