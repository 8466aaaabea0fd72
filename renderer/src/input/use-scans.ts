// Codes read by a scanner, whichever way it is connected: a serial scanner (the core pushes
// `scanner.scanned`) or a keyboard-wedge scanner typing into the page (told apart from a person by the
// burst detector). Keys a person presses (Tab, Enter, arrows on a keypad) pass through untouched.
// While a text field is open for typing (input/text-fields.ts), what a scanner reads goes into that
// field instead, and so do the characters and Backspace of a USB keyboard: nothing is checked in.
import { useEffect, useRef } from 'react';
import { useEvent } from '../api/hooks.ts';
import { textFields, type TextFieldRegistry } from './text-fields.ts';
import { emptyWedgeState, wedgeDeadline, wedgeIdle, wedgeKey, type WedgeOutput, type WedgeState } from './wedge-detector.ts';

const isCharacter = (key: string) => [...key].length === 1;

export function useScans(onScan: (code: string) => void, fields: TextFieldRegistry = textFields): void {
  const handler = useRef(onScan);
  handler.current = onScan;

  useEvent('scanner.scanned', (e) => {
    if (e.kind === 'idNumber') return;
    const field = fields.active();
    if (field) field.insert(e.value);
    else handler.current(e.value);
  });

  useEffect(() => {
    let state: WedgeState = emptyWedgeState;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const act = (outputs: readonly WedgeOutput[]) => {
      for (const o of outputs) {
        const field = fields.active();
        if (o.kind === 'scan') {
          if (field) field.insert(o.text);
          else handler.current(o.text);
        } else if (field) {
          // A person typing: replayed into the field (a navigation key held with them is dropped).
          for (const k of o.keys) if (isCharacter(k.key) || k.key === 'Backspace' || k.key === 'Enter') field.key(k.key);
        }
      }
    };
    const arm = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const due = wedgeDeadline(state);
      if (due === undefined) return;
      timer = setTimeout(() => {
        const step = wedgeIdle(state, performance.now());
        state = step.state;
        act(step.outputs);
        arm();
      }, Math.max(0, due - performance.now()) + 1);
    };
    const onKey = (e: KeyboardEvent) => {
      const holding = state.held.length > 0;
      if (!holding && e.key === 'Backspace' && fields.active()) {
        e.preventDefault();
        fields.active()?.key('Backspace');
        return;
      }
      if (!isCharacter(e.key) && !holding) return; // a person's navigation key
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      e.preventDefault();
      const step = wedgeKey(state, { key: e.key, at: e.timeStamp });
      state = step.state;
      act(step.outputs);
      arm();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      if (timer !== null) clearTimeout(timer);
    };
  }, [fields]);
}
