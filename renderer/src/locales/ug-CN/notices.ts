// Uyghur (ug-CN, Arabic script, right to left), the hall's notices on home (see zh-CN/notices.ts).
// Partial: a key missing here shows in Chinese. The notices themselves are written by the hall, in
// Chinese: only the frame around them is here.
// NEEDS REVIEW by a native Uyghur speaker before production: written by the development team.
import type { notices as zh } from '../zh-CN/notices.ts';

export const notices: Partial<Record<keyof typeof zh, string>> = {
  'notices.title': 'زال ئۇقتۇرۇشى',
  'notices.more': 'تولۇق كۆرۈش ئۈچۈن بېسىڭ',
  'notices.close': 'تاقاش',
};
