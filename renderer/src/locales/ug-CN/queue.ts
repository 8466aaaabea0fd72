// Uyghur (ug-CN, Arabic script, right to left), taking a ticket: the business tiles, the ID card, the
// ticket, the queue's refusals. Partial: a key missing here shows in Chinese. Ticket numbers, times
// and counts are parameters and stay as they are. A parameter that mixes scripts, digits and marks is
// isolated (\u2066 left to right … \u2069, \u2068 its own direction … \u2069), else the right-to-left
// line reorders it: the masked ID 110105********1239 would show as 1239********110105 and 张* as *张.
// NEEDS REVIEW by a native Uyghur speaker before production: written by the development team.
// Words as Xinjiang halls use them: كىملىك (ID card), نومۇر (queue number), كۆزنەك (window), نومۇر
// قەغىزى (the printed slip), كارتا ئوقۇش ئورنى (the card reader's place on the kiosk).
import type { queue as zh } from '../zh-CN/queue.ts';

export const queue: Partial<Record<keyof typeof zh, string>> = {
  'tile.waiting': '{n} ئادەم ساقلاۋاتىدۇ',
  'tile.wait': 'تەخمىنەن {m} مىنۇت',
  'tile.realName': 'كىملىك قويۇش كېرەك',
  // home.offline quotes this mark: «تورسىز نومۇر».
  'tile.offline': 'تورسىز نومۇر',
  'card.present': 'كىملىك ئوقۇلدى: \u2068{name}\u2069  \u2066{id}\u2069',
  'card.hint': 'نومۇر ئىسمىڭىز بىلەن تىزىملىنىدۇ، ئىش تۈگىگەندە كىملىكىڭىزنى ئېلىۋېلىڭ',
  'card.left': 'كارتا ئوقۇش ئورنىدا بىر كىملىك قالدى، ئېلىۋېلىڭ',
  'issue.busy': 'نومۇر ئېلىنىۋاتىدۇ، سەل ساقلاڭ…',
  'ticket.title': 'نومۇرىڭىز',
  'ticket.ahead': 'ئالدىڭىزدا يەنە {n} ئادەم ساقلاۋاتىدۇ',
  'ticket.wait': 'تەخمىنەن {m} مىنۇت ساقلايسىز',
  'ticket.area': 'بېجىرىش ئورنى: \u2068{area}\u2069',
  'ticket.printed': 'تۆۋەندىكى نومۇر قەغىزىنى ئېلىۋېلىڭ',
  'ticket.notPrinted': 'نومۇر قەغىزى بېسىلمىدى، نومۇرىڭىزنى يېزىۋېلىڭ',
  'ticket.scan': 'يانفونىڭىزدا QR كودىنى سىكانېرلاپ نۆۋەتنى كۆرسىڭىزمۇ بولىدۇ',
  'ticket.offline': 'تورسىز نومۇر: تور ئۈزۈلدى، بۇ نومۇرنى مۇشۇ ئۈسكۈنە بەردى، نومۇر چاقىرىلىشىغا دىققەت قىلىڭ',
  'ticket.repeated': 'سىز ئىلگىرى تىزىملاتقان، بۇ ئەسلىدىكى نومۇرىڭىز',
  'ticket.done': 'تامام',
  'error.queue.closed': 'بۇ ئىش ھازىر بېجىرىلمەيدۇ، بېجىرىش ۋاقتىغا دىققەت قىلىڭ',
  'error.queue.quotaExhausted': 'نومۇر تۈگىدى، كۆزنەك بوش بولسا بىۋاسىتە كۆزنەككە بېرىڭ',
  'error.queue.realNameRequired': 'بۇ ئىشقا كىملىك بىلەن نومۇر ئېلىش كېرەك، كىملىكىڭىزنى كارتا ئوقۇش ئورنىغا قويۇڭ',
  'error.queue.duplicate': 'بۇ ئىشقا نومۇرىڭىز بار، نومۇر چاقىرىلىشىنى ساقلاڭ',
  'error.queue.personalLimit': 'بۈگۈن نومۇر ئېلىش سانىڭىز توشتى',
  'error.queue.notEligible': 'بۇ يولنىڭ شەرتىگە توشمايسىز',
  'error.queue.appointmentNotFound': 'بۇ ئالدىن بۇيرۇتۇش تېپىلمىدى، ئالدىن بۇيرۇتۇش كودىنى تەكشۈرۈڭ',
  'error.queue.appointmentNotToday': 'بۇ ئالدىن بۇيرۇتۇش بۈگۈنكى ئەمەس، بۇيرۇتقان كۈنى كېلىڭ',
};
