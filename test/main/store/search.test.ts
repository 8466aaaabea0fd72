import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueRepo, openDatabase, type Db, type SearchHit } from '../../../main/store/index.ts';
import { codesOf, depts, item, snapshot, theme } from './catalogue-fixtures.ts';

let db: Db;
let repo: CatalogueRepo;

// Ranking fixture for 居住证: one item per tier, in shuffled catalogue order.
const rankItems = [
  item({ seq: 31, name: '流动人口登记', materials: ['居住证复印件'] }),
  item({ seq: 32, name: '居住证签注', kiosk: false }),
  item({ seq: 33, name: '随迁子女积分入学', keywords: ['居住证'] }),
  item({ seq: 34, name: '居住证' }),
  item({ seq: 35, name: '申领居住证卡' }),
  item({ seq: 36, name: '暂住登记', condition: '已取得居住证满一年的来本区人员。' }),
  item({ seq: 37, name: '居住证积分查询', kiosk: true }),
];

const items = [
  ...rankItems,
  item({ seq: 1, name: '居民身份证换领', keywords: ['身份证到期', '换身份证'] }),
  item({ seq: 2, name: '居民身份证补领', keywords: ['身份证丢了'], kiosk: true }),
  item({ seq: 3, name: '普通护照签发', keywords: ['办护照'] }),
  item({ seq: 4, name: '重庆户籍迁入', materials: ['迁移证'] }),
  item({ seq: 5, name: '绿色通道预约' }),
  item({ seq: 6, name: 'C1驾驶证期满换证' }),
  item({ seq: 7, name: '户口迁移', handle: 1 }),
  item({ seq: 8, name: 'A OR B 证明（NEAR测试）' }),
  item({ seq: 1, dept: 'amr', name: '营业执照补领', serverType: ['2', '3'], themes: ['startup'] }),
  item({ seq: 2, dept: 'amr', name: '个体工商户登记', serverType: ['1', '2'], themes: ['startup'] }),
  item({ seq: 1, dept: 'hf', name: '住房公积金提取', keywords: ['公积金'], materials: ['中国建设银行卡'] }),
  item({ seq: 2, dept: 'hf', name: '银行账户公积金缴存' }),
];

beforeAll(() => {
  db = openDatabase(':memory:');
  repo = new CatalogueRepo(db);
  const r = repo.applyFull(snapshot(1, items, [theme('startup', '开办企业', [codesOf({ seq: 1, dept: 'amr' }).id], 'enterprise')]));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
});
afterAll(() => db.close());

const names = (hits: SearchHit[]): string[] => hits.map((h) => h.name);
const why = (hits: SearchHit[]): string[] => hits.map((h) => `${h.name}:${h.match.field}/${h.match.kind}`);

describe('Chinese substrings', () => {
  it('finds one character, two characters and three or more', () => {
    expect(names(repo.search('护'))).toEqual(['普通护照签发']);
    expect(names(repo.search('护照'))).toEqual(['普通护照签发']);
    expect(names(repo.search('身份证'))).toEqual(['居民身份证补领', '居民身份证换领']);
    expect(names(repo.search('公积金提取'))).toEqual(['住房公积金提取']);
  });

  it('does not look for one or two characters in the guide text, where they would match everything', () => {
    expect(repo.search('迁移证')).toMatchObject([{ name: '重庆户籍迁入', match: { field: 'materials' } }]);
    expect(names(repo.search('迁移'))).toEqual(['户口迁移']);
  });

  it('requires every word of a query with spaces, ranking by the weakest', () => {
    expect(why(repo.search('身份证 补领'))).toEqual(['居民身份证补领:name/substring']);
    expect(why(repo.search('公积金 建设银行'))).toEqual(['住房公积金提取:materials/substring']);
  });
});

