// Both hosts hold the page to the same policy: what the browser host serves is Electron's CSP,
// except that the browser page connects to its own server's WebSocket.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { startBrowserHost } from '../../../../main/hosts/browser/server.ts';
import { CSP } from '../../../../main/hosts/electron/lockdown-rules.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

const dir = mkdtempSync(join(tmpdir(), 'hall-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the kiosk page CSP', () => {
  it("is strict in Electron: nothing inline, no eval, no connections, nothing framed", () => {
    const e = directives(CSP);
    expect(e.get('default-src')).toBe("'none'");
    expect(e.get('script-src')).toBe("'self'");
    expect(e.get('connect-src')).toBe("'none'");
    expect(e.get('frame-ancestors')).toBe("'none'");
    expect(CSP).not.toMatch(/unsafe-|\*/);
  });

  it('is served by the browser host with the same directives, connect-src its own WebSocket', async () => {
    writeFileSync(join(dir, 'index.html'), '<p>kiosk</p>');
    const host = await startBrowserHost({ rendererDir: dir, port: 0, devPage: false, connect: () => () => {}, log: new EventLog(new ManualClock()).for('t') });
    try {
      const served = (await fetch(`${host.origin}/`)).headers.get('content-security-policy') ?? '';
      const b = directives(served);
      const e = directives(CSP);
      expect([...b.keys()].sort()).toEqual([...e.keys()].sort());
      for (const [name, value] of e) if (name !== 'connect-src') expect(b.get(name), name).toBe(value);
      expect(b.get('connect-src')).toBe(`'self' ${host.origin.replace(/^http/, 'ws')}`);
    } finally {
      await host.close();
    }
  });
});
