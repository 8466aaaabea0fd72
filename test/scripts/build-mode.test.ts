// The renderer the hosts serve is React's production build, whoever started the build: a build
// started from a test process (vitest sets NODE_ENV=test) once gave React's development build, whose
// StrictMode mounts every screen twice (the ticket was announced twice in the e2e run that followed).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../support/terminal-process.ts';

it('a renderer built with NODE_ENV=test in the environment is still the production build', () => {
  expect(process.env['NODE_ENV']).toBe('test');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.ts'), 'renderer'], { cwd: repoRoot, stdio: 'pipe', env: process.env });
  const assets = join(repoRoot, 'dist', 'renderer', 'assets');
  const scripts = readdirSync(assets).filter((n) => n.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  // React's development build greets with this line; its production build carries no such text.
  const development = scripts.filter((n) => readFileSync(join(assets, n), 'utf8').includes('react.dev/link/react-devtools'));
  expect(development).toEqual([]);
}, 180_000);
