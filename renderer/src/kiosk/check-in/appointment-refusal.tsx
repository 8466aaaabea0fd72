// A check-in refused, said with what matters for what to do now: no such appointment (check the code,
// or the card has none today), another day (which), too early (the time to come back), too late (take
// an ordinary ticket, or book again). Said aloud as well.
import type { KioskError } from '../../../../domain/errors.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';

export interface CheckInRefusal {
  readonly via: 'card' | 'code';
  readonly error: KioskError;
}

const explained = ['queue.appointmentNotFound', 'queue.appointmentNotToday', 'queue.appointmentTooEarly', 'queue.appointmentLate', 'idcard.noCard'] as const;
type Explained = (typeof explained)[number];

export function explainsCheckIn(error: KioskError): boolean {
  return (explained as readonly string[]).includes(error.code);
}

interface Details {
  readonly from?: string;
  readonly until?: string;
  readonly slot?: { readonly from: string; readonly to: string };
  readonly dates?: readonly string[];
}

export function AppointmentRefusal({ refusal, onTicket, onClose }: { refusal: CheckInRefusal; onTicket: () => void; onClose: () => void }) {
  const t = useT();
  const d = (refusal.error.details ?? {}) as Details;
  const slot = d.slot ? `${d.slot.from}–${d.slot.to}` : '';
  const code = refusal.error.code as Explained;
  const [title, text] = ((): [string, string] => {
    switch (code) {
      case 'queue.appointmentNotFound':
        return [t('checkIn.refused.notFound'), refusal.via === 'card' ? t('checkIn.refused.notFound.card') : t('checkIn.refused.notFound.code')];
      case 'queue.appointmentNotToday':
        return [t('checkIn.refused.notToday'), t('checkIn.refused.notToday.text', { dates: (d.dates ?? []).join('、') })];
      case 'queue.appointmentTooEarly':
        return [t('checkIn.refused.tooEarly'), t('checkIn.refused.tooEarly.text', { slot, from: d.from ?? '' })];
      case 'queue.appointmentLate':
        return [t('checkIn.refused.late'), t('checkIn.refused.late.text', { slot, until: d.until ?? '' })];
      case 'idcard.noCard':
        return [t('checkIn.refused.noCard'), t('checkIn.card.text')];
    }
  })();
  useSayOnShow({ kind: 'failure', words: `${title}。${text}` });
  const ordinary = code === 'queue.appointmentLate' || code === 'queue.appointmentNotToday';
  return (
    <div className="overlay" data-testid="check-in-refusal" data-code={code} role="alertdialog" aria-modal="true" aria-labelledby="check-in-refusal-title" aria-describedby="check-in-refusal-text">
      <div className="panel check-in-refusal">
        <h2 id="check-in-refusal-title">{title}</h2>
        <p id="check-in-refusal-text">{text}</p>
        <div className="panel-actions">
          {ordinary && (
            <Button variant="secondary" onPress={onTicket} testId="check-in-refusal-ticket">
              {t('checkIn.refused.takeTicket')}
            </Button>
          )}
          <Button onPress={onClose} testId="check-in-refusal-ok">
            {t('checkIn.refused.ok')}
          </Button>
        </div>
      </div>
    </div>
  );
}
