// The admin panel: one overview page of sections (sections/: terminal and host with the self-updater's
// state, devices with a self-test each and a test print, platform link with sync now, catalogue age and
// remote settings, outbox, network check, role switch, profile switch, restart and exit, recent log).
// Every action is one core call; an "are you sure" is asked by confirm-call.tsx's one button and dialog;
// a refusal is said in words.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KioskError } from '../../../domain/errors.ts';
import type { Result } from '../../../domain/result.ts';
import { formatHallTime } from '../../../domain/hall-time.ts';
import type { AdminStatus } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';
import { errorWords } from './admin-words.ts';
import { ConfirmDialog } from './confirm-call.tsx';
import { DevicesSection } from './sections/devices-section.tsx';
import { LogSection } from './sections/log-section.tsx';
import { NetworkSection } from './sections/network-section.tsx';
import { OutboxSection } from './sections/outbox-section.tsx';
import { AdminPanelProvider, type AdminPanelContext, type Answer, type Confirm, type Leaving } from './sections/panel-parts.tsx';
import { PlatformSection } from './sections/platform-section.tsx';
import { PowerSection } from './sections/power-section.tsx';
import { ProfileSection } from './sections/profile-section.tsx';
import { RoleSection } from './sections/role-section.tsx';
import { TerminalSection } from './sections/terminal-section.tsx';

export interface AdminPanelProps {
  readonly timeZone: string;
  readonly secondsLeft: number;
  readonly onLock: () => void;
  /** A call answered admin.locked: the session is gone. */
  readonly onExpired: () => void;
  readonly onLanguage: () => void;
}

export function AdminPanelScreen({ timeZone, secondsLeft, onLock, onExpired, onLanguage }: AdminPanelProps) {
  const t = useT();
  const [status, setStatus] = useState<AdminStatus | null>(null);
  const [error, setError] = useState<KioskError | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  /** One call: admin.locked ends the panel, another refusal comes back as words. */
  const call = useCallback(
    async <V,>(f: () => Promise<Result<V>>): Promise<Answer<V>> => {
      const r = await f();
      if (!r.ok && r.error.code === 'admin.locked') onExpired();
      return r;
    },
    [onExpired],
  );
  const refresh = useCallback(async () => {
    const r = await call(() => api.admin.status());
    if (r.ok) setStatus(r.value);
    else setError(r.error);
  }, [call]);
  useEffect(() => void refresh(), [refresh]);
  const panel = useMemo<AdminPanelContext>(
    () => ({ call, ask: setConfirm, time: (iso) => formatHallTime(iso, timeZone, { seconds: true }), timeZone, leave: setLeaving, fail: setError }),
    [call, timeZone],
  );
  const mm = `${Math.floor(secondsLeft / 60)}:${String(secondsLeft % 60).padStart(2, '0')}`;

  if (leaving) {
    return (
      <div className="admin-panel" data-testid="admin-leaving">
        <p className="center-message" role="status">{t(leaving)}</p>
      </div>
    );
  }
  return (
    <AdminPanelProvider value={panel}>
      <div className="admin-panel" data-testid="admin-panel" role="dialog" aria-modal="true" aria-labelledby="admin-title">
        <div className="admin-head">
          <h2 id="admin-title">{t('admin.title')}</h2>
          <span className="admin-countdown" data-testid="admin-countdown">
            {t('admin.closesIn', { time: mm })}
          </span>
          <Button variant="secondary" onPress={onLanguage} testId="admin-language">
            {t('admin.language')}
          </Button>
          <Button onPress={onLock} testId="admin-lock">
            {t('admin.lock')}
          </Button>
        </div>
        {error && (
          <p className="admin-note admin-note-bad" role="alert">
            {errorWords(error, t)}
          </p>
        )}
        {!status ? (
          <p className="center-message">{t('admin.loading')}</p>
        ) : (
          <div className="admin-sections">
            <TerminalSection status={status} />
            <DevicesSection devices={status.snapshot.devices} />
            <PlatformSection snapshot={status.snapshot} now={Date.parse(status.now)} onSynced={() => void refresh()} />
            <OutboxSection outbox={status.snapshot.outbox} />
            <NetworkSection />
            <RoleSection current={status.terminal.role} pending={status.pendingRole} />
            <ProfileSection />
            <PowerSection />
            <LogSection />
          </div>
        )}
        <ConfirmDialog confirm={confirm} onClose={() => setConfirm(null)} />
      </div>
    </AdminPanelProvider>
  );
}
