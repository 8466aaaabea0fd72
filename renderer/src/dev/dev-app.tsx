// The developer page: configured devices with their simulators and live status, and the core's
// event log as it is written. Desktop-sized, English; never part of the kiosk bundle.
import { useEffect, useState } from 'react';
import type { LogEntry, LogLevel } from '../../../main/contract/index.ts';
import { client } from '../api/client.ts';
import { useCall, useConnected, useEvent, useStatus } from '../api/hooks.ts';
import './dev.css';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function DevApp() {
  const connected = useConnected();
  const status = useStatus();
  const devices = useCall('dev.listDevices', {});
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
          </p>
        ) : (
          <p>…</p>
        )}
      </section>
      <section>
        <h2>Devices</h2>
        {devices.state === 'failed' && <p className="bad">{devices.error.message}</p>}
        {devices.state === 'done' && devices.value.length === 0 && <p>No devices configured in this profile.</p>}
        {devices.state === 'done' && devices.value.length > 0 && (
          <table data-testid="dev-devices">
            <thead>
              <tr>
                <th>id</th>
                <th>kind</th>
                <th>label</th>
                <th>connection</th>
                <th>state</th>
                <th>simulator</th>
              </tr>
            </thead>
            <tbody>
              {devices.value.map((d) => {
                const s = status?.devices.find((x) => x.id === d.id);
                return (
                  <tr key={d.id}>
                    <td>{d.id}</td>
                    <td>{d.kind}</td>
                    <td>{d.label}</td>
                    <td>{d.connection}</td>
                    <td>
                      {s?.state ?? '?'}
                      {s?.detail ? ` (${s.detail})` : ''}
                    </td>
                    <td>{d.simulated ? d.simulatorActions.map((a) => a.label).join(', ') || 'simulated' : 'real device'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <LogView />
    </div>
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
