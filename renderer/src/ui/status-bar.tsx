// The bottom band: the platform link and the devices as the core reports them, and which terminal
// this is, so hall staff can tell at a glance what is wrong.
import type { DeviceState } from '../../../domain/terminal.ts';
import type { PlatformLink, StatusSnapshot } from '../../../main/contract/index.ts';
import { useT } from '../i18n/i18n.tsx';
import { useNow } from './use-now.ts';

type Tone = 'ok' | 'warn' | 'danger';

function platformTone(state: PlatformLink['state']): Tone {
  switch (state) {
    case 'online':
      return 'ok';
    case 'connecting':
      return 'warn';
    case 'offline':
      return 'danger';
    default:
      return state satisfies never;
  }
}

function deviceTone(state: DeviceState): Tone {
  switch (state) {
    case 'ready':
      return 'ok';
    case 'warning':
    case 'connecting':
      return 'warn';
    case 'error':
    case 'disconnected':
      return 'danger';
    default:
      return state satisfies never;
  }
}

/** How old the catalogue copy is, in words; minutes are enough for a status bar. */
function catalogueAge(t: ReturnType<typeof useT>, checkedAt: string | null, now: number): { text: string; tone: Tone } {
  if (checkedAt === null) return { text: t('status.catalogue.never'), tone: 'warn' };
  const minutes = Math.max(0, Math.floor((now - Date.parse(checkedAt)) / 60_000));
  if (minutes < 1) return { text: t('status.catalogue.fresh'), tone: 'ok' };
  if (minutes < 120) return { text: t('status.catalogue.age', { n: minutes }), tone: minutes < 30 ? 'ok' : 'warn' };
  return { text: t('status.catalogue.ageHours', { n: Math.floor(minutes / 60) }), tone: 'warn' };
}

export function StatusBar({ status, terminalId }: { status: StatusSnapshot | null; terminalId: string }) {
  const t = useT();
  const now = useNow(60_000);
  const age = status ? catalogueAge(t, status.catalogue.checkedAt, now) : null;
  const problems = status?.devices.filter((d) => d.state !== 'ready') ?? [];
  return (
    <footer className="statusbar" data-testid="status-bar">
      {status && (
        <span className="item" data-testid="platform-status" data-state={status.platform.state}>
          <span className={`dot dot-${platformTone(status.platform.state)}`} />
          {t('status.platform')}: {t(`status.platform.${status.platform.state}`)}
          {status.platform.embedded && <span>{t('status.platform.embedded')}</span>}
        </span>
      )}
      {status && (
        <span className="item" data-testid="device-status" data-problems={problems.length}>
          {status.devices.length === 0 ? (
            <>
              {t('status.devices')}: {t('status.devices.none')}
            </>
          ) : problems.length === 0 ? (
            <>
              <span className="dot dot-ok" />
              {t('status.devices')}: {t('status.devices.allReady')}
            </>
          ) : (
            problems.map((d) => (
              <span className="item" key={d.id} data-device={d.id} data-state={d.state}>
                <span className={`dot dot-${deviceTone(d.state)}`} />
                {d.label}: {t(`device.state.${d.state}`)}
              </span>
            ))
          )}
        </span>
      )}
      {status && age && (
        <span className="item" data-testid="catalogue-status" data-version={status.catalogue.version ?? ''}>
          <span className={`dot dot-${age.tone}`} />
          {age.text}
        </span>
      )}
      {status && status.outbox.pending > 0 && (
        <span className="item" data-testid="outbox-status">
          {t('status.outbox.pending', { n: status.outbox.pending })}
        </span>
      )}
      <span className="spacer" />
      <span className="item">{t('status.terminal', { id: terminalId })}</span>
    </footer>
  );
}
