// Search ranks from an in-memory copy of the catalogue's search text (main/store/search-memo.ts). These
// tests check that the copy never answers from a catalogue that is no longer stored: after applies on
// the same connection, after writes through another connection, after a rebuild that renumbers rows,
// and that a warm copy answers exactly what a cold one (a fresh connection) answers.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import { CatalogueRepo, openDatabase, type Db, type SearchHit } from '../../../main/store/index.ts';
import { compareRanked, TopK, type Rankable } from '../../../main/store/search-rank.ts';
import { item, snapshot, type DeptKey } from './catalogue-fixtures.ts';

let dir: string;
let path: string;
const open: Db[] = [];

function connect(): { db: Db; repo: CatalogueRepo } {
  const db = openDatabase(path);
  open.push(db);
  return { db, repo: new CatalogueRepo(db) };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'search-memo-'));
  path = join(dir, 'terminal.db');
});
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const names = (hits: SearchHit[]): string[] => hits.map((h) => h.name);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the in-memory copy follows the stored catalogue', () => {
  it('after a delta, a deletion and a rebuild on the same connection', () => {
    const { repo } = connect();
    const a = item({ seq: 1, name: '居民身份证换领' });
    const b = item({ seq: 2, name: '居民身份证补领' });
    must(repo.applyFull(snapshot(1, [a, b])));
    expect(names(repo.search('身份证'))).toEqual(['居民身份证换领', '居民身份证补领']);

    must(repo.applyDelta({ fromVersion: 1, toVersion: 2, upserts: { items: [{ ...a, name: '居民身份证到期换领' }] }, deletions: {} }));
    expect(names(repo.search('身份证'))).toEqual(['居民身份证补领', '居民身份证到期换领']);
    expect(names(repo.search('到期'))).toEqual(['居民身份证到期换领']);

    must(repo.applyDelta({ fromVersion: 2, toVersion: 3, upserts: {}, deletions: { items: [b.id] } }));
    expect(names(repo.search('身份证'))).toEqual(['居民身份证到期换领']);
    expect(repo.search('补领')).toEqual([]);

    // A rebuild deletes and reinserts every row: row numbers now belong to other items.
    const c = item({ seq: 3, name: '普通护照签发' });
    must(repo.applyFull(snapshot(4, [c, b]), { rebuild: true }));
    expect(names(repo.search('护照'))).toEqual(['普通护照签发']);
    expect(names(repo.search('身份证'))).toEqual(['居民身份证补领']);
  });

  it('after writes through another connection (a sync on a worker thread)', () => {
    const reader = connect();
    const writer = connect();
    must(writer.repo.applyFull(snapshot(1, [item({ seq: 1, name: '户口迁移' })])));
    expect(names(reader.repo.search('户口'))).toEqual(['户口迁移']);

    must(writer.repo.applyFull(snapshot(2, [item({ seq: 1, name: '户口迁入' }), item({ seq: 2, name: '户口迁出' })])));
    expect(names(reader.repo.search('户口'))).toEqual(['户口迁入', '户口迁出']);
    expect(reader.repo.search('迁移')).toEqual([]);
  });

  it('a failed apply leaves the copy answering from the previous catalogue', () => {
    const { repo } = connect();
    must(repo.applyFull(snapshot(1, [item({ seq: 1, name: '出生登记' })])));
    expect(names(repo.search('出生'))).toEqual(['出生登记']);
    const bad = { ...item({ seq: 2, name: '出生医学证明' }), deptCode: 'not a code' };
    expect(repo.applyFull(snapshot(2, [item({ seq: 1, name: '出生登记' }), bad])).ok).toBe(false);
    expect(names(repo.search('出生'))).toEqual(['出生登记']);
  });

  it('counts uses at once, and another connection sees them', () => {
    const first = connect();
    const a = item({ seq: 1, name: '居民身份证换领' });
    const b = item({ seq: 2, name: '居民身份证补领' });
    must(first.repo.applyFull(snapshot(1, [a, b])));
    expect(names(first.repo.search('身份证'))[0]).toBe('居民身份证换领');
    first.repo.recordUse(b.id);
    expect(names(first.repo.search('身份证'))[0]).toBe('居民身份证补领');
    const second = connect();
    expect(names(second.repo.search('身份证'))[0]).toBe('居民身份证补领');
    // Uses survive a change to the item itself.
    must(first.repo.applyDelta({ fromVersion: 1, toVersion: 2, upserts: { items: [{ ...b, keywords: ['补身份证'] }] }, deletions: {} }));
    expect(names(first.repo.search('身份证'))[0]).toBe('居民身份证补领');
  });
});

// A small catalogue that random steps change; a fresh connection's cold copy is the reference.
const NAMES = ['居民身份证换领', '居民身份证补领', '户口迁移', '户口迁入', '出生登记', '普通护照签发', '营业执照补领', '住房公积金提取', '社会保障卡补领', '结婚登记'];
const QUERIES = ['证', '身份证', '户口', 'hk', 'sfz', '登记', '补领', 'gjj', '公安', '换领', '护照'];
const DEPTS: DeptKey[] = ['ps', 'amr', 'hf'];

