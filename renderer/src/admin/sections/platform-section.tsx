// The platform link: its state since when, the catalogue's version and age, the remote settings
// applied or refused, and sync now (the status read again after it).
import type { AdminStatus, AdminSync } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ageWords, errorWords, linkWords, syncOutcomeWords } from '../admin-words.ts';
import { OutcomeLine, Section, useAction, useAdminPanel, type Outcome } from './panel-parts.tsx';

/** `now`: the core's time of the status, for the catalogue's age. */
export function PlatformSection({ snapshot: s, now, onSynced }: { snapshot: AdminStatus['snapshot']; now: number; onSynced: () => void }) {
  const t = useT();
  const { time } = useAdminPanel();
  return (
    <Section title={t('admin.platform')} testId="admin-platform">
      <p data-testid="admin-link">
        {t('admin.platform.since', { state: t(linkWords[s.platform.state]), since: time(s.platform.since) })}
        {s.platform.embedded && ` · ${t('admin.platform.embedded')}`}
      </p>
      {s.platform.reason && <p className="muted">{s.platform.reason}</p>}
      <p data-testid="admin-catalogue">
        {s.catalogue.checkedAt && s.catalogue.version !== null
          ? t('admin.catalogue', { version: s.catalogue.version, age: ageWords(now - Date.parse(s.catalogue.checkedAt), t) })
          : t('admin.catalogue.never')}
      </p>
      {s.remoteConfig && (
        <>
          <p>{s.remoteConfig.appliedAt ? t('admin.remote.applied', { at: time(s.remoteConfig.appliedAt) }) : t('admin.remote.none')}</p>
          {s.remoteConfig.lastRefused && <p className="admin-note-bad">{t('admin.remote.refused', { at: time(s.remoteConfig.lastRefused.at), reason: s.remoteConfig.lastRefused.reason })}</p>}
        </>
      )}
      <SyncNow onDone={onSynced} />
    </Section>
  );
}

function SyncNow({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { call } = useAdminPanel();
  const [outcome, busy, run] = useAction();
  const words = (v: AdminSync): Outcome =>
    v.ok && v.outcome
      ? { ok: true, words: (t) => t('admin.sync.ok', { outcome: t(syncOutcomeWords[v.outcome!]), version: v.version ?? '-', changed: v.changed }) }
      : { ok: false, words: (t) => t('admin.sync.failed', { message: v.error?.message ?? '-' }) };
  return (
    <>
      <Button
        disabled={busy}
        testId="admin-sync"
        onPress={() => run(async () => {
          const r = await call(() => api.admin.syncNow());
          onDone();
          return r.ok ? words(r.value) : { ok: false, words: (t) => errorWords(r.error, t) };
        })}
      >
        {busy ? t('admin.working') : t('admin.syncNow')}
      </Button>
      <OutcomeLine outcome={outcome} testId="admin-sync-result" />
    </>
  );
}
