// Help calls (帮办代办) from the kiosks of the caller's hall, and their handling by staff.
import { family, type PlatformServices } from './family.ts';

export const helpRoutes = (s: PlatformServices) =>
  family(
    {
      'help.create': ({ body, terminalId, tx, hall }) => s.help.call(terminalId!, body.reason, body.place, tx, hall),
      'help.get': ({ params, terminalId, tx }) => s.help.get(params.callId, terminalId!, tx),
      'help.cancel': ({ params, terminalId, tx }) => s.help.cancel(params.callId, terminalId!, tx),
      'help.acknowledge': ({ params, body, tx, hall }) => s.help.acknowledge(params.callId, body.staff, tx, hall),
      'help.resolve': ({ params, tx, hall }) => s.help.resolve(params.callId, tx, hall),
      'help.listOpen': async ({ tx, hall }) => ({ calls: await s.help.open(tx, hall) }),
    },
    { 'help.get': 'statements', 'help.listOpen': 'statements' },
  );
