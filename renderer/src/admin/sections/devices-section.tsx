// The devices with their state and a self-test each, and a test slip when there is a ticket printer.
import type { DeviceKind } from '../../../../domain/terminal.ts';
import type { AdminStatus } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { deviceStateWords, errorWords, selfTestPassedWords } from '../admin-words.ts';
import { OutcomeLine, Section, useAction, useAdminPanel } from './panel-parts.tsx';

export function DevicesSection({ devices }: { devices: AdminStatus['snapshot']['devices'] }) {
  const t = useT();
  return (
    <Section title={t('admin.devices')} testId="admin-devices">
      {devices.length === 0 && <p className="muted">{t('admin.devices.none')}</p>}
      {devices.map((d) => (
        <DeviceRow key={d.id} id={d.id} kind={d.kind} label={d.label} state={t(deviceStateWords[d.state])} bad={d.state !== 'ready'} detail={d.detail} />
      ))}
      {devices.some((d) => d.kind === 'printer') && <TestPrint />}
    </Section>
  );
}

function DeviceRow({ id, kind, label, state, bad, detail }: { id: string; kind: DeviceKind; label: string; state: string; bad: boolean; detail: string | null }) {
  const t = useT();
  const { call } = useAdminPanel();
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

function TestPrint() {
  const t = useT();
  const { call } = useAdminPanel();
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
