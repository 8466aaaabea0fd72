// Small parts the intake and hand-out sides share: the card on the counter's reader, a failure said in
// plain words, whether a slip printed.
import { useEffect, useState } from 'react';
import type { CardState, IntakePrint } from '../../../../main/contract/index.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { api } from '../../api/client.ts';
import { useEvent } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../kiosk/feedback.tsx';

/** The card on the reader now (masked), followed live. */
export function useCardOnReader(): CardState['holder'] {
  const [holder, setHolder] = useState<CardState['holder']>(null);
  useEffect(() => {
    let live = true;
    void api.idcard.current().then((r) => live && r.ok && setHolder(r.value.holder));
    return () => {
      live = false;
    };
  }, []);
  useEvent('idcard.changed', (s) => setHolder(s.holder));
  return holder;
}

export function Problem({ error }: { error: KioskError | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="intake-problem" role="alert" data-testid="intake-problem" data-code={error.code}>
      {errorText(t, error)}
    </p>
  );
}

export function PrintState({ print }: { print: IntakePrint }) {
  const t = useT();
  return print.printed ? (
    <p className="intake-ok" data-testid="intake-printed">
      {t('intake.printed')}
    </p>
  ) : (
    <p className="intake-problem" role="alert" data-testid="intake-not-printed" data-code={print.problem ?? ''}>
      {t('intake.notPrinted', { why: print.problem ? errorText(t, { code: print.problem, message: '' }) : '' })}
    </p>
  );
}
