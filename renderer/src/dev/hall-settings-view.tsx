// The developer page's stand-in for the platform console's hall settings: the idle timeout, the
// notices shown, the opening hours per weekday and the attract playlist, put on the platform
// (dev.putHallSettings -> terminals.updateSettings). The platform checks them with the terminals' own
// schema and names a bad field; a good put is a new version every terminal takes at its next sync
// (this one at once, and its screens follow without a reload).
import { useEffect, useState } from 'react';
import type { HallSettings } from '../../../domain/hall-settings.ts';
import type { OpeningHours } from '../../../domain/queue-setup.ts';
import { client } from '../api/client.ts';
import { useCall } from '../api/hooks.ts';

const WEEKDAYS = ['Mon 周一', 'Tue 周二', 'Wed 周三', 'Thu 周四', 'Fri 周五', 'Sat 周六', 'Sun 周日'];

interface Form {
  idle: string;
  notices: 'unset' | 'shown' | 'hidden';
  hoursOn: boolean;
  /** Per ISO weekday 1..7 (index 0..6): "08:30-12:00, 13:30-17:00"; empty: closed that day. */
  days: string[];
  /** One item a line: file[, seconds[, caption]]; empty with playlistOn: an empty playlist. */
  playlistOn: boolean;
  playlist: string;
}

const EMPTY: Form = { idle: '', notices: 'unset', hoursOn: false, days: ['', '', '', '', '', '', ''], playlistOn: false, playlist: '' };

/** The form from the settings as the platform keeps them (as set, maybe from an older schema). */
export function formOf(settings: Record<string, unknown>): Form {
  const s = settings as Partial<HallSettings>;
  const days = ['', '', '', '', '', '', ''];
  for (const part of Array.isArray(s.openingHours) ? s.openingHours : []) {
    for (const d of part.weekdays ?? []) if (d >= 1 && d <= 7) days[d - 1] = (part.periods ?? []).map((p) => `${p.from}-${p.to}`).join(', ');
  }
  return {
    idle: typeof s.idleTimeoutSeconds === 'number' ? String(s.idleTimeoutSeconds) : '',
    notices: s.notices === undefined ? 'unset' : s.notices ? 'shown' : 'hidden',
    hoursOn: Array.isArray(s.openingHours),
    days,
    playlistOn: Array.isArray(s.playlist),
    playlist: (Array.isArray(s.playlist) ? s.playlist : []).map((i) => [i.file, i.seconds ?? '', i.caption ?? ''].join(', ').replace(/(, )+$/, '')).join('\n'),
  };
}

/** The settings to put. Written as typed: the platform, not this page, says what is wrong. */
export function settingsOf(f: Form): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.idle.trim() !== '') out['idleTimeoutSeconds'] = Number(f.idle);
  if (f.notices !== 'unset') out['notices'] = f.notices === 'shown';
  if (f.hoursOn) {
    const parts: { weekdays: number[]; periods: { from: string; to: string }[] }[] = [];
    f.days.forEach((text, i) => {
      const key = text.replace(/\s+/g, '');
      if (key === '') return;
      const periods = key.split(/[,，]/).filter(Boolean).map((p) => {
        const [from = '', to = ''] = p.split(/[-–~]/);
        return { from, to };
      });
      const same = parts.find((x) => JSON.stringify(x.periods) === JSON.stringify(periods));
      if (same) same.weekdays.push(i + 1);
      else parts.push({ weekdays: [i + 1], periods });
    });
    out['openingHours'] = parts satisfies OpeningHours;
  }
  if (f.playlistOn) {
    out['playlist'] = f.playlist
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((line) => {
        const [file = '', seconds = '', ...caption] = line.split(',').map((x) => x.trim());
        return { file, ...(seconds ? { seconds: Number(seconds) } : {}), ...(caption.join(',') ? { caption: caption.join(', ') } : {}) };
      });
  }
  return out;
}

export function HallSettingsView() {
  const current = useCall('dev.hallSettings', {});
  const [form, setForm] = useState<Form>(EMPTY);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const stored = current.state === 'done' ? current.value : null;
  // Filled from the platform's copy when it arrives (or after a put), not on every render.
  useEffect(() => {
    if (stored) setForm(formOf(stored.settings));
  }, [stored]);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const put = async () => {
    const r = await client.call('dev.putHallSettings', { settings: settingsOf(form) });
    if (r.ok) {
      setResult({ ok: true, text: `version ${r.value.version} stored ${r.value.updatedAt ?? ''}` });
      current.reload();
    } else {
      const issues = (r.error.details as { details?: { issues?: { path: string; message: string }[] } } | undefined)?.details?.issues;
      setResult({ ok: false, text: issues?.length ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : `${r.error.code}: ${r.error.message}` });
    }
  };
  return (
    <section data-testid="dev-hall-settings">
      <h2>Hall settings (platform console): idle timeout, notices, opening hours, playlist</h2>
      {current.state === 'failed' && <p className="bad">{current.error.code}: {current.error.message}</p>}
      {current.state === 'done' && (
        <p>
          On the platform: version {current.value.version}
          {current.value.updatedAt ? `, set ${current.value.updatedAt}` : ' (never set)'}
        </p>
      )}
      <div className="hall-settings">
        <label>
          Idle timeout (s, 10-3600; empty: the terminal&apos;s){' '}
          <input data-testid="dev-hs-idle" inputMode="numeric" size={6} value={form.idle} onChange={(e) => set({ idle: e.target.value })} />
        </label>
        <label>
          Notices{' '}
          <select data-testid="dev-hs-notices" value={form.notices} onChange={(e) => set({ notices: e.target.value as Form['notices'] })}>
            <option value="unset">the terminal&apos;s</option>
            <option value="shown">shown</option>
            <option value="hidden">hidden</option>
          </select>
        </label>
        <fieldset>
          <legend>
            <label>
              <input data-testid="dev-hs-hours-on" type="checkbox" checked={form.hoursOn} onChange={(e) => set({ hoursOn: e.target.checked })} /> Opening hours (screens closed outside them)
            </label>
          </legend>
          {WEEKDAYS.map((name, i) => (
            <label key={name} className="hall-settings-day">
              {name}{' '}
              <input
                data-testid={`dev-hs-day-${i + 1}`}
                disabled={!form.hoursOn}
                placeholder="closed (e.g. 08:30-12:00, 13:30-17:00)"
                value={form.days[i]}
                onChange={(e) => set({ days: form.days.map((d, j) => (j === i ? e.target.value : d)) })}
              />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            <label>
              <input data-testid="dev-hs-playlist-on" type="checkbox" checked={form.playlistOn} onChange={(e) => set({ playlistOn: e.target.checked })} /> Attract playlist (a file a line: file, seconds, caption)
            </label>
          </legend>
          <textarea data-testid="dev-hs-playlist" rows={3} cols={60} disabled={!form.playlistOn} value={form.playlist} onChange={(e) => set({ playlist: e.target.value })} />
        </fieldset>
        <div className="actions">
          <button type="button" data-testid="dev-hs-put" onClick={() => void put()}>
            Put on the platform
          </button>
          {result && (
            <span data-testid="dev-hs-result" className={result.ok ? 'ok' : 'bad'}>
              {result.ok ? 'stored: ' : 'refused: '}
              {result.text}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
