// English, the attract loop (see zh-CN/attract.ts). Captions are written by the hall, in Chinese.
import type { attract as zh } from '../zh-CN/attract.ts';

export const attract: Record<keyof typeof zh, string> = {
  'attract.touch': 'Touch the screen to begin',
  'attract.label': 'Hall information show. Touch the screen to return to the start.',
};