type Step =
  | { kind: 'upsert'; seq: number; name: number; dept: number; kiosk: boolean; keyword: number | null }
  | { kind: 'delete'; seq: number }
  | { kind: 'rebuild' }
  | { kind: 'use'; seq: number }
  | { kind: 'other'; seq: number; name: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    seq: fc.integer({ min: 1, max: 8 }),
    name: fc.nat(NAMES.length - 1),
    dept: fc.nat(DEPTS.length - 1),
    kiosk: fc.boolean(),
    keyword: fc.option(fc.nat(NAMES.length - 1)),
  }),
  fc.record({ kind: fc.constant('delete' as const), seq: fc.integer({ min: 1, max: 8 }) }),
  fc.constant({ kind: 'rebuild' as const }),
  fc.record({ kind: fc.constant('use' as const), seq: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('other' as const), seq: fc.integer({ min: 1, max: 8 }), name: fc.nat(NAMES.length - 1) }),
);

describe('a warm copy answers what a cold one answers', () => {
  it('through random deltas, deletions, rebuilds, uses and writes from another connection (property, 60 runs)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        for (const db of open.splice(0)) db.close();
        rmSync(path, { force: true });
        rmSync(`${path}-wal`, { force: true });
        rmSync(`${path}-shm`, { force: true });
        const main = connect();
        const other = connect();
        const stored = new Map<number, ServiceItem>();
        // Item seq -> dept, so that a seq always means the same id.
        const deptOf = (seq: number): DeptKey => DEPTS[seq % DEPTS.length]!;
        let version = must(main.repo.applyFull(snapshot(1, []))).version;
        for (const s of steps) {
          if (s.kind === 'upsert' || s.kind === 'other') {
            const it = item({
              seq: s.seq,
              dept: deptOf(s.seq),
              name: `${NAMES[s.name]!}${s.seq}`,
              ...(s.kind === 'upsert' ? { kiosk: s.kiosk, keywords: s.keyword === null ? [] : [NAMES[s.keyword]!] } : {}),
            });
            const repo = s.kind === 'other' ? other.repo : main.repo;
            version = must(repo.applyDelta({ fromVersion: version, toVersion: version + 1, upserts: { items: [it] }, deletions: {} })).version;
            stored.set(s.seq, it);
          } else if (s.kind === 'delete') {
            const gone = stored.get(s.seq);
            if (!gone) continue;
            version = must(main.repo.applyDelta({ fromVersion: version, toVersion: version + 1, upserts: {}, deletions: { items: [gone.id] } })).version;
            stored.delete(s.seq);
          } else if (s.kind === 'rebuild') {
            version = must(main.repo.applyFull(snapshot(version + 1, [...stored.values()].reverse()), { rebuild: true })).version;
          } else {
            const used = stored.get(s.seq);
            if (used) main.repo.recordUse(used.id);
          }
          for (const q of QUERIES) main.repo.search(q); // keep the copy warm between steps
        }
        const cold = connect();
        for (const q of QUERIES) {
          for (const options of [{}, { audience: 'person' as const }, { limit: 3 }]) {
            expect(main.repo.search(q, options), `${q} ${JSON.stringify(options)}`).toEqual(cold.repo.search(q, options));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('TopK', () => {
  const entry = fc.record({ tier: fc.constantFrom(10, 20, 30, 70), uses: fc.nat(3), kiosk: fc.boolean(), length: fc.integer({ min: 1, max: 6 }) });
  it('keeps exactly the first `limit` of a full sort, in order (property, 500 runs)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (raw, limit) => {
        const entries = raw.map((e, no) => ({ tier: e.tier, item: { uses: e.uses, kiosk: e.kiosk, length: e.length, no } satisfies Rankable }));
        const top = new TopK<Rankable>(limit);
        for (const e of entries) top.offer(e.tier, e.item);
        const sorted = [...entries].sort((a, b) => compareRanked(a.tier, a.item, b.tier, b.item)).slice(0, limit);
        expect(top.result().map((e) => e.item.no)).toEqual(sorted.map((e) => e.item.no));
      }),
      { numRuns: 500 },
    );
  });

  it('cap() tells exactly which tiers could still get in (property, 500 runs)', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 10 }), entry, (raw, limit, next) => {
        const top = new TopK<Rankable>(limit);
        raw.forEach((e, no) => top.offer(e.tier, { uses: e.uses, kiosk: e.kiosk, length: e.length, no }));
        const item = { uses: next.uses, kiosk: next.kiosk, length: next.length, no: raw.length };
        const cap = top.cap(item);
        for (const tier of [10, 20, 30, 70]) {
          const trial = new TopK<Rankable>(limit);
          for (const e of top.result()) trial.offer(e.tier, e.item);
          trial.offer(tier, item);
          expect(trial.result().some((e) => e.item === item), `tier ${tier}, cap ${cap}`).toBe(tier <= cap);
        }
      }),
      { numRuns: 500 },
    );
  });
});
