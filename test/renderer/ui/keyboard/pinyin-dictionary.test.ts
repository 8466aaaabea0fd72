import { describe, expect, it } from 'vitest';
import { buildPinyinIndex, gb2312Level1 } from '../../../../scripts/pinyin-index.ts';
import { candidatePage, candidatesFor, createDictionary, firstPiece, type PinyinIndexData } from '../../../../renderer/src/ui/keyboard/pinyin-dictionary.ts';

// A small hand-made index for the rules; the real one (built from the packages) for what citizens type.
const small: PinyinIndexData = {
  order: '身申是份分证正中心',
  chars: { shen: '身申', shi: '是', fen: '份分', zheng: '证正', zhong: '中', xin: '心' },
  words: '身份证:shen fen zheng|中心:zhong xin|身份:shen fen',
};
const dict = createDictionary(small);
const texts = (composition: string) => candidatesFor(dict, composition).map((c) => c.text);

describe('candidates for a composition', () => {
  it('full pinyin, initials and a mix find the same word', () => {
    for (const typed of ['shenfenzheng', 'sfz', 'shenfz', 'sfzheng', "shen'fen'zheng"]) expect(texts(typed)[0]).toBe('身份证');
  });

  it('words that take the whole composition come first, then words that take a first part, then the first syllable’s characters', () => {
    expect(texts('shenfen')).toEqual(['身份', '身', '申']);
    expect(texts('shenfenzhongxin')).toEqual(['身份', '身', '申']);
    expect(texts('shenfenzhengzhongxin')).toEqual(['身份证', '身份', '身', '申']);
    expect(texts('zhongxinshen')).toEqual(['中心', '中']);
  });

  it('a start of a syllable shows the characters of every syllable it starts, most used first', () => {
    expect(texts('sh')).toEqual(['身', '申', '是']);
    expect(texts('zh')).toEqual(['证', '正', '中']);
  });

  it('each candidate says how many letters it stands for', () => {
    const c = candidatesFor(dict, 'shenfen');
    expect(c.find((x) => x.text === '身份')?.consumed).toBe(7);
    expect(c.find((x) => x.text === '身')?.consumed).toBe(4);
    expect(firstPiece(dict, 'sfz')).toEqual({ piece: 's', consumed: 1, whole: false });
    expect(firstPiece(dict, "'shen")).toEqual({ piece: 'shen', consumed: 5, whole: true });
  });

  it('nothing for letters no syllable starts with, or for nothing', () => {
    expect(texts('vvv')).toEqual([]);
    expect(texts('')).toEqual([]);
    expect(texts("'")).toEqual([]);
  });
});

describe('paging', () => {
  const list = 'abcdefg'.split('').map((text) => ({ text, consumed: 1 }));
  it('cuts the candidates into pages and keeps the page in range', () => {
    expect(candidatePage(list, 0, 3)).toMatchObject({ page: 0, pages: 3, items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] });
    expect(candidatePage(list, 2, 3).items.map((c) => c.text)).toEqual(['g']);
    expect(candidatePage(list, 9, 3).page).toBe(2);
    expect(candidatePage(list, -1, 3).page).toBe(0);
    expect(candidatePage([], 0, 3)).toEqual({ items: [], page: 0, pages: 1 });
  });
});

describe('the index built from the packages', () => {
  const data = buildPinyinIndex();
  const real = createDictionary(data);
  const top = (typed: string, n = 5) => candidatesFor(real, typed).slice(0, n).map((c) => c.text);

  it('holds the 3,755 characters of GB 2312 level 1, each under its readings', () => {
    const level1 = gb2312Level1();
    expect(level1).toHaveLength(3755);
    expect(new Set(level1).size).toBe(3755);
    expect([...data.order].sort()).toEqual([...level1].sort());
    expect(data.chars['xing']).toContain('行');
    expect(data.chars['hang']).toContain('行');
    expect(data.chars['lv']).toContain('绿');
  });

  it('brings up the hall’s words from initials and from full pinyin', () => {
    expect(top('sfz')).toContain('身份证');
    expect(top('shenfenzheng')[0]).toBe('身份证');
    expect(top('gjj')).toContain('公积金');
    expect(top('gongjijin')[0]).toBe('公积金');
    expect(top('hukou')[0]).toBe('户口');
    expect(top('hk')).toContain('户口');
  });

  it('reads a polyphone in its word (银行 yin hang)', () => {
    expect(top('yinhang')).toContain('银行');
  });

  it('ranks characters by use, not in GB 2312’s pinyin order', () => {
    // 申 (申请, everywhere in the catalogue) first, though GB 2312 lists other shen characters before it.
    const shen = data.chars['shen'] ?? '';
    const inGbOrder = gb2312Level1().filter((c) => shen.includes(c));
    expect(shen[0]).toBe('申');
    expect(inGbOrder[0]).not.toBe('申');
    expect(shen).not.toBe(inGbOrder.join(''));
  });
});
