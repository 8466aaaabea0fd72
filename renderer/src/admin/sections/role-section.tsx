// The role switch: kiosk, counter or call display, kept beside the store and applied at the restart
// that follows a yes.
import type { TerminalInfo } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { roleWords } from '../admin-words.ts';
import { ConfirmCallButton } from '../confirm-call.tsx';
import { Section, useAdminPanel } from './panel-parts.tsx';

type Role = TerminalInfo['role'];
const roles: Role[] = ['kiosk', 'counter', 'display'];

export function RoleSection({ current, pending }: { current: Role; pending: Role | null }) {
  const t = useT();
  const { leave, fail } = useAdminPanel();
  return (
    <Section title={t('admin.roleSwitch')} testId="admin-role">
      {pending && <p className="admin-note">{t('admin.roleSwitch.pending', { role: t(roleWords[pending]) })}</p>}
      <div className="admin-row">
        {roles.map((r) => (
          <ConfirmCallButton
            key={r}
            variant="toggle"
            pressed={r === current}
            disabled={r === current}
            testId={`admin-role-${r}`}
            question={t('admin.roleSwitch.confirm', { role: t(roleWords[r]) })}
            action={() => api.admin.setRole({ role: r })}
            onAnswer={(a) => (a.ok ? leave('admin.restarting') : fail(a.error))}
          >
            {t(roleWords[r])}
            {r === current && ` (${t('admin.roleSwitch.current')})`}
          </ConfirmCallButton>
        ))}
      </div>
    </Section>
  );
}
