// The admin PIN pad: digits, the PIN masked, and what the core answered in words (tries left, locked
// until when, no PIN configured). The core checks; this only shows.
import { useEffect, useRef, useState } from 'react';
import type { AdminUnlock } from '../../../main/contract/index.ts';
import { formatHallTime } from '../../../domain/hall-time.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export type PadNote = { kind: 'refused'; answer: Exclude<AdminUnlock, { outcome: 'unlocked' }> } | { kind: 'expired' } | { kind: 'failed'; message: string } | null;

const MAX_DIGITS = 12;

export function PinPadScreen({ note, busy, timeZone, onSubmit, onCancel }: { note: PadNote; busy: boolean; timeZone: string; onSubmit: (pin: string) => void; onCancel: () => void }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const locked = note?.kind === 'refused' && (note.answer.outcome === 'locked' || note.answer.outcome === 'noPin');
  const submit = () => {
    if (pin.length === 0 || busy) return;
    onSubmit(pin);
    setPin('');
  };
  const digit = (d: string) => setPin((p) => (p.length < MAX_DIGITS ? p + d : p));
  // A keyboard's digits, Backspace, Enter and Escape work too (staff at a counter have one).
  const keys = useRef({ digit, submit, onCancel, locked: locked || busy });
  keys.current = { digit, submit, onCancel, locked: locked || busy };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      if (e.key === 'Escape') k.onCancel();
      else if (k.locked) return;
      else if (/^\d$/.test(e.key)) k.digit(e.key);
      else if (e.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) k.submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
  return (
    <div className="admin-pad panel" data-testid="admin-pad" role="dialog" aria-modal="true" aria-labelledby="admin-pad-title">
      <h2 id="admin-pad-title">{t('admin.pad.title')}</h2>
      <p>{t('admin.pad.prompt')}</p>
      <div className="admin-pin" data-testid="admin-pin" aria-label={t('admin.pad.prompt')}>
        {pin.length === 0 ? '\u00a0' : '●'.repeat(pin.length)}
      </div>
      <PadNoteLine note={note} timeZone={timeZone} busy={busy} />
      <div className="admin-keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <Button key={d} variant="secondary" onPress={() => digit(d)} disabled={locked || busy} testId={`admin-key-${d}`}>
            {d}
          </Button>
        ))}
        <Button variant="secondary" onPress={() => setPin('')} disabled={locked || busy} testId="admin-key-clear">
          {t('admin.pad.clear')}
        </Button>
        <Button variant="secondary" onPress={() => digit('0')} disabled={locked || busy} testId="admin-key-0">
          0
        </Button>
        <Button variant="secondary" onPress={() => setPin((p) => p.slice(0, -1))} disabled={locked || busy} testId="admin-key-delete">
          {t('admin.pad.delete')}
        </Button>
      </div>
      <div className="admin-row">
        <Button variant="secondary" onPress={onCancel} testId="admin-pad-cancel">
          {t('admin.pad.cancel')}
        </Button>
        <Button onPress={submit} disabled={locked || busy || pin.length === 0} testId="admin-pad-enter">
          {t('admin.pad.enter')}
        </Button>
      </div>
    </div>
  );
}

function PadNoteLine({ note, timeZone, busy }: { note: PadNote; timeZone: string; busy: boolean }) {
  const t = useT();
  if (busy) return <p className="admin-note" role="status">{t('admin.pad.checking')}</p>;
  if (note === null) return null;
  const text = (() => {
    switch (note.kind) {
      case 'expired':
        return t('admin.pad.expired');
      case 'failed':
        return t('admin.pad.failed', { message: note.message });
      case 'refused':
        switch (note.answer.outcome) {
          case 'wrongPin':
            return t('admin.pad.wrong', { n: note.answer.triesLeft });
          case 'locked':
            return t('admin.pad.locked', { until: formatHallTime(note.answer.until, timeZone) });
          case 'noPin':
            return t('admin.pad.noPin');
          default:
            return note.answer satisfies never;
        }
      default:
        return note satisfies never;
    }
  })();
  return (
    <p className="admin-note admin-note-bad" role="alert" data-testid="admin-pad-note">
      {text}
    </p>
  );
}
