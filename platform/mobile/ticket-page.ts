// The ticket's phone page (/m/ticket/<ticket id>): the number, its business and where it is served,
// the live state (people ahead and the estimated wait; "请到 3 号窗口" when called; missed, on hold,
// moved, finished), and once finished the rating. No personal data: a ticket carries none but the
// ID tail, which is never shown here. `liveSection` is also what the live stream sends.
import type { BusinessCategory, Window } from '../../domain/catalogue.ts';
import { ratingLevels, ratingNeedsReason } from '../../domain/evaluation.ts';
import { formatHallTime } from '../../domain/hall-time.ts';
import { MOBILE_TICKET_PATH } from '../../domain/mobile-links.ts';
import type { Ticket } from '../queue/index.ts';
import { html, langHref, page, type Html } from './html.ts';
import { badRatingReasons, type MobileLang, type MobileT } from './mobile-text.ts';
import type { WaitEstimate } from './wait-estimate.ts';

export interface TicketView {
  readonly ticket: Ticket;
  readonly category: BusinessCategory | null;
  readonly window: Window | null;
  /** Today's business date: a ticket of another day is void. */
  readonly today: string;
  readonly estimate: WaitEstimate;
  readonly rated: boolean;
  readonly timeZone: string;
}

/** What the rating form says after a refusal (its words in the page's language). */
export type RatingNotice = { readonly kind: 'error'; readonly text: string; readonly form?: URLSearchParams } | { readonly kind: 'thanks' } | null;

export function ticketPath(ticketId: string): string {
  return `${MOBILE_TICKET_PATH}${encodeURIComponent(ticketId)}`;
}

function windowNumber(v: TicketView): string {
  return v.window ? String(Number(v.window.number)) : '';
}

function waitingPart(v: TicketView, t: MobileT): Html {
  const ahead = v.ticket.waitingAhead ?? 0;
  const e = v.estimate;
  return html`<p class="state" data-testid="ticket-state" data-state="waiting">${ahead === 0 ? t('ticket.next') : t('ticket.ahead', { n: ahead })}</p>
${
  e.kind === 'none'
    ? html`<p class="muted" data-testid="ticket-estimate" data-kind="none">${t('ticket.noEstimate')}</p>`
    : ahead === 0
    ? ''
    : html`<p data-testid="ticket-estimate" data-kind="${e.kind}" data-minutes="${e.minutes}"><strong>${t('ticket.wait', { m: e.minutes })}</strong></p>
<p class="muted" data-testid="ticket-estimate-basis">${t(e.kind === 'recent' ? 'ticket.basis.recent' : 'ticket.basis.configured', { k: e.samples, avg: e.perPersonMinutes, w: e.windows })}</p>`
}`;
}

function ratingPart(v: TicketView, t: MobileT, lang: MobileLang, notice: RatingNotice): Html {
  if (notice?.kind === 'thanks') return html`<p class="ok" data-testid="rate-thanks">${t('rate.thanks')}</p>`;
  if (v.rated) {
    return notice?.kind === 'error' ? html`<p class="alert" role="alert" data-testid="rate-error">${notice.text}</p>` : html`<p class="ok" data-testid="rate-done">${t('rate.done')}</p>`;
  }
  const action = langHref(`${ticketPath(v.ticket.id)}/rating`, lang);
  // After a refusal the citizen's choices stay as they were.
  const sent = notice?.kind === 'error' ? notice.form : undefined;
  const checked = (name: string, value: string) => (sent?.getAll(name).includes(value) ? html` checked` : '');
  return html`<section class="rate" data-testid="rate">
<h2>${t('rate.title')}</h2>
<p class="muted">${t('rate.intro', { window: windowNumber(v) })}</p>
${notice?.kind === 'error' ? html`<p class="alert" role="alert" data-testid="rate-error">${notice.text}</p>` : ''}
<form method="post" action="${action}">
<fieldset><legend>${t('rate.level')}</legend>
${ratingLevels.map((l) => html`<label class="choice"><input type="radio" name="level" value="${l}" data-testid="rate-level-${l}" data-needs-reason="${String(ratingNeedsReason(l))}"${checked('level', l)}> ${t(`level.${l}`)}</label>`)}
</fieldset>
<fieldset class="reasons"><legend>${t('rate.reasons')}</legend>
${badRatingReasons.map((r) => html`<label class="choice"><input type="checkbox" name="reason" value="${r.slice('reason.'.length)}" data-testid="rate-${r}"${checked('reason', r.slice('reason.'.length))}> ${t(r)}</label>`)}
</fieldset>
<label for="comment"><strong>${t('rate.comment')}</strong></label>
<textarea id="comment" name="comment" maxlength="500" data-testid="rate-comment">${sent?.get('comment') ?? ''}</textarea>
<p><button type="submit" data-testid="rate-submit">${t('rate.submit')}</button></p>
</form>
</section>`;
}

