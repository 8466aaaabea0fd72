// Which component shows each kiosk screen. One line a screen; the type checker refuses a screen
// declared in routes.ts without a component here, and a component given the wrong parameters.
import type { CardState, TerminalInfo } from '../../../main/contract/index.ts';
import { DepartmentsScreen } from './guide/departments-screen.tsx';
import { FindScreen } from './guide/find-screen.tsx';
import { GuideScreen } from './guide/guide-screen.tsx';
import { ItemsScreen } from './guide/items-screen.tsx';
import { TakeAwayScreen } from './guide/take-away-screen.tsx';
import { ThemesScreen } from './guide/themes-screen.tsx';
import { HomeScreen } from './home/home-screen.tsx';
import { CheckInScreen } from './check-in/check-in-screen.tsx';
import { CaseFindScreen } from './cases/case-find-screen.tsx';
import { CaseListScreen } from './cases/case-list-screen.tsx';
import { CaseDetailScreen } from './cases/case-detail-screen.tsx';
import { FeesScreen } from './payment/fees-screen.tsx';
import { PayScreen } from './payment/pay-screen.tsx';
import { HelpScreen } from './help/help-screen.tsx';
import { RatingCasesScreen } from './rating/rating-cases-screen.tsx';
import { RatingLevelsScreen } from './rating/rating-levels-screen.tsx';
import { RatingReasonsScreen } from './rating/rating-reasons-screen.tsx';
import { RatingCommentScreen } from './rating/rating-comment-screen.tsx';
import { RatingPhoneScreen } from './rating/rating-phone-screen.tsx';
import { RatingConfirmScreen } from './rating/rating-confirm-screen.tsx';
import { RatingThanksScreen } from './rating/rating-thanks-screen.tsx';
import { KindScreen as ComplaintKindScreen } from './complaints/kind-screen.tsx';
import { TextScreen as ComplaintTextScreen } from './complaints/text-screen.tsx';
import { ContactScreen as ComplaintContactScreen } from './complaints/contact-screen.tsx';
import { CaseScreen as ComplaintCaseScreen } from './complaints/case-screen.tsx';
import { ReviewScreen as ComplaintReviewScreen } from './complaints/review-screen.tsx';
import { DoneScreen as ComplaintDoneScreen } from './complaints/done-screen.tsx';
import { TicketScreen } from './queue/ticket-screen.tsx';
import { BusinessScreen } from './booking/business-screen.tsx';
import { SlotsScreen } from './booking/slots-screen.tsx';
import { WhoScreen } from './booking/who-screen.tsx';
import { PhoneScreen } from './booking/phone-screen.tsx';
import { ReviewScreen } from './booking/review-screen.tsx';
import { DoneScreen } from './booking/done-screen.tsx';
import { TilesScreen } from './queue/tiles-screen.tsx';
import { FormsListScreen } from './forms/list-screen.tsx';
import { IntroScreen as FormIntroScreen } from './forms/intro-screen.tsx';
import { SectionScreen as FormSectionScreen } from './forms/section-screen.tsx';
import { FormReviewScreen } from './forms/review-screen.tsx';
import { SignScreen as FormSignScreen } from './forms/sign-screen.tsx';
import { DeliveryScreen as FormDeliveryScreen } from './forms/delivery-screen.tsx';
import { FormDoneScreen } from './forms/done-screen.tsx';
import type { RouteName, RouteParams } from './routes.ts';
import { AccessibilityScreen } from './settings/accessibility-screen.tsx';
import { LanguageScreen } from './settings/language-screen.tsx';

/** What every screen may read besides its own parameters. */
export interface KioskContext {
  readonly info: TerminalInfo;
  readonly card: CardState;
}

type ScreenTable = { readonly [K in RouteName]: (params: RouteParams[K], ctx: KioskContext) => React.ReactNode };

