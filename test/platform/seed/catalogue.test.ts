// The seed catalogue: every record valid against the contract's schemas, codes unique and well
// formed, the hierarchy, themes and queue set-up consistent, and the required services present.
import { describe, expect, it } from 'vitest';
import {
  businessCategorySchema,
  departmentSchema,
  isValidUscc,
  nationalCodeLists,
  orgCodeCheckChar,
  serviceItemSchema,
  staffSchema,
  themeSchema,
  windowSchema,
} from '../../../domain/catalogue.ts';
import {
  businessCategories,
  departments,
  seedItems,
  serviceItems,
  staff,
  themes,
  windows,
} from '../../../platform/seed/index.ts';

function failures<T>(records: readonly T[], parse: (r: T) => { success: boolean; error?: { issues: unknown[] } }, name: (r: T) => string) {
  return records.flatMap((r) => {
    const res = parse(r);
    return res.success ? [] : [{ record: name(r), issues: res.error?.issues }];
  });
}

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('seed service items', () => {
  it('has at least 150 items', () => {
    expect(serviceItems.length).toBeGreaterThanOrEqual(150);
  });

  it('validates every item against the contract schema', () => {
    expect(failures(serviceItems, (i) => serviceItemSchema.safeParse(i), (i) => i.name)).toEqual([]);
  });

  it('has unique ids, names, keys, 实施编码 per implementing item and 业务办理项编码', () => {
    expect(duplicates(serviceItems.map((i) => i.id))).toEqual([]);
    expect(duplicates(serviceItems.map((i) => i.name))).toEqual([]);
    expect(duplicates(seedItems.map((s) => s.key))).toEqual([]);
    expect(duplicates(serviceItems.filter((i) => i.level !== 'handle').map((i) => i.taskCode))).toEqual([]);
    expect(duplicates(serviceItems.flatMap((i) => (i.handleItemCode ? [i.handleItemCode] : [])))).toEqual([]);
  });

  it('carries a 统一社会信用代码 with right check characters in every 实施编码', () => {
    for (const item of serviceItems) {
      const uscc = item.taskCode.slice(0, 18);
      expect(isValidUscc(uscc), `${item.name}: ${uscc}`).toBe(true);
      // The seed's agencies also carry a valid GB 11714 organisation code at positions 9-17.
      expect(orgCodeCheckChar(uscc.slice(8, 16)), item.name).toBe(uscc.charAt(16));
      expect(item.taskCode).toHaveLength(31);
      expect(item.catalogCode).toHaveLength(12);
    }
  });

  it('lays out every 基本编码 as 事项类型 + domain + 主项 + 子项 (the seed convention)', () => {
    for (const item of serviceItems) {
      expect(item.catalogCode.slice(0, 2), item.name).toBe(item.taskType);
      expect(item.catalogCode.slice(6, 9), item.name).not.toBe('000');
    }
  });

  it('keeps the 主项/子项/业务办理项 hierarchy consistent', () => {
    const byTask = new Map(serviceItems.filter((i) => i.level !== 'handle').map((i) => [i.taskCode, i]));
    const handles = serviceItems.filter((i) => i.level === 'handle');
    const subs = serviceItems.filter((i) => i.level === 'sub');
    expect(handles.length).toBeGreaterThan(10);
    expect(subs.length).toBeGreaterThan(10);
    for (const h of handles) {
      const parent = byTask.get(h.parent?.code ?? '');
      expect(parent, h.name).toBeDefined();
      expect(parent?.name).toBe(h.parent?.name);
      expect(parent?.deptCode).toBe(h.deptCode);
    }
    // 子项 of one 主项 share the 主项 name and code.
    const mains = new Map<string, string>();
    for (const s of subs) {
      const code = s.parent?.code ?? '';
      const seen = mains.get(code);
      if (seen !== undefined) expect(seen, s.name).toBe(s.parent?.name);
      mains.set(code, s.parent?.name ?? '');
    }
  });

  it('gives every item a complete guide', () => {
    for (const item of serviceItems) {
      expect(item.materials.length, item.name).toBeGreaterThan(0);
      expect(item.faq.length, item.name).toBeGreaterThan(0);
      expect(item.steps.length, item.name).toBeGreaterThan(0);
      expect(item.acceptCondition.length, item.name).toBeGreaterThan(15);
      for (const m of item.materials) expect(m.acceptanceStandard.length, `${item.name}/${m.name}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('is implemented by the departments of the seed', () => {
    const codes = new Set(departments.map((d) => d.code));
    for (const item of serviceItems) expect(codes.has(item.deptCode), item.name).toBe(true);
    expect(failures(departments, (d) => departmentSchema.safeParse(d), (d) => d.name)).toEqual([]);
    expect(duplicates(departments.map((d) => d.code))).toEqual([]);
  });

  it('covers the high-frequency services of a district hall', () => {
    const names = serviceItems.map((i) => i.name);
    const count = (re: RegExp) => names.filter((n) => re.test(n)).length;
    expect(count(/居民身份证(换领|补领)/)).toBe(2);
    expect(count(/户口迁入/)).toBeGreaterThanOrEqual(3);
    expect(count(/^出生登记$/)).toBe(1);
    expect(count(/(公司|个体工商户).*(设立|变更|注销)登记/)).toBeGreaterThanOrEqual(6);
    expect(count(/食品经营许可/)).toBeGreaterThanOrEqual(3);
    expect(count(/社会保障卡/)).toBeGreaterThanOrEqual(2);
    expect(count(/住房公积金提取/)).toBeGreaterThanOrEqual(5);
    expect(count(/不动产|房屋所有权|抵押权|预告登记|宅基地/)).toBeGreaterThanOrEqual(10);
    expect(count(/结婚登记/)).toBe(1);
    expect(count(/医疗保险|医保|异地就医/)).toBeGreaterThanOrEqual(5);
    expect(count(/退休/)).toBeGreaterThanOrEqual(1);
    expect(count(/失业登记/)).toBe(1);
    expect(count(/残疾人证/)).toBeGreaterThanOrEqual(3);
    expect(count(/道路.*运输/)).toBeGreaterThanOrEqual(2);
    expect(count(/建筑工程|建设工程/)).toBeGreaterThanOrEqual(2);
    expect(serviceItems.filter((i) => i.deptName.includes('税务局')).length).toBeGreaterThanOrEqual(8);
    expect(count(/护照|港澳|台湾/)).toBeGreaterThanOrEqual(4);
  });

  it('charges the statutory fees where fees apply, and most items are free', () => {
    const fee = (name: string) => serviceItems.find((i) => i.name === name)?.fees.map((f) => f.amount);
    expect(fee('居民身份证补领')).toEqual([40]);
    expect(fee('临时居民身份证申领')).toEqual([10]);
    expect(fee('普通护照签发（首次申请）')).toEqual([120]);
    expect(fee('国有建设用地使用权及房屋所有权转移登记（存量房买卖）')).toEqual([80, 550, 10]);
    const free = serviceItems.filter((i) => !i.isFee).length;
    expect(free / serviceItems.length).toBeGreaterThan(0.8);
  });

  it('uses only codes of the national code lists', () => {
    for (const item of serviceItems) {
      expect(Object.hasOwn(nationalCodeLists.taskType, item.taskType), item.name).toBe(true);
      for (const s of item.serverType) expect(Object.hasOwn(nationalCodeLists.serverType, s)).toBe(true);
    }
  });
});

describe('seed themes', () => {
  const ids = new Set(serviceItems.map((i) => i.id));

  it('validates every theme and has the life events of DOMAIN.md', () => {
    expect(failures(themes, (t) => themeSchema.safeParse(t), (t) => t.code)).toEqual([]);
    const names = themes.map((t) => t.name);
    for (const n of ['出生', '上学', '就业', '结婚', '生育', '开办企业', '退休', '身后事', '住房']) expect(names).toContain(n);
    expect(duplicates(themes.map((t) => t.code))).toEqual([]);
  });

  it('references existing items only', () => {
    const missing = themes.flatMap((t) => t.itemIds.filter((id) => !ids.has(id)).map((id) => `${t.code}: ${id}`));
    expect(missing).toEqual([]);
    for (const t of themes) expect(duplicates(t.itemIds), t.code).toEqual([]);
  });

  it('lists each theme on its items and nothing else', () => {
    const codes = new Set(themes.map((t) => t.code));
    for (const item of serviceItems) {
      for (const code of item.themes) {
        expect(codes.has(code), `${item.name}: ${code}`).toBe(true);
        expect(themes.find((t) => t.code === code)?.itemIds).toContain(item.id);
      }
    }
    for (const t of themes) {
      for (const id of t.itemIds) expect(serviceItems.find((i) => i.id === id)?.themes).toContain(t.code);
    }
  });
});

describe('seed queue set-up', () => {
  it('has 6 to 10 valid business categories with unique prefixes', () => {
    expect(businessCategories.length).toBeGreaterThanOrEqual(6);
    expect(businessCategories.length).toBeLessThanOrEqual(10);
    expect(failures(businessCategories, (c) => businessCategorySchema.safeParse(c), (c) => c.id)).toEqual([]);
    expect(duplicates(businessCategories.map((c) => c.prefix))).toEqual([]);
    expect(duplicates(businessCategories.map((c) => c.id))).toEqual([]);
    expect(businessCategories.find((c) => c.prefix === 'V')?.priorityRules.find((r) => r.basis === 'age')?.minAge).toBe(70);
  });

  it('links categories, windows and staff both ways', () => {
    expect(failures(windows, (w) => windowSchema.safeParse(w), (w) => w.id)).toEqual([]);
    expect(failures(staff, (s) => staffSchema.safeParse(s), (s) => s.id)).toEqual([]);
    expect(duplicates(windows.map((w) => w.id))).toEqual([]);
    expect(duplicates(windows.map((w) => w.number))).toEqual([]);
    expect(duplicates(staff.map((s) => s.id))).toEqual([]);
    const windowIds = new Set(windows.map((w) => w.id));
    const staffIds = new Set(staff.map((s) => s.id));
    const categoryIds = new Set(businessCategories.map((c) => c.id));
    for (const c of businessCategories) {
      for (const w of c.windowIds) {
        expect(windowIds.has(w), `${c.id}: ${w}`).toBe(true);
        expect(windows.find((x) => x.id === w)?.categoryIds, `${c.id}: ${w}`).toContain(c.id);
      }
    }
    for (const w of windows) {
      for (const c of w.categoryIds) expect(categoryIds.has(c), `${w.id}: ${c}`).toBe(true);
      if (w.staffId !== null) expect(staffIds.has(w.staffId), w.id).toBe(true);
    }
    expect(duplicates(windows.flatMap((w) => (w.staffId ? [w.staffId] : [])))).toEqual([]);
    for (const c of businessCategories) expect(c.windowIds.some((w) => windows.find((x) => x.id === w)?.staffId !== null), c.id).toBe(true);
  });

  it('serves every item in at least one regular category, and references existing items only', () => {
    const ids = new Set(serviceItems.map((i) => i.id));
    for (const c of businessCategories) {
      expect(c.itemIds.filter((id) => !ids.has(id)), c.id).toEqual([]);
    }
    const regular = businessCategories.filter((c) => c.prefix !== 'V');
    const unserved = serviceItems.filter((i) => !regular.some((c) => c.itemIds.includes(i.id))).map((i) => i.name);
    expect(unserved).toEqual([]);
  });
});
