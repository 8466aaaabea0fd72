// Personal fields sealed inside a record's JSON body: the rest stays readable (and queryable), the
// sealed ones are not in the text, they open with the key, a row from before sealing reads as it is,
// and another key or an altered value is an error rather than a silent wrong answer.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealedBox } from '../../../lib/sealed-box.ts';
import { openJson, sealedJson } from '../../../platform/store/sealed-fields.ts';

const box = sealedBox(randomBytes(32));
const complaint = { reference: 'KIOSK7-20261124-001', kind: 'complaint', name: '韦秀英', phone: '13905890114', text: '窗口服务态度差' };
const fields = ['name', 'phone', 'text', 'absent'] as const;

describe('sealed fields', () => {
  it('seals the named fields present, leaves the rest in clear, and opens them again', () => {
    const json = sealedJson(box, complaint, fields);
    for (const s of ['韦秀英', '13905890114', '窗口服务态度差']) expect(json).not.toContain(s);
    const body = JSON.parse(json) as Record<string, string>;
    expect(body['reference']).toBe('KIOSK7-20261124-001');
    expect(body['name']).toMatch(/^sealed:/);
    expect(body).not.toHaveProperty('absent');
    expect(openJson(box, json, fields)).toEqual(complaint);
  });

  it('reads a row written before sealing as it is', () => {
    expect(openJson(box, JSON.stringify(complaint), fields)).toEqual(complaint);
  });

  it('refuses to open with another key or an altered value', () => {
    const json = sealedJson(box, complaint, fields);
    expect(() => openJson(sealedBox(randomBytes(32)), json, fields)).toThrow('cannot be opened');
    const body = JSON.parse(json) as Record<string, string>;
    const altered = JSON.stringify({ ...body, phone: `sealed:${Buffer.from('x'.repeat(40)).toString('base64')}` });
    expect(() => openJson(box, altered, fields)).toThrow('cannot be opened');
  });
});
