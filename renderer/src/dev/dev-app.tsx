// The developer page: configured devices with their live status and simulator controls, what the
// simulated printers printed (slips and A4 pages, as images), the card on the reader, and the core's
// event log.
import { useEffect, useState } from 'react';
import type { DevDevice, EventPayload, KeptDocument, LogEntry, LogLevel, VoiceSettings } from '../../../main/contract/index.ts';
import { HelpCallsView } from './help-calls.tsx';
import { PadDisplayView } from './pad-display.tsx';
import { StaffDemoView } from './staff-demo.tsx';
import { SupervisionView } from './supervision-view.tsx';
import { HallSettingsView } from './hall-settings-view.tsx';
import { client } from '../api/client.ts';
import { useCall, useConnected, useEvent, useStatus } from '../api/hooks.ts';
import { PaymentsView } from './payments-view.tsx';
import './dev.css';
import { WindowControls } from './window-controls.tsx';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function DevApp() {
  const connected = useConnected();
  const status = useStatus();
  const devices = useCall('dev.listDevices', {});
  // Devices open after the page may have asked (their simulator controls come with them): ask again
  // whenever a device's state changes.
  const states = status?.devices.map((d) => `${d.id}:${d.state}`).join(' ') ?? '';
  const { reload } = devices;
  useEffect(() => {
    if (states) reload();
  }, [states, reload]);
  return (
    <div className="dev">
      <header>
        <h1>Developer page</h1>
        <span data-testid="dev-connection" className={connected ? 'ok' : 'bad'}>
          {connected ? 'connected to the core' : 'not connected'}
        </span>
      </header>
      <section>
        <h2>Platform</h2>
        {status ? (
          <p data-testid="dev-platform">
            {status.platform.state}
            {status.platform.embedded ? ' (embedded reference platform)' : ''} since {status.platform.since}
            {status.platform.reason ? ` — ${status.platform.reason}` : ''}
            {status.platform.events ? `; events ${status.platform.events.state}${status.platform.events.reason ? ` (${status.platform.events.reason})` : ''}` : ''}; catalogue v{status.catalogue.version ?? '–'}; outbox {status.outbox.pending} waiting, {status.outbox.refused} refused
          </p>
        ) : (
          <p>…</p>
        )}
      </section>
      <section>
        <h2>Devices</h2>
        {devices.state === 'failed' && <p className="bad">{devices.error.message}</p>}
        {devices.state === 'done' && devices.value.length === 0 && <p>No devices configured in this profile.</p>}
        {devices.state === 'done' &&
          devices.value.map((d) => {
            const s = status?.devices.find((x) => x.id === d.id);
            return <DeviceRow key={d.id} device={d} state={s ? `${s.state}${s.detail ? ` (${s.detail})` : ''}` : '?'} />;
          })}
      </section>
      <VoiceView />
      <HelpCallsView />
      <PadDisplayView />
      <StaffDemoView />
      <SupervisionView />
      <HallSettingsView />
      <WindowControls />
      <div className="dev-columns">
        <CardView />
        <SlipView />
      </div>
      <DocumentView />
      <PaymentsView />
      <LogView />
    </div>
  );
}

