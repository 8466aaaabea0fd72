// A real-name tile tapped without a card: ask for the card on the reader (and to take away one left
// by the person before); when the reader cannot read cards (its SAM module failed, it is gone), say
// so plainly and let the citizen type the ID number on the kiosk's keyboard instead.
import { useState } from 'react';
import type { CardState, CategoryTile } from '../../../../main/contract/index.ts';
import { normaliseIdNumber, parseIdNumber } from '../../../../domain/id-number.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import './queue-help.css';

const ID_LENGTH = 18;

export interface RealNamePanelProps {
  readonly tile: CategoryTile;
  readonly card: CardState;
  /** The reader cannot read a card now: offer typing at once. */
  readonly readerFailed: boolean;
  readonly onTyped: (idNumber: string) => void;
  readonly onCancel: () => void;
}

export function RealNamePanel({ tile, card, readerFailed, onTyped, onCancel }: RealNamePanelProps) {
  const t = useT();
  const [typing, setTyping] = useState(readerFailed);
  const [value, setValue] = useState('');
  const id = normaliseIdNumber(value);
  const complete = id.length === ID_LENGTH;
  const valid = complete && parseIdNumber(id).ok;
  return (
    <div className="overlay" data-testid="real-name" role="dialog" aria-modal="true" aria-labelledby="real-name-title">
      <div className="panel real-name-panel">
        <h2 id="real-name-title">{typing ? t('realName.typeTitle') : t('realName.title')}</h2>
        <p className="muted">{tile.name}</p>
        {readerFailed && (
          <p className="alert-inline" data-testid="reader-failed" role="alert">
            {t('realName.readerFailed')}
          </p>
        )}
        {!typing && card.cardLeft && (
          <p className="alert-inline" data-testid="real-name-card-left" role="alert">
            {t('card.takeFirst')}
          </p>
        )}
        {!typing && (
          <p className="real-name-place" data-testid="real-name-place">
            {t('realName.place')}
          </p>
        )}
        {typing && (
          <>
            <KeyboardInput value={value} onChange={(v) => setValue(v.toUpperCase())} layout="idNumber" placeholder={t('realName.placeholder')} maxLength={ID_LENGTH} testId="id-entry" />
            <p className={complete && !valid ? 'alert-inline' : 'muted'} data-testid="id-entry-hint" role="status">
              {complete ? (valid ? '' : t('realName.invalid')) : t('realName.incomplete', { n: ID_LENGTH - id.length })}
            </p>
          </>
        )}
        <div className="panel-actions">
          <Button variant="secondary" onPress={onCancel} testId="real-name-cancel">
            {t('common.cancel')}
          </Button>
          {typing ? (
            <Button onPress={() => onTyped(id)} disabled={!valid} testId="id-entry-take">
              {t('realName.take')}
            </Button>
          ) : (
            <Button variant="secondary" onPress={() => setTyping(true)} testId="real-name-type">
              {t('realName.typeInstead')}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
