// Case progress lives on the platform only (no copy on the kiosk): when it cannot be reached, say so
// plainly, with what to do now.
import type { KioskError } from '../../../../domain/errors.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useSayOnShow } from '../../voice/voice.tsx';

export function isAway(error: KioskError): boolean {
  return error.code === 'platform.offline' || error.code === 'platform.timeout' || error.code === 'platform.unavailable';
}

export function CasesOffline({ onClose, words = 'cases.offline' }: { onClose: () => void; words?: MessageKey }) {
  const t = useT();
  useSayOnShow({ kind: 'failure', words: t(words) });
  return (
    <div className="overlay" data-testid="cases-offline" role="alertdialog" aria-modal="true" aria-labelledby="cases-offline-text">
      <div className="panel">
        <p id="cases-offline-text">{t(words)}</p>
        <Button onPress={onClose} testId="cases-offline-ok">
          {t('error.ok')}
        </Button>
      </div>
    </div>
  );
}
