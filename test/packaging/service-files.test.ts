// The service-manager files in packaging/ cannot run here (no systemd in the build container, no
// Windows): they are read instead. The unit must restart the host always, and its ExecStart must run
// the real browser host from the working directory; the Windows task must start the keeper script at
// logon with no time limit, and that script must restart the host in a loop.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const packaging = join(root, 'packaging');

/** A systemd unit as section → key → values (a key may repeat, e.g. Environment). */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1] ?? '', current);
      return;
    }
    const kv = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!kv || current === null) throw new Error(`line ${i + 1} is neither a [Section] nor Key=Value inside one: ${raw}`);
    const [, key = '', value = ''] = kv;
    current.set(key, [...(current.get(key) ?? []), value]);
  });
  return sections;
}

describe('systemd unit', () => {
  const unit = parseUnit(readFileSync(join(packaging, 'linux', 'hall-terminal.service'), 'utf8'));
  const service = unit.get('Service');
  const one = (key: string) => service?.get(key)?.[0];

  it('has the three sections and restarts the host always, never giving up', () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    expect(one('Restart')).toBe('always');
    expect(Number(one('RestartSec'))).toBeGreaterThan(0);
    expect(unit.get('Unit')?.get('StartLimitIntervalSec')?.[0]).toBe('0');
    expect(unit.get('Install')?.get('WantedBy')?.[0]).toBe('graphical.target');
  });

  it('runs as the kiosk user in the install folder with the config given by HALL_CONFIG', () => {
    expect(one('User')).toBe('kiosk');
    expect(one('WorkingDirectory')).toMatch(/^\//);
    const env = new Map((service?.get('Environment') ?? []).map((e) => e.split('=', 2) as [string, string]));
    expect(env.get('HALL_CONFIG')).toMatch(/^\/.*\.json$/);
    expect(env.get('NODE_ENV')).toBe('production');
    expect(env.has('DISPLAY')).toBe(true);
  });

  it('ExecStart runs the browser host that exists in this repository, in kiosk mode', () => {
    const [node, script, ...args] = (one('ExecStart') ?? '').split(/\s+/);
    expect(node).toMatch(/^\/.*\/node$/);
    expect(script).toBe('main/hosts/browser/cli.ts');
    expect(existsSync(join(root, script ?? ''))).toBe(true);
    // The host reads HALL_CONFIG, and --kiosk is a flag it knows.
    expect(args).toEqual(['--kiosk']);
    const cli = readFileSync(join(root, script ?? ''), 'utf8');
    expect(cli).toContain("'--kiosk'");
    expect(readFileSync(join(root, 'config', 'load.ts'), 'utf8')).toContain("env['HALL_CONFIG']");
  });
});

describe('Windows startup recipe', () => {
  const xml = readFileSync(join(packaging, 'windows', 'hall-terminal-task.xml'), 'utf8');
  const ps1 = readFileSync(join(packaging, 'windows', 'run-terminal.ps1'), 'utf8');

  it('the task starts the keeper script at logon, for ever, restarted on failure', () => {
    expect(xml).toMatch(/<LogonTrigger>[\s\S]*<Enabled>true<\/Enabled>[\s\S]*<\/LogonTrigger>/);
    expect(xml).toContain('<ExecutionTimeLimit>PT0S</ExecutionTimeLimit>');
    expect(xml).toMatch(/<RestartOnFailure>\s*<Interval>PT\d+M<\/Interval>\s*<Count>\d+<\/Count>/);
    expect(xml).toMatch(/-File "[^"]*\\run-terminal\.ps1"/);
    // Balanced: every opened element is closed (a hand-edited file that schtasks would refuse).
    const opened = [...xml.matchAll(/<([A-Za-z]+)[\s>]/g)].map((m) => m[1]);
    const closed = [...xml.matchAll(/<\/([A-Za-z]+)>/g)].map((m) => m[1]);
    expect(closed.sort()).toEqual(opened.sort());
  });

  it('the keeper script restarts the host in a loop with HALL_CONFIG set and the daily-restart code honoured', () => {
    expect(ps1).toMatch(/while \(\$true\)/);
    expect(ps1).toContain('$env:HALL_CONFIG = $Config');
    expect(ps1).toContain('-eq 75');
  });
});

describe('systemd unit of the Electron package', () => {
  const unit = parseUnit(readFileSync(join(packaging, 'linux', 'hall-terminal-electron.service'), 'utf8'));
  const service = unit.get('Service');

  it('runs the deb-installed executable as the kiosk user, restarted always', () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    expect(service?.get('Restart')?.[0]).toBe('always');
    expect(unit.get('Unit')?.get('StartLimitIntervalSec')?.[0]).toBe('0');
    expect(service?.get('User')?.[0]).toBe('kiosk');
    // /opt/<productName>/<executableName> as electron-builder.yml names them.
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^productName: hall-terminal$/m);
    expect(yml).toMatch(/^executableName: hall-terminal$/m);
    expect(service?.get('ExecStart')?.[0]).toBe('/opt/hall-terminal/hall-terminal');
    // The installed terminal finds its config itself (install-paths.ts): no HALL_CONFIG needed.
    expect(service?.get('WorkingDirectory')?.[0]).toBe('/var/lib/hall-terminal');
  });
});
