// What only a counter terminal (the window's staff) may do: sign staff in and out of its window, pause
// and resume it (上岗, 离岗, 暂停服务), accept a case (一窗受理) and hand a result over (综合出件).
import type { Transaction } from '../../store/storage.ts';
import { PlatformError } from '../platform-error.ts';
import { family, type PlatformServices } from './family.ts';

export function counterRoutes(s: PlatformServices) {
  const { staffDuty, intake } = s;
  /** Window staff routes: only a terminal enrolled as a counter. */
  const counterOnly = async (terminalId: string | null, tx: Transaction) => {
    if ((await s.auth.roleOf(terminalId ?? '', tx)) !== 'counter') throw new PlatformError('forbidden', 'only a counter terminal (role counter) signs staff in and out of a window');
  };
  return family({
    'staff.signIn': async ({ params, body, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.signIn(params.windowId, body, tx, hall);
    },
    'staff.signOut': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.signOut(params.windowId, tx, hall);
    },
    'staff.pause': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.pause(params.windowId, tx, hall);
    },
    'staff.resume': async ({ params, terminalId, tx, hall }) => {
      await counterOnly(terminalId, tx);
      return staffDuty.resume(params.windowId, tx, hall);
    },
    'intake.accept': async ({ body, terminalId, tx, hall }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.accept(body, tx, hall);
    },
    'intake.handOver': async ({ body, terminalId, tx }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.handOver(body, tx);
    },
    'intake.findCase': async ({ body, terminalId, tx }) => {
      await intake.requireCounter(terminalId!, tx);
      return intake.findCase(body.caseNumber, tx);
    },
  });
}
