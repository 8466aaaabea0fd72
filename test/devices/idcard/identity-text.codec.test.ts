import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeIdentityText, encodeIdentityText, TEXT_LENGTH } from '../../../devices/idcard/identity-text.codec.ts';
import { alexandraVanDerBerg, chenJiahao, johnSmith, zhangWei, zhaxiCiren } from '../../../devices/idcard/test-identities.ts';
import type { IdentityText } from '../../../devices/idcard/types.ts';
import { identityText } from './arbitraries.ts';

function encoded(text: IdentityText): Uint8Array {
  const r = encodeIdentityText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** UCS-2LE bytes of a string, for golden comparisons. */
function ucs2(s: string): number[] {
  return Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
}

const at = (b: Uint8Array, offset: number, width: number): number[] => Array.from(b.subarray(offset, offset + width));

function setField(block: Uint8Array, offset: number, width: number, text: string): Uint8Array {
  const out = block.slice();
  const bytes = ucs2(text.padEnd(width / 2, ' '));
  out.set(bytes, offset);
  return out;
}

const { photo: _p1, fingerprint: _f1, ...zhangWeiText } = zhangWei;

describe('text block layout (golden bytes)', () => {
  it('puts the resident fields at the documented offsets, UCS-2LE, space padded', () => {
    const b = encoded(zhangWei);
    expect(b.length).toBe(256);
    expect(at(b, 0, 6)).toEqual([0x20, 0x5f, 0x1f, 0x4f, 0x20, 0x00]); // 张伟 then a space
    expect(at(b, 30, 2)).toEqual([0x31, 0x00]); // sex 1
    expect(at(b, 32, 4)).toEqual([0x30, 0x00, 0x31, 0x00]); // nation 01
    expect(at(b, 36, 16)).toEqual(ucs2('19900307'));
    expect(at(b, 52, 4)).toEqual(ucs2('北京'));
    expect(at(b, 122, 36)).toEqual(ucs2(zhangWei.idNumber));
    expect(at(b, 158, 4)).toEqual(ucs2('北京'));
    expect(at(b, 188, 16)).toEqual(ucs2('20160520'));
    expect(at(b, 204, 16)).toEqual(ucs2('20360520'));
    expect(at(b, 220, 36)).toEqual(ucs2(' '.repeat(18))); // reserved, type flag blank
  });

  it('writes 长期 as its two characters', () => {
    expect(at(encoded(zhaxiCiren), 204, 16)).toEqual([0x7f, 0x95, 0x1f, 0x67, 0x20, 0, 0x20, 0, 0x20, 0, 0x20, 0, 0x20, 0, 0x20, 0]);
  });

  it("marks a residence permit with 'J' and fills its tail", () => {
    const b = encoded(chenJiahao);
    expect(at(b, 248, 2)).toEqual([0x4a, 0x00]);
    expect(at(b, 220, 18)).toEqual(ucs2('H60123456'));
    expect(at(b, 238, 4)).toEqual(ucs2('01'));
    expect(at(b, 32, 4)).toEqual(ucs2('  ')); // no nation on a permit
  });

  it("marks a foreign permanent resident card with 'Y' (2023 layout)", () => {
    const b = encoded(alexandraVanDerBerg);
    expect(at(b, 248, 2)).toEqual([0x59, 0x00]);
    expect(at(b, 242, 6)).toEqual(ucs2('NLD'));
    expect(at(b, 32, 4)).toEqual(ucs2('01')); // renewals
    expect(at(b, 52, 70)).toEqual(ucs2(alexandraVanDerBerg.englishName.slice(0, 35)));
    expect(at(b, 220, 22)).toEqual(ucs2(alexandraVanDerBerg.englishName.slice(35).padEnd(11, ' ')));
    expect(alexandraVanDerBerg.englishName.length).toBeGreaterThan(35);
  });
});

describe('decodeIdentityText', () => {
  it('decodes the three card types', () => {
    for (const card of [zhangWei, chenJiahao, johnSmith, alexandraVanDerBerg]) {
      const { photo: _photo, fingerprint: _fp, ...text } = card;
      expect(decodeIdentityText(encoded(card))).toEqual({ ok: true, value: text });
    }
  });

  it('keeps an inner space where the English name is split', () => {
    const text = { ...johnSmith, englishName: `${'A'.repeat(34)} BCD` };
    const r = decodeIdentityText(encoded(text));
    expect(r.ok && r.value.cardType === 'foreign' && r.value.englishName).toBe(text.englishName);
  });

  const base = encoded(zhangWeiText);
  const codeOf = (block: Uint8Array): string | null => {
    const r = decodeIdentityText(block);
    return r.ok ? null : r.error.code;
  };

  it.each([
    ['a block of the wrong length', base.subarray(0, 255), 'idcard.length'],
    ["the 2017 foreign card flag 'I'", setField(base, 248, 2, 'I'), 'idcard.unknownCardType'],
    ['a sex code 3', setField(base, 30, 2, '3'), 'idcard.badField'],
    ['a nation 57', setField(base, 32, 4, '57'), 'idcard.badField'],
    ['an impossible birth date', setField(base, 36, 16, '19900230'), 'idcard.badField'],
    ['a birth date that disagrees with the number', setField(base, 36, 16, '19900308'), 'idcard.badField'],
    ['a wrong check digit', setField(base, 122, 36, `${zhangWei.idNumber.slice(0, 17)}0`), 'idcard.invalidIdNumber'],
    ['a valid-to that is neither a date nor 长期', setField(base, 204, 16, '永久'), 'idcard.badField'],
    ['an empty name', setField(base, 0, 30, ''), 'idcard.badField'],
    ['a permit number on a resident card', setField(base, 122, 36, chenJiahao.idNumber), 'idcard.badField'],
  ] as const)('refuses %s', (_why, block, code) => {
    expect(codeOf(block)).toBe(code);
  });

  it('refuses a foreign card without a valid nationality', () => {
    expect(codeOf(setField(encoded(johnSmith), 242, 6, 'C1N'))).toBe('idcard.badField');
  });

  it('never puts the full ID number in an error', () => {
    const bad = setField(base, 122, 36, `${zhangWei.idNumber.slice(0, 17)}0`);
    expect(JSON.stringify(decodeIdentityText(bad))).not.toContain(zhangWei.idNumber.slice(0, 17));
  });
});

describe('encodeIdentityText', () => {
  it.each([
    ['a name longer than 15 characters', { ...zhangWeiText, name: '张'.repeat(16) }],
    ['a value ending in a space', { ...zhangWeiText, address: '北京市 ' }],
    ['a date not in YYYY-MM-DD', { ...zhangWeiText, validFrom: '2016/05/20' }],
    ['an issue count over 99', { ...chenJiahao, issueCount: 100 }],
    ['an English name over 46 characters', { ...johnSmith, englishName: 'A'.repeat(47) }],
  ] as const)('refuses %s', (_why, text) => {
    const r = encodeIdentityText(text);
    expect(r.ok ? null : r.error.code).toBe('idcard.badField');
  });
});

describe('text block properties', () => {
  it('decode(encode(text)) is the text, for all three card types', () => {
    fc.assert(
      fc.property(identityText, (text) => {
        const block = encodeIdentityText(text);
        expect(block.ok).toBe(true);
        if (block.ok) expect(decodeIdentityText(block.value)).toEqual({ ok: true, value: text });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random blocks; failures are typed', () => {
    const codes = ['idcard.length', 'idcard.unknownCardType', 'idcard.badField', 'idcard.invalidIdNumber'];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 250, maxLength: 260 }), (block) => {
        const r = decodeIdentityText(block);
        if (!r.ok) expect(codes).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on valid blocks with bytes changed; failures are typed', () => {
    const codes = ['idcard.unknownCardType', 'idcard.badField', 'idcard.invalidIdNumber'];
    fc.assert(
      fc.property(
        identityText,
        fc.array(fc.tuple(fc.integer({ min: 0, max: TEXT_LENGTH - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        (text, changes) => {
          const block = encodeIdentityText(text);
          if (!block.ok) return;
          const bad = block.value.slice();
          for (const [i, v] of changes) bad[i] = v;
          const r = decodeIdentityText(bad);
          if (!r.ok) expect(codes).toContain(r.error.code);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
