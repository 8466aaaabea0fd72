// The phone pages the QR codes on slips and guides lead to, served by the platform without a
// terminal credential: public and read-only but for the rating. A ticket is found only by its id, a
// random UUID (122 bits) given to the holder on the slip; any other shape is a 404 without a
// look-up, so numbers cannot be tried in turn. Pages carry no personal data. A ticket is shown with
// its own hall's queue (its window, categories and estimate): the id finds the hall.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../../domain/clock.ts';
import type { Department, ServiceItem } from '../../domain/catalogue.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/hall-time.ts';
import { isTicketToken, MOBILE_GUIDE_PATH, MOBILE_TICKET_PATH } from '../../domain/mobile-links.ts';
import { openEventStream } from '../http/event-stream.ts';
import { indexSetup } from '../queue/configuration.ts';
import type { HallQueues, QueueService } from '../queue/index.ts';
import { windowsOnDuty } from '../queue/ticket-view.ts';
import type { CatalogueStore } from '../services/catalogue-store.ts';
import type { RecordsStore } from '../services/records-store.ts';
import { liveJs, mobileCss } from './assets.ts';
import { guidePage, guidePath } from './guide-page.ts';
import { langHref, MOBILE_ASSETS, mobileHeaders } from './html.ts';
import { isRated, rateTicket, type RatingRefusal } from './mobile-rating.ts';
import { langOf, textsFor, type MobileT } from './mobile-text.ts';
import { liveSection, notFoundPage, ticketPage, ticketPath, type RatingNotice, type TicketView } from './ticket-page.ts';
import { estimateWait, RECENT_SERVICES } from './wait-estimate.ts';

export interface MobileDeps {
  readonly clock: Clock;
  /** Every hall's queue: a ticket is read in its own hall's. */
  readonly queues: HallQueues;
  readonly records: RecordsStore;
  readonly catalogue: CatalogueStore;
  readonly timeZone?: string;
  readonly keepAliveMs?: number;
}

type TokenParams = { Params: { token: string }; Querystring: Record<string, string> };

