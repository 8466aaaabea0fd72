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
import { KindScreen } from './complaints/kind-screen.tsx';
import { TextScreen } from './complaints/text-screen.tsx';
import { ContactScreen } from './complaints/contact-screen.tsx';
import { CaseScreen } from './complaints/case-screen.tsx';
import { ReviewScreen } from './complaints/review-screen.tsx';
import { DoneScreen } from './complaints/done-screen.tsx';
import { TicketScreen } from './queue/ticket-screen.tsx';
import { TilesScreen } from './queue/tiles-screen.tsx';
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
  'cases.find': (_, ctx) => <CaseFindScreen card={ctx.card} />,
  'cases.list': (p, ctx) => <CaseListScreen cases={p.cases} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'cases.detail': (p, ctx) => <CaseDetailScreen view={p.case} byCard={p.byCard} card={ctx.card} timeZone={ctx.info.timeZone} />,
  'complaints.kind': () => <KindScreen />,
  'complaints.text': (p) => <TextScreen draft={p.draft} />,
  'complaints.contact': (p) => <ContactScreen draft={p.draft} />,
  'complaints.case': (p) => <CaseScreen draft={p.draft} />,
  'complaints.review': (p) => <ReviewScreen draft={p.draft} />,
  'complaints.done': (p) => <DoneScreen filed={p.filed} />,
};
