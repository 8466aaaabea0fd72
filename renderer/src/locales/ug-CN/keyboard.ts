// Uyghur (ug-CN, Arabic script, right to left), the on-screen keyboard (ui/keyboard/). Partial: a
// missing key shows in Chinese.
// NEEDS REVIEW by a native Uyghur speaker before production: written by the development team.
// Left in Chinese on purpose: `keyboard.language.zh` (中), the key that switches to pinyin input names
// Chinese in Chinese, as on every phone and in the English table. Its partner `keyboard.language.en`
// is written out (ئىنگلىزچە), and `keyboard.candidates.failed` names that same key.
import type { keyboard as zh } from '../zh-CN/keyboard.ts';

export const keyboard: Partial<Record<keyof typeof zh, string>> = {
  'keyboard.space': 'بوشلۇق',
  'keyboard.shift': 'چوڭ ھەرپ',
  'keyboard.shift.on': 'چوڭ ھەرپ (ئوچۇق)',
  'keyboard.language.en': 'ئىنگلىزچە',
  'keyboard.language.label': 'خەنزۇچە ۋە ئىنگلىزچە كىرگۈزۈشنى ئالماشتۇرۇش',
  'keyboard.candidates': 'تاللايدىغان خەتلەر',
  'keyboard.candidates.prev': 'ئالدىنقى خەتلەر',
  'keyboard.candidates.next': 'كېيىنكى خەتلەر',
  'keyboard.candidates.none': 'ماس كېلىدىغان خەت يوق، پىنيىننى تەكشۈرۈڭ',
  'keyboard.candidates.loading': 'خەتلەر تەييارلىنىۋاتىدۇ…',
  'keyboard.candidates.failed': 'خەتلەر يۈكلەنمىدى: ھەرپ يېزىش ئۈچۈن «ئىنگلىزچە» نى بېسىڭ ياكى خىزمەتچىدىن ياردەم سوراڭ',
  'keyboard.open': 'بۇ يەرنى بېسىپ يېزىڭ',
  'keyboard.count': '{n}/{max} خانە يېزىلدى',
  'keyboard.id.valid': 'نومۇر توغرا',
  'keyboard.id.invalid': 'نومۇر توغرا ئەمەس: كىملىكتىكى ھەر بىر خانىنى سېلىشتۇرۇپ تەكشۈرۈڭ',
  'keyboard.id.xLast': 'X پەقەت ئەڭ ئاخىرقى خانىدا بولىدۇ',
  'keyboard.full': '{max} خەتكە يەتتى، ئەمدى قوشقىلى بولمايدۇ',
};
