// The developer page's stand-in for the staff screen: the hall's open help calls (帮办代办), asked
// again whenever this kiosk's call changes, with "acknowledge" (as the staff member named here) and
// "resolve".
import { useState } from 'react';
import { client } from '../api/client.ts';
import { useCall, useEvent } from '../api/hooks.ts';

export function HelpCallsView() {
  const calls = useCall('dev.helpCalls', {});
  const { reload } = calls;
  useEvent('help.changed', () => reload());
  const [staff, setStaff] = useState('王芳（工号 0107）');
  const [last, setLast] = useState<string | null>(null);
  const act = async (what: 'acknowledge' | 'resolve', callId: string) => {
    const r = what === 'acknowledge' ? await client.call('dev.acknowledgeHelp', { callId, staff }) : await client.call('dev.resolveHelp', { callId });
    setLast(r.ok ? `${what}: ${r.value.state}` : `${what}: ${r.error.code} ${r.error.message}`);
    reload();
  };
  return (
    <section data-testid="dev-help">
      <h2>Help calls (帮办代办)</h2>
      <p>
        <label>
          Staff name{' '}
          <input data-testid="dev-help-staff" value={staff} onChange={(e) => setStaff(e.target.value)} maxLength={40} />
        </label>{' '}
        <button type="button" data-testid="dev-help-reload" onClick={reload}>
          Reload
        </button>
      </p>
      {calls.state === 'failed' && <p className="bad">{calls.error.code}: {calls.error.message}</p>}
      {calls.state === 'done' && calls.value.calls.length === 0 && <p data-testid="dev-help-none">No open help calls.</p>}
      {calls.state === 'done' &&
        calls.value.calls.map((c) => (
          <div key={c.id} className="device" data-testid={`dev-help-call-${c.terminalId}`} data-state={c.state}>
            <div>
              <b>{c.terminalId}</b> {c.place || '(no place)'} — {c.reason} — {c.state}
              {c.acknowledgedBy ? ` by ${c.acknowledgedBy}` : ''} — called {c.createdAt}
            </div>
            <div className="actions">
              <button type="button" data-testid={`dev-help-ack-${c.terminalId}`} disabled={c.state !== 'waiting'} onClick={() => void act('acknowledge', c.id)}>
                Acknowledge
              </button>
              <button type="button" data-testid={`dev-help-resolve-${c.terminalId}`} onClick={() => void act('resolve', c.id)}>
                Resolve
              </button>
            </div>
          </div>
        ))}
      {last && <p data-testid="dev-help-last">{last}</p>}
    </section>
  );
}