describe('pinyin', () => {
  it('finds full pinyin, with or without spaces, in any case or width', () => {
    for (const q of ['shenfenzheng', 'shen fen zheng', 'ShenFenZheng', 'ｓｈｅｎｆｅｎｚｈｅｎｇ']) {
      expect(names(repo.search(q)), q).toEqual(['居民身份证补领', '居民身份证换领']);
    }
    expect(repo.search('huzhao')).toMatchObject([{ name: '普通护照签发', match: { field: 'pinyin', kind: 'substring' } }]);
  });

  it('finds initials: sfz finds 身份证, two letters too', () => {
    expect(why(repo.search('sfz'))).toEqual(['居民身份证补领:initials/substring', '居民身份证换领:initials/substring']);
    expect(names(repo.search('hz'))).toContain('普通护照签发');
    expect(repo.search('jzz')[0]).toMatchObject({ name: '居住证', match: { field: 'initials', kind: 'exact' } });
  });

  it('takes one letter as the start of a reading, two as the start of any syllable or two initials', () => {
    expect(repo.search('hu')[0]).toMatchObject({ name: '户口迁移', match: { field: 'pinyin', kind: 'prefix' } });
    expect(repo.search('hu').find((h) => h.name === '普通护照签发')?.match).toEqual({ field: 'pinyin', kind: 'substring' });
    expect(repo.search('an').map((h) => h.name)).not.toContain('居民身份证换领'); // "huan": not a syllable start
    expect(why(repo.search('p'))).toEqual(['普通护照签发:pinyin/prefix']);
    expect(names(repo.search('y'))).toEqual(['营业执照补领', '银行账户公积金缴存']);
  });

  it('reads heteronyms in context and also as people often type them', () => {
    expect(names(repo.search('chongqing'))).toEqual(['重庆户籍迁入']);
    expect(names(repo.search('zhongqing'))).toEqual(['重庆户籍迁入']);
    expect(names(repo.search('cqhj'))).toEqual(['重庆户籍迁入']);
    expect(names(repo.search('yinhang'))).toEqual(['银行账户公积金缴存']);
    expect(names(repo.search('yinxing'))).toEqual(['银行账户公积金缴存']);
  });

  it('takes v or u for ü, and keeps letters and digits of mixed names', () => {
    expect(names(repo.search('lvse'))).toEqual(['绿色通道预约']);
    expect(names(repo.search('luse'))).toEqual(['绿色通道预约']);
    expect(names(repo.search('c1jsz'))).toEqual(['C1驾驶证期满换证']);
    expect(names(repo.search('c1驾驶证'))).toEqual(['C1驾驶证期满换证']);
  });

  it('finds the pinyin of keywords below the pinyin of names', () => {
    expect(why(repo.search('diule'))).toEqual(['居民身份证补领:keywordPinyin/substring']);
  });
});

describe('codes', () => {
  const fund = codesOf({ seq: 1, dept: 'hf' });
  const handle = codesOf({ seq: 7, handle: 1 });

  it('finds an item by its 实施编码, 基本编码 or 业务办理项编码, exactly and in lower case', () => {
    expect(repo.search(fund.taskCode)).toMatchObject([{ name: '住房公积金提取', match: { field: 'code', kind: 'exact' } }]);
    expect(repo.search(fund.catalogCode)[0]).toMatchObject({ name: '住房公积金提取', match: { field: 'code', kind: 'exact' } });
    expect(repo.search(handle.id.toLowerCase())[0]).toMatchObject({ id: handle.id, match: { field: 'code', kind: 'exact' } });
  });

  it('finds items whose 实施编码 starts with a prefix', () => {
    const hits = repo.search(depts.hf.code.slice(0, 12));
    expect(names(hits).sort()).toEqual(['住房公积金提取', '银行账户公积金缴存']);
    expect(hits.every((h) => h.match.field === 'code' && h.match.kind === 'prefix')).toBe(true);
    expect(names(repo.search('071002')).sort()).toEqual(['个体工商户登记', '营业执照补领']);
  });
});

describe('filters', () => {
  it('by department, theme and audience', () => {
    expect(names(repo.search('登记', { deptCode: depts.amr.code }))).toEqual(['个体工商户登记']);
    expect(names(repo.search('dj', { themeId: 'startup' }))).toEqual(['个体工商户登记']);
    expect(names(repo.search('补领', { audience: 'enterprise' }))).toEqual(['营业执照补领']);
    expect(names(repo.search('补领', { audience: 'person' }))).toEqual(['居民身份证补领']);
    expect(names(repo.search('登记', { audience: 'person', themeId: 'startup' }))).toEqual(['个体工商户登记']);
    expect(repo.search('登记', { themeId: 'no-such-theme' })).toEqual([]);
  });

  it('uses the audience codes the terminal configures', () => {
    const custom = new CatalogueRepo(db, { audiences: { person: ['1'], enterprise: ['3'] } });
    expect(names(custom.search('补领', { audience: 'enterprise' }))).toEqual(['营业执照补领']);
    const none = new CatalogueRepo(db, { audiences: { person: [], enterprise: [] } });
    expect(none.search('补领', { audience: 'person' })).toEqual([]);
  });

  it('honours the limit, 20 by default', () => {
    expect(repo.search('登记', { limit: 1 })).toHaveLength(1);
    expect(repo.search('d', {}).length).toBeLessThanOrEqual(20);
  });
});