function DeviceRow({ device, state }: { device: DevDevice; state: string }) {
  const [last, setLast] = useState<string | null>(null);
  const run = async (action: string) => {
    const r = await client.call('dev.simulate', { deviceId: device.id, action });
    setLast(r.ok ? `${action}: done` : `${action}: ${r.error.message}`);
  };
  const selfTest = async () => {
    const r = await client.call('devices.selfTest', { deviceId: device.id });
    setLast(r.ok ? `self-test passed: ${r.value.did}` : `self-test failed: ${r.error.code} ${r.error.message}`);
  };
  return (
    <div className="device" data-testid={`dev-device-${device.id}`} data-state={state.split(' ')[0]}>
      <div>
        <b>{device.label}</b> <code>{device.id}</code> {device.kind} — {device.connection} — <span data-testid={`dev-state-${device.id}`}>{state}</span>
      </div>
      <div className="actions">
        <button type="button" data-testid={`selftest-${device.id}`} onClick={() => void selfTest()}>
          Self-test
        </button>
        {last && (
          <span className="muted" data-testid={`dev-last-${device.id}`}>
            {last}
          </span>
        )}
      </div>
      {device.simulatorActions.length > 0 && (
        <div className="actions">
          {device.simulatorActions.map((a) => (
            <button key={a.id} type="button" data-testid={`sim-${device.id}-${a.id}`} onClick={() => void run(a.id)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** The kiosk voice: staff mute it here (until restart); config `ui.voice` is where it starts. */
function VoiceView() {
  const info = useCall('system.getInfo', {});
  const [pushed, setPushed] = useState<VoiceSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEvent('system.voiceChanged', setPushed);
  const voice = pushed ?? (info.state === 'done' ? info.value.voice : null);
  const toggle = async () => {
    if (!voice) return;
    const r = await client.call('dev.setVoice', { enabled: !voice.enabled });
    if (r.ok) setPushed(r.value);
    setProblem(r.ok ? null : `${r.error.code}: ${r.error.message}`);
  };
  return (
    <section>
      <h2>Kiosk voice</h2>
      {voice && (
        <p>
          <button type="button" data-testid="dev-voice" aria-pressed={voice.enabled} onClick={() => void toggle()}>
            {voice.enabled ? 'Voice on: mute' : 'Muted: turn voice on'}
          </button>{' '}
          volume {Math.round(voice.volume * 100)} % (config <code>ui.voice.volume</code>)
        </p>
      )}
      {problem && <p className="bad">{problem}</p>}
    </section>
  );
}

function CardView() {
  const current = useCall('idcard.current', {});
  const [pushed, setPushed] = useState<EventPayload<'idcard.changed'> | null>(null);
  useEvent('idcard.changed', setPushed);
  const state = pushed ?? (current.state === 'done' ? current.value : null);
  const holder = state?.holder ?? null;
  return (
    <section>
      <h2>ID card on the reader</h2>
      <p data-testid="dev-card">
        {holder ? `${holder.nameMasked} ${holder.idMasked} (${holder.cardType})` : state?.cardLeft ? 'left on the reader (visit ended)' : 'none'}
      </p>
    </section>
  );
}

function SlipView() {
  const [slips, setSlips] = useState<EventPayload<'dev.slipPrinted'>[]>([]);
  useEvent('dev.slipPrinted', (s) => setSlips((list) => [s, ...list].slice(0, 3)));
  return (
    <section>
      <h2>Printed slips</h2>
      {slips.length === 0 && <p>Nothing printed yet.</p>}
      <div className="slips">
        {slips.map((s, i) => (
          <figure key={s.at + i}>
            <img src={s.png} alt={`slip printed by ${s.deviceId} at ${s.at}`} data-testid={i === 0 ? 'slip' : undefined} data-text={s.text} />
            <figcaption>
              {s.deviceId} {s.at.slice(11, 19)}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}

function DocumentView() {
  const listed = useCall('dev.listDocuments', {});
  const [pushed, setPushed] = useState<KeptDocument[]>([]);
  // The newest four only (what is shown): each carries its pages as PNGs, and a page open all day must not keep them all.
  useEvent('dev.documentPrinted', (d) => setPushed((list) => [d, ...list].slice(0, 4)));
  const key = (d: KeptDocument) => `${d.deviceId}#${d.jobNumber}`;
  const all = [...pushed, ...(listed.state === 'done' ? listed.value : [])];
  const docs = all.filter((d, i) => all.findIndex((x) => key(x) === key(d)) === i).slice(0, 4);
  return (
    <section>
      <h2>A4 documents sent to simulated printers</h2>
      {listed.state === 'failed' && <p className="bad">{listed.error.message}</p>}
      {docs.length === 0 && <p>Nothing printed yet.</p>}
      <div className="documents">
        {docs.map((d) => (
          <div key={key(d)} className="document" data-testid={`dev-document-${key(d)}`}>
            <p>
              <b>{d.title}</b> <code>{d.deviceId}</code> job {d.jobNumber}, {d.copies} {d.copies === 1 ? 'copy' : 'copies'}, {Math.round(d.bytes / 1024)} KB PDF, {d.at.slice(11, 19)}
            </p>
            {d.previewError !== null && (
              <p className="bad" data-testid="dev-document-preview-error">
                No page images: {d.previewError}
              </p>
            )}
            <div className="pages">
              {d.pages.map((png, i) => (
                <img key={i} src={png} alt={`page ${i + 1} of ${d.title}`} data-testid="dev-document-page" />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

function LogView() {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [minLevel, setMinLevel] = useState<LogLevel>('debug');
  const connected = useConnected();
  useEffect(() => {
    if (!connected) return;
    void client.call('dev.getLog', { limit: 500 }).then((r) => {
      if (r.ok) setEntries((live) => merge(r.value, live));
    });
  }, [connected]);
  useEvent('log.entryAdded', (e) => setEntries((list) => merge(list, [e])));
  const shown = entries.filter((e) => LEVELS.indexOf(e.level) >= LEVELS.indexOf(minLevel));
  return (
    <section>
      <h2>
        Event log{' '}
        <select value={minLevel} onChange={(e) => setMinLevel(e.target.value as LogLevel)} aria-label="minimum level">
          {LEVELS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </h2>
      <ol className="log" data-testid="dev-log">
        {shown
          .slice(-300)
          .reverse()
          .map((e) => (
            <li key={e.seq} className={`level-${e.level}`}>
              <time>{e.at.slice(11, 23)}</time> <b>{e.level}</b> <i>{e.source}</i> {e.message}
              {e.data ? <code> {JSON.stringify(e.data)}</code> : null}
            </li>
          ))}
      </ol>
    </section>
  );
}

/** Joins two lists of entries by sequence number, without duplicates, oldest first, bounded. */
function merge(a: readonly LogEntry[], b: readonly LogEntry[]): LogEntry[] {
  const bySeq = new Map<number, LogEntry>();
  for (const e of [...a, ...b]) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((x, y) => x.seq - y.seq).slice(-2000);
}
