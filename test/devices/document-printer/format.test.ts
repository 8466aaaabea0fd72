import { describe, expect, it } from 'vitest';
import { formatDateTime, pageFrame } from '../../../devices/document-printer/format.ts';
import { ManualClock } from '../../support/manual-clock.ts';

describe('formatDateTime', () => {
  it('prints the hall’s wall clock, whatever offset the instant carries', () => {
    expect(formatDateTime('2025-03-14T01:30:00Z')).toBe('2025-03-14 09:30');
    expect(formatDateTime('2025-03-14T09:30:00+08:00')).toBe('2025-03-14 09:30');
    expect(formatDateTime('2025-03-13T16:30:00Z')).toBe('2025-03-14 00:30');
    expect(formatDateTime('2025-03-14T01:30:00Z', 'Europe/Berlin')).toBe('2025-03-14 02:30');
  });

  it('prints an unparsable input as it is', () => {
    expect(formatDateTime('长期')).toBe('长期');
  });
});

describe('pageFrame', () => {
  it('stamps the print time from the injected clock', () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 24, 15, 59));
    expect(pageFrame('某某政务服务中心', clock)).toEqual({ hallName: '某某政务服务中心', printedAt: '2026-11-24 23:59' });
    clock.advance(60_000);
    expect(pageFrame('某某政务服务中心', clock).printedAt).toBe('2026-11-25 00:00');
  });
});