describe('ranking', () => {
  it('exact name > prefix > substring > keyword > department > conditions > materials; kiosk-handled breaks ties', () => {
    expect(why(repo.search('居住证'))).toEqual([
      '居住证:name/exact',
      '居住证积分查询:name/prefix',
      '居住证签注:name/prefix',
      '申领居住证卡:name/substring',
      '随迁子女积分入学:keyword/exact',
      '暂住登记:conditions/substring',
      '流动人口登记:materials/substring',
    ]);
    const byDept = repo.search('公安局');
    expect(byDept).toHaveLength(15);
    expect(byDept.every((h) => h.match.field === 'dept')).toBe(true);
  });

  it('pinyin: exact > prefix > substring, above initials', () => {
    expect(why(repo.search('juzhuzheng')).slice(0, 5)).toEqual([
      '居住证:pinyin/exact',
      '居住证积分查询:pinyin/prefix',
      '居住证签注:pinyin/prefix',
      '申领居住证卡:pinyin/substring',
      '随迁子女积分入学:keywordPinyin/substring',
    ]);
  });

  it('puts what this terminal opens most first among equals', () => {
    const fresh = openDatabase(':memory:');
    const own = new CatalogueRepo(fresh);
    own.applyFull(snapshot(1, items));
    expect(names(own.search('身份证'))).toEqual(['居民身份证补领', '居民身份证换领']);
    own.recordUse(items.find((i) => i.name === '居民身份证换领')!.id);
    expect(names(own.search('身份证'))).toEqual(['居民身份证换领', '居民身份证补领']);
    fresh.close();
  });
});

describe('hostile input', () => {
  it('treats FTS syntax as plain text', () => {
    expect(names(repo.search('A OR B'))).toEqual(['A OR B 证明（NEAR测试）']);
    expect(names(repo.search('(NEAR'))).toEqual(['A OR B 证明（NEAR测试）']);
    for (const q of ['"', '""', '*', 'NEAR(a b)', '身份证"', '"身份证', 'a*', '(身份证)', 'name:身份证', '{name}:证', '^身份证', '-', 'AND', 'OR OR', "'", '\\']) {
      expect(() => repo.search(q), q).not.toThrow();
    }
    expect(names(repo.search('"身份证"'))).toEqual([]);
    expect(names(repo.search('身份证*'))).toEqual([]);
  });

  it('finds nothing for empty or blank input, and survives very long input', () => {
    expect(repo.search('')).toEqual([]);
    expect(repo.search(' \t\n\u3000')).toEqual([]);
    expect(repo.search('\u0000\u0001')).toEqual([]);
    expect(repo.search('身份证'.repeat(5000))).toEqual([]);
    expect(repo.search('a'.repeat(100_000))).toEqual([]);
    expect(repo.search('\uD800身份证\uDFFF')).toEqual([]);
    expect(names(repo.search(`身份证${' '.repeat(10_000)}`))).toEqual(['居民身份证补领', '居民身份证换领']);
  });

  it('never throws, whatever the string, limit or filter (property, 1000 runs)', () => {
    const syntax = fc.constantFrom('"', '*', '(', ')', 'NEAR', 'AND', 'OR', 'NOT', '^', ':', '{', '}', '+', '-', "'", ' ', '身份证', 'sfz', '证');
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(syntax, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    const options = fc.record(
      {
        limit: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5)),
        themeId: fc.string({ maxLength: 10 }),
        deptCode: fc.string({ maxLength: 20 }),
        audience: fc.constantFrom('person' as const, 'enterprise' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, options, (q, o) => {
        const hits = repo.search(q, o);
        expect(Array.isArray(hits)).toBe(true);
        expect(hits.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1000 },
    );
  });
});
