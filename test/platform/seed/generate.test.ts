// The benchmark generator: N valid items with unique codes, the same for the same seed.
import { describe, expect, it } from 'vitest';
import { isValidUscc, serviceItemSchema } from '../../../domain/catalogue.ts';
import { GENERATOR_CAPACITY, generateCatalogue, serviceItems } from '../../../platform/seed/index.ts';

const N = 10_000;
const items = generateCatalogue({ count: N, seed: 42 });

describe('generateCatalogue', () => {
  it('makes exactly N items, all valid against the schema', () => {
    expect(items).toHaveLength(N);
    const bad = items.flatMap((i) => (serviceItemSchema.safeParse(i).success ? [] : [i.id]));
    expect(bad).toEqual([]);
  });

  it('gives unique ids, 实施编码 and 业务办理项编码 with valid agency codes', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(N);
    const tasks = items.filter((i) => i.level !== 'handle').map((i) => i.taskCode);
    expect(new Set(tasks).size).toBe(tasks.length);
    const handles = items.flatMap((i) => (i.handleItemCode ? [i.handleItemCode] : []));
    expect(new Set(handles).size).toBe(handles.length);
    for (const i of items) expect(isValidUscc(i.deptCode), i.id).toBe(true);
  });

  it('keeps each 业务办理项 under an implementing item of the same agency', () => {
    const tasks = new Set(items.filter((i) => i.level !== 'handle').map((i) => i.taskCode));
    for (const h of items.filter((i) => i.level === 'handle')) expect(tasks.has(h.parent?.code ?? ''), h.id).toBe(true);
  });

  it('starts with the real seed and varies it in later districts', () => {
    expect(items.slice(0, serviceItems.length)).toEqual(serviceItems);
    const copy = items[serviceItems.length];
    const original = serviceItems[0];
    expect(copy?.catalogCode).toBe(original?.catalogCode);
    expect(copy?.name).toBe(original?.name);
    expect(copy?.taskCode).not.toBe(original?.taskCode);
    expect(copy?.deptName).not.toBe(original?.deptName);
    const districts = new Set(items.map((i) => i.deptCode.slice(2, 8)));
    expect(districts.size).toBe(Math.ceil(N / serviceItems.length));
  });

  it('is deterministic for a seed, differs between seeds, and is prefix-stable', () => {
    expect(generateCatalogue({ count: 2000, seed: 42 })).toEqual(items.slice(0, 2000));
    const other = generateCatalogue({ count: 2000, seed: 43 });
    expect(other.map((i) => i.taskCode)).toEqual(items.slice(0, 2000).map((i) => i.taskCode));
    expect(other.map((i) => `${i.deptName}|${i.consultPhone}|${i.promiseLimit.days}`)).not.toEqual(
      items.slice(0, 2000).map((i) => `${i.deptName}|${i.consultPhone}|${i.promiseLimit.days}`),
    );
  });

  it('handles the edges of its range', () => {
    expect(generateCatalogue({ count: 0 })).toEqual([]);
    expect(generateCatalogue({ count: 5 })).toEqual(serviceItems.slice(0, 5));
    expect(() => generateCatalogue({ count: -1 })).toThrow(RangeError);
    expect(() => generateCatalogue({ count: 1.5 })).toThrow(RangeError);
    expect(() => generateCatalogue({ count: GENERATOR_CAPACITY + 1 })).toThrow(RangeError);
    expect(GENERATOR_CAPACITY).toBeGreaterThan(1_000_000);
  });
});