/** The part of the page that changes as the queue moves (streamed as it changes). */
export function liveSection(v: TicketView, t: MobileT, lang: MobileLang, notice: RatingNotice = null): Html {
  const tk = v.ticket;
  if (tk.businessDate !== v.today) {
    return html`<p class="state void" data-testid="ticket-state" data-state="expired">${t('ticket.expired', { date: tk.businessDate })}</p>`;
  }
  const w = windowNumber(v);
  switch (tk.state) {
    case 'waiting':
      return waitingPart(v, t);
    case 'called':
      return html`<p class="state called" role="alert" data-testid="ticket-state" data-state="called" data-window="${w}">${t('ticket.called', { window: w })}</p>
${v.window ? html`<p>${t('ticket.calledWhere', { name: v.window.name, area: v.window.area })}</p>` : ''}`;
    case 'serving':
      return html`<p class="state" data-testid="ticket-state" data-state="serving" data-window="${w}">${t('ticket.serving', { window: w })}</p>`;
    case 'held':
      return html`<p class="state" data-testid="ticket-state" data-state="held">${t('ticket.held', { window: w })}</p>`;
    case 'skipped':
      return html`<p class="state void" data-testid="ticket-state" data-state="skipped">${t('ticket.skipped')}</p>`;
    case 'transferred':
      return html`<p class="state" data-testid="ticket-state" data-state="transferred">${t('ticket.transferred')}</p>
${tk.transferredTo ? html`<p><a class="big-link" href="${langHref(ticketPath(tk.transferredTo), lang)}" data-testid="ticket-successor">${t('ticket.transferredLink')}</a></p>` : ''}`;
    case 'finished':
      return html`<p class="state done" data-testid="ticket-state" data-state="finished">${t('ticket.finished')}</p>
${ratingPart(v, t, lang, notice)}`;
    default:
      return tk.state satisfies never;
  }
}

export function ticketPage(v: TicketView, t: MobileT, lang: MobileLang, notice: RatingNotice = null): string {
  const tk = v.ticket;
  const body = html`<h1>${t('ticket.title')}</h1>
<section class="card">
<p class="label">${t('ticket.number')}</p>
<p class="number" data-testid="ticket-number">${tk.number}</p>
<dl>
<dt>${t('ticket.business')}</dt><dd data-testid="ticket-business">${v.category?.name ?? tk.categoryId}</dd>
${v.category ? html`<dt>${t('ticket.where')}</dt><dd>${v.category.area}</dd>` : ''}
<dt>${t('ticket.issued')}</dt><dd>${formatHallTime(tk.issuedAt, v.timeZone)}</dd>
</dl>
</section>
<section class="card" id="live" aria-live="polite" data-testid="ticket-live">
${liveSection(v, t, lang, notice)}
</section>
<p class="muted">${t('ticket.live')} ${t('ticket.privacy')}</p>`;
  return page({ lang, t, title: `${tk.number} · ${t('ticket.title')}`, path: ticketPath(tk.id), body, live: true });
}

/** An unknown ticket: a plain 404 saying what to do. */
export function notFoundPage(t: MobileT, lang: MobileLang, path: string, kind: 'ticket' | 'guide'): string {
  const title = t(kind === 'ticket' ? 'notFound.title' : 'guide.notFound.title');
  const body = html`<h1 data-testid="not-found">${title}</h1><p class="card">${t(kind === 'ticket' ? 'notFound.body' : 'guide.notFound.body')}</p>`;
  return page({ lang, t, title, path, body });
}
