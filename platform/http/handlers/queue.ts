// The caller's hall's queue (queues.of(ctx.hall)): businesses and counts, tickets issued, checked in
// and imported from offline, a window's actions and status, the board, appointments and booking.
import type { Transaction } from '../../store/storage.ts';
import { PlatformError, unwrap } from '../platform-error.ts';
import { family, type PlatformServices } from './family.ts';

export function queueRoutes(s: PlatformServices) {
  const { queues } = s;
  /** No new citizen is called at a paused window. */
  const notPaused = async (windowId: string, tx: Transaction, hall: string) => {
    if (await s.staffDuty.isPaused(windowId, tx, hall)) throw new PlatformError('queue.windowPaused', `window ${windowId} is paused (暂停服务): resume it first`);
  };
  return family(
    {
      'queue.categories': async ({ tx, hall }) => {
        const queue = queues.of(hall);
        const c = await queue.configuration(tx);
        return { businessDate: queue.businessDate(), categories: c.categories, windows: c.windows };
      },
      'queue.counts': async ({ tx, hall }) => ({ businessDate: queues.of(hall).businessDate(), counts: await queues.of(hall).counts(undefined, tx) }),
      'queue.issueTicket': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).issueTicket({ ...body, terminalId: terminalId! }, tx)),
      'queue.checkIn': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).checkIn({ ...body, terminalId: terminalId! }, tx)),
      'queue.offlineTicket': async ({ body, terminalId, tx, hall }) =>
        unwrap(await queues.of(hall).importOfflineTicket({ ...body, issuedAt: Date.parse(body.issuedAt), terminalId: terminalId! }, tx)),
      'queue.getTicket': async ({ params, tx, hall }) => unwrap(await queues.of(hall).getTicket(params.ticketId, tx)),
      'queue.windowAction': async ({ params, body, tx, hall }) => {
        const queue = queues.of(hall);
        const at = { windowId: params.windowId, ...(body.ticketId === undefined ? {} : { ticketId: body.ticketId }) };
        switch (body.action) {
          case 'callNext':
            await notPaused(params.windowId, tx, hall);
            return unwrap(await queue.callNext(params.windowId, tx));
          case 'recall':
            return unwrap(await queue.recall(at, tx));
          case 'start':
            return unwrap(await queue.startServing(at, tx));
          case 'skip':
            return unwrap(await queue.skip(at, tx));
          case 'hold':
            return unwrap(await queue.hold(at, tx));
          case 'callBack':
            await notPaused(params.windowId, tx, hall);
            return unwrap(await queue.callBack({ windowId: params.windowId, ticketId: body.ticketId! }, tx));
          case 'transfer':
            return unwrap(
              await queue.transfer(
                {
                  ...at,
                  ...(body.toCategoryId === undefined ? {} : { toCategoryId: body.toCategoryId }),
                  ...(body.toWindowId === undefined ? {} : { toWindowId: body.toWindowId }),
                  ...(body.position ? { position: body.position } : {}),
                },
                tx,
              ),
            );
          case 'finish':
            return unwrap(await queue.finish(at, tx));
          default:
            return body.action satisfies never;
        }
      },
      'queue.board': ({ query, tx, hall }) => queues.of(hall).board(query.limit ?? 10, tx),
      'queue.windowStatus': async ({ params, tx, hall }) => {
        const w = unwrap(await queues.of(hall).windowStatus(params.windowId, tx));
        return { ...w, held: [...w.held], paused: (await s.staffDuty.isPaused(params.windowId, tx, hall)) && w.staffId !== null };
      },
      'appointments.slots': async ({ query, tx, hall }) => unwrap(await queues.of(hall).appointmentSlots(query, tx)),
      'appointments.book': async ({ body, terminalId, tx, hall }) => unwrap(await queues.of(hall).book({ ...body, channel: `${body.channel}:${terminalId!}`.slice(0, 64) }, tx)),
    },
    {
      'queue.categories': 'snapshot',
      'queue.counts': 'snapshot',
      'queue.getTicket': 'snapshot',
      'queue.windowStatus': 'snapshot',
      'queue.board': 'snapshot',
      'appointments.slots': 'snapshot',
    },
  );
}
