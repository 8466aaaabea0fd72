// Uyghur (ug-CN, Arabic script, right to left), what the ticket tiles and their refusals say beyond
// the basics (see zh-CN/queue-help.ts): opening hours, a ticket already held and its reprint, the green
// channel (يېشىل يول), the card left on the reader, typing the ID number. Partial: a key missing here
// shows in Chinese. Times ({at}, {hours}) and numbers stay as they are; the day's hours
// (08:30–12:00, 13:30–17:30) and a ticket number are isolated left to right (\u2066 … \u2069) so they
// read as on the hall's signs and the slip, not reordered by the right-to-left line.
// NEEDS REVIEW by a native Uyghur speaker before production: written by the development team.
import type { queueHelp as zh } from '../zh-CN/queue-help.ts';

export const queueHelp: Partial<Record<keyof typeof zh, string>> = {
  'hours.today': 'بۈگۈن \u2066{hours}\u2069',
  'hours.closedToday': 'بۈگۈن بېجىرىلمەيدۇ',
  'hours.opensToday': '{at} دىن نومۇر بېرىلىدۇ',
  'hours.opensTomorrow': 'ئەتە {at} دىن نومۇر بېرىلىدۇ',
  'hours.opensOn': '{day} {at} دىن نومۇر بېرىلىدۇ',
  'hours.closedNow': 'ھازىر نومۇر ئالغىلى بولمايدۇ',
  'day.1': 'دۈشەنبە',
  'day.2': 'سەيشەنبە',
  'day.3': 'چارشەنبە',
  'day.4': 'پەيشەنبە',
  'day.5': 'جۈمە',
  'day.6': 'شەنبە',
  'day.7': 'يەكشەنبە',
  'green.note': '{age} ياش ۋە ئۇنىڭدىن چوڭلار كىملىكنى قويۇپ نومۇر ئالسا بولىدۇ',
  'green.noteStaff': 'باشقا ئالدىن بېجىرىلىدىغانلار خىزمەتچىگە مۇراجىئەت قىلىڭ',
  'green.notEligible': 'يېشىل يول نومۇرىنى بۇ يەردىن ئېلىش ئۈچۈن {age} ياشقا توشقان بولۇش كېرەك (كىملىك بويىچە).',
  'green.askStaff': 'تۆۋەندىكى كىشىلەر مۇلازىمەت پۇنكىتىغا بېرىپ، گۇۋاھنامىسىنى كۆرسەتسە، خىزمەتچى نومۇر ئېلىپ بېرىدۇ:',
  'duplicate.title': 'بۇ ئىشقا نومۇر ئېلىپ بولغانسىز',
  'duplicate.number': 'نومۇرىڭىز \u2066{number}\u2069، نومۇر چاقىرىلىشىنى ساقلاڭ، قايتا نومۇر ئېلىشىڭىز ھاجەتسىز.',
  'duplicate.reprint': 'نومۇر قەغىزىنى قايتا بېسىش',
  'reprint.button': 'قايتا بېسىش',
  'reprint.busy': 'قايتا بېسىلىۋاتىدۇ، سەل ساقلاڭ…',
  'card.takeFirst': 'كارتا ئوقۇش ئورنىدا ئالدىنقى كىشىنىڭ كىملىكى قالدى، ئاۋۋال ئۇنى ئېلىۋېتىپ، ئاندىن ئۆز كىملىكىڭىزنى قويۇڭ',
  'realName.title': 'بۇ ئىشقا كىملىك بىلەن نومۇر ئېلىش كېرەك',
  'realName.place': 'كىملىكىڭىزنى كارتا ئوقۇش ئورنىغا قويۇڭ',
  'realName.typeInstead': 'كىملىك ئوقۇلمىدىمۇ؟ كىملىك نومۇرىنى يېزىڭ',
  'realName.readerFailed': 'كارتا ئوقۇغۇچ ھازىر كىملىكنى ئوقۇيالمايدۇ (كىملىكىڭىزدە مەسىلە يوق). كىملىك نومۇرىڭىزنى يېزىپ نومۇر ئېلىڭ ياكى مۇلازىمەت پۇنكىتىدىن سوراڭ.',
  'realName.typeTitle': 'كىملىك نومۇرىنى يېزىڭ',
  'realName.placeholder': '18 خانىلىق كىملىك نومۇرى',
  'realName.incomplete': 'يەنە {n} خانە قالدى',
  'realName.invalid': 'نومۇر توغرا ئەمەس، تەكشۈرۈپ قايتا يېزىڭ',
  'realName.take': 'نومۇر ئېلىش',
  'common.cancel': 'بىكار قىلىش',
  'common.close': 'بىلدىم',
};
