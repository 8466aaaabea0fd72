// Reads `LC_ALL=C lpstat -r -l -p NAME -a NAME` into a DocumentPrinterStatus. The sentences are
// CUPS's own (lpstat.c), English under LC_ALL=C:
//   scheduler is running | scheduler is not running
//   printer NAME is idle.  enabled since DATE
//   printer NAME now printing NAME-42.  enabled since DATE
//   printer NAME is holding new jobs.  enabled since DATE
//   printer NAME disabled since DATE -
//   <TAB>printer-state-message, or "reason unknown" for a stopped queue without one
//   <TAB>Form mounted: ... (long listing), <TAB>Alerts: media-empty-error offline-report ...
//   NAME accepting requests since DATE | NAME not accepting requests since DATE -
import type { DocumentPrinterCondition, DocumentPrinterStatus } from './types.ts';

/** Keys of the long listing (`-l`), which are not a state message. */
const LONG_KEYS =
  /^(Form mounted|Content types|Printer types|Description|Alerts|Location|Connection|Interface|On fault|After fault|Users allowed|Forms allowed|Banner required|Charset sets|Default pitch|Default page size|Default port settings)\b/;

export type LpstatReading =
  | { readonly kind: 'status'; readonly status: DocumentPrinterStatus }
  | { readonly kind: 'schedulerDown' }
  | { readonly kind: 'unknownPrinter' };

/** printer-state-reasons keyword -> condition, worst first. Suffixes -error/-report count; -warning does not. */
const reasonConditions: readonly (readonly [DocumentPrinterCondition, readonly string[]])[] = [
  ['paperJam', ['media-jam', 'jam']],
  ['coverOpen', ['door-open', 'cover-open', 'interlock-open']],
  ['paperOut', ['media-empty', 'media-needed', 'input-tray-missing']],
  ['tonerOut', ['toner-empty', 'marker-supply-empty']],
  ['offline', ['offline', 'shutdown', 'timed-out']],
];

function conditionFromReasons(reasons: readonly string[]): DocumentPrinterCondition | null {
  const active = reasons.filter((r) => !r.endsWith('-warning')).map((r) => r.replace(/-(error|report)$/, ''));
  for (const [condition, keywords] of reasonConditions) {
    if (active.some((r) => keywords.includes(r))) return condition;
  }
  return null;
}

export function conditionOf(status: Pick<DocumentPrinterStatus, 'state' | 'accepting' | 'reasons'>): DocumentPrinterCondition {
  if (!status.accepting) return 'rejecting';
  const fromReasons = conditionFromReasons(status.reasons);
  if (fromReasons !== null) return fromReasons;
  if (status.state === 'stopped') return 'stopped';
  return status.state === 'processing' ? 'printing' : 'ready';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseLpstat(stdout: string, printer: string): LpstatReading {
  const lines = stdout.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.some((l) => l.trim() === 'scheduler is not running')) return { kind: 'schedulerDown' };
  const name = escapeRegExp(printer);
  const stateLine = new RegExp(`^printer (${name}) (is idle|now printing|is holding new jobs|disabled since)`, 'i');
  const start = lines.findIndex((l) => stateLine.test(l));
  if (start < 0) return { kind: 'unknownPrinter' };
  const verb = stateLine.exec(lines[start] ?? '')?.[2]?.toLowerCase() ?? '';
  const state = verb === 'now printing' ? 'processing' : verb === 'disabled since' ? 'stopped' : 'idle';
  const details: string[] = [];
  for (let i = start + 1; i < lines.length && /^\s/.test(lines[i] ?? ''); i++) details.push((lines[i] ?? '').trim());
  const first = details[0];
  const message = first !== undefined && !LONG_KEYS.test(first) && first !== 'reason unknown' && first !== '' ? first : null;
  const alerts = details.find((d) => d.startsWith('Alerts:'));
  const reasons = alerts === undefined ? [] : alerts.slice('Alerts:'.length).trim().split(/\s+/).filter((r) => r !== '' && r !== 'none');
  const acceptingLine = new RegExp(`^${name} (not )?accepting requests`, 'i');
  const acceptance = lines.map((l) => acceptingLine.exec(l)).find((m) => m !== null);
  const accepting = acceptance === undefined ? true : acceptance[1] === undefined;
  const base = { state, accepting, reasons } as const;
  return { kind: 'status', status: { printer, ...base, message, condition: conditionOf(base) } };
}
