// Window controls on the developer page: the hall's windows from the platform, and for each the
// counter actions its staff would press (call next, recall, start, skip, finish). What the caller
// pad and the phone page react to, without a counter terminal.
import { useState } from 'react';
import type { DevWindow, InputOf } from '../../../main/contract/index.ts';
import { client } from '../api/client.ts';
import { useCall } from '../api/hooks.ts';

const ACTIONS: readonly { id: InputOf<'dev.windowAction'>['action']; label: string }[] = [
  { id: 'callNext', label: 'Call next' },
  { id: 'recall', label: 'Recall' },
  { id: 'start', label: 'Start' },
  { id: 'skip', label: 'Skip' },
  { id: 'finish', label: 'Finish' },
];

export function WindowControls() {
  const windows = useCall('dev.listWindows', {});
  const [last, setLast] = useState<{ text: string; ok: boolean } | null>(null);
  const run = async (w: DevWindow, action: InputOf<'dev.windowAction'>['action']) => {
    const r = await client.call('dev.windowAction', { windowId: w.id, action });
    setLast(r.ok ? { ok: true, text: `window ${w.number} ${action}: ${r.value.number} is ${r.value.state}` } : { ok: false, text: `window ${w.number} ${action}: ${r.error.code} ${r.error.message}` });
  };
  return (
    <section>
      <h2>Windows</h2>
      {windows.state === 'failed' && <p className="bad">{windows.error.message}</p>}
      {last && (
        <p className={last.ok ? 'ok' : 'bad'} data-testid="dev-window-result" data-ok={last.ok}>
          {last.text}
        </p>
      )}
      {windows.state === 'done' && (
        <div className="dev-windows">
          <table>
            <tbody>
              {windows.value
                .filter((w) => w.staffed)
                .map((w) => (
                  <tr key={w.id} data-testid={`dev-window-${w.id}`} data-categories={w.categoryIds.join(' ')}>
                    <td>
                      {w.number} {w.name}
                    </td>
                    <td className="actions">
                      {ACTIONS.map((a) => (
                        <button key={a.id} type="button" data-testid={`dev-window-${w.id}-${a.id}`} onClick={() => void run(w, a.id)}>
                          {a.label}
                        </button>
                      ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
