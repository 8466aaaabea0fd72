// English, the hall's notices on home (see zh-CN/notices.ts). Notices themselves are written by the hall, in Chinese.
import type { notices as zh } from '../zh-CN/notices.ts';

export const notices: Record<keyof typeof zh, string> = {
  'notices.title': 'Hall notices',
  'notices.more': 'Tap to read',
  'notices.close': 'Close',
};
