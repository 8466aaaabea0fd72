// Electronegativity (Doyensec's Electron security checker) over the Electron host, in `npm test`:
// fails on any HIGH finding, on a MEDIUM one not accepted in electronegativity-accepted.json (each
// with why), and on an acceptance that no longer matches anything (so the list stays true).
//   node scripts/electronegativity.ts [folder]      (default main/hosts/electron)
// Offline: the checker would fetch translations and Electron's release list; its `got` is answered
// with a refusal and the release check is left out, so a run never waits on the network.
import { readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '..');

export interface Finding {
  readonly check: string;
  readonly severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  readonly file: string;
  readonly line: number;
  readonly reviewOnly: boolean;
  readonly description: string;
}

const Accepted = z.array(z.object({ check: z.string().regex(/^[A-Z_]+$/), why: z.string().min(20) }).strict());
export type Accepted = z.infer<typeof Accepted>;

export function loadAccepted(text: string, source: string): Accepted {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${source}: not JSON (${(e as Error).message})`, { cause: e });
  }
  const parsed = Accepted.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new Error(`${source}: each entry is { "check": "CHECK_ID", "why": "a reason of 20+ characters" }: ${where}`);
  }
  return parsed.data;
}

export interface Verdict {
  readonly failures: readonly string[];
  readonly accepted: readonly Finding[];
  readonly notes: readonly Finding[];
}

export function judge(findings: readonly Finding[], accepted: Accepted): Verdict {
  const failures: string[] = [];
  const ok: Finding[] = [];
  const notes: Finding[] = [];
  const acceptedChecks = new Set(accepted.map((a) => a.check));
  const at = (f: Finding) => `${f.check} (${f.severity}) at ${f.file}:${f.line}: ${f.description}`;
  for (const f of findings) {
    if (f.severity === 'HIGH') failures.push(`HIGH ${at(f)}`);
    else if (f.severity === 'MEDIUM' && !acceptedChecks.has(f.check)) failures.push(`MEDIUM not accepted: ${at(f)}`);
    else if (f.severity === 'MEDIUM') ok.push(f);
    else notes.push(f);
  }
  for (const a of accepted) {
    if (!findings.some((f) => f.check === a.check && f.severity === 'MEDIUM')) {
      failures.push(`accepted ${a.check} matches no MEDIUM finding any more: remove it from the list`);
    }
  }
  return { failures, accepted: ok, notes };
}

let offline = false;
function stubNetwork(): void {
  if (offline) return;
  offline = true;
  const stub = 'file:///hall-offline/got.cjs';
  registerHooks({
    resolve: (specifier, context, next) => (specifier === 'got' ? { url: stub, format: 'commonjs', shortCircuit: true } : next(specifier, context)),
    load: (url, context, next) =>
      url === stub
        ? {
            format: 'commonjs',
            shortCircuit: true,
            source: "const refuse = () => Promise.reject(new Error('offline')); module.exports = Object.assign(refuse, { head: refuse, get: refuse, default: refuse });",
          }
        : next(url, context),
  });
}

interface RawIssue {
  id: string;
  file: string;
  location?: { line?: number };
  severity: { name: string };
  manualReview?: boolean;
  description: string;
}

/** Runs the checker over `folder` for the Electron version of package.json. */
export async function scan(folder: string): Promise<Finding[]> {
  stubNetwork();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
  const electronVersion = (pkg.optionalDependencies?.['electron'] ?? '').replace(/^[\^~]/, '');
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as (o: object) => Promise<{ issues: RawIssue[] }>;
  // It says so on the console when translations cannot be fetched: expected offline, and not ours.
  const log = console.log;
  console.log = () => {};
  let issues: RawIssue[];
  try {
    ({ issues } = await run({ input: folder, electronVersionOverride: electronVersion, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'] }));
  } finally {
    console.log = log;
  }
  return issues.map((i) => ({
    check: i.id,
    severity: i.severity.name as Finding['severity'],
    file: i.file === 'N/A' ? '(global)' : relative(ROOT, i.file),
    line: i.location?.line ?? 0,
    reviewOnly: Boolean(i.manualReview),
    description: i.description,
  }));
}

if (import.meta.main) {
  const folder = resolve(process.argv[2] ?? join(ROOT, 'main/hosts/electron'));
  const listFile = join(ROOT, 'scripts/electronegativity-accepted.json');
  const verdict = judge(await scan(folder), loadAccepted(readFileSync(listFile, 'utf8'), listFile));
  for (const f of verdict.accepted) console.log(`electronegativity: accepted ${f.check} at ${f.file}:${f.line}`);
  for (const f of verdict.notes) console.log(`electronegativity: note ${f.check} (${f.severity}) at ${f.file}:${f.line}`);
  for (const f of verdict.failures) console.error(`electronegativity: ${f}`);
  if (verdict.failures.length) process.exit(1);
  console.log(`electronegativity: ${relative(ROOT, folder)} passes (0 HIGH, ${verdict.accepted.length} accepted MEDIUM)`);
}
