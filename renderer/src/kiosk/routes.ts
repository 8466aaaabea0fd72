// The kiosk's screens by name, and what each is opened with. A flow adds its screens by declaring
// them here (one line each) and giving their components in screens.tsx; the type checker then holds
// every `go()` to a screen that exists, with the parameters it needs.
import type { CaseView, IssuedTicket } from '../../../main/contract/index.ts';

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
  /** Appointment check-in (预约签到): scan, type the code, or the ID card. */
  readonly checkIn: undefined;
  /** Case progress (进度查询): by ID card, or by case number and query code. */
  readonly 'cases.find': undefined;
  /** The card holder's own cases; `byCard`: they vanish when the card is lifted. */
  readonly 'cases.list': { readonly cases: readonly CaseView[] };
  /** One case: steps, what next, print, the pick-up ticket. */
  readonly 'cases.detail': { readonly case: CaseView; readonly byCard: boolean };
}

export type RouteName = keyof RouteParams;

export type Route = { [K in RouteName]: RouteParams[K] extends undefined ? { readonly name: K; readonly params?: undefined } : { readonly name: K; readonly params: RouteParams[K] } }[RouteName];

/** What a screen component is given: its own parameters. */
export type ScreenProps<K extends RouteName> = { readonly params: RouteParams[K] };
