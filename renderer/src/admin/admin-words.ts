// The admin panel's words chosen by value: every key written out, so the locale check finds each.
import type { ConfigProblem, ProfileProblem } from '../../../domain/config-problem.ts';
import type { KioskError } from '../../../domain/errors.ts';
import type { UpdateStatus } from '../../../domain/health.ts';
import type { DeviceKind, DeviceState } from '../../../domain/terminal.ts';
import type { NetworkCheck, TerminalInfo } from '../../../main/contract/index.ts';
import type { MessageKey } from '../i18n/i18n.tsx';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export const roleWords: Record<TerminalInfo['role'], MessageKey> = { kiosk: 'admin.role.kiosk', counter: 'admin.role.counter', display: 'admin.role.display' };

export const deviceStateWords: Record<DeviceState, MessageKey> = {
  ready: 'admin.device.state.ready',
  connecting: 'admin.device.state.connecting',
  warning: 'admin.device.state.warning',
  error: 'admin.device.state.error',
  disconnected: 'admin.device.state.disconnected',
};

/** A passed self-test said by the device's kind: the core's own account of it (`did`, in the log's
 *  English) stays in the log the panel shows. */
export const selfTestPassedWords: Record<DeviceKind, MessageKey> = {
  printer: 'admin.selfTest.passed.printer',
  documentPrinter: 'admin.selfTest.passed.documentPrinter',
  idcard: 'admin.selfTest.passed.idcard',
  ratingPad: 'admin.selfTest.passed.ratingPad',
  scanner: 'admin.selfTest.passed.scanner',
};

export const linkWords: Record<'online' | 'offline' | 'connecting', MessageKey> = { online: 'admin.platform.online', offline: 'admin.platform.offline', connecting: 'admin.platform.connecting' };

export const syncOutcomeWords: Record<'unchanged' | 'delta' | 'full', MessageKey> = { unchanged: 'admin.sync.outcome.unchanged', delta: 'admin.sync.outcome.delta', full: 'admin.sync.outcome.full' };

export const stepWords: Record<NetworkCheck['steps'][number]['step'], MessageKey> = { dns: 'admin.network.step.dns', tcp: 'admin.network.step.tcp', http: 'admin.network.step.http' };

export function verdictWords(c: NetworkCheck, t: T): string {
  switch (c.verdict) {
    case 'ok':
      return t('admin.network.ok', { url: c.url });
    case 'dnsFailed':
      return t('admin.network.dnsFailed');
    case 'tcpFailed':
      return t('admin.network.tcpFailed');
    case 'httpFailed':
      return t('admin.network.httpFailed');
    default:
      return c.verdict satisfies never;
  }
}

/**
 * The self-updater's state in words for staff (the snapshot's host.update; null: this terminal does not
 * update itself). `time` formats an ISO time in the hall's zone.
 */
export function updateWords(u: UpdateStatus | null, t: T, time: (iso: string) => string): string {
  if (u === null) return t('admin.update.off');
  // Said after the state's sentence (the English starts with its space, the Chinese needs none).
  const checked = u.lastCheckAt ? t('admin.update.checkedAt', { at: time(u.lastCheckAt) }) : t('admin.update.notChecked');
  const offered = u.offeredVersion ?? '-';
  switch (u.state) {
    case 'idle':
      return `${t('admin.update.idle', { version: u.currentVersion })}${checked}`;
    case 'checking':
      return t('admin.update.checking');
    case 'available':
      return t('admin.update.available', { version: offered });
    case 'downloading':
      return t('admin.update.downloading', { version: offered, percent: u.percent ?? 0 });
    case 'downloaded':
      return t('admin.update.downloaded', { version: offered, at: u.installAt });
    case 'installing':
      return t('admin.update.installing', { version: offered });
    case 'error':
      return `${t('admin.update.error', { message: u.error ?? '-' })}${checked}`;
    default:
      return u.state satisfies never;
  }
}

/** A refusal in words for staff: what happened and what to do; else the code and the core's message. */
export function errorWords(e: KioskError, t: T): string {
  switch (e.code) {
    case 'admin.locked':
      return t('admin.error.admin.locked');
    case 'admin.noHost':
      return t('admin.error.admin.noHost');
    case 'admin.roleRefused':
      return t('admin.error.admin.roleRefused', { message: e.message.replace(/^[^:]*: /, '') });
    case 'admin.profileRefused':
      return t('admin.error.admin.profileRefused', { message: e.message.replace(/^[^:]*: /, '') });
    case 'device.notConfigured':
      return t('admin.error.device.notConfigured');
    case 'printer.paperOut':
      return t('admin.error.printer.paperOut');
    case 'printer.coverOpen':
      return t('admin.error.printer.coverOpen');
    default:
      return t('admin.error.generic', { message: e.message, code: e.code });
  }
}

/**
 * A profile's problem for staff: what is wrong in the panel's language; the key path and the schema's
 * own words (what it expected, the value found) as the config has them. The log keeps `line`, in English.
 */
export function profileProblemWords(p: ProfileProblem, t: T): string {
  if (p.stage === 'name') return t('admin.profile.problem.name');
  const words = configProblemWords(p.problem, t);
  return p.stage === 'terminal' ? t('admin.profile.problem.onTerminal', { problem: words }) : words;
}

function configProblemWords(p: ConfigProblem, t: T): string {
  switch (p.kind) {
    case 'noFile':
      return t('admin.profile.problem.noFile');
    case 'unreadable':
      return t('admin.profile.problem.unreadable', { code: p.code });
    case 'notJson':
      return t('admin.profile.problem.notJson', { detail: p.detail });
    case 'unknownSetting':
      return t('admin.profile.problem.unknownSetting', { key: p.key });
    case 'missing':
      return t('admin.profile.problem.missing', { key: p.key });
    case 'invalid':
      return p.got === null ? t('admin.profile.problem.invalid', { key: p.key, expected: p.expected }) : t('admin.profile.problem.invalidGot', { key: p.key, expected: p.expected, got: p.got });
    case 'other':
      return p.text;
    default:
      return p satisfies never;
  }
}

/** "5 min", "3 h": how long ago, in the largest whole unit. */
export function ageWords(ms: number, t: T): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return t('admin.ago.seconds', { n: s });
  if (s < 3600) return t('admin.ago.minutes', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('admin.ago.hours', { n: Math.floor(s / 3600) });
  return t('admin.ago.days', { n: Math.floor(s / 86_400) });
}
