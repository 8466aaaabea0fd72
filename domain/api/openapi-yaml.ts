// The OpenAPI document as the YAML committed at platform/openapi.yaml.
import { stringify } from 'yaml';
import { openApiDocument } from './openapi.ts';

export function openApiYaml(): string {
  return `# Generated from domain/api/routes.ts by \`npm run openapi\`. Do not edit by hand.\n${stringify(openApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
