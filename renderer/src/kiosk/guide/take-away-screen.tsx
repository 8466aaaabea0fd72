// Taking a guide away: a QR of the guide for the phone, and, where the kiosk has a printer, the whole
// guide on A4 or (only a ticket printer) a checklist slip of the materials. With no printer, only
// the QR. A printer that cannot print says why in plain words, and the QR stays.
import { lazy, Suspense, useState } from 'react';
import type { GuidePrintTarget } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { errorText, useFeedback } from '../feedback.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import './guide.css';

const QrCode = lazy(() => import('../../ui/qr-code.tsx').then((m) => ({ default: m.QrCode })));

export function TakeAwayScreen({ id, name }: { id: string; name: string }) {
  const t = useT();
  const feedback = useFeedback();
  const options = useCall('catalogue.guideTakeAway', { id });
  const [printed, setPrinted] = useState<GuidePrintTarget | null>(null);
  const print = async (to: GuidePrintTarget) => {
    if (feedback.busy) return;
    setPrinted(null);
    const r = await feedback.run(() => api.catalogue.printGuide({ id, to }), 'guide.takeAway.printing');
    if (r) setPrinted(r.to);
  };
  const value = options.state === 'done' ? options.value : null;
  return (
    <ScreenFrame id="guide-take-away" title={t('guide.takeAway.title')}>
      <p className="guide-take-name">{name}</p>
      {options.state === 'failed' && (
        <p className="alert-inline" role="alert" data-testid="take-away-failed" data-code={options.error.code}>
          {errorText(t, options.error)}
        </p>
      )}
      {value && (
        <div className="guide-take" data-testid="take-away" data-print={value.print.join(',')}>
          <section className="guide-take-qr panel">
            {value.guideUrl !== null ? (
              <>
                <Suspense fallback={null}>
                  <QrCode text={value.guideUrl} label={t('guide.takeAway.qr')} sizeMm={45} />
                </Suspense>
                <p>{t('guide.takeAway.qr')}</p>
                <p className="guide-url" data-testid="guide-url">
                  {value.guideUrl}
                </p>
              </>
            ) : (
              <p data-testid="no-guide-url">{t('guide.takeAway.noQr')}</p>
            )}
          </section>
          <section className="guide-take-print panel">
            {value.print.length === 0 && <p data-testid="no-printer">{t('guide.takeAway.noPrinter')}</p>}
            {value.print.length > 0 && !value.print.includes('a4') && <p data-testid="slip-note">{t('guide.takeAway.slipNote')}</p>}
            {value.print.map((to) => (
              <Button key={to} variant={to === value.print[0] ? 'primary' : 'secondary'} onPress={() => void print(to)} testId={`print-${to}`}>
                {t(to === 'a4' ? 'guide.takeAway.printA4' : 'guide.takeAway.printSlip')}
              </Button>
            ))}
            {printed && (
              <p className="guide-printed" role="status" data-testid="guide-printed" data-to={printed}>
                {t(printed === 'a4' ? 'guide.takeAway.printedA4' : 'guide.takeAway.printedSlip')}
              </p>
            )}
          </section>
        </div>
      )}
    </ScreenFrame>
  );
}
