// The watchdog.* config section: defaults, and mistakes named by their key.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../../config/schema/index.ts';

const base = { terminal: { id: 'k1', role: 'kiosk', hallName: '大厅' } };

describe('watchdog config', () => {
  it('defaults to a 20 s heartbeat timeout and no daily restart', () => {
    const c = configSchema.parse(base);
    expect(c.watchdog).toEqual({ heartbeatTimeoutSeconds: 20, backoffMaxSeconds: 60 });
  });

  it('takes a quiet time', () => {
    const c = configSchema.parse({
      ...base,
      watchdog: { dailyRestartAt: '03:30' },
    });
    expect(c.watchdog.dailyRestartAt).toBe('03:30');
  });

  it('refuses a bad quiet time, a too short timeout and a misspelt key, naming each', () => {
    const r = configSchema.safeParse({ ...base, watchdog: { dailyRestartAt: '3:30', heartbeatTimeoutSeconds: 1, restartAt: '03:00' } });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('watchdog.dailyRestartAt');
    expect(paths).toContain('watchdog.heartbeatTimeoutSeconds');
    expect(paths).toContain('watchdog');
  });
});
