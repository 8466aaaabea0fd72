// Uyghur (ug-CN, Arabic script, right to left), the home screen: the hall's tasks. Partial: a key
// missing here shows in Chinese.
// NEEDS REVIEW by a native Uyghur speaker before a hall uses it: written by the development team.
import type { home as zh } from '../zh-CN/home.ts';

export const home: Partial<Record<keyof typeof zh, string>> = {
  'entry.ticket': 'نومۇر ئېلىش',
  'entry.ticket.note': 'ئىشنى تاللاپ، نۆۋەت نومۇرى ئېلىڭ',
  'entry.ticket.waiting': 'ھازىر {n} ئادەم ساقلاۋاتىدۇ',
  'home.welcome': 'ياخشىمۇسىز، خۇش كەلدىڭىز',
  'home.hint': 'تۆۋەندىكى كۇنۇپكىلارنىڭ بىرىنى بېسىڭ',
  'home.accessibility': 'چوڭ خەت · سېلىشتۇرما',
  'home.accessibility.note': 'ئېنىق كۆرۈنمەمدۇ؟ بۇ يەرنى بېسىڭ',
  'home.language': 'تىل · 语言',
  'home.language.note': '中文 · English',
  'home.takeTicket': 'بېجىرمەكچى بولغان ئىشنى تاللاڭ',
  'home.more': 'تېخىمۇ كۆپ مۇلازىمەت',
  'home.noCategories': 'ھازىرچە نومۇر ئالغىلى بولمايدۇ، مەسلىھەت پۇنكىتىغا بېرىڭ',
  'home.offline': 'تور ئۈزۈلدى: «تورسىز نومۇر» بەلگىسى بار ئىشلاردا يەنىلا نومۇر ئالغىلى بولىدۇ',
  'home.offlineNone': 'تور ئۈزۈلدى، ھازىرچە نومۇر ئالغىلى بولمايدۇ، مەسلىھەت پۇنكىتىغا بېرىڭ',
};
