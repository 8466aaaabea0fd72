// Uyghur (ug-CN, Arabic script, right to left), the frame of every screen. Partial: a key missing
// here shows in Chinese, and the screen still lays out right to left.
import type { common as zh } from '../zh-CN/common.ts';

export const common: Partial<Record<keyof typeof zh, string>> = {
  'app.title': 'ھۆكۈمەت مۇلازىمىتى ئۆزى مۇلازىمەت ئۈسكۈنىسى',
  'nav.home': 'باش بەتكە قايتىش',
  'error.ok': 'بىلدىم',
};