export const screens: ScreenTable = {
  home: (_, ctx) => <HomeScreen entries={ctx.info.homeEntries} card={ctx.card} />,
  accessibility: () => <AccessibilityScreen />,
  language: () => <LanguageScreen />,
  'queue.tiles': (_, ctx) => <TilesScreen card={ctx.card} />,
  'queue.ticket': (p) => <TicketScreen ticket={p.ticket} />,
  'guide.find': () => <FindScreen />,
  'guide.themes': (p) => <ThemesScreen audience={p.audience} />,
  'guide.departments': (p) => <DepartmentsScreen audience={p.audience} />,
  'guide.items': (p) => <ItemsScreen params={p} />,
  'guide.item': (p) => <GuideScreen key={p.id} id={p.id} />,
  'guide.takeAway': (p) => <TakeAwayScreen id={p.id} name={p.name} />,
  checkIn: (_, ctx) => <CheckInScreen card={ctx.card} />,
  'cases.find': (p, ctx) => <CaseFindScreen key={p.purpose} purpose={p.purpose} card={ctx.card} />,
  'cases.list': (p, ctx) => <CaseListScreen cases={p.cases} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'cases.detail': (p, ctx) => <CaseDetailScreen view={p.case} byCard={p.byCard} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'payment.fees': (p, ctx) => <FeesScreen fees={p.fees} byCard={p.byCard} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'payment.pay': (p, ctx) => <PayScreen key={p.fee.feeId} fee={p.fee} byCard={p.byCard} card={ctx.card} timeZone={ctx.info.timeZone} />,
  help: (_, ctx) => <HelpScreen timeZone={ctx.info.timeZone} />,
  'booking.business': () => <BusinessScreen />,
  'booking.slots': (p) => <SlotsScreen categoryId={p.categoryId} categoryName={p.categoryName} />,
  'booking.who': (p, ctx) => <WhoScreen choice={p.choice} card={ctx.card} />,
  'booking.phone': (p) => <PhoneScreen choice={p.choice} who={p.who} />,
  'booking.review': (p, ctx) => <ReviewScreen choice={p.choice} who={p.who} phone={p.phone} card={ctx.card} />,
  'booking.done': (p) => <DoneScreen key={`${p.booking.code}-${p.booking.print}`} booking={p.booking} />,
  'rating.cases': (p, ctx) => <RatingCasesScreen cases={p.cases} alreadyRated={p.alreadyRated} followUpWorkingDays={p.followUpWorkingDays} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'rating.levels': (p, ctx) => <RatingLevelsScreen draft={p.draft} card={ctx.card} />,
  'rating.reasons': (p, ctx) => <RatingReasonsScreen draft={p.draft} card={ctx.card} />,
  'rating.comment': (p, ctx) => <RatingCommentScreen draft={p.draft} card={ctx.card} />,
  'rating.phone': (p, ctx) => <RatingPhoneScreen draft={p.draft} card={ctx.card} />,
  'rating.confirm': (p, ctx) => <RatingConfirmScreen draft={p.draft} card={ctx.card} />,
  'rating.thanks': (p) => <RatingThanksScreen level={p.level} sent={p.sent} followUpWorkingDays={p.followUpWorkingDays} phone={p.phone} />,
  'complaints.kind': () => <ComplaintKindScreen />,
  'complaints.text': (p) => <ComplaintTextScreen draft={p.draft} />,
  'complaints.contact': (p) => <ComplaintContactScreen draft={p.draft} />,
  'complaints.case': (p) => <ComplaintCaseScreen draft={p.draft} />,
  'complaints.review': (p) => <ComplaintReviewScreen draft={p.draft} />,
  'complaints.done': (p) => <ComplaintDoneScreen filed={p.filed} />,
  'forms.list': () => <FormsListScreen />,
  'forms.intro': (p, ctx) => <FormIntroScreen key={p.formId} start={p} card={ctx.card} />,
  'forms.section': (p, ctx) => <FormSectionScreen key={p.index} params={p} timeZone={ctx.info.timeZone} />,
  'forms.review': (p, ctx) => <FormReviewScreen session={p.session} timeZone={ctx.info.timeZone} />,
  'forms.sign': (p) => <FormSignScreen session={p.session} />,
  'forms.delivery': (p) => <FormDeliveryScreen session={p.session} />,
  'forms.done': (p) => <FormDoneScreen key={p.submitted.submissionId} session={p.session} submitted={p.submitted} />,
};
