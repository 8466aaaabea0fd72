// ug-CN, 好差评 at the window: partial (a key missing here shows in Chinese).
// NEEDS REVIEW by a native Uyghur speaker before a hall uses it: written by the development team.
import type { windowRating as zh } from '../zh-CN/window-rating.ts';

export const windowRating: Partial<Record<keyof typeof zh, string>> = {
  'windowRating.ask.title': 'مۇلازىمىتىمىزگە باھا بېرىڭ',
  'windowRating.thanks.title': 'باھايىڭىزغا رەھمەت!',
};
