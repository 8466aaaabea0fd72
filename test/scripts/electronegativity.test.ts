import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, loadAccepted, scan, type Finding } from '../../scripts/electronegativity.ts';

const finding = (check: string, severity: Finding['severity']): Finding => ({ check, severity, file: 'main.ts', line: 1, reviewOnly: false, description: 'd' });
const accept = (check: string) => ({ check, why: 'a reason long enough to read' });

describe('judge', () => {
  it('fails on every HIGH, even one listed as accepted', () => {
    const v = judge([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')], [accept('CONTEXT_ISOLATION_JS_CHECK')]);
    expect(v.failures.some((f) => f.startsWith('HIGH CONTEXT_ISOLATION_JS_CHECK'))).toBe(true);
  });

  it('fails on a MEDIUM not accepted, passes an accepted one, notes LOW ones', () => {
    const v = judge([finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('CSP_GLOBAL_CHECK', 'MEDIUM'), finding('OPEN_EXTERNAL_JS_CHECK', 'LOW')], [accept('CSP_GLOBAL_CHECK')]);
    expect(v.failures).toEqual(['MEDIUM not accepted: SANDBOX_JS_CHECK (MEDIUM) at main.ts:1: d']);
    expect(v.accepted.map((f) => f.check)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(v.notes.map((f) => f.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('fails on an acceptance that matches nothing any more', () => {
    expect(judge([], [accept('CSP_GLOBAL_CHECK')]).failures).toEqual(['accepted CSP_GLOBAL_CHECK matches no MEDIUM finding any more: remove it from the list']);
  });
});

describe('the accepted list', () => {
  it('is valid, and says why for each check', () => {
    const list = loadAccepted(readFileSync(new URL('../../scripts/electronegativity-accepted.json', import.meta.url), 'utf8'), 'accepted');
    expect(list.length).toBeGreaterThan(0);
  });

  it('names what is wrong with a bad one', () => {
    expect(() => loadAccepted('[{"check":"CSP_GLOBAL_CHECK"}]', 'list.json')).toThrow(/list\.json: .*0\.why/);
    expect(() => loadAccepted('[{"check":"CSP","why":"short"}]', 'list.json')).toThrow(/0\.why/);
    expect(() => loadAccepted('{', 'list.json')).toThrow(/list\.json: not JSON/);
  });
});

describe('scan (offline)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a window with Node in its page', async () => {
    writeFileSync(join(dir, 'main.js'), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n");
    const findings = await scan(dir);
    const v = judge(findings, []);
    expect(findings.filter((f) => f.severity === 'HIGH').map((f) => f.check)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK']));
    expect(v.failures.length).toBeGreaterThan(0);
  });

  it('passes the Electron host with the accepted list', async () => {
    const accepted = loadAccepted(readFileSync(new URL('../../scripts/electronegativity-accepted.json', import.meta.url), 'utf8'), 'accepted');
    const v = judge(await scan(new URL('../../main/hosts/electron', import.meta.url).pathname), accepted);
    expect(v.failures).toEqual([]);
  });
});
