// The closed screen's words and behaviour on an injected clock: today's hours and the next opening in
// both languages, the ~15 s a touch wakes it for, the slow drift, and the kiosk opening by itself at
// the opening minute (the same screenStateAt the screen reads every second).
import { describe, expect, it } from 'vitest';
import { screenStateAt } from '../../../domain/opening-hours.ts';
import type { OpeningHours } from '../../../domain/queue-setup.ts';
import { messages, type Locale, type MessageKey } from '../../../renderer/src/locales/index.ts';
import { DRIFT_RANGE, DRIFT_STEP_MS, driftAt, isAwake, nextOpeningWords, todayHoursWords, WAKE_MS } from '../../../renderer/src/closed/closed-view.ts';

// As the screens' t() fills a text (renderer/src/i18n/i18n.tsx, not importable here without JSX).
const translate = (locale: Locale, key: MessageKey, params: Record<string, string | number> = {}) =>
  (messages[locale][key] ?? '').replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const zone = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const hours: OpeningHours = [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:00' }] }];

describe('closed screen words', () => {
  it("says today's hours, or that today is a rest day", () => {
    expect(todayHoursWords(zh, '08:30-12:00, 13:30-17:00')).toBe('今日 08:30–12:00, 13:30–17:00');
    expect(todayHoursWords(zh, '')).toBe('今日休息');
    expect(todayHoursWords(en, '')).toBe('Closed today');
  });
  it('says when it opens next: later today, tomorrow, a weekday, or whom to ask', () => {
    expect(nextOpeningWords(zh, { inDays: 0, weekday: 2, at: '13:30' })).toBe('今天 13:30');
    expect(nextOpeningWords(zh, { inDays: 1, weekday: 3, at: '08:30' })).toBe('明天 08:30');
    expect(nextOpeningWords(zh, { inDays: 3, weekday: 1, at: '08:30' })).toBe('周一 08:30');
    expect(nextOpeningWords(en, { inDays: 3, weekday: 1, at: '08:30' })).toBe('Monday at 08:30');
    expect(nextOpeningWords(zh, null)).toBe('请咨询大厅工作人员');
  });
  it('on a Friday evening points to Monday morning', () => {
    // 2026-11-27 is a Friday.
    const s = screenStateAt(at('2026-11-27T20:00:00+08:00'), hours, zone);
    expect(s.blank && nextOpeningWords(zh, s.next)).toBe('周一 08:30');
  });
});

describe('closed screen behaviour', () => {
  it('a touch wakes it for WAKE_MS, then it dims again', () => {
    const touched = at('2026-11-24T21:00:00+08:00');
    expect(isAwake(touched - 1, null)).toBe(false);
    expect(isAwake(touched, touched)).toBe(true);
    expect(isAwake(touched + WAKE_MS - 1, touched)).toBe(true);
    expect(isAwake(touched + WAKE_MS, touched)).toBe(false);
    expect(WAKE_MS).toBe(15_000);
  });
  it('drifts to a new place each step, within the range, visiting many places before repeating', () => {
    const start = at('2026-11-24T21:00:00+08:00');
    const places = Array.from({ length: 2 * DRIFT_RANGE.x + 1 }, (_, i) => driftAt(start + i * DRIFT_STEP_MS));
    for (const p of places) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(DRIFT_RANGE.x);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(DRIFT_RANGE.y);
    }
    expect(new Set(places.map((p) => p.x)).size).toBe(places.length);
    expect(driftAt(start)).toEqual(driftAt(start + DRIFT_STEP_MS - 1 - (start % DRIFT_STEP_MS)));
  });
  it('opens by itself at the opening minute and closes at the closing minute (the clock the screen reads)', () => {
    expect(screenStateAt(at('2026-11-25T08:29:59+08:00'), hours, zone).blank).toBe(true);
    expect(screenStateAt(at('2026-11-25T08:30:00+08:00'), hours, zone).blank).toBe(false);
    expect(screenStateAt(at('2026-11-25T12:00:00+08:00'), hours, zone)).toMatchObject({ blank: true, next: { inDays: 0, at: '13:30' } });
  });
});
