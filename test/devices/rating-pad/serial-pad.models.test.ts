import { describe, it, expect } from 'vitest';
import { ratingLevels } from '../../../devices/rating-pad/rating-level.ts';
import {
  defaultSerialPadModel,
  findSerialPadModel,
  serialPadModels,
  type SerialPadModel,
} from '../../../devices/rating-pad/serial-pad.models.ts';
import { windowKeys } from '../../../devices/rating-pad/types.ts';

/** Every (func, first data byte) a model's pads or host can send, with what it means. */
function signatures(model: SerialPadModel): string[] {
  return [
    ...model.keys.map((k) => `${k.func}:${k.data?.join(',') ?? '*'}`),
    `${model.rating.func}:*`,
    `${model.commands.showNumber}:*`,
    `${model.commands.beep}:*`,
    `${model.commands.requestRating}:*`,
  ];
}

describe('serial pad model tables', () => {
  it('the default model is the generic FF 68 one and ids are unique', () => {
    expect(findSerialPadModel()).toBe(defaultSerialPadModel);
    expect(findSerialPadModel('no-such-pad')).toBeUndefined();
    expect(new Set(serialPadModels.map((m) => m.id)).size).toBe(serialPadModels.length);
  });

  for (const model of serialPadModels) {
    it(`${model.id}: every key and all five levels, no code meaning two things`, () => {
      expect([...model.keys.map((k) => k.key)].sort()).toEqual([...windowKeys].sort());
      expect(model.rating.codes.map((c) => c.level).sort()).toEqual([...ratingLevels].sort());
      expect(new Set(model.rating.codes.map((c) => c.code)).size).toBe(ratingLevels.length);
      const sigs = signatures(model);
      expect(new Set(sigs).size).toBe(sigs.length);
      // A key without data bytes takes its whole FUNC: nothing else may use that FUNC.
      const wholeFuncs = sigs.filter((s) => s.endsWith(':*')).map((s) => s.split(':')[0]);
      expect(new Set(wholeFuncs).size).toBe(wholeFuncs.length);
      const keyedFuncs = model.keys.filter((k) => k.data !== undefined).map((k) => String(k.func));
      for (const f of keyedFuncs) expect(wholeFuncs).not.toContain(f);
    });
  }
});
