// The handler of every route of the API (domain/api/routes.ts), by family, with how each GET reads
// and the ETags of the routes that have one: what createPlatform (app.ts) registers.
import { PlatformError } from '../platform-error.ts';
import type { ReadMode } from '../register.ts';
import { CATALOGUE_KINDS, catalogueRoutes } from './catalogue.ts';
import { counterRoutes } from './counter.ts';
import type { Handlers, PlatformServices, RouteName } from './family.ts';
import { helpRoutes } from './help.ts';
import { paymentRoutes } from './payments.ts';
import { queueRoutes } from './queue.ts';
import { recordRoutes } from './records.ts';
import { supervisionRoutes } from './supervision.ts';
import { terminalRoutes } from './terminals.ts';

export type { PlatformParts, PlatformServices } from './family.ts';

export interface PlatformHandlers {
  /** Every route's handler: a route left out is a type error here. */
  readonly handlers: Handlers;
  readonly readsOf: (name: string) => ReadMode | undefined;
  /**
   * The ETag names the newest version that changed what the route serves the caller's hall: a
   * terminal that holds it (whatever `since` it asks with) has nothing to fetch. The hall is in it, so
   * a terminal moved to another hall never takes that hall's answer for its own.
   */
  readonly etagOf: (name: string, query: unknown, terminalId: string | null, hall: string) => Promise<string>;
}

export function platformHandlers(s: PlatformServices): PlatformHandlers {
  const families = [terminalRoutes(s), catalogueRoutes(s), recordRoutes(s), paymentRoutes(s), queueRoutes(s), counterRoutes(s), helpRoutes(s), supervisionRoutes(s)] as const;
  const [terminals, catalogue, records, payments, queue, counter, help, supervision] = families;
  const handlers: Handlers = {
    ...terminals.handlers,
    ...catalogue.handlers,
    ...records.handlers,
    ...payments.handlers,
    ...queue.handlers,
    ...counter.handlers,
    ...help.handlers,
    ...supervision.handlers,
    'queue.events': () => {
      throw new PlatformError('internal', 'the event stream is served by registerEventStream');
    },
  };
  const reads = new Map<string, ReadMode>(families.flatMap((f) => Object.entries(f.reads) as [RouteName, ReadMode][]));
  return {
    handlers,
    readsOf: (name) => reads.get(name),
    etagOf: async (name, _query, _terminalId, hall) => {
      if (name === 'notices.list') return await s.notices.etag(undefined, hall);
      if (name === 'terminals.settings') return await s.hallSettings.etag(undefined, hall);
      const kinds = name === 'forms.get' ? (['form'] as const) : CATALOGUE_KINDS;
      return `"${name}-${encodeURIComponent(hall)}-v${await s.catalogue.versionFor(hall, kinds)}"`;
    },
  };
}