export function registerMobilePages(app: FastifyInstance, deps: MobileDeps): void {
  const timeZone = deps.timeZone ?? DEFAULT_TIME_ZONE;

  /** The queue of the ticket's hall; null for an id of no ticket. */
  const queueOf = async (token: string): Promise<QueueService | null> => {
    if (!isTicketToken(token)) return null;
    const hall = await deps.queues.hallOfTicket(token);
    return hall === null ? null : deps.queues.of(hall);
  };

  const viewOf = async (token: string): Promise<TicketView | null> => {
    const queue = await queueOf(token);
    if (!queue) return null;
    const found = await queue.getTicket(token);
    if (!found.ok) return null;
    const ticket = found.value;
    const setup = indexSetup(await queue.configuration());
    const category = setup.category.get(ticket.categoryId) ?? null;
    const estimate =
      ticket.state === 'waiting'
        ? estimateWait({
            ahead: ticket.waitingAhead ?? 0,
            recentMinutes: await queue.recentServiceMinutes(ticket.businessDate, ticket.categoryId, RECENT_SERVICES),
            configuredMinutes: category?.avgServiceMinutes ?? 0,
            windowsOnDuty: windowsOnDuty(setup, ticket.categoryId),
          })
        : ({ kind: 'none' } as const);
    return {
      ticket,
      category,
      window: ticket.windowId === null ? null : (setup.window.get(ticket.windowId) ?? null),
      today: queue.businessDate(),
      estimate,
      rated: ticket.state === 'finished' && (await isRated(deps.records, ticket.id)),
      timeZone,
    };
  };

  const send = (reply: FastifyReply, status: number, body: string) => reply.code(status).headers(mobileHeaders).send(body);
  const notFound = (reply: FastifyReply, t: MobileT, lang: ReturnType<typeof langOf>, path: string, kind: 'ticket' | 'guide') =>
    send(reply, 404, notFoundPage(t, lang, path, kind));

  const refusalText = (t: MobileT, r: RatingRefusal): string => {
    switch (r.kind) {
      case 'notFinished':
        return t('rate.error.notFinished');
      case 'noLevel':
        return t('rate.error.noLevel');
      case 'reason':
        return t('rate.error.reason');
      case 'duplicate':
        return t('rate.error.duplicate');
      case 'invalid':
        return t('rate.error.invalid', { problem: r.problem });
      default:
        return r satisfies never;
    }
  };

  // After a rating the page says thank you (the redirect's `rated=1`), in its stream too.
  const thanksOf = (query: Record<string, string>, v: TicketView): RatingNotice => (query.rated === '1' && v.rated ? { kind: 'thanks' } : null);

  // A phone may keep its page open for hours: its stream is ended when the platform stops.
  const open = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const end of open) end();
    done();
  });

  void app.register(async (scope) => {
    // The rating form posts urlencoded: parsed here only, the API keeps answering JSON alone.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8 * 1024 }, (_req, body, done) => {
      done(null, new URLSearchParams(body as string));
    });

    scope.get(MOBILE_ASSETS.css, (_req, reply) =>
      reply.headers({ 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' }).send(mobileCss),
    );
    scope.get(MOBILE_ASSETS.js, (_req, reply) =>
      reply.headers({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' }).send(liveJs),
    );

    scope.get<TokenParams>(`${MOBILE_TICKET_PATH}:token`, async (req, reply) => {
      const lang = langOf(req.query);
      const t = textsFor(lang);
      const v = await viewOf(req.params.token);
      if (!v) return notFound(reply, t, lang, ticketPath(req.params.token), 'ticket');
      return send(reply, 200, ticketPage(v, t, lang, thanksOf(req.query, v)));
    });

    scope.get<TokenParams>(`${MOBILE_TICKET_PATH}:token/live`, async (req, reply) => {
      const lang = langOf(req.query);
      const t = textsFor(lang);
      const first = await viewOf(req.params.token);
      if (!first) return notFound(reply, t, lang, ticketPath(req.params.token), 'ticket');
      const stream = openEventStream(req, reply, deps.clock, deps.keepAliveMs, { 'x-content-type-options': 'nosniff' });
      const end = () => reply.raw.end();
      open.add(end);
      let closed = false;
      stream.onClose(() => {
        closed = true;
        open.delete(end);
      });
      let last = '';
      const push = (v: TicketView) => {
        const section = liveSection(v, t, lang, thanksOf(req.query, v)).text;
        if (section === last) return;
        last = section;
        stream.write(`event: live\n${section.split('\n').map((line) => `data: ${line}`).join('\n')}\n\n`);
      };
      push(first);
      let pending: Promise<void> = Promise.resolve();
      const queue = (await queueOf(req.params.token))!;
      stream.onClose(
        queue.subscribe(() => {
          // In the order asked: a later change's view never overtakes an earlier one's.
          pending = pending
            .then(async () => {
              const v = await viewOf(req.params.token);
              if (v && !closed) push(v);
            })
            .catch(() => void end());
        }),
      );
      return reply;
    });

    scope.post<TokenParams & { Body: unknown }>(`${MOBILE_TICKET_PATH}:token/rating`, async (req, reply) => {
      const lang = langOf(req.query);
      const t = textsFor(lang);
      const v = await viewOf(req.params.token);
      if (!v) return notFound(reply, t, lang, ticketPath(req.params.token), 'ticket');
      const form = req.body instanceof URLSearchParams ? req.body : new URLSearchParams();
      const departments = ((await deps.catalogue.changes(['department'], undefined)).upserts.get('department') ?? []) as Department[];
      const r = await rateTicket(
        {
          records: deps.records,
          now: () => deps.clock.now(),
          timeZone,
          departments: () => departments,
        },
        v.ticket,
        v.category?.deptNames ?? [],
        form,
      );
      if (r.ok) {
        const path = ticketPath(v.ticket.id);
        return reply.code(303).header('location', `${langHref(path, lang)}${lang === 'en' ? '&' : '?'}rated=1`).send();
      }
      const status = r.refusal.kind === 'duplicate' || r.refusal.kind === 'notFinished' ? 409 : 400;
      return send(reply, status, ticketPage((await viewOf(req.params.token)) ?? v, t, lang, { kind: 'error', text: refusalText(t, r.refusal), form }));
    });

    scope.get<{ Params: { itemId: string }; Querystring: Record<string, string> }>(`${MOBILE_GUIDE_PATH}:itemId`, async (req, reply) => {
      const lang = langOf(req.query);
      const t = textsFor(lang);
      const item = req.params.itemId.length <= 64 ? ((await deps.catalogue.get('item', req.params.itemId)) as ServiceItem | null) : null;
      if (!item) return notFound(reply, t, lang, guidePath(req.params.itemId), 'guide');
      return reply.code(200).headers({ ...mobileHeaders, 'cache-control': 'public, max-age=300' }).send(guidePage(item, t, lang));
    });
  });
}
