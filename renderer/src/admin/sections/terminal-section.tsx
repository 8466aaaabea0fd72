// The terminal and its host: id, role, profile, version and uptime, the watchdog's screen restarts, and
// the self-updater's state (a failed update in the danger colour).
import type { AdminStatus } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ageWords, roleWords, updateWords } from '../admin-words.ts';
import { Section, useAdminPanel } from './panel-parts.tsx';

type Host = AdminStatus['snapshot']['host'];

export function TerminalSection({ status }: { status: AdminStatus }) {
  const t = useT();
  const host = status.snapshot.host;
  return (
    <Section title={t('admin.terminal')} testId="admin-terminal">
      <p>{t('admin.terminalLine', { id: status.terminal.id, role: t(roleWords[status.terminal.role]), profile: status.terminal.profile })}</p>
      {host && <p>{t('admin.version', { version: host.version, uptime: ageWords(host.uptimeSeconds * 1000, t) })}</p>}
      {host &&
        (host.watchdog ? (
          <p data-testid="admin-watchdog">
            {t('admin.watchdog', { n: host.watchdog.restarts })}
            {host.watchdog.lastReason && ` · ${t('admin.watchdogLast', { reason: host.watchdog.lastReason })}`}
          </p>
        ) : (
          <p className="muted">{t('admin.watchdogNone')}</p>
        ))}
      {host && <UpdateLine update={host.update} />}
    </Section>
  );
}

/** The self-updater's state (null: this terminal does not update itself). */
function UpdateLine({ update }: { update: NonNullable<Host>['update'] }) {
  const t = useT();
  const { time } = useAdminPanel();
  return (
    <p data-testid="admin-update" className={update?.state === 'error' ? 'admin-note-bad' : undefined}>
      {updateWords(update, t, time)}
    </p>
  );
}
