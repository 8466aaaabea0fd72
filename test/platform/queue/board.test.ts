// The hall's call board (queue.board): today's latest calls newest first (one per ticket, at its
// latest call, a recall marked), the counts, the businesses' names and the windows open or closed.
import { afterEach, describe, expect, it } from 'vitest';
import { queueBoardSchema } from '../../../domain/queue.ts';
import { cleanUp, issue, openQueue, value } from './support.ts';

afterEach(cleanUp);

describe('queue.board', () => {
  it('says an empty day plainly: no calls, zero counts, every business and window', async () => {
    const h = await openQueue();
    const board = await h.queue.board(10);
    expect(queueBoardSchema.parse(board)).toEqual(board);
    expect(board.calls).toEqual([]);
    expect(board.categories.map((c) => [c.id, c.prefix])).toEqual([['general', 'A'], ['social', 'B'], ['green', 'V']]);
    expect(board.counts.every((c) => c.waiting === 0)).toBe(true);
    // w03 has no staff on duty: closed; the others are open.
    expect(Object.fromEntries(board.windows.map((w) => [w.id, w.state]))).toEqual({ w01: 'open', w02: 'open', w03: 'closed' });
  });

  it('lists the calls newest first with their window, a recall once at its latest call, up to the limit', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    const b1 = await issue(h, 'social');
    await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    h.clock.advance(60_000);
    value(await h.queue.callNext('w02'));
    h.clock.advance(60_000);
    value(await h.queue.recall({ windowId: 'w01' }));
    const board = await h.queue.board(10);
    expect(board.calls.map((c) => [c.number, c.windowId, c.windowNumber, c.recall, c.callCount])).toEqual([
      [a1.number, 'w01', '1', true, 2],
      [b1.number, 'w02', '2', false, 1],
    ]);
    expect(board.calls[0]!.at).toBe(new Date(h.clock.now()).toISOString());
    expect(board.calls[0]).toMatchObject({ windowName: '1号窗口', area: '一楼A区', categoryId: 'general' });
    // One general ticket is still waiting, none of social.
    expect(board.counts.find((c) => c.categoryId === 'general')).toMatchObject({ waiting: 1, serving: 1 });
    expect(board.counts.find((c) => c.categoryId === 'social')).toMatchObject({ waiting: 0, serving: 1 });
    expect((await h.queue.board(1)).calls.map((c) => c.number)).toEqual([a1.number]);
  });

  it('keeps a finished call on the board (the hall saw it called) and leaves yesterday off', async () => {
    const h = await openQueue();
    const a1 = await issue(h, 'general');
    value(await h.queue.callNext('w01'));
    value(await h.queue.finish({ windowId: 'w01' }));
    expect((await h.queue.board(10)).calls.map((c) => c.number)).toEqual([a1.number]);
    h.clock.advance(24 * 3600_000);
    expect((await h.queue.board(10)).calls).toEqual([]);
  });
});
