// Every text the screens show, as files: one folder per locale, one file per area of the kiosk
// (add an area: a file in each folder and a line in each table below). zh-CN is the default and has
// every key; English must have every key too (a missing one is a type error); Uyghur may be partial:
// a key it lacks shows in Chinese, in a screen still laid out right to left.
import type { locales } from '../../../domain/terminal.ts';
import { common as enCommon } from './en/common.ts';
import { guide as enGuide } from './en/guide.ts';
import { home as enHome } from './en/home.ts';
import { keyboard as enKeyboard } from './en/keyboard.ts';
import { queue as enQueue } from './en/queue.ts';
import { voice as enVoice } from './en/voice.ts';
import { queueHelp as enQueueHelp } from './en/queue-help.ts';
import { notices as enNotices } from './en/notices.ts';
import { attract as enAttract } from './en/attract.ts';
import { checkIn as enCheckIn } from './en/check-in.ts';
import { cases as enCases } from './en/cases.ts';
import { printing as enPrinting } from './en/printing.ts';
import { payment as enPayment } from './en/payment.ts';
import { help as enHelp } from './en/help.ts';
import { booking as enBooking } from './en/booking.ts';
import { rating as enRating } from './en/rating.ts';
import { windowRating as enWindowRating } from './en/window-rating.ts';
import { idCard as enIdCard } from './en/id-card.ts';
import { complaints as enComplaints } from './en/complaints.ts';
import { intake as enIntake } from './en/intake.ts';
import { counter as enCounter } from './en/counter.ts';
import { common as ugCommon } from './ug-CN/common.ts';
import { keyboard as ugKeyboard } from './ug-CN/keyboard.ts';
import { home as ugHome } from './ug-CN/home.ts';
import { queue as ugQueue } from './ug-CN/queue.ts';
import { queueHelp as ugQueueHelp } from './ug-CN/queue-help.ts';
import { notices as ugNotices } from './ug-CN/notices.ts';
import { voice as ugVoice } from './ug-CN/voice.ts';
import { attract as ugAttract } from './ug-CN/attract.ts';
import { payment as ugPayment } from './ug-CN/payment.ts';
import { help as ugHelp } from './ug-CN/help.ts';
import { rating as ugRating } from './ug-CN/rating.ts';
import { windowRating as ugWindowRating } from './ug-CN/window-rating.ts';
import { idCard as ugIdCard } from './ug-CN/id-card.ts';
import { common as zhCommon } from './zh-CN/common.ts';
import { guide as zhGuide } from './zh-CN/guide.ts';
import { home as zhHome } from './zh-CN/home.ts';
import { keyboard as zhKeyboard } from './zh-CN/keyboard.ts';
import { queue as zhQueue } from './zh-CN/queue.ts';
import { voice as zhVoice } from './zh-CN/voice.ts';
import { queueHelp as zhQueueHelp } from './zh-CN/queue-help.ts';
import { notices as zhNotices } from './zh-CN/notices.ts';
import { attract as zhAttract } from './zh-CN/attract.ts';
import { checkIn as zhCheckIn } from './zh-CN/check-in.ts';
import { cases as zhCases } from './zh-CN/cases.ts';
import { printing as zhPrinting } from './zh-CN/printing.ts';
import { payment as zhPayment } from './zh-CN/payment.ts';
import { help as zhHelp } from './zh-CN/help.ts';
import { booking as zhBooking } from './zh-CN/booking.ts';
import { rating as zhRating } from './zh-CN/rating.ts';
import { windowRating as zhWindowRating } from './zh-CN/window-rating.ts';
import { idCard as zhIdCard } from './zh-CN/id-card.ts';
import { complaints as zhComplaints } from './zh-CN/complaints.ts';
import { counter as zhCounter } from './zh-CN/counter.ts';
import { intake as zhIntake } from './zh-CN/intake.ts';
import { display as zhDisplay } from './zh-CN/display.ts';
import { display as enDisplay } from './en/display.ts';
import { forms as zhForms } from './zh-CN/forms.ts';
import { forms as enForms } from './en/forms.ts';
import { formWidgets as zhFormWidgets } from './zh-CN/form-widgets.ts';
import { formWidgets as enFormWidgets } from './en/form-widgets.ts';
import { closed as zhClosed } from './zh-CN/closed.ts';
import { closed as enClosed } from './en/closed.ts';

export type Locale = (typeof locales)[number];

export const zhCN = { ...zhCommon, ...zhHome, ...zhQueue, ...zhKeyboard, ...zhVoice, ...zhQueueHelp, ...zhNotices, ...zhGuide, ...zhAttract, ...zhCheckIn, ...zhCases, ...zhPrinting, ...zhPayment, ...zhHelp, ...zhBooking, ...zhRating, ...zhIdCard, ...zhComplaints, ...zhCounter, ...zhWindowRating, ...zhIntake, ...zhDisplay, ...zhForms, ...zhFormWidgets, ...zhClosed } as const;
export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = { ...enCommon, ...enHome, ...enQueue, ...enKeyboard, ...enVoice, ...enQueueHelp, ...enNotices, ...enGuide, ...enAttract, ...enCheckIn, ...enCases, ...enPrinting, ...enPayment, ...enHelp, ...enBooking, ...enRating, ...enIdCard, ...enComplaints, ...enCounter, ...enWindowRating, ...enIntake, ...enDisplay, ...enForms, ...enFormWidgets, ...enClosed };

export const ugCN: Partial<Record<MessageKey, string>> = { ...ugCommon, ...ugHome, ...ugKeyboard, ...ugQueue, ...ugQueueHelp, ...ugNotices, ...ugVoice, ...ugAttract, ...ugPayment, ...ugHelp, ...ugRating, ...ugIdCard, ...ugWindowRating };

export const messages: Record<Locale, Partial<Record<MessageKey, string>>> = { 'zh-CN': zhCN, en, 'ug-CN': ugCN };

/** Which way a locale's script runs: the screen's `dir`. */
export const direction: Record<Locale, 'ltr' | 'rtl'> = { 'zh-CN': 'ltr', en: 'ltr', 'ug-CN': 'rtl' };

/** The language a locale's button offers itself in, written in that language. */
export const selfName: Record<Locale, string> = { 'zh-CN': '中文', en: 'English', 'ug-CN': 'ئۇيغۇرچە' };
