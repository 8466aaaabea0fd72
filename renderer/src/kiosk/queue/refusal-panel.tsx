// Refusals that need more than a line: a ticket already held (which one, and print it again), and the
// 绿色通道 for those who do not qualify by the age on their card (who may ask staff instead).
import type { CategoryTile } from '../../../../main/contract/index.ts';
import type { KioskError } from '../../../../domain/errors.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import './queue-help.css';

export interface Refusal {
  readonly tile: CategoryTile;
  readonly error: KioskError;
}

/** The refusals this panel explains; the others go to the generic problem overlay. */
export function explains(tile: CategoryTile, error: KioskError): boolean {
  if (error.code === 'queue.duplicate') return typeof heldOf(error)?.number === 'string';
  return error.code === 'queue.notEligible' && tile.greenChannel !== null;
}

function heldOf(error: KioskError): { ticketId?: string; number?: string } | null {
  return (error.details as { ticketId?: string; number?: string } | undefined) ?? null;
}

export function RefusalPanel({ refusal, onReprint, onClose }: { refusal: Refusal; onReprint: (ticketId: string) => void; onClose: () => void }) {
  const t = useT();
  const { tile, error } = refusal;
  const held = heldOf(error);
  const green = tile.greenChannel;
  return (
    <div className="overlay" data-testid="refusal" data-code={error.code} role="alertdialog" aria-modal="true" aria-labelledby="refusal-title">
      <div className="panel refusal-panel">
        {error.code === 'queue.duplicate' ? (
          <>
            <h2 id="refusal-title">{t('duplicate.title')}</h2>
            <p className="refusal-number" data-testid="refusal-number">
              {held?.number}
            </p>
            <p>{t('duplicate.number', { number: held?.number ?? '' })}</p>
          </>
        ) : (
          <>
            <h2 id="refusal-title">{tile.name}</h2>
            {green?.minAge != null && <p>{t('green.notEligible', { age: green.minAge })}</p>}
            <p>{t('green.askStaff')}</p>
            <ul className="staff-groups" data-testid="staff-groups">
              {green?.staffGroups.map((g) => <li key={g}>{g}</li>)}
            </ul>
          </>
        )}
        <div className="panel-actions">
          {error.code === 'queue.duplicate' && held?.ticketId && (
            <Button variant="secondary" onPress={() => onReprint(held.ticketId!)} testId="refusal-reprint">
              {t('duplicate.reprint')}
            </Button>
          )}
          <Button onPress={onClose} testId="refusal-ok">
            {t('common.close')}
          </Button>
        </div>
      </div>
    </div>
  );
}
