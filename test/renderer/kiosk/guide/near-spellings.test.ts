import { describe, expect, it } from 'vitest';
import { categoryFor } from '../../../../renderer/src/kiosk/guide/category-for.ts';
import { nearSpellings } from '../../../../renderer/src/kiosk/guide/near-spellings.ts';
import type { CategoryTile } from '../../../../main/contract/index.ts';

describe('nearSpellings', () => {
  it('leaves out one letter at a time, then tries shorter beginnings', () => {
    expect(nearSpellings('sfzx')).toEqual(['fzx', 'szx', 'sfx', 'sfz', 'sf']);
    expect(nearSpellings('abcde', 20)).toEqual(['bcde', 'acde', 'abde', 'abce', 'abcd', 'abc', 'ab']);
  });

  it('never offers the query itself, a repeat, or fewer than two characters', () => {
    expect(nearSpellings('aab')).toEqual(['ab', 'aa']);
    expect(nearSpellings('ab')).toEqual([]);
    expect(nearSpellings(' ')).toEqual([]);
  });

  it('works on Chinese characters, not on UTF-16 halves', () => {
    expect(nearSpellings('身份证明')).toEqual(['份证明', '身证明', '身份明', '身份证', '身份']);
    expect(nearSpellings('𠀀𠀁𠀂')).toEqual(['𠀁𠀂', '𠀀𠀂', '𠀀𠀁']);
  });

  it('stops at the maximum', () => {
    expect(nearSpellings('abcdefghijkl')).toHaveLength(8);
  });
});

describe('categoryFor', () => {
  const tile = (id: string, deptNames: string[]): CategoryTile => ({
    id,
    name: id,
    description: '',
    prefix: 'A',
    area: '',
    deptNames,
    realNameRequired: false,
    waiting: 0,
    estimatedWaitMinutes: 0,
    offlineAvailable: false,
    openNow: true,
    opensAt: null,
    hoursText: '',
    greenChannel: null,
    bookable: false,
  });
  const tiles = [tile('general', ['民政局', '残联']), tile('police', ['公安分局']), tile('police2', ['公安分局'])];

  it('finds the first business serving the department', () => {
    expect(categoryFor(tiles, '公安分局')?.id).toBe('police');
    expect(categoryFor(tiles, '残联')?.id).toBe('general');
  });

  it('finds none for a department no business serves', () => {
    expect(categoryFor(tiles, '税务局')).toBeNull();
    expect(categoryFor([], '公安分局')).toBeNull();
  });
});
