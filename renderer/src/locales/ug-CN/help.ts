// Uyghur (ug-CN, Arabic script, right to left), calling a helper. Partial: a key missing here shows in
// Chinese.
// NEEDS REVIEW by a native Uyghur speaker before a hall uses it: written by the development team.
import type { help as zh } from '../zh-CN/help.ts';

export const help: Partial<Record<keyof typeof zh, string>> = {
  'entry.help': 'خىزمەتچىنى چاقىرىش',
  'help.title': 'خىزمەتچىنى چاقىرىش',
  'help.cancel': 'چاقىرىقنى بىكار قىلىش',
};
