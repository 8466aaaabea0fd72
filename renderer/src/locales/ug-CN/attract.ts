// Uyghur (ug-CN), the attract loop (see zh-CN/attract.ts). Partial: a key missing here shows in Chinese.
// NEEDS REVIEW by a native Uyghur speaker before a hall uses it: written by the development team.
import type { attract as zh } from '../zh-CN/attract.ts';

export const attract: Partial<Record<keyof typeof zh, string>> = {
  'attract.touch': 'باشلاش ئۈچۈن ئېكرانغا تېگىڭ',
};
