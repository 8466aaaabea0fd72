// Staff sign-in at the window (上岗): staff number and PIN on the desk's keyboard (Enter signs in), or
// the staff card on the window's reader (the core signs in by itself and says here if the card was
// refused). After the idle pause the same screen says why it shows.
import { useRef, useState, type FormEvent } from 'react';
import type { CounterState } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useEvent } from '../api/hooks.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';
import { OutcomeLine } from './counter-words.tsx';
import { useRunner } from './use-counter.ts';

export function SignInScreen({ state, timeZone }: { state: CounterState; timeZone: string }) {
  const t = useT();
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const pinRef = useRef<HTMLInputElement>(null);
  const { busy, outcome, run } = useRunner();
  const [cardRefusal, setCardRefusal] = useState<{ code: string; windowNumber: string | null } | null>(null);
  useEvent('counter.cardRefused', setCardRefusal);
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    setCardRefusal(null);
    void run(() => api.counter.signIn({ staffId: staffId.trim().toUpperCase(), pin })).then((signed) => signed || setPin(''));
  };
  const shown = cardRefusal
    ? { kind: 'failed' as const, error: { code: cardRefusal.code as never, message: '', details: cardRefusal.windowNumber === null ? undefined : { windowNumber: cardRefusal.windowNumber } } }
    : outcome;
  return (
    <section className="counter-signin" data-testid="counter-signin" aria-labelledby="counter-signin-title">
      {state.locked && (
        <div className="counter-locked" role="status" data-testid="counter-locked">
          <h2>{t('counter.locked.title')}</h2>
          <p>{t('counter.locked.text', { minutes: state.idlePauseMinutes })}</p>
        </div>
      )}
      <form className="counter-signin-form" onSubmit={submit}>
        <h2 id="counter-signin-title">{t('counter.signIn.title')}</h2>
        <p className="counter-hint">{t('counter.signIn.hint')}</p>
        {/* Above the fields: a refusal is seen without scrolling, in large text on a small screen too. */}
        <OutcomeLine outcome={shown} timeZone={timeZone} />
        <label className="counter-field">
          <span>{t('counter.signIn.staffId')}</span>
          <input
            data-testid="signin-staff"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            maxLength={6}
            value={staffId}
            onChange={(e) => setStaffId(e.target.value.toUpperCase())}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), pinRef.current?.focus())}
          />
        </label>
        <label className="counter-field">
          <span>{t('counter.signIn.pin')}</span>
          <input ref={pinRef} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), submit())} data-testid="signin-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
        </label>
        <Button testId="signin-submit" onPress={() => submit()} disabled={busy || staffId.length === 0 || pin.length < 4}>
          {busy ? t('counter.signIn.busy') : t('counter.signIn.submit')}
        </Button>
        <p className="counter-hint">{t('counter.signIn.cardHint')}</p>
      </form>
    </section>
  );
}
