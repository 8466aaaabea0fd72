import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, defineContract, method } from '../../../main/contract/index.ts';

const m = method({ summary: 'x', input: z.object({}), output: z.null() });

describe('defineContract', () => {
  it('joins parts and keeps every method and event', () => {
    const c = defineContract({ methods: { 'a.get': m }, events: { 'a.changed': z.null() } }, { methods: { 'b.get': m }, events: {} });
    expect(Object.keys(c.methods)).toEqual(['a.get', 'b.get']);
    expect(Object.keys(c.events)).toEqual(['a.changed']);
  });

  it('throws at start-up when a method is declared twice', () => {
    expect(() => defineContract({ methods: { 'a.get': m }, events: {} }, { methods: { 'a.get': m }, events: {} })).toThrow(
      'method "a.get" is declared twice',
    );
  });

  it('throws when an event is declared twice', () => {
    expect(() => defineContract({ methods: {}, events: { 'a.changed': z.null() } }, { methods: {}, events: { 'a.changed': z.null() } })).toThrow(
      'event "a.changed" is declared twice',
    );
  });

  it('refuses names not of the form domain.verb', () => {
    expect(() => defineContract({ methods: { getThing: m }, events: {} })).toThrow('not of the form domain.verb');
    expect(() => defineContract({ methods: { 'a.b.c': m }, events: {} })).toThrow('not of the form domain.verb');
  });

  it('the application contract follows the naming rules', () => {
    for (const name of [...Object.keys(contract.methods), ...Object.keys(contract.events)]) {
      expect(name).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
    }
  });
});
