// The admin panel's one way to ask "are you sure" and then call the core: `ConfirmCallButton` opens the
// panel's confirm dialog with its question; a yes makes the call (through the panel's call, so
// admin.locked closes the panel) and hands the answer to `onAnswer`; a no does nothing.
// `ConfirmDialog` is that dialog, drawn once by the panel over all its sections.
import type { ReactNode } from 'react';
import type { Result } from '../../../domain/result.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button, type ButtonVariant } from '../ui/button.tsx';
import { useAdminPanel, type Answer, type Confirm } from './sections/panel-parts.tsx';

export interface ConfirmCallButtonProps<V> {
  /** The question, in the panel's language. */
  readonly question: string;
  /** The core call made on a yes. */
  readonly action: () => Promise<Result<V>>;
  readonly onAnswer: (answer: Answer<V>) => void;
  readonly children: ReactNode;
  readonly testId: string;
  readonly variant?: ButtonVariant;
  readonly pressed?: boolean;
  readonly disabled?: boolean;
}

export function ConfirmCallButton<V>({ question, action, onAnswer, children, testId, variant, pressed, disabled }: ConfirmCallButtonProps<V>) {
  const { call, ask } = useAdminPanel();
  return (
    <Button
      variant={variant}
      pressed={pressed}
      disabled={disabled}
      testId={testId}
      onPress={() => ask({ text: question, run: () => void call(action).then(onAnswer) })}
    >
      {children}
    </Button>
  );
}

export function ConfirmDialog({ confirm, onClose }: { confirm: Confirm; onClose: () => void }) {
  const t = useT();
  if (!confirm) return null;
  return (
    <div className="overlay admin-confirm" data-testid="admin-confirm" role="alertdialog" aria-modal="true">
      <div className="panel">
        <p>{confirm.text}</p>
        <div className="admin-row">
          <Button variant="secondary" onPress={onClose} testId="admin-confirm-no">
            {t('admin.confirm.no')}
          </Button>
          <Button
            onPress={() => {
              onClose();
              confirm.run();
            }}
            testId="admin-confirm-yes"
          >
            {t('admin.confirm.yes')}
          </Button>
        </div>
      </div>
    </div>
  );
}
