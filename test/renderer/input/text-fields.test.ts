import { describe, expect, it } from 'vitest';
import { createTextFieldRegistry, type TextFieldHandle } from '../../../renderer/src/input/text-fields.ts';

const field = (id: string, log: string[] = []): TextFieldHandle => ({ id, key: (k) => log.push(`${id} key ${k}`), insert: (t) => log.push(`${id} insert ${t}`) });

describe('the active text field', () => {
  it('is none until a field is shown, then the first field shown', () => {
    const r = createTextFieldRegistry();
    expect(r.active()).toBeNull();
    r.register(field('a'));
    r.register(field('b'));
    expect(r.active()?.id).toBe('a');
  });

  it('moves to a field tapped, and back to the one shown last when the active one goes', () => {
    const r = createTextFieldRegistry();
    const offA = r.register(field('a'));
    r.register(field('b'));
    const offC = r.register(field('c'));
    r.activate('c');
    expect(r.active()?.id).toBe('c');
    offC();
    expect(r.active()?.id).toBe('b');
    offA();
    expect(r.active()?.id).toBe('b');
    r.activate('gone');
    expect(r.active()?.id).toBe('b');
  });

  it('is none again when the last field goes, and tells listeners each time it changes', () => {
    const r = createTextFieldRegistry();
    let changes = 0;
    const stop = r.subscribe(() => changes++);
    const off = r.register(field('a'));
    r.activate('a');
    off();
    expect(r.active()).toBeNull();
    expect(changes).toBe(2);
    stop();
    r.register(field('b'));
    expect(changes).toBe(2);
  });

  it('refuses two fields with one id', () => {
    const r = createTextFieldRegistry();
    r.register(field('a'));
    expect(() => r.register(field('a'))).toThrow(/two text fields/);
  });
});
