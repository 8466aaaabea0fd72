import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openApiDocument } from '../../domain/api/openapi.ts';
import { openApiYaml } from '../../domain/api/openapi-yaml.ts';
import { routes } from '../../domain/api/routes.ts';
import { repoRoot } from '../support/terminal-process.ts';

describe('platform/openapi.yaml', () => {
  it('is what the route table generates (run `npm run openapi` after changing a route)', () => {
    expect(readFileSync(join(repoRoot, 'platform/openapi.yaml'), 'utf8')).toBe(openApiYaml());
  });

  it('describes every route, with idempotency keys where something is created', () => {
    const doc = parse(openApiYaml()) as { paths: Record<string, Record<string, { operationId: string; parameters?: { name: string }[] }>> };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(routes).sort());
    for (const [name, r] of Object.entries(routes)) {
      const op = ops.find((o) => o.operationId === name)!;
      expect(op.parameters?.some((p) => p.name === 'Idempotency-Key') ?? false).toBe(r.idempotent);
    }
    expect(openApiDocument()['openapi']).toBe('3.1.0');
  });
});
