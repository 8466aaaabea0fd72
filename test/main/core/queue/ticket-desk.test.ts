// The ticket desk: a numbered ticket is put on paper with the hall's wall clock (config
// queue.timeZone), the tracking link and the offline mark; a slip that cannot print leaves the
// ticket standing, shown on screen.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../config/load.ts';
import type { ConfigInput } from '../../../../config/schema/index.ts';
import { err, ok, type Result } from '../../../../domain/result.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { parseEscPos } from '../../../../devices/printer/escpos.parser.ts';
import { printerProfiles } from '../../../../devices/printer/profiles.ts';
import { encodeTicket } from '../../../../devices/printer/ticket.ts';
import type { JobRecord, Ticket } from '../../../../devices/printer/types.ts';
import type { PrinterDevice } from '../../../../main/core/devices/printer-device.ts';
import { TicketDesk, OFFLINE_SLIP_MARK } from '../../../../main/core/queue/ticket-desk.ts';
import type { NumberedTicket, Ticketing } from '../../../../main/core/queue/ticketing.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

// 2026-11-25 01:30 UTC: 09:30 in Shanghai, 07:30 in Urumqi.
const ISSUED_AT = '2026-11-25T01:30:05.000Z';

const numbered = (over: Partial<NumberedTicket> = {}): NumberedTicket => ({
  ticketId: 'tk-1',
  number: 'A023',
  categoryId: 'general',
  categoryName: '综合受理',
  area: '一楼 A 区',
  deptName: '政务服务中心',
  issuedAt: ISSUED_AT,
  waitingAhead: 3,
  estimatedWaitMinutes: 12,
  priorityMark: null,
  offline: false,
  repeated: false,
  ...over,
});

/** A printer that encodes the job as the real driver does and keeps the slip's text lines. */
function capturingPrinter(fail: boolean) {
  const slips: string[][] = [];
  const printer = {
    async printTicket(ticket: Ticket, options: { timeZone?: string } = {}): Promise<Result<JobRecord>> {
      if (fail) return err(kioskError('printer.paperOut', 'paper out'));
      const encoded = encodeTicket(ticket, printerProfiles['generic-80'], options);
      if (!encoded.ok) return encoded;
      const lines: string[] = [];
      let line = '';
      for (const t of parseEscPos(encoded.value.bytes)) {
        if (t.kind === 'text') line += iconv.decode(Buffer.from(t.bytes), 'gb18030');
        if (t.kind === 'lf') {
          lines.push(line);
          line = '';
        }
      }
      slips.push(lines);
      return ok({ id: 'job-1' } as JobRecord);
    },
  } as unknown as PrinterDevice;
  return { printer, slips };
}

function desk(queue: ConfigInput['queue'], next: NumberedTicket, opts: { fail?: boolean; noPrinter?: boolean } = {}) {
  const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '测试大厅', hallArea: '一楼' }, queue });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { printer, slips } = capturingPrinter(opts.fail ?? false);
  const ticketing = { issue: async () => ok(next), checkIn: async () => ok({ ...next, repeated: true }) } as unknown as Ticketing;
  const log = new EventLog(new ManualClock());
  const d = new TicketDesk({ ticketing, printer: () => (opts.noPrinter ? null : printer), config: parsed.config, log: log.for('queue') });
  return { d, slips, log };
}

const timeLine = (slip: string[] | undefined) => slip?.find((l) => l.includes('取号时间'));

