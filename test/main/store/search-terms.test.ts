// The index terms of an item do not depend on which items the same TermIndexer saw before it: its
// caches (per text, per name with keywords, per department) give what a fresh indexer gives.
import { describe, expect, it } from 'vitest';
import { itemTerms, TermIndexer } from '../../../main/store/search-terms.ts';
import { item } from './catalogue-fixtures.ts';

const items = [
  item({ seq: 1, name: '居民身份证换领', keywords: ['身份证到期', '换证'] }),
  // Same name, other keywords; the same keywords in another order; none at all.
  item({ seq: 2, name: '居民身份证换领', keywords: ['身份证损坏'] }),
  item({ seq: 3, name: '居民身份证换领', keywords: ['换证', '身份证到期'] }),
  item({ seq: 4, name: '居民身份证换领' }),
  // Same name and keywords in another department, with other conditions and materials.
  item({ seq: 1, dept: 'amr', name: '居民身份证换领', keywords: ['身份证到期', '换证'], condition: '营业执照遗失的企业。', materials: ['营业执照副本'] }),
  // A keyword that is another item's name, and a name that is another item's keywords joined.
  item({ seq: 5, name: '身份证到期', keywords: ['居民身份证换领'] }),
  item({ seq: 6, name: '身份证到期换证' }),
  // Texts that normalise alike (full-width letters, spaces) share entries, and must still be right.
  item({ seq: 7, name: 'Ｃ１驾驶证　换证', keywords: ['  c1驾驶证 ', '换证', '换证'] }),
  item({ seq: 8, name: 'C1驾驶证 换证', keywords: ['C1驾驶证'] }),
  item({ seq: 9, name: '重庆银行开户', keywords: ['银行'], materials: ['申请表', '身份证'] }),
];

describe('itemTerms with one TermIndexer for a whole apply', () => {
  it('gives every item the terms a fresh indexer gives it, in any order', () => {
    const fresh = items.map((it) => itemTerms(it, new TermIndexer()));
    const shared = new TermIndexer();
    expect(items.map((it) => itemTerms(it, shared))).toEqual(fresh);
    const reversed = new TermIndexer();
    expect([...items].reverse().map((it) => itemTerms(it, reversed))).toEqual([...fresh].reverse());
  });

  it('keeps each item its own department, conditions and materials', () => {
    const shared = new TermIndexer();
    const [a, , , , b] = items.map((it) => itemTerms(it, shared));
    expect(a!.namePinyin).toBe(b!.namePinyin);
    expect(a!.deptNorm).not.toBe(b!.deptNorm);
    expect(b!.conditionsNorm).toBe('营业执照遗失的企业。');
    expect(b!.materialsNorm).toBe('营业执照副本');
    expect(b!.grams).toContain('监督');
    expect(a!.grams).not.toContain('监督');
  });
});
