// `npm run openapi`: writes platform/openapi.yaml from the route table (test/platform/openapi.test.ts
// fails while the committed file is stale).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiYaml } from '../domain/api/openapi-yaml.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'platform', 'openapi.yaml');
writeFileSync(out, openApiYaml());
console.log(`wrote ${out}`);
