// The terminal's own routes: health, enrolment, heartbeat, its hall's settings and notices.
import { family, isoNow, type PlatformServices } from './family.ts';

export const terminalRoutes = (s: PlatformServices) =>
  family(
    {
      'system.health': () => ({ status: 'ok', version: s.version, time: isoNow(s) }),
      'terminals.enrol': async ({ body, tx }) => ({
        terminalId: body.terminalId,
        credential: await s.auth.enrol(body.code, body.terminalId, body.role, tx),
        platformTime: isoNow(s),
      }),
      'terminals.heartbeat': async ({ body, terminalId, tx }) => {
        await s.auth.recordHeartbeat(terminalId!, body, tx);
        return { platformTime: isoNow(s) };
      },
      'terminals.settings': ({ tx, hall }) => s.hallSettings.get(tx, hall),
      'terminals.updateSettings': ({ body, tx, hall }) => s.hallSettings.set(body, tx, hall),
      'notices.list': async ({ tx, hall }) => ({ notices: await s.notices.list(tx, hall) }),
    },
    { 'system.health': 'statements', 'terminals.settings': 'statements', 'notices.list': 'statements' },
  );
