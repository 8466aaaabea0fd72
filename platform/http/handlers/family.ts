// What a family of route handlers is made of (issue 17's split of app.ts): the services the handlers
// call, each handler typed by its route (domain/api/routes.ts), and how its GETs read.
import type { PlatformRoutes } from '../../../domain/api/routes.ts';
import type { HallQueues } from '../../queue/index.ts';
import type { CatalogueStore } from '../../services/catalogue-store.ts';
import type { HallSettingsStore } from '../../services/hall-settings-store.ts';
import type { HelpCalls } from '../../services/help-calls.ts';
import type { IntakeService } from '../../services/intake-service.ts';
import type { NoticeStore } from '../../services/notice-store.ts';
import type { PaymentStore } from '../../services/payment-store.ts';
import type { RecordsStore } from '../../services/records-store.ts';
import type { StaffDuty } from '../../services/staff-duty.ts';
import type { Supervision } from '../../services/supervision.ts';
import type { Handler, ReadMode } from '../register.ts';
import type { TerminalAuth } from '../terminal-auth.ts';

/** The platform's services the route handlers call (made by createPlatform; `Platform`, app.ts, has them too). */
export interface PlatformParts {
  readonly auth: TerminalAuth;
  readonly catalogue: CatalogueStore;
  readonly records: RecordsStore;
  /** Each hall's queue engine (`queues.of(hall)`); a route serves its terminal's hall's (`ctx.hall`). */
  readonly queues: HallQueues;
  readonly notices: NoticeStore;
  readonly hallSettings: HallSettingsStore;
  /** Fees of cases and the simulated payment provider. */
  readonly payments: PaymentStore;
  /** Help calls (帮办代办) from the kiosks. */
  readonly help: HelpCalls;
  /** One-window intake (一窗受理) and result hand-out (综合出件). */
  readonly intake: IntakeService;
  /** Window staff sign-in, sign-out and pause (上岗, 离岗, 暂停服务). */
  readonly staffDuty: StaffDuty;
  /** 电子监察: follow-ups of bad ratings and the day's figures. */
  readonly supervision: Supervision;
}

/** What the handlers are given: the services, the platform's version (GET health) and its clock. */
export interface PlatformServices extends PlatformParts {
  readonly version: string;
  readonly now: () => number;
}

export type RouteName = keyof PlatformRoutes;
export type Handlers = { [K in RouteName]: Handler<PlatformRoutes[K]> };

/**
 * A family's handlers and how its GETs read (register.ts `readsOf`): `statements` for a handler of no
 * or one statement, no transaction (BEGIN and COMMIT are two round trips on PostgreSQL); `snapshot`
 * for one whose statements must agree (the set-up and the tickets, counts of several businesses, a
 * catalogue's version and its changes). A GET not listed reads in a read-write transaction (the
 * payment orders write an expiry when read past it). A handler that writes under either mode is
 * refused (store/read-only.ts), so a wrong entry here fails its route's tests.
 */
export interface RouteFamily<K extends RouteName> {
  readonly handlers: Pick<Handlers, K>;
  readonly reads: Partial<Record<K, ReadMode>>;
}

/** A family, its route names taken from its handlers. */
export function family<K extends RouteName>(handlers: Pick<Handlers, K>, reads: Partial<Record<K, ReadMode>> = {}): RouteFamily<K> {
  return { handlers, reads };
}

/** The platform's time now, as the API writes it. */
export const isoNow = (s: PlatformServices): string => new Date(s.now()).toISOString();
