// Restart (exit 75 for the service manager) and exit, each after a yes. `RestartButton` is also the
// profile section's "restart now".
import type { ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmCallButton } from '../confirm-call.tsx';
import { Section, useAdminPanel } from './panel-parts.tsx';

export function PowerSection() {
  const t = useT();
  const { leave, fail } = useAdminPanel();
  return (
    <Section title={t('admin.power')} testId="admin-power">
      <div className="admin-row">
        <RestartButton variant="secondary" testId="admin-restart">
          {t('admin.restart')}
        </RestartButton>
        <ConfirmCallButton
          variant="secondary"
          testId="admin-exit"
          question={t('admin.exit.confirm')}
          action={() => api.admin.exit()}
          onAnswer={(a) => (a.ok ? leave('admin.exiting') : fail(a.error))}
        >
          {t('admin.exit')}
        </ConfirmCallButton>
      </div>
    </Section>
  );
}

export function RestartButton({ variant, testId, children }: { variant?: 'primary' | 'secondary'; testId: string; children: ReactNode }) {
  const t = useT();
  const { leave, fail } = useAdminPanel();
  return (
    <ConfirmCallButton
      variant={variant}
      testId={testId}
      question={t('admin.restart.confirm')}
      action={() => api.admin.restart()}
      onAnswer={(a) => (a.ok ? leave('admin.restarting') : fail(a.error))}
    >
      {children}
    </ConfirmCallButton>
  );
}
