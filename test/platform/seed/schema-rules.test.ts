// The contract's catalogue schemas refuse inconsistent records: each case takes a valid seed item
// (or category) and breaks one rule.
import { describe, expect, it } from 'vitest';
import {
  businessCategorySchema,
  createCatalogueSchemas,
  nationalCodeLists,
  serviceItemSchema,
  type BusinessCategory,
  type ServiceItem,
} from '../../../domain/catalogue.ts';
import { businessCategories, itemIdByKey, serviceItems } from '../../../platform/seed/index.ts';

const item = (key: string): ServiceItem => {
  const found = serviceItems.find((i) => i.id === itemIdByKey(key));
  if (!found) throw new Error(key);
  return structuredClone(found);
};

function messages(candidate: unknown): string[] {
  const r = serviceItemSchema.safeParse(candidate);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('serviceItemSchema', () => {
  it('accepts the untouched seed items used below', () => {
    for (const k of ['idcard-renew', 'company-setup', 're-transfer-sale', 'hf-withdraw-rent']) expect(messages(item(k))).toEqual([]);
  });

  it('refuses a 实施编码 whose agency code has a wrong check character', () => {
    const i = item('idcard-renew');
    const bad = i.taskCode.slice(0, 17) + (i.taskCode.charAt(17) === '0' ? '1' : '0') + i.taskCode.slice(18);
    expect(messages({ ...i, taskCode: bad, id: bad }).join()).toMatch(/实施编码/);
  });

  it('refuses a 实施编码 that does not match the department, level or 基本编码', () => {
    const i = item('idcard-renew');
    const other = item('company-setup');
    expect(messages({ ...i, deptCode: other.deptCode }).join()).toMatch(/统一社会信用代码/);
    expect(messages({ ...i, catalogCode: other.catalogCode }).join()).toMatch(/基本编码/);
    expect(messages({ ...i, useLevel: '3' }).join()).toMatch(/行使层级/);
  });

  it('refuses codes that are not in the code lists', () => {
    const i = item('idcard-renew');
    expect(messages({ ...i, taskType: '99' }).join()).toMatch(/事项类型/);
    expect(messages({ ...i, serverType: ['8'] }).join()).toMatch(/服务对象/);
    expect(messages({ ...i, materials: [{ ...i.materials[0], need: '4' }] }).join()).toMatch(/材料必要性/);
  });

  it('accepts a province code list that extends the national one', () => {
    const provincial = createCatalogueSchemas({ ...nationalCodeLists, handleArea: { ...nationalCodeLists.handleArea, '5': '长三角通办' } });
    const i = { ...item('idcard-renew'), handleArea: '5' };
    expect(serviceItemSchema.safeParse(i).success).toBe(false);
    expect(provincial.serviceItemSchema.safeParse(i).success).toBe(true);
  });

  it('refuses inconsistent fees, limits and flags', () => {
    const free = item('company-setup');
    const paid = item('idcard-renew');
    expect(messages({ ...paid, fees: [] }).join()).toMatch(/收费/);
    expect(messages({ ...free, payOnline: true }).join()).toMatch(/网上支付/);
    expect(messages({ ...free, promiseLimit: { days: 2, unit: '工作日', note: null } }).join()).toMatch(/即办件/);
    const promised = item('re-transfer-sale');
    expect(messages({ ...promised, promiseLimit: { days: 45, unit: '工作日', note: null } }).join()).toMatch(/法定/);
    expect(messages({ ...promised, onlineUrl: null }).join()).toMatch(/网上办理/);
    expect(messages({ ...free, visitsRequired: 1 }).join()).toMatch(/全程网办/);
  });

  it('refuses a broken hierarchy', () => {
    const handle = item('re-transfer-sale');
    expect(messages({ ...handle, handleItemCode: null, id: handle.taskCode }).join()).toMatch(/业务办理项编码/);
    expect(messages({ ...handle, parent: { code: 'x', name: 'y' } }).join()).toMatch(/上级/);
    const sub = item('idcard-renew');
    expect(messages({ ...sub, parent: null }).join()).toMatch(/子项/);
    const main = item('hukou-birth');
    expect(messages({ ...main, handleItemCode: `${main.taskCode}01` }).join()).toMatch(/只有业务办理项/);
  });

  it('refuses a duplicated material and a paper material with no copies', () => {
    const i = item('company-setup');
    const first = i.materials[0];
    if (!first) throw new Error('no material');
    expect(messages({ ...i, materials: [first, first] }).join()).toMatch(/重复/);
    expect(messages({ ...i, materials: [{ ...first, originals: 0, copies: 0 }] }).join()).toMatch(/原件或复印件/);
  });
});

describe('businessCategorySchema', () => {
  const base = (): BusinessCategory => structuredClone(businessCategories[0] as BusinessCategory);

  it('refuses slot quotas outside the hours or above the daily quota', () => {
    expect(businessCategorySchema.safeParse(base()).success).toBe(true);
    expect(businessCategorySchema.safeParse({ ...base(), slotQuotas: [{ from: '18:00', to: '19:00', quota: 5 }] }).success).toBe(false);
    expect(businessCategorySchema.safeParse({ ...base(), dailyQuota: 10 }).success).toBe(false);
  });

  it('refuses a wrapped range, a bad prefix, overlapping periods and a weekday listed twice', () => {
    expect(businessCategorySchema.safeParse({ ...base(), start: 500, end: 100 }).success).toBe(false);
    expect(businessCategorySchema.safeParse({ ...base(), prefix: 'a' }).success).toBe(false);
    const overlapping = [{ weekdays: [1], periods: [{ from: '08:30', to: '12:00' }, { from: '11:00', to: '17:00' }] }];
    expect(businessCategorySchema.safeParse({ ...base(), hours: overlapping, slotQuotas: [] }).success).toBe(false);
    const twice = [{ weekdays: [1, 2], periods: [{ from: '08:30', to: '12:00' }] }, { weekdays: [2], periods: [{ from: '13:00', to: '17:00' }] }];
    expect(businessCategorySchema.safeParse({ ...base(), hours: twice, slotQuotas: [] }).success).toBe(false);
  });

  it('requires a minimum age exactly for age-based priority rules', () => {
    const rule = { code: 'elderly', label: '老年人', basis: 'age', mark: '绿色通道', minAge: null };
    expect(businessCategorySchema.safeParse({ ...base(), priorityRules: [rule] }).success).toBe(false);
    expect(businessCategorySchema.safeParse({ ...base(), priorityRules: [{ ...rule, minAge: 70 }] }).success).toBe(true);
  });
});