describe('ticket desk', () => {
  it('prints the time of issue on the hall’s wall clock: Urumqi time in a hall set to Asia/Urumqi', async () => {
    const urumqi = desk({ timeZone: 'Asia/Urumqi' }, numbered());
    expect(await urumqi.d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: true, value: { print: 'printed', number: 'A023' } });
    expect(timeLine(urumqi.slips[0])).toContain('2026-11-25 07:30:05');

    const shanghai = desk({}, numbered());
    await shanghai.d.issue({ categoryId: 'general', priority: null });
    expect(timeLine(shanghai.slips[0])).toContain('2026-11-25 09:30:05');
  });

  it('fills the tracking link once, for the slip’s QR and the screen alike; an offline ticket has none and is marked', async () => {
    const q = { slipQrUrl: 'https://zwfw.example.gov.cn/queue/{ticketId}?n={number}' };
    const online = desk(q, numbered());
    expect(await online.d.checkIn('YY12345678')).toMatchObject({ ok: true, value: { trackingUrl: 'https://zwfw.example.gov.cn/queue/tk-1?n=A023', repeated: true } });
    const offline = desk(q, numbered({ ticketId: null, offline: true }));
    expect(await offline.d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: true, value: { trackingUrl: null } });
    expect(offline.slips[0]?.some((l) => l.includes(OFFLINE_SLIP_MARK))).toBe(true);
  });

  it('keeps the ticket when the slip cannot print, and says why, or that there is no printer', async () => {
    const out = desk({}, numbered(), { fail: true });
    expect(await out.d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: true, value: { number: 'A023', print: 'failed', printError: 'printer.paperOut' } });
    expect(out.log.recent(5).some((e) => e.message.includes('slip not printed'))).toBe(true);
    const none = desk({}, numbered(), { noPrinter: true });
    expect(await none.d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: true, value: { print: 'noPrinter', printError: null } });
  });

  it('passes a refusal through untouched, printing nothing', async () => {
    const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: 'x' } });
    if (!parsed.ok) throw new Error('config');
    const { printer, slips } = capturingPrinter(false);
    const refusal = err(kioskError('queue.closed', 'closed'));
    const ticketing = { issue: async () => refusal, checkIn: async () => refusal } as unknown as Ticketing;
    const d = new TicketDesk({ ticketing, printer: () => printer, config: parsed.config, log: new EventLog(new ManualClock()).for('q') });
    expect(await d.issue({ categoryId: 'general', priority: null })).toBe(refusal);
    expect(slips).toHaveLength(0);
  });
});

describe('reprint (补打)', () => {
  function reprintDesk(issued: Result<NumberedTicket>, now: Result<{ ticket: NumberedTicket; idTail6: string | null }>) {
    const parsed = parseConfig({ terminal: { id: 'k1', role: 'kiosk', hallName: '测试大厅' } });
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const { printer, slips } = capturingPrinter(false);
    const ticketing = { issue: async () => issued, ticket: async () => now } as unknown as Ticketing;
    const d = new TicketDesk({ ticketing, printer: () => printer, config: parsed.config, log: new EventLog(new ManualClock()).for('queue') });
    return { d, slips };
  }

  it('reprints the ticket a duplicate refusal named, marked 补打 with only the last 6 ID characters', async () => {
    const held = numbered({ ticketId: 'tk-held', number: 'A007', waitingAhead: 2 });
    const { d, slips } = reprintDesk(err(kioskError('queue.duplicate', 'holds one', { ticketId: 'tk-held', number: 'A007' })), ok({ ticket: held, idTail6: '12345X' }));
    // Not a ticket of this visit yet: refused.
    expect(await d.reprint('tk-held')).toMatchObject({ ok: false, error: { code: 'queue.notFound' } });
    expect(await d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: false, error: { code: 'queue.duplicate' } });
    expect(await d.reprint('tk-held')).toMatchObject({ ok: true, value: { number: 'A007', print: 'printed' } });
    const slip = slips[0]!.join('\n');
    expect(slip).toContain('补打');
    expect(slip).toContain('A007');
    expect(slip).toMatch(/证件尾号.*12345X/);
    // The visit ended: nothing of it is reprinted any more.
    d.forgetVisit();
    expect(await d.reprint('tk-held')).toMatchObject({ ok: false, error: { code: 'queue.notFound' } });
  });

  it('reprints a ticket taken in this visit from what it was numbered with when the platform is away', async () => {
    const { d, slips } = reprintDesk(ok(numbered()), err(kioskError('platform.offline', 'away')));
    expect(await d.issue({ categoryId: 'general', priority: null })).toMatchObject({ ok: true });
    expect(await d.reprint('tk-1')).toMatchObject({ ok: true, value: { number: 'A023', print: 'printed' } });
    expect(slips[1]!.join('\n')).toContain('补打');
    expect(slips[1]!.join('\n')).not.toContain('证件尾号');
  });
});
