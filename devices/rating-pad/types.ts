// What every rating pad / window caller driver offers, serial or USB HID: the same typed events
// (a rating, a window key, a status change, a fault) and the same few outputs. Data only.
import type { KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';
import type { RatingLevel } from './rating-level.ts';

export type { RatingLevel } from './rating-level.ts';

/** Keys of a window caller (窗口呼叫器), DOMAIN.md §3 and §7. */
export const windowKeys = [
  'callNext', // 呼叫下一位
  'recall', // 重呼
  'skip', // 过号/弃号
  'transfer', // 转移
  'pause', // 暂停/挂起
  'confirm', // 确认/办结
  'requestRating', // 请评价
] as const;

export type WindowKey = (typeof windowKeys)[number];

/** What a pad sends, once decoded and mapped through its model's key table. */
export type PadInput = { readonly kind: 'key'; readonly key: WindowKey } | { readonly kind: 'rating'; readonly level: RatingLevel };

export type PadStatus = 'stopped' | 'ready' | 'disconnected';

export interface RatingPadEvents {
  /** A citizen pressed one of the five rating keys. `at` is the driver clock's time. */
  readonly rated: { readonly level: RatingLevel; readonly at: number };
  /** Window staff pressed a caller key. */
  readonly pressed: { readonly key: WindowKey; readonly at: number };
  readonly statusChanged: { readonly status: PadStatus };
  /** Something arrived that could not be used (bad frame, unknown key code); the pad stays usable. */
  readonly faulted: { readonly error: KioskError };
}

export type RatingPadEventName = keyof RatingPadEvents;

/** The driver interface shared by serial and HID pads. */
export interface RatingPad {
  readonly status: PadStatus;
  /** Starts listening; `ready` is reported once the device is usable. */
  start(): Promise<Result<void>>;
  /** Stops listening and releases the device. */
  stop(): Promise<void>;
  on<E extends RatingPadEventName>(event: E, listener: (payload: RatingPadEvents[E]) => void): () => void;
  /**
   * Shows a number on the pad's display: an integer 0..999999 (zero-padded), or up to 6 characters
   * of 0-9, A-Z, space and '-' (a ticket number like "A023", right-aligned).
   */
  showNumber(n: number | string): Promise<Result<void>>;
  beep(): Promise<Result<void>>;
  /** Asks the pad to prompt the citizen for a rating (lights the keys, plays the prompt). */
  requestRating(): Promise<Result<void>>;
}
