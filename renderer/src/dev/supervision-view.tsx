// The developer page's stand-in for the supervisor's screen (电子监察): the follow-ups of bad ratings
// (核实整改, 回访) with a one-click "called back and rectified" close, and the day's figures per window
// and staff member. Asked again after every window rating.
import { useState } from 'react';
import { businessDateOf, DEFAULT_TIME_ZONE } from '../../../domain/hall-time.ts';
import type { DailyFigures } from '../../../domain/supervision.ts';
import { client } from '../api/client.ts';
import { useCall, useEvent } from '../api/hooks.ts';
import { useHallClock } from '../ui/hall-clock.tsx';

export function SupervisionView() {
  const clock = useHallClock();
  const [state, setState] = useState<'open' | 'all'>('open');
  const [date, setDate] = useState(() => businessDateOf(clock.now(), DEFAULT_TIME_ZONE));
  const followUps = useCall('dev.followUps', { state });
  const daily = useCall('dev.supervisionDaily', { date });
  const [last, setLast] = useState<string | null>(null);
  useEvent('windowRating.changed', () => {
    followUps.reload();
    daily.reload();
  });
  const close = async (id: string) => {
    const r = await client.call('dev.updateFollowUp', {
      id,
      update: { handler: '值班长（开发页）', actionTaken: '已核实并整改（开发页）', calledBackAt: new Date(clock.now()).toISOString(), outcome: 'rectified' },
    });
    setLast(r.ok ? `closed ${id}: ${r.value.outcome}` : `${r.error.code}: ${r.error.message}`);
    followUps.reload();
  };
  return (
    <section data-testid="dev-supervision">
      <h2>Supervision (电子监察): follow-ups and the day’s figures</h2>
      <p>
        <label>
          Follow-ups{' '}
          <select data-testid="dev-follow-ups-state" value={state} onChange={(e) => setState(e.target.value as 'open' | 'all')}>
            <option value="open">open</option>
            <option value="all">all</option>
          </select>
        </label>{' '}
        <label>
          Date <input data-testid="dev-daily-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </p>
      {followUps.state === 'failed' && <p className="bad">{followUps.error.code}: {followUps.error.message}</p>}
      {followUps.state === 'done' && followUps.value.followUps.length === 0 && <p data-testid="dev-follow-ups-none">No follow-ups.</p>}
      {followUps.state === 'done' &&
        followUps.value.followUps.map((f) => (
          <div key={f.id} className="device" data-testid="dev-follow-up" data-state={f.state} data-target={f.target}>
            <div>
              <b>{f.level}</b> {f.target} at {f.windowId ?? '?'} / {f.staffId ?? '?'} — reasons: {f.reasons.join(', ') || '(none)'} {f.comment ? `“${f.comment}”` : ''} — phone{' '}
              {f.phone ?? '(none)'} — due {f.dueBy} — {f.state}
              {f.outcome ? ` (${f.outcome}, by ${f.handler ?? '?'})` : ''}
            </div>
            <div className="actions">
              <button type="button" data-testid={`dev-follow-up-close-${f.id}`} disabled={f.state === 'closed'} onClick={() => void close(f.id)}>
                Called back and rectified: close
              </button>
            </div>
          </div>
        ))}
      {last && <p data-testid="dev-follow-up-last">{last}</p>}
      {daily.state === 'failed' && <p className="bad">{daily.error.code}: {daily.error.message}</p>}
      {daily.state === 'done' && (
        <table data-testid="dev-daily">
          <thead>
            <tr>
              <th>who</th>
              <th>calls</th>
              <th>recalls</th>
              <th>avg wait s</th>
              <th>avg service s</th>
              <th>finished</th>
              <th>skipped</th>
              <th>transferred</th>
              <th>ratings (非常满意…非常不满意)</th>
              <th>rated / served</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...daily.value.windows.map((w) => [`window ${w.windowId}`, w.figures] as const),
              ...daily.value.staff.map((s) => [`staff ${s.staffId}`, s.figures] as const),
              ['hall', daily.value.hall] as const,
            ].map(([who, f]) => (
              <FiguresRow key={who} who={who} f={f} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FiguresRow({ who, f }: { who: string; f: DailyFigures }) {
  return (
    <tr data-testid={`dev-daily-${who.replace(' ', '-')}`}>
      <td>{who}</td>
      <td>{f.calls}</td>
      <td>{f.recalls}</td>
      <td>{f.averageWaitSeconds ?? '—'}</td>
      <td>{f.averageServiceSeconds ?? '—'}</td>
      <td>{f.finished}</td>
      <td>{f.skipped}</td>
      <td>{f.transferred}</td>
      <td>
        {f.ratings.verySatisfied} / {f.ratings.satisfied} / {f.ratings.basicallySatisfied} / {f.ratings.dissatisfied} / {f.ratings.veryDissatisfied}
      </td>
      <td>{f.ratingRate ?? '—'}</td>
    </tr>
  );
}
