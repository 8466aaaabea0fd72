// What a counter or display terminal shows until its own screens exist: its role and its status.
import type { TerminalInfo } from '../../main/contract/index.ts';
import { useT } from './i18n/i18n.tsx';

export function RoleScreen({ role }: { role: Exclude<TerminalInfo['role'], 'kiosk'> }) {
  const t = useT();
  return (
    <div className="center-message" data-testid="role-screen">
      {t(`role.${role}`)}
    </div>
  );
}
