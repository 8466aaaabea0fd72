// within (platform/store/within.ts), on SQLite and PostgreSQL: a method given the caller's transaction
// works inside it (its writes commit or roll back with the caller's), not given it opens its own;
// withinUndoable undoes what a refused step wrote (a savepoint in the caller's transaction, a rollback
// of its own) and keeps the rest of the caller's work.
import { afterAll, describe, expect, it } from 'vitest';
import type { Storage, Transaction } from '../../../platform/store/storage.ts';
import { within, withinUndoable } from '../../../platform/store/within.ts';
import { closeStorageKinds, storageKinds } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds, 60_000);

describe.each(storageKinds)('within over $name', ({ open, skip }) => {
  /** A fresh storage of the kind (the platform's schema beside it) with a table of its own. */
  const fresh = async () => {
    const s = await open();
    await s.exec('CREATE TABLE t (id BIGINT PRIMARY KEY, label TEXT NOT NULL)');
    return s;
  };
  const labels = async (s: Storage) => (await s.query<{ label: string }>('SELECT label FROM t ORDER BY id')).map((r) => r.label);
  const add = (s: Storage, id: number, label: string, q?: Transaction) => within(s, q, (tx) => tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [id, label]));

  it.skipIf(skip)('opens its own transaction when not given one, and joins the one given', { timeout: 120_000 }, async () => {
    const s = await fresh();
    await add(s, 1, 'alone');
    expect(await labels(s)).toEqual(['alone']);
    // Joined: rolled back with the caller's transaction.
    await expect(
      s.transaction(async (tx) => {
        await add(s, 2, 'joined', tx);
        expect(await tx.one('SELECT label FROM t WHERE id = 2')).toEqual({ label: 'joined' });
        throw new Error('the caller refuses');
      }),
    ).rejects.toThrow('the caller refuses');
    expect(await labels(s)).toEqual(['alone']);
    // Not joined, inside another transaction of the same storage: refused, not deadlocked.
    await expect(s.transaction(async () => add(s, 3, 'nested'))).rejects.toThrow(/inside a transaction/);
  });

  it.skipIf(skip)('withinUndoable undoes a refused step, in its own transaction and inside the caller\'s', { timeout: 120_000 }, async () => {
    const s = await fresh();
    const step = (id: number, ok: boolean, q?: Transaction) =>
      withinUndoable(
        s,
        q,
        async (tx) => {
          await tx.run('INSERT INTO t (id, label) VALUES (?, ?)', [id, ok ? 'kept' : 'undone']);
          return ok;
        },
        (v) => v,
      );
    expect(await step(1, true)).toBe(true);
    expect(await step(2, false)).toBe(false);
    expect(await labels(s)).toEqual(['kept']);
    await s.transaction(async (tx) => {
      await tx.run("INSERT INTO t (id, label) VALUES (10, 'before')");
      expect(await step(11, false, tx)).toBe(false);
      expect(await step(12, true, tx)).toBe(true);
      // A throwing step is undone too and the caller may carry on.
      await expect(withinUndoable(s, tx, async (t) => { await t.run("INSERT INTO t (id, label) VALUES (13, 'x')"); await t.run('INSERT INTO t (id, label) VALUES (10, ?)', ['duplicate']); }, () => true)).rejects.toThrow();
      await tx.run("INSERT INTO t (id, label) VALUES (14, 'after')");
    });
    expect(await labels(s)).toEqual(['kept', 'before', 'kept', 'after']);
  });

  it.skipIf(skip)('sets the savepoint only before the first write: a refusal found by reads sends none, a kept step no RELEASE', { timeout: 120_000 }, async () => {
    const s = await fresh();
    await s.run("INSERT INTO t (id, label) VALUES (1, 'one')");
    const sent: string[] = [];
    await s.transaction(async (real) => {
      const tx: Transaction = { ...real, exec: async (sql) => (sent.push(sql), real.exec(sql)), one: real.one, query: real.query, run: real.run, notify: real.notify, dialect: real.dialect };
      const readOnly = await withinUndoable(s, tx, async (t) => (await t.one<{ label: string }>('SELECT label FROM t WHERE id = 1'))?.label === 'none', (v) => v);
      expect(readOnly).toBe(false);
      expect(sent).toEqual([]);
      const kept = await withinUndoable(s, tx, async (t) => (await t.run("INSERT INTO t (id, label) VALUES (2, 'two')")).changes === 1, (v) => v);
      expect(kept).toBe(true);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(/^SAVEPOINT undo_\d+$/);
      const undone = await withinUndoable(s, tx, async (t) => (await t.run("INSERT INTO t (id, label) VALUES (3, 'three')"), false), (v) => v);
      expect(undone).toBe(false);
      expect(sent.slice(1).map((x) => x.replace(/\d+$/, 'n'))).toEqual(['SAVEPOINT undo_n', 'ROLLBACK TO SAVEPOINT undo_n']);
    });
    expect(await labels(s)).toEqual(['one', 'two']);
  });
});
