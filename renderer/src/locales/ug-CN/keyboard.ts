// Uyghur, the on-screen keyboard (ui/keyboard/). Partial: a missing key shows in Chinese.
import type { keyboard as zh } from '../zh-CN/keyboard.ts';

export const keyboard: Partial<Record<keyof typeof zh, string>> = {
  'keyboard.space': 'بوشلۇق',
};
