// 电子监察: the follow-ups of bad ratings (they carry the citizen's phone: counter terminals only), the
// hall's figures of a day and its terminals' latest heartbeats.
import { PlatformError } from '../platform-error.ts';
import { family, type PlatformServices } from './family.ts';

export const supervisionRoutes = (s: PlatformServices) =>
  family(
    {
      'supervision.followUps': async ({ query, terminalId, tx }) => {
        if ((await s.auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', "only a staff (counter) terminal reads the follow-ups of bad ratings: they carry the citizen's phone");
        return { followUps: await s.supervision.followUps(query, tx) };
      },
      'supervision.updateFollowUp': async ({ params, body, terminalId, tx }) => {
        if ((await s.auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', 'only a staff (counter) terminal updates the follow-ups of bad ratings');
        return s.supervision.updateFollowUp(params.followUpId, body, tx);
      },
      'supervision.daily': ({ query, tx, hall }) => s.supervision.daily(query.date, tx, hall),
      'supervision.terminals': async ({ tx, hall }) => ({ terminals: await s.auth.health(tx, hall) }),
    },
    { 'supervision.followUps': 'snapshot', 'supervision.daily': 'snapshot', 'supervision.terminals': 'statements' },
  );
