// The profile switch: the profiles installed with the terminal, each with its role and devices, the
// current one marked, a broken one with its problems; choosing one asks, writes it for the next start
// and offers the restart.
import { useCallback, useEffect, useState } from 'react';
import type { AdminProfiles } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorWords, profileProblemWords, roleWords } from '../admin-words.ts';
import { ConfirmCallButton } from '../confirm-call.tsx';
import { OutcomeLine, Section, useAdminPanel, type Outcome } from './panel-parts.tsx';
import { RestartButton } from './power-section.tsx';

export function ProfileSection() {
  const t = useT();
  const { call } = useAdminPanel();
  const [list, setList] = useState<AdminProfiles | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const load = useCallback(() => {
    void call(() => api.admin.profiles()).then((r) => r.ok && setList(r.value));
  }, [call]);
  useEffect(load, [load]);
  return (
    <Section title={t('admin.profile')} testId="admin-profile" wide>
      {!list ? (
        <p className="muted">{t('admin.loading')}</p>
      ) : (
        <>
          <p data-testid="admin-profile-current">{t('admin.profile.current', { name: list.current })}</p>
          <p className="muted">{t('admin.profile.kept')}</p>
          {list.problem && <p className="admin-note admin-note-bad">{t('admin.profile.unreadable', { folder: list.folder, code: list.problem.code })}</p>}
          {!list.problem && list.profiles.length === 0 && <p className="muted">{t('admin.profile.none', { folder: list.folder })}</p>}
          {list.pending && (
            <div className="admin-row admin-pending" data-testid="admin-profile-pending">
              <p className="admin-note" role="status">{t('admin.profile.pending', { name: list.pending })}</p>
              <RestartButton testId="admin-profile-restart">{t('admin.profile.restartNow')}</RestartButton>
            </div>
          )}
          <ul className="admin-profiles">
            {list.profiles.map((p) => {
              const current = p.name === list.current;
              const chosen = p.name === list.pending;
              return (
                <li key={p.name} className="admin-profile" data-testid={`admin-profile-${p.name}`}>
                  <span className="admin-device-name">
                    {p.name}
                    {current && ` (${t('admin.roleSwitch.current')})`}
                  </span>
                  {p.role && <span>{t(roleWords[p.role])}</span>}
                  {p.role && p.problems.length === 0 && !current && !chosen && (
                    <ConfirmCallButton
                      variant="secondary"
                      testId={`admin-profile-use-${p.name}`}
                      question={t('admin.profile.confirm', { name: p.name, role: t(roleWords[p.role]) })}
                      action={() => api.admin.setProfile({ name: p.name })}
                      onAnswer={(a) => {
                        setOutcome(a.ok ? null : { ok: false, words: (t) => errorWords(a.error, t) });
                        load();
                      }}
                    >
                      {t('admin.profile.use')}
                    </ConfirmCallButton>
                  )}
                  {p.problems.length === 0 ? (
                    <span className="admin-profile-devices">
                      {p.devices.length === 0 ? t('admin.profile.noDevices') : t('admin.profile.devices', { devices: p.devices.map((d) => d.label).join('、') })}
                    </span>
                  ) : (
                    <div className="admin-profile-devices admin-note-bad" data-testid={`admin-profile-problems-${p.name}`}>
                      <p>{t('admin.profile.broken')}</p>
                      <ul>
                        {p.problems.map((problem) => (
                          <li key={problem.line}>{profileProblemWords(problem, t)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <OutcomeLine outcome={outcome} testId="admin-profile-result" />
        </>
      )}
    </Section>
  );
}
