// The admin panel: one overview page in sections (terminal and host with the self-updater's state, devices with a self-test each,
// test print, platform link with sync now, catalogue age, remote settings, outbox, network check,
// recent log, role switch, profile switch, restart and exit). Every action is one core call; a refusal is said in words.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { KioskError } from '../../../domain/errors.ts';
import type { DeviceKind } from '../../../domain/terminal.ts';
import type { Result } from '../../../domain/result.ts';
import { formatHallTime } from '../../../domain/hall-time.ts';
import type { AdminProfiles, AdminStatus, AdminSync, LogEntry, NetworkCheck, TerminalInfo } from '../../../main/contract/index.ts';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';
import { ageWords, deviceStateWords, errorWords, selfTestPassedWords, linkWords, roleWords, stepWords, syncOutcomeWords, updateWords, verdictWords } from './admin-words.ts';

type Role = TerminalInfo['role'];
type T = ReturnType<typeof useT>;
/** An action's result, worded at render so it follows the language switch. */
type Outcome = { ok: boolean; words: (t: T) => string } | null;
type Confirm = { text: string; run: () => void } | null;

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
  const [leaving, setLeaving] = useState<'admin.restarting' | 'admin.exiting' | null>(null);
  /** One call: admin.locked ends the panel, another refusal comes back as words. */
  const call = useCallback(
    async <V,>(f: () => Promise<Result<V>>): Promise<{ ok: true; value: V } | { ok: false; error: KioskError }> => {
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

  const askRestart = () =>
    setConfirm({
      text: t('admin.restart.confirm'),
      run: () => void call(() => api.admin.restart()).then((r) => (r.ok ? setLeaving('admin.restarting') : setError(r.error))),
    });
  const time = (iso: string) => formatHallTime(iso, timeZone, { seconds: true });
  const mm = `${Math.floor(secondsLeft / 60)}:${String(secondsLeft % 60).padStart(2, '0')}`;

  if (leaving) {
    return (
      <div className="admin-panel" data-testid="admin-leaving">
        <p className="center-message" role="status">{t(leaving)}</p>
      </div>
    );
  }
  const s = status?.snapshot;
  const host = s?.host;
  const now = status ? Date.parse(status.now) : 0;
  return (
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
      {!status || !s ? (
        <p className="center-message">{t('admin.loading')}</p>
      ) : (
        <div className="admin-sections">
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
            {host && (
              <p data-testid="admin-update" className={host.update?.state === 'error' ? 'admin-note-bad' : undefined}>
                {updateWords(host.update, t, time)}
              </p>
            )}
          </Section>

          <Section title={t('admin.devices')} testId="admin-devices">
            {s.devices.length === 0 && <p className="muted">{t('admin.devices.none')}</p>}
            {s.devices.map((d) => (
              <DeviceRow key={d.id} id={d.id} kind={d.kind} label={d.label} state={t(deviceStateWords[d.state])} bad={d.state !== 'ready'} detail={d.detail} call={call} />
            ))}
            {s.devices.some((d) => d.kind === 'printer') && <TestPrint call={call} />}
          </Section>

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
            <SyncNow call={call} onDone={() => void refresh()} />
          </Section>

          <Section title={t('admin.outbox')} testId="admin-outbox">
            <p data-testid="admin-outbox-line">{t('admin.outbox.line', { pending: s.outbox.pending, refused: s.outbox.refused })}</p>
            {s.outbox.oldestPendingAt && <p>{t('admin.outbox.oldest', { at: time(s.outbox.oldestPendingAt) })}</p>}
          </Section>

          <Section title={t('admin.network')} testId="admin-network">
            <NetworkCheckView call={call} />
          </Section>

          <Section title={t('admin.roleSwitch')} testId="admin-role">
            {status.pendingRole && <p className="admin-note">{t('admin.roleSwitch.pending', { role: t(roleWords[status.pendingRole]) })}</p>}
            <RoleSwitch
              current={status.terminal.role}
              onChoose={(role) =>
                setConfirm({
                  text: t('admin.roleSwitch.confirm', { role: t(roleWords[role]) }),
                  run: () =>
                    void call(() => api.admin.setRole({ role })).then((r) => {
                      if (r.ok) setLeaving('admin.restarting');
                      else setError(r.error);
                    }),
                })
              }
            />
          </Section>

          <Section title={t('admin.profile')} testId="admin-profile" wide>
            <ProfileSwitch call={call} onConfirm={setConfirm} onRestart={askRestart} />
          </Section>

          <Section title={t('admin.power')} testId="admin-power">
            <div className="admin-row">
              <Button variant="secondary" testId="admin-restart" onPress={askRestart}>
                {t('admin.restart')}
              </Button>
              <Button
                variant="secondary"
                testId="admin-exit"
                onPress={() =>
                  setConfirm({
                    text: t('admin.exit.confirm'),
                    run: () => void call(() => api.admin.exit()).then((r) => (r.ok ? setLeaving('admin.exiting') : setError(r.error))),
                  })
                }
              >
                {t('admin.exit')}
              </Button>
            </div>
          </Section>

          <Section title={t('admin.log')} testId="admin-log" wide>
            <RecentLog call={call} timeZone={timeZone} />
          </Section>
        </div>
      )}
      {confirm && (
        <div className="overlay admin-confirm" data-testid="admin-confirm" role="alertdialog" aria-modal="true">
          <div className="panel">
            <p>{confirm.text}</p>
            <div className="admin-row">
              <Button variant="secondary" onPress={() => setConfirm(null)} testId="admin-confirm-no">
                {t('admin.confirm.no')}
              </Button>
              <Button
                onPress={() => {
                  setConfirm(null);
                  confirm.run();
                }}
                testId="admin-confirm-yes"
              >
                {t('admin.confirm.yes')}
              </Button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

type Call = <V>(f: () => Promise<Result<V>>) => Promise<{ ok: true; value: V } | { ok: false; error: KioskError }>;

function Section({ title, testId, wide, children }: { title: string; testId: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`admin-section panel${wide ? ' admin-wide' : ''}`} data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const t = useT();
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'admin-note admin-note-good' : 'admin-note admin-note-bad'} role="status" data-testid={testId}>
      {outcome.words(t)}
    </p>
  );
}

function useAction(): [Outcome, boolean, (f: () => Promise<Outcome>) => void] {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const run = (f: () => Promise<Outcome>) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    void f().then((o) => {
      setOutcome(o);
      setBusy(false);
    });
  };
  return [outcome, busy, run];
}

function DeviceRow({ id, kind, label, state, bad, detail, call }: { id: string; kind: DeviceKind; label: string; state: string; bad: boolean; detail: string | null; call: Call }) {
  const t = useT();
  const [outcome, busy, run] = useAction();
  return (
    <div className="admin-device" data-testid={`admin-device-${id}`}>
      <span className="admin-device-name">{label}</span>
      <span className={bad ? 'admin-note-bad' : 'admin-note-good'}>
        {state}
        {detail && ` (${detail})`}
      </span>
      <Button
        variant="secondary"
        disabled={busy}
        testId={`admin-selftest-${id}`}
        onPress={() => run(async () => {
          const r = await call(() => api.admin.selfTest({ deviceId: id }));
          return r.ok ? { ok: true, words: (t) => t(selfTestPassedWords[kind]) } : { ok: false, words: (t) => errorWords(r.error, t) };
        })}
      >
        {busy ? t('admin.working') : t('admin.selfTest')}
      </Button>
      <OutcomeLine outcome={outcome} testId={`admin-selftest-result-${id}`} />
    </div>
  );
}

function TestPrint({ call }: { call: Call }) {
  const t = useT();
  const [outcome, busy, run] = useAction();
  return (
    <>
      <Button
        disabled={busy}
        testId="admin-test-print"
        onPress={() => run(async () => {
          const r = await call(() => api.admin.testPrint());
          return r.ok ? { ok: true, words: (t) => t('admin.testPrint.done', { device: r.value.deviceId }) } : { ok: false, words: (t) => errorWords(r.error, t) };
        })}
      >
        {busy ? t('admin.working') : t('admin.testPrint')}
      </Button>
      <OutcomeLine outcome={outcome} testId="admin-test-print-result" />
    </>
  );
}

function SyncNow({ call, onDone }: { call: Call; onDone: () => void }) {
  const t = useT();
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

function NetworkCheckView({ call }: { call: Call }) {
  const t = useT();
  const [check, setCheck] = useState<NetworkCheck | null>(null);
  const [outcome, busy, run] = useAction();
  return (
    <>
      <Button
        disabled={busy}
        testId="admin-network-run"
        onPress={() => run(async () => {
          const r = await call(() => api.admin.networkCheck());
          if (!r.ok) return { ok: false, words: (t) => errorWords(r.error, t) };
          setCheck(r.value);
          return { ok: r.value.verdict === 'ok', words: (t) => verdictWords(r.value, t) };
        })}
      >
        {busy ? t('admin.network.running') : t('admin.network.run')}
      </Button>
      {check && !busy && (
        <table className="admin-steps" data-testid="admin-network-steps">
          <tbody>
            {check.steps.map((st) => (
              <tr key={st.step} className={st.ok ? 'admin-note-good' : 'admin-note-bad'}>
                <th scope="row">{t(stepWords[st.step])}</th>
                <td>{st.ms === null ? t('admin.network.notTried') : `${st.ms} ms`}</td>
                {/* A step not tried is said once, in the panel's language (the core's detail repeats it in the log's English). */}
                <td>{st.ms === null ? null : st.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OutcomeLine outcome={outcome} testId="admin-network-verdict" />
    </>
  );
}

function RoleSwitch({ current, onChoose }: { current: Role; onChoose: (role: Role) => void }) {
  const t = useT();
  const roles: Role[] = ['kiosk', 'counter', 'display'];
  return (
    <div className="admin-row">
      {roles.map((r) => (
        <Button key={r} variant="toggle" pressed={r === current} disabled={r === current} onPress={() => onChoose(r)} testId={`admin-role-${r}`}>
          {t(roleWords[r])}
          {r === current && ` (${t('admin.roleSwitch.current')})`}
        </Button>
      ))}
    </div>
  );
}

/** The profiles installed with the terminal: each with its role and devices, the current one marked, a
 *  broken one with its problems; choosing one asks, writes it for the next start and offers the restart. */
function ProfileSwitch({ call, onConfirm, onRestart }: { call: Call; onConfirm: (c: Confirm) => void; onRestart: () => void }) {
  const t = useT();
  const [list, setList] = useState<AdminProfiles | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const load = useCallback(() => {
    void call(() => api.admin.profiles()).then((r) => r.ok && setList(r.value));
  }, [call]);
  useEffect(load, [load]);
  if (!list) return <p className="muted">{t('admin.loading')}</p>;
  const choose = (name: string, role: Role) =>
    onConfirm({
      text: t('admin.profile.confirm', { name, role: t(roleWords[role]) }),
      run: () =>
        void call(() => api.admin.setProfile({ name })).then((r) => {
          setOutcome(r.ok ? null : { ok: false, words: (t) => errorWords(r.error, t) });
          load();
        }),
    });
  return (
    <>
      <p data-testid="admin-profile-current">{t('admin.profile.current', { name: list.current })}</p>
      <p className="muted">{t('admin.profile.kept')}</p>
      {list.problem && <p className="admin-note admin-note-bad">{t('admin.profile.unreadable', { problem: list.problem })}</p>}
      {!list.problem && list.profiles.length === 0 && <p className="muted">{t('admin.profile.none', { folder: list.folder })}</p>}
      {list.pending && (
        <div className="admin-row admin-pending" data-testid="admin-profile-pending">
          <p className="admin-note" role="status">{t('admin.profile.pending', { name: list.pending })}</p>
          <Button onPress={onRestart} testId="admin-profile-restart">
            {t('admin.profile.restartNow')}
          </Button>
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
                <Button variant="secondary" onPress={() => choose(p.name, p.role!)} testId={`admin-profile-use-${p.name}`}>
                  {t('admin.profile.use')}
                </Button>
              )}
              {p.problems.length === 0 ? (
                <span className="admin-profile-devices">
                  {p.devices.length === 0 ? t('admin.profile.noDevices') : t('admin.profile.devices', { devices: p.devices.map((d) => d.label).join('、') })}
                </span>
              ) : (
                <div className="admin-profile-devices admin-note-bad" data-testid={`admin-profile-problems-${p.name}`}>
                  <p>{t('admin.profile.broken')}</p>
                  <ul>
                    {p.problems.map((line) => (
                      <li key={line}>{line}</li>
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
  );
}

function RecentLog({ call, timeZone }: { call: Call; timeZone: string }) {
  const t = useT();
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const load = useCallback(() => {
    void call(() => api.admin.recentLog({ limit: 40 })).then((r) => r.ok && setEntries(r.value));
  }, [call]);
  useEffect(load, [load]);
  return (
    <>
      <Button variant="secondary" onPress={load} testId="admin-log-refresh">
        {t('admin.log.refresh')}
      </Button>
      {entries && entries.length === 0 && <p className="muted">{t('admin.log.empty')}</p>}
      {entries && entries.length > 0 && (
        // Scrolls by itself: reachable by keypad focus too (axe scrollable-region-focusable).
        <ol className="admin-log" data-testid="admin-log-entries" tabIndex={0} aria-label={t('admin.log')}>
          {entries.map((e) => (
            <li key={e.seq} className={`admin-log-${e.level}`}>
              <span className="admin-log-time">{formatHallTime(e.at, timeZone, { seconds: true }).slice(11)}</span>
              <span className="admin-log-level">{e.level}</span>
              <span className="admin-log-source">{e.source}</span>
              <span className="admin-log-message">
                {e.message}
                {e.data && ` ${JSON.stringify(e.data)}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
