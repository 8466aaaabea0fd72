// The kiosk's screens by name, and what each is opened with. A flow adds its screens by declaring
// them here (one line each) and giving their components in screens.tsx; the type checker then holds
// every `go()` to a screen that exists, with the parameters it needs.
import type { CaseView, ComplaintFiled, IssuedTicket } from '../../../main/contract/index.ts';
import type { ComplaintDraft } from './complaints/draft.ts';
import type { Audience } from '../../../domain/catalogue.ts';
import type { CasePurpose } from './cases/case-purpose.ts';
import type { CaseFee } from '../../../domain/payments.ts';
import type { BookingChoice, BookingWho } from './booking/booking-choice.ts';
import type { BookingView } from '../../../main/contract/index.ts';
import type { RatingDraft } from './rating/draft.ts';
import type { RateableCase } from '../../../main/contract/index.ts';
import type { RatingLevel } from '../../../domain/rating.ts';
import type { FormSubmitted } from '../../../main/contract/index.ts';
import type { FormSession, FormStart, SectionParams } from './forms/form-draft.ts';

/** The services of one life event or one department (items-screen.tsx), for people, businesses or both. */
export interface ItemsParams {
  readonly title: string;
  readonly themeId?: string;
  readonly deptCode?: string;
  readonly audience: Audience | null;
}

export interface RouteParams {
  /** The hall's tasks. */
  readonly home: undefined;
  /** Large text and high contrast, for this visit. */
  readonly accessibility: undefined;
  /** The language of this visit. */
  readonly language: undefined;
  /** The businesses a ticket can be taken for. */
  readonly 'queue.tiles': undefined;
  /** A ticket just taken or checked in. */
  readonly 'queue.ticket': { readonly ticket: IssuedTicket };
  /** Find a service: search as you type, or browse by life event or department. */
  readonly 'guide.find': undefined;
  /** The life events (一事一导), for people, businesses, or both (null). */
  readonly 'guide.themes': { readonly audience: Audience | null };
  /** The departments. */
  readonly 'guide.departments': { readonly audience: Audience | null };
  /** The services of one life event or one department. */
  readonly 'guide.items': ItemsParams;
  /** One service's guide (办事指南). */
  readonly 'guide.item': { readonly id: string };
  /** Take a guide away: its QR, printed on A4 or as a checklist slip. */
  readonly 'guide.takeAway': { readonly id: string; readonly name: string };
  /** Appointment check-in (预约签到): scan, type the code, or the ID card. */
  readonly checkIn: undefined;
  /** Case progress (进度查询): by ID card, or by case number and query code. */
  readonly 'cases.find': { readonly purpose: CasePurpose };
  /** The card holder's own cases; `byCard`: they vanish when the card is lifted. */
  readonly 'cases.list': { readonly cases: readonly CaseView[] };
  /** One case: steps, what next, print, the pick-up ticket. */
  readonly 'cases.detail': { readonly case: CaseView; readonly byCard: boolean };
  /** Pay a fee (便民缴费): the fees of the case(s) found; `byCard`: they vanish when the card is lifted. */
  readonly 'payment.fees': { readonly fees: readonly CaseFee[]; readonly byCard: boolean };
  /** One fee paid through the platform's QR, its state followed live, the receipt printed. */
  readonly 'payment.pay': { readonly fee: CaseFee; readonly byCard: boolean };
  /** Call a helper (帮办代办): the reason, then wait for staff. */
  readonly help: undefined;
  /** 办事预约: the businesses that take appointments. */
  readonly 'booking.business': undefined;
  /** The open days and half-days of one business, with the free places. */
  readonly 'booking.slots': { readonly categoryId: string; readonly categoryName: string };
  /** Who books: the ID card, or the ID number typed. */
  readonly 'booking.who': { readonly choice: BookingChoice };
  /** A mobile number. */
  readonly 'booking.phone': { readonly choice: BookingChoice; readonly who: BookingWho };
  /** Everything once more, then book. */
  readonly 'booking.review': { readonly choice: BookingChoice; readonly who: BookingWho; readonly phone: string };
  /** Booked: the code, the slip. */
  readonly 'booking.done': { readonly booking: BookingView };
  /** 好差评: the card holder's cases that can still be rated. */
  readonly 'rating.cases': { readonly cases: readonly RateableCase[]; readonly alreadyRated: number; readonly followUpWorkingDays: number };
  /** 好差评: the five levels, for one case. */
  readonly 'rating.levels': { readonly draft: RatingDraft };
  /** 好差评: why (the two bad levels), as toggles. */
  readonly 'rating.reasons': { readonly draft: RatingDraft };
  /** 好差评: what happened, in the citizen's words (pinyin keyboard). */
  readonly 'rating.comment': { readonly draft: RatingDraft };
  /** 好差评: an optional mobile number for the follow-up (回访). */
  readonly 'rating.phone': { readonly draft: RatingDraft };
  /** 好差评: the rating as it will be sent. */
  readonly 'rating.confirm': { readonly draft: RatingDraft };
  /** 好差评: sent (or kept on the kiosk), and what happens next. */
  readonly 'rating.thanks': { readonly level: RatingLevel; readonly sent: boolean; readonly followUpWorkingDays: number; readonly phone: boolean };
  /** 咨询投诉建议: which kind. */
  readonly 'complaints.kind': undefined;
  /** Write it down (pinyin keyboard). */
  readonly 'complaints.text': { readonly draft: ComplaintDraft };
  /** Optional name and mobile number. */
  readonly 'complaints.contact': { readonly draft: ComplaintDraft };
  /** Optional case number. */
  readonly 'complaints.case': { readonly draft: ComplaintDraft };
  /** Everything once more, then hand it in. */
  readonly 'complaints.review': { readonly draft: ComplaintDraft };
  /** The reference, what happens next, the receipt slip. */
  readonly 'complaints.done': { readonly filed: ComplaintFiled };
  /** 填写申请表 (the home's 填表): every form the kiosk can fill, searched as you type. */
  readonly 'forms.list': undefined;
  /** 在本机填写: the form, what is needed, the ID card fills in the details (or by hand). */
  readonly 'forms.intro': FormStart;
  /** One section of the form. */
  readonly 'forms.section': SectionParams;
  /** Every answer, 修改 per section. */
  readonly 'forms.review': { readonly session: FormSession };
  /** The signature on the touchscreen. */
  readonly 'forms.sign': { readonly session: FormSession };
  /** 窗口领取 or 邮寄, then submit. */
  readonly 'forms.delivery': { readonly session: FormSession };
  /** The submission id, the receipt slip, the A4 application printed or its QR. */
  readonly 'forms.done': { readonly session: FormSession; readonly submitted: FormSubmitted };
}

export type RouteName = keyof RouteParams;

export type Route = { [K in RouteName]: RouteParams[K] extends undefined ? { readonly name: K; readonly params?: undefined } : { readonly name: K; readonly params: RouteParams[K] } }[RouteName];

/** What a screen component is given: its own parameters. */
export type ScreenProps<K extends RouteName> = { readonly params: RouteParams[K] };
