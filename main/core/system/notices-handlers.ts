// The notices part of the contract: what home shows of the hall's notices.
import { ok } from '../../../domain/result.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { noticesPart } from '../../contract/notices.ts';
import type { HallNotices } from './notices.ts';

export function noticesHandlers(s: {
  readonly notices: HallNotices;
  /** Whether the hall shows its notices (hallSettings.notices, remote or file); read at each call. */
  readonly shown?: () => boolean;
}): HandlersOf<typeof noticesPart> {
  return {
    'notices.current': () => ok({ notices: (s.shown?.() ?? true) ? s.notices.current() : [] }),
  };
}
