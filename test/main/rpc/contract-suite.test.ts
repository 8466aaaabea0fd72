// One contract suite, run over both transports: the in-memory pair that stands in for Electron's
// IPC port, and a real WebSocket on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import {
  defineContract,
  method,
  RpcClient,
  type FrameTransport,
  type Handlers,
  type EventMap,
  type MethodMap,
} from '../../../main/contract/index.ts';
import { appointmentsPart } from '../../../main/contract/appointments.ts';
import { devPart } from '../../../main/contract/dev.ts';
import { casesPart } from '../../../main/contract/cases.ts';
import { ratingPart } from '../../../main/contract/rating.ts';
import { windowRatingPart } from '../../../main/contract/window-rating.ts';
import { intakePart } from '../../../main/contract/intake.ts';
import { paymentsPart } from '../../../main/contract/payments.ts';
import type { CaseFee, PaymentOrder } from '../../../domain/payments.ts';
import { helpPart } from '../../../main/contract/help.ts';
import { counterPart, type CounterState } from '../../../main/contract/counter.ts';
import { displayPart, type DisplayState } from '../../../main/contract/display.ts';
import type { HelpCall } from '../../../domain/help.ts';
import { queuePart } from '../../../main/contract/queue.ts';
import { identityPart } from '../../../main/contract/identity.ts';
import { submissionsPart, type ComplaintFiled } from '../../../main/contract/submissions.ts';
import { err, ok } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { createFramePair } from '../../../main/rpc/memory-pair.ts';
import { RpcServer } from '../../../main/rpc/server.ts';
import { connectWs, wsTransport } from '../../../main/rpc/ws.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const testContract = defineContract({
  methods: {
    'math.add': method({
      summary: 'adds',
      input: z.object({ a: z.number(), b: z.number() }).strict(),
      output: z.object({ sum: z.number() }),
    }),
    'math.divide': method({
      summary: 'divides, refusing zero',
      input: z.object({ a: z.number(), b: z.number() }).strict(),
      output: z.number(),
    }),
    'math.explode': method({ summary: 'throws (a bug)', input: z.object({}), output: z.null() }),
    'math.lie': method({ summary: 'returns the wrong shape (a bug)', input: z.object({}), output: z.number() }),
    'math.wait': method({ summary: 'answers when told', input: z.object({}), output: z.null() }),
  },
  events: {
    'math.ticked': z.object({ n: z.number().int() }),
    'math.reset': z.null(),
  },
});
type TM = (typeof testContract)['methods'];
type TE = (typeof testContract)['events'];

let release: (() => void) | null = null;
const handlers = {
  'math.add': ({ a, b }) => ok({ sum: a + b }),
  'math.divide': ({ a, b }) => (b === 0 ? err(kioskError('rpc.invalidInput', 'division by zero')) : ok(a / b)),
  'math.explode': () => {
    throw new Error('boom');
  },
  'math.lie': () => ok('not a number' as unknown as number),
  'math.wait': () =>
    new Promise((resolve) => {
      release = () => resolve(ok(null));
    }),
} satisfies Handlers<TM>;

interface Harness {
  server: RpcServer<TM, TE>;
  client: RpcClient<TM, TE>;
  problems: string[];
  /** A second raw transport to the server, for frames a well-behaved client never sends. */
  raw(): Promise<FrameTransport>;
  close(): Promise<void>;
}

async function memoryHarness(clock?: ManualClock): Promise<Harness> {
  const problems: string[] = [];
  const server = new RpcServer({ contract: testContract, handlers, onProblem: (m) => problems.push(m) });
  const [a, b] = createFramePair();
  server.connect(a);
  const client = new RpcClient<TM, TE>(clock ? { timers: clock, timeoutMs: 1000 } : {});
  client.attach(b);
  return {
    server,
    client,
    problems,
    async raw() {
      const [x, y] = createFramePair();
      server.connect(x);
      return y;
    },
    async close() {
      client.close();
      server.close();
    },
  };
}

async function wsHarness(clock?: ManualClock): Promise<Harness> {
  const problems: string[] = [];
  const server = new RpcServer({ contract: testContract, handlers, onProblem: (m) => problems.push(m) });
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  wss.on('connection', (ws) => server.connect(wsTransport(ws)));
  const url = `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
  const connect = async () => {
    const t = await connectWs(url);
    if (t instanceof Error) throw t;
    return t;
  };
  const client = new RpcClient<TM, TE>(clock ? { timers: clock, timeoutMs: 1000 } : {});
  client.attach(await connect());
  return {
    server,
    client,
    problems,
    raw: connect,
    async close() {
      client.close();
      server.close();
      await new Promise((r) => wss.close(r));
    },
  };
}

/** Resolves with the next frame the raw transport receives. */
const nextFrame = (t: FrameTransport) => new Promise<unknown>((resolve) => t.onFrame((f) => resolve(JSON.parse(f))));

/** Waits until `check` holds, yielding to the event loop (no timing assumptions). */
async function until(check: () => boolean) {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

for (const [name, make] of [
  ['in-memory pair (IPC stand-in)', memoryHarness],
  ['WebSocket on loopback', wsHarness],
] as const) {
  describe(`RPC over ${name}`, () => {
    let h: Harness;
    afterEach(async () => {
      await h?.close();
      release = null;
    });

    it('answers a call with the handler value', async () => {
      h = await make();
      expect(await h.client.call('math.add', { a: 2, b: 40 })).toEqual({ ok: true, value: { sum: 42 } });
    });

    it('passes an expected failure through as a value', async () => {
      h = await make();
      const r = await h.client.call('math.divide', { a: 1, b: 0 });
      expect(r).toEqual({ ok: false, error: { code: 'rpc.invalidInput', message: 'division by zero' } });
    });

    it('refuses invalid input before dispatch, naming the field', async () => {
      h = await make();
      const r = await h.client.call('math.add', { a: 1, b: 'two' } as never);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('rpc.invalidInput');
      expect(r.error.message).toContain('b:');
      expect(r.error.details).toEqual({ issues: [expect.objectContaining({ path: 'b' })] });
    });

    it('refuses unknown keys in strict inputs', async () => {
      h = await make();
      const r = await h.client.call('math.add', { a: 1, b: 2, c: 3 } as never);
      expect(!r.ok && r.error.code).toBe('rpc.invalidInput');
    });

    it('answers an unknown method with rpc.unknownMethod', async () => {
      h = await make();
      const r = await h.client.call('math.nope' as never, {} as never);
      expect(!r.ok && r.error.code).toBe('rpc.unknownMethod');
    });

    it('turns a thrown error into internal, without its text crossing the wire', async () => {
      h = await make();
      const r = await h.client.call('math.explode', {});
      expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'math.explode failed inside the core' } });
      expect(h.problems).toContain('math.explode threw');
    });

    it('refuses a handler output that breaks the contract', async () => {
      h = await make();
      const r = await h.client.call('math.lie', {});
      expect(!r.ok && r.error.code).toBe('internal');
      expect(h.problems.some((p) => p.includes('does not match its contract'))).toBe(true);
    });

    it('pushes events only to subscribers, and stops after unsubscribe', async () => {
      h = await make();
      const seen: number[] = [];
      const off = h.client.on('math.ticked', (p) => seen.push(p.n));
      // A call round trip guarantees the subscription frame arrived before we emit.
      await h.client.call('math.add', { a: 0, b: 0 });
      h.server.emit('math.ticked', { n: 1 });
      await until(() => seen.length === 1);
      off();
      await h.client.call('math.add', { a: 0, b: 0 });
      h.server.emit('math.ticked', { n: 2 });
      await h.client.call('math.add', { a: 0, b: 0 });
      expect(seen).toEqual([1]);
    });

    it('does not send an event that breaks its schema', async () => {
      h = await make();
      const seen: unknown[] = [];
      h.client.on('math.ticked', (p) => seen.push(p));
      await h.client.call('math.add', { a: 0, b: 0 });
      h.server.emit('math.ticked', { n: 1.5 });
      await h.client.call('math.add', { a: 0, b: 0 });
      expect(seen).toEqual([]);
      expect(h.problems).toContain('event math.ticked does not match its contract');
    });

    it('answers an unreadable frame with a bad-frame error', async () => {
      h = await make();
      const raw = await h.raw();
      const reply = nextFrame(raw);
      raw.send('{"k":"req","id":"x"}');
      expect(await reply).toMatchObject({ k: 'bad', error: { code: 'rpc.badFrame' } });
      const reply2 = nextFrame(raw);
      raw.send('not json at all');
      expect(await reply2).toMatchObject({ k: 'bad', error: { code: 'rpc.badFrame' } });
    });

    it('resolves pending calls with rpc.disconnected when the channel closes', async () => {
      h = await make();
      const pending = h.client.call('math.wait', {});
      await until(() => release !== null);
      h.server.close();
      expect(await pending).toMatchObject({ ok: false, error: { code: 'rpc.disconnected' } });
      expect(await h.client.call('math.add', { a: 1, b: 1 })).toMatchObject({ ok: false, error: { code: 'rpc.disconnected' } });
    });

    it('times out a call that gets no answer (injected clock)', async () => {
      const clock = new ManualClock();
      h = await make(clock);
      const pending = h.client.call('math.wait', {});
      await until(() => release !== null);
      clock.advance(1000);
      expect(await pending).toMatchObject({ ok: false, error: { code: 'rpc.timeout' } });
      release!();
    });

    it('re-subscribes its events on a new transport', async () => {
      h = await make();
      const seen: number[] = [];
      h.client.on('math.ticked', (p) => seen.push(p.n));
      h.client.attach(await h.raw());
      await h.client.call('math.add', { a: 0, b: 0 });
      h.server.emit('math.ticked', { n: 7 });
      await until(() => seen.length > 0);
      expect(seen).toEqual([7]);
    });
  });
}

describe('RpcServer construction', () => {
  it('refuses handlers that do not match the contract', () => {
    const { 'math.lie': _drop, ...missing } = handlers;
    expect(() => new RpcServer({ contract: testContract, handlers: missing as never })).toThrow('missing: math.lie');
    expect(() => new RpcServer({ contract: testContract, handlers: { ...handlers, 'math.extra': () => ok(1) } as never })).toThrow(
      'not in the contract: math.extra',
    );
  });
});

describe('the application contract at its boundary', () => {
  it('refuses a bad rating without a reason before it reaches the core, naming the field', async () => {
    const { contract } = await import('../../../main/contract/index.ts');
    const spec = contract.methods['evaluation.submit'];
    const parsed = spec.input.safeParse({
      caseNumber: 'X',
      stage: 'finish',
      level: 'veryDissatisfied',
      windowId: 'w',
      staffId: 's',
      channel: 'hallPad',
      ratedAt: '20261124T093000',
      areaCode: '339102',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['reasons']);
  });
});

// The application's case-progress and check-in-by-card methods over both transports: inputs checked
// and normalised before the core sees them, answers and refusals passed through as values.
const kioskContract = defineContract(casesPart, queuePart, ratingPart);
type KM = (typeof kioskContract)['methods'];
const seen: unknown[] = [];
const sampleView = {
  caseNumber: '11330100MB0000000X10000000000012026112000118',
  taskCode: '11330100MB0000000X1000000000001',
  itemId: 'item-1',
  itemName: '不动产转移登记',
  deptName: '自然资源局',
  applicantMasked: '李*华',
  channel: 'window' as const,
  acceptedAt: '2026-11-20T01:07:00Z',
  promisedBy: '2026-11-27',
  finishedAt: null,
  status: 'ready' as const,
  steps: [{ name: '受理', status: 'done' as const, at: '2026-11-20T01:07:00Z', handler: null, opinion: null }],
  delivery: { method: 'window' as const, trackingNumber: null },
  collection: { categoryId: 'collection', name: '综合出件', area: '一楼A区', windows: ['综合出件37号窗口'] },
};
const sampleTicket = {
  ticketId: 't1', number: 'Q001', categoryId: 'collection', categoryName: '综合出件', area: '一楼A区', deptName: '中心', issuedAt: '2026-11-24T02:00:00.000Z',
  waitingAhead: 0, estimatedWaitMinutes: 0, priorityMark: null, offline: false, trackingUrl: null, repeated: false, print: 'printed' as const, printError: null,
};
const kioskHandlers = {
  'cases.query': (input) => (seen.push(input), input.queryCode === '000000' ? err(kioskError('case.notFound', 'no such case')) : ok(sampleView)),
  'cases.lookup': (input) => (seen.push(input), ok({ cases: [sampleView] })),
  'cases.print': (input) => (seen.push(input), ok({ on: input.on })),
  'cases.collectionTicket': (input) => (seen.push(input), ok(sampleTicket)),
  'queue.checkInByCard': (input) => (seen.push(input), input.idNumber === undefined ? err(kioskError('idcard.noCard', 'no card')) : ok({ ...sampleTicket, priorityMark: '预约' })),
  'queue.listCategories': () => ok({ online: true, businessDate: null, fromCache: false, fetchedAt: null, categories: [] }),
  'queue.issueTicket': () => ok(sampleTicket),
  'queue.reprint': () => ok(sampleTicket),
  'queue.checkIn': () => ok(sampleTicket),
  'rating.lookup': (input) => (seen.push(input), ok({ cases: [sampleRateable], alreadyRated: 1, followUpWorkingDays: 5 })),
  'rating.query': (input) => (seen.push(input), ok({ case: sampleRateable, followUpWorkingDays: 5 })),
  'rating.check': (input) =>
    (seen.push(input), err(kioskError('evaluation.duplicate', 'this case was already rated at stage finish', { stage: 'finish', waiting: true }))),
  'rating.submit': (input) => (seen.push(input), ok({ reference: 'ref-1', waiting: 1, sent: false, followUpWorkingDays: 5 })),
} satisfies Handlers<KM>;
const sampleRateable = {
  caseNumber: sampleView.caseNumber,
  itemName: sampleView.itemName,
  deptName: sampleView.deptName,
  status: 'ready' as const,
  stage: 'finish' as const,
  acceptedAt: sampleView.acceptedAt,
  finishedAt: null,
};

function kioskPair(over: 'memory' | 'ws'): Promise<{ client: RpcClient<KM, Record<string, never>>; close(): Promise<void> }> {
  return pairOver(over, new RpcServer({ contract: kioskContract, handlers: kioskHandlers }));
}

/** A client of `server` over the in-memory pair or a WebSocket (events of type `E` pushed to it). */
async function pairOver<M extends MethodMap, E extends EventMap = Record<string, never>, S extends { connect(t: FrameTransport): unknown; close(): void } = { connect(t: FrameTransport): unknown; close(): void }>(
  over: 'memory' | 'ws',
  server: S,
): Promise<{ server: S; client: RpcClient<M, E>; close(): Promise<void> }> {
  const client = new RpcClient<M, E>({});
  if (over === 'memory') {
    const [a, b] = createFramePair();
    server.connect(a);
    client.attach(b);
    return { server, client, close: async () => (client.close(), server.close()) };
  }
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  wss.on('connection', (ws) => server.connect(wsTransport(ws)));
  const t = await connectWs(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
  if (t instanceof Error) throw t;
  client.attach(t);
  return {
    server,
    client,
    async close() {
      client.close();
      server.close();
      await new Promise((r) => wss.close(r));
    },
  };
}

for (const over of ['memory', 'ws'] as const) {
  describe(`case progress and check-in by card over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof kioskPair>>;
    afterEach(async () => {
      await p?.close();
      seen.length = 0;
    });

    it('passes a case, a list, a print and a pick-up ticket; the case number typed in lower case reaches the core in capitals', async () => {
      p = await kioskPair(over);
      const typed = ` ${sampleView.caseNumber.toLowerCase()} `;
      expect(await p.client.call('cases.query', { caseNumber: typed, queryCode: '123456' })).toEqual({ ok: true, value: sampleView });
      expect(seen[0]).toEqual({ caseNumber: sampleView.caseNumber, queryCode: '123456' });
      expect(await p.client.call('cases.lookup', {})).toEqual({ ok: true, value: { cases: [sampleView] } });
      expect(await p.client.call('cases.print', { caseNumber: sampleView.caseNumber, on: 'sheet' })).toEqual({ ok: true, value: { on: 'sheet' } });
      expect(await p.client.call('cases.collectionTicket', { caseNumber: sampleView.caseNumber })).toEqual({ ok: true, value: sampleTicket });
      expect((await p.client.call('cases.query', { caseNumber: sampleView.caseNumber, queryCode: '000000' })).ok).toBe(false);
    });

    it('refuses bad input before the core, naming the field', async () => {
      p = await kioskPair(over);
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      expect(field(await p.client.call('cases.query', { caseNumber: sampleView.caseNumber, queryCode: '12345' }))).toContain('queryCode');
      expect(field(await p.client.call('cases.query', { caseNumber: '办件123', queryCode: '123456' }))).toContain('caseNumber');
      expect(field(await p.client.call('cases.print', { caseNumber: sampleView.caseNumber, on: 'fax' as 'slip' }))).toContain('on');
      expect(field(await p.client.call('cases.lookup', { idNumber: '12345' }))).toContain('idNumber');
      expect(field(await p.client.call('queue.checkInByCard', { idNumber: '11010519491231002Y' }))).toContain('idNumber');
      expect(seen).toEqual([]);
    });

    it('checks in by card: no card is a refusal as a value; a typed number in lower case comes through in capitals', async () => {
      p = await kioskPair(over);
      expect(await p.client.call('queue.checkInByCard', {})).toEqual({ ok: false, error: { code: 'idcard.noCard', message: 'no card' } });
      const r = await p.client.call('queue.checkInByCard', { idNumber: '11010519491231002x' });
      expect(r.ok && r.value.priorityMark).toBe('预约');
      expect(seen.at(-1)).toEqual({ idNumber: '11010519491231002X' });
    });
  });
}

// Paying a fee (便民缴费): the payments part over both transports — fees, an order, its change pushed
// as an event, a reprint, the developer page's provider; bad input refused before the core.
const paymentsContract = defineContract(paymentsPart);
type PM = (typeof paymentsContract)['methods'];
type PE = (typeof paymentsContract)['events'];
const sampleFee: CaseFee = {
  feeId: '11339102735210463M401100101000120261123037 3-F1'.replace(' ', ''),
  caseNumber: '11339102735210463M4011001010001202611230373',
  itemName: '普通护照签发（首次申请）',
  deptName: '澄州市公安局澜溪分局',
  name: '普通护照工本费',
  amountFen: 12000,
  unit: '元/本',
  basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》',
  note: null,
  status: 'unpaid',
  paidAt: null,
};
const sampleOrder: PaymentOrder = {
  orderId: 'PO0123456789ABCDEF0123456789ABCDEF',
  feeId: sampleFee.feeId,
  caseNumber: sampleFee.caseNumber,
  name: sampleFee.name,
  amountFen: 12000,
  state: 'pending',
  createdAt: '2026-11-24T02:00:00.000Z',
  expiresAt: '2026-11-24T02:15:00.000Z',
  settledAt: null,
  payUrl: 'http://127.0.0.1:5790/pay/PO0123456789ABCDEF0123456789ABCDEF',
  receiptNumber: null,
};
const paySeen: unknown[] = [];
const paymentsHandlers = {
  'payments.lookup': (input) => (paySeen.push(input), ok({ fees: [sampleFee] })),
  'payments.query': (input) => (paySeen.push(input), input.queryCode === '000000' ? err(kioskError('case.notFound', 'no case')) : ok({ fees: [sampleFee] })),
  'payments.caseFees': (input) => (paySeen.push(input), ok({ fees: [sampleFee] })),
  'payments.start': (input) => (paySeen.push(input), ok(sampleOrder)),
  'payments.stop': () => ok(null),
  'payments.cancel': (input) => (paySeen.push(input), ok({ ...sampleOrder, state: 'cancelled' as const, settledAt: sampleOrder.createdAt })),
  'payments.printReceipt': () => err(kioskError('printer.paperOut', 'no paper')),
  'payments.devOrders': () => ok({ orders: [sampleOrder] }),
  'payments.devSettle': ({ action }) => ok({ ...sampleOrder, state: action === 'pay' ? ('paid' as const) : ('cancelled' as const) }),
} satisfies Handlers<PM>;

function paymentsPair(over: 'memory' | 'ws') {
  return pairOver<PM, PE, RpcServer<PM, PE>>(over, new RpcServer({ contract: paymentsContract, handlers: paymentsHandlers }));
}

for (const over of ['memory', 'ws'] as const) {
  describe(`paying a fee over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof paymentsPair>>;
    afterEach(async () => {
      await p?.close();
      paySeen.length = 0;
    });

    it('passes fees, an order, its change as an event, a refusal as a value; the case number typed in lower case reaches the core in capitals', async () => {
      p = await paymentsPair(over);
      expect(await p.client.call('payments.query', { caseNumber: ` ${sampleFee.caseNumber.toLowerCase()} `, queryCode: '123456' })).toEqual({ ok: true, value: { fees: [sampleFee] } });
      expect(paySeen[0]).toEqual({ caseNumber: sampleFee.caseNumber, queryCode: '123456' });
      expect(await p.client.call('payments.query', { caseNumber: sampleFee.caseNumber, queryCode: '000000' })).toEqual({ ok: false, error: { code: 'case.notFound', message: 'no case' } });
      expect(await p.client.call('payments.lookup', { idNumber: '11010519491231002x' })).toEqual({ ok: true, value: { fees: [sampleFee] } });
      expect(paySeen.at(-1)).toEqual({ idNumber: '11010519491231002X' });
      expect(await p.client.call('payments.start', { feeId: sampleFee.feeId })).toEqual({ ok: true, value: sampleOrder });
      const changes: unknown[] = [];
      const got = new Promise<void>((resolve) => p.client.on('payments.orderChanged', (c) => (changes.push(c), resolve())));
      // A call after the subscription: frames keep their order, so the core has it when this answers.
      await p.client.call('payments.stop', {});
      p.server.emit('payments.orderChanged', { order: { ...sampleOrder, state: 'paid', receiptNumber: 'SIM1' }, receipt: { printed: false, code: 'printer.paperOut' } });
      await got;
      expect(changes).toEqual([{ order: { ...sampleOrder, state: 'paid', receiptNumber: 'SIM1' }, receipt: { printed: false, code: 'printer.paperOut' } }]);
      expect(await p.client.call('payments.printReceipt', { orderId: sampleOrder.orderId })).toEqual({ ok: false, error: { code: 'printer.paperOut', message: 'no paper' } });
      expect(await p.client.call('payments.cancel', { orderId: sampleOrder.orderId })).toMatchObject({ ok: true, value: { state: 'cancelled' } });
      expect(await p.client.call('payments.devSettle', { orderId: sampleOrder.orderId, action: 'pay' })).toMatchObject({ ok: true, value: { state: 'paid' } });
      expect(await p.client.call('payments.stop', {})).toEqual({ ok: true, value: null });
    });

    it('refuses bad input before the core, naming the field', async () => {
      p = await paymentsPair(over);
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      expect(field(await p.client.call('payments.query', { caseNumber: sampleFee.caseNumber, queryCode: '12345' }))).toContain('queryCode');
      expect(field(await p.client.call('payments.caseFees', { caseNumber: '办件123' }))).toContain('caseNumber');
      expect(field(await p.client.call('payments.start', { feeId: '' }))).toContain('feeId');
      expect(field(await p.client.call('payments.devSettle', { orderId: sampleOrder.orderId, action: 'refund' as 'pay' }))).toContain('action');
      expect(field(await p.client.call('payments.lookup', { idNumber: '12345' }))).toContain('idNumber');
      expect(paySeen).toEqual([]);
    });
  });
}

// Calling a helper (帮办代办) over both transports: the reason checked before the core sees it, the
// state and refusals as values, and help.changed pushed to the screen (a payload that breaks the
// contract never sent).
const helpContract = defineContract(helpPart);
type HM = (typeof helpContract)['methods'];
type HE = (typeof helpContract)['events'];
const helpCall: HelpCall = {
  id: 'call-1', terminalId: 'k1', place: '一楼A区', reason: 'reading', state: 'waiting', createdAt: '2026-11-24T02:00:00.000Z',
  acknowledgedAt: null, acknowledgedBy: null, cancelledAt: null, resolvedAt: null,
};
const helpState = (call: HelpCall | null) => ({ call, live: true, deskPlace: '一楼咨询台', waitSeconds: 600 });
const helpSeen: unknown[] = [];
const helpTestHandlers = {
  'help.state': () => ok(helpState(null)),
  'help.call': (input) => (helpSeen.push(input), input.reason === 'other' ? err(kioskError('platform.offline', 'the platform is away')) : ok(helpState({ ...helpCall, reason: input.reason }))),
  'help.cancel': () => err(kioskError('help.notFound', 'no call open')),
  'dev.helpCalls': () => ok({ calls: [helpCall] }),
  'dev.acknowledgeHelp': (input) => ok({ ...helpCall, state: 'acknowledged' as const, acknowledgedBy: input.staff, acknowledgedAt: '2026-11-24T02:01:00.000Z' }),
  'dev.resolveHelp': () => ok({ ...helpCall, state: 'resolved' as const, resolvedAt: '2026-11-24T02:02:00.000Z' }),
} satisfies Handlers<HM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`calling a helper over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let server: RpcServer<HM, HE> | null = null;
    let client: RpcClient<HM, HE> | null = null;
    let close: () => Promise<void> = async () => {};
    const problems: string[] = [];
    afterEach(async () => {
      await close();
      helpSeen.length = 0;
      problems.length = 0;
    });
    const open = async () => {
      const pair = await pairOver<HM, HE, RpcServer<HM, HE>>(over, new RpcServer({ contract: helpContract, handlers: helpTestHandlers, onProblem: (m) => problems.push(m) }));
      ({ server, client, close } = pair);
      return { server, client };
    };

    it('calls with a reason and gets the state; offline and nothing-to-cancel come back as values', async () => {
      const { client: c } = await open();
      expect(await c.call('help.call', { reason: 'reading' })).toEqual({ ok: true, value: helpState(helpCall) });
      expect(helpSeen).toEqual([{ reason: 'reading' }]);
      expect(await c.call('help.call', { reason: 'other' })).toEqual({ ok: false, error: { code: 'platform.offline', message: 'the platform is away' } });
      expect(await c.call('help.cancel', {})).toEqual({ ok: false, error: { code: 'help.notFound', message: 'no call open' } });
      const ack = await c.call('dev.acknowledgeHelp', { callId: 'call-1', staff: ' 王芳 ' });
      expect(ack.ok && ack.value.acknowledgedBy).toBe('王芳');
    });

    it('refuses a reason not on the list, and a staff name too long, before the core', async () => {
      const { client: c } = await open();
      const r = await c.call('help.call', { reason: 'lonely' as 'other' });
      expect(!r.ok && r.error.code).toBe('rpc.invalidInput');
      expect(JSON.stringify(!r.ok && r.error.details)).toContain('reason');
      const s = await c.call('dev.acknowledgeHelp', { callId: 'call-1', staff: '王'.repeat(41) });
      expect(JSON.stringify(!s.ok && s.error.details)).toContain('staff');
      expect(helpSeen).toEqual([]);
    });

    it('pushes help.changed to the screen; a state that breaks the contract is not sent', async () => {
      const { server: s, client: c } = await open();
      const pushed: unknown[] = [];
      c.on('help.changed', (p) => pushed.push(p));
      await c.call('help.state', {});
      s.emit('help.changed', helpState({ ...helpCall, state: 'acknowledged', acknowledgedBy: '王芳', acknowledgedAt: '2026-11-24T02:01:00.000Z' }));
      s.emit('help.changed', { ...helpState(helpCall), waitSeconds: -1 });
      await c.call('help.state', {});
      await until(() => pushed.length >= 1);
      expect(pushed).toEqual([helpState({ ...helpCall, state: 'acknowledged', acknowledgedBy: '王芳', acknowledgedAt: '2026-11-24T02:01:00.000Z' })]);
      expect(problems).toContain('event help.changed does not match its contract');
    });
  });
}

// 办事预约 over both transports: the business, day, half-day, phone and a typed ID number checked (and
// the number put in capitals) before the core sees them; a booking and a refusal passed through as values.
const bookingContract = defineContract(appointmentsPart);
type BM = (typeof bookingContract)['methods'];
const booked: unknown[] = [];
const sampleBooking = {
  code: 'YY12345678', categoryId: 'general', categoryName: '综合受理', area: '一楼A区', date: '2026-11-25', weekday: 3, half: 'am' as const,
  slot: { from: '08:30', to: '12:00' }, checkIn: { from: '08:00', until: '12:15' }, holderMasked: '110105********002X', phoneMasked: '139****5678', print: 'printed' as const, printError: null,
};
const bookingHandlers = {
  'appointments.slots': ({ categoryId }) => (booked.push({ categoryId }), ok({ categoryId, days: [{ date: '2026-11-25', weekday: 3, halves: [{ half: 'am' as const, from: '08:30', to: '12:00', capacity: 20, free: 0 }] }] })),
  'appointments.book': (input) => (booked.push(input), input.date === '2026-11-28' ? err(kioskError('queue.slotClosed', 'not open')) : ok(sampleBooking)),
  'appointments.printSlip': (input) => (booked.push(input), ok({ ...sampleBooking, print: 'failed' as const, printError: 'printer.paperOut' })),
} satisfies Handlers<BM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`booking an appointment over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof pairOver<BM>>>;
    afterEach(async () => {
      await p?.close();
      booked.length = 0;
    });

    it('passes the places, a booking (a typed number in lower case reaches the core in capitals), a refusal and a reprint', async () => {
      p = await pairOver<BM>(over, new RpcServer({ contract: bookingContract, handlers: bookingHandlers }));
      const slots = await p.client.call('appointments.slots', { categoryId: 'general' });
      expect(slots.ok && slots.value.days[0]?.halves[0]).toEqual({ half: 'am', from: '08:30', to: '12:00', capacity: 20, free: 0 });
      expect(await p.client.call('appointments.book', { categoryId: 'general', date: '2026-11-25', half: 'am', phone: '13912345678', idNumber: ' 11010519491231002x ' })).toEqual({ ok: true, value: sampleBooking });
      expect(booked.at(-1)).toEqual({ categoryId: 'general', date: '2026-11-25', half: 'am', phone: '13912345678', idNumber: '11010519491231002X' });
      expect(await p.client.call('appointments.book', { categoryId: 'general', date: '2026-11-28', half: 'pm', phone: '13912345678' })).toEqual({ ok: false, error: { code: 'queue.slotClosed', message: 'not open' } });
      const again = await p.client.call('appointments.printSlip', { code: 'YY12345678' });
      expect(again.ok && again.value.printError).toBe('printer.paperOut');
    });

    it('refuses bad input before the core, naming the field', async () => {
      p = await pairOver<BM>(over, new RpcServer({ contract: bookingContract, handlers: bookingHandlers }));
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      const good = { categoryId: 'general', date: '2026-11-25', half: 'am' as const, phone: '13912345678' };
      expect(field(await p.client.call('appointments.book', { ...good, phone: '1391234567' }))).toContain('phone');
      expect(field(await p.client.call('appointments.book', { ...good, phone: '23912345678' }))).toContain('phone');
      expect(field(await p.client.call('appointments.book', { ...good, half: 'noon' as 'am' }))).toContain('half');
      expect(field(await p.client.call('appointments.book', { ...good, date: '2026-02-30' }))).toContain('date');
      expect(field(await p.client.call('appointments.book', { ...good, idNumber: '1101051949123100' }))).toContain('idNumber');
      expect(field(await p.client.call('appointments.slots', { categoryId: '' }))).toContain('categoryId');
      expect(booked).toEqual([]);
    });
  });
}

// The developer page's window controls (the staff stand-in the phone page's e2e calls a ticket with):
// the window and the action checked before the core, the answer and a refusal passed through.
const devContract = defineContract(devPart);
type DM = (typeof devContract)['methods'];
const devSeen: unknown[] = [];
const devHandlersStub = {
  'dev.listDevices': () => ok([]),
  'dev.simulate': () => ok(null),
  'dev.listDocuments': () => ok([]),
  'dev.setVoice': ({ enabled }) => ok({ enabled, volume: 0.8 }),
  'dev.getLog': () => ok([]),
  'dev.listWindows': () => ok([{ id: 'w-general-1', number: '03', name: '综合受理3号窗口', categoryIds: ['general'], staffed: true }]),
  'dev.hallSettings': () => ok({ settings: {}, updatedAt: null, version: 0 }),
  'dev.putHallSettings': ({ settings }) => ok({ settings, updatedAt: '2026-11-24T02:00:00.000Z', version: 1 }),
  'dev.windowAction': (input) => (
    devSeen.push(input), input.windowId === 'w-idle' ? err(kioskError('queue.noWaiting', 'nobody is waiting')) : ok({ ticketId: 't1', number: 'A001', state: 'called' })
  ),
} satisfies Handlers<DM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`window controls of the developer page over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof pairOver<DM>>>;
    afterEach(async () => {
      await p?.close();
      devSeen.length = 0;
    });

    it('passes the windows, an action and its refusal', async () => {
      p = await pairOver<DM>(over, new RpcServer({ contract: devContract, handlers: devHandlersStub }));
      expect(await p.client.call('dev.listWindows', {})).toEqual({ ok: true, value: [{ id: 'w-general-1', number: '03', name: '综合受理3号窗口', categoryIds: ['general'], staffed: true }] });
      expect(await p.client.call('dev.windowAction', { windowId: 'w-general-1', action: 'callNext' })).toEqual({ ok: true, value: { ticketId: 't1', number: 'A001', state: 'called' } });
      expect(await p.client.call('dev.windowAction', { windowId: 'w-idle', action: 'callNext' })).toEqual({ ok: false, error: { code: 'queue.noWaiting', message: 'nobody is waiting' } });
      expect(devSeen).toEqual([{ windowId: 'w-general-1', action: 'callNext' }, { windowId: 'w-idle', action: 'callNext' }]);
    });

    it('refuses an action the controls do not offer, or no window, before the core', async () => {
      p = await pairOver<DM>(over, new RpcServer({ contract: devContract, handlers: devHandlersStub }));
      for (const input of [{ windowId: 'w-general-1', action: 'transfer' }, { windowId: 'w-general-1', action: 'dance' }, { windowId: '', action: 'finish' }]) {
        const r = await p.client.call('dev.windowAction', input as never);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.code).toBe('rpc.invalidInput');
        expect(JSON.stringify(!r.ok && r.error.details)).toContain(input.windowId === '' ? 'windowId' : 'action');
      }
      expect(devSeen).toEqual([]);
    });
  });
}

for (const over of ['memory', 'ws'] as const) {
  describe(`好差评 at the kiosk over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof kioskPair>>;
    afterEach(async () => {
      await p?.close();
      seen.length = 0;
    });

    it('finds cases to rate and passes a rating, normalised; a repeat comes back as a value with its stage', async () => {
      p = await kioskPair(over);
      expect(await p.client.call('rating.lookup', {})).toEqual({ ok: true, value: { cases: [sampleRateable], alreadyRated: 1, followUpWorkingDays: 5 } });
      expect(await p.client.call('rating.query', { caseNumber: sampleView.caseNumber.toLowerCase(), queryCode: ' 123456 ' })).toEqual({ ok: true, value: { case: sampleRateable, followUpWorkingDays: 5 } });
      expect(seen.at(-1)).toEqual({ caseNumber: sampleView.caseNumber, queryCode: '123456' });
      expect(await p.client.call('rating.check', { caseNumber: sampleView.caseNumber })).toEqual({
        ok: false,
        error: { code: 'evaluation.duplicate', message: 'this case was already rated at stage finish', details: { stage: 'finish', waiting: true } },
      });
      const sent = await p.client.call('rating.submit', { caseNumber: sampleView.caseNumber, level: 'dissatisfied', reasons: ['slow', 'other'], comment: '  等了很久 ', followUpPhone: '13905891234' });
      expect(sent).toEqual({ ok: true, value: { reference: 'ref-1', waiting: 1, sent: false, followUpWorkingDays: 5 } });
      expect(seen.at(-1)).toEqual({ caseNumber: sampleView.caseNumber, level: 'dissatisfied', reasons: ['slow', 'other'], comment: '等了很久', followUpPhone: '13905891234' });
      // A good rating needs no reason; reasons default to none.
      expect((await p.client.call('rating.submit', { caseNumber: sampleView.caseNumber, level: 'verySatisfied' })).ok).toBe(true);
      expect(seen.at(-1)).toEqual({ caseNumber: sampleView.caseNumber, level: 'verySatisfied', reasons: [] });
    });

    it('refuses a bad rating before the core, naming what was wrong', async () => {
      p = await kioskPair(over);
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      const c = sampleView.caseNumber;
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'veryDissatisfied' }))).toContain('needs a reason');
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'satisfied', reasons: ['slow'] }))).toContain('two bad levels');
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'dissatisfied', reasons: ['rude' as 'slow'] }))).toContain('reasons');
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'dissatisfied', reasons: ['slow', 'slow'] }))).toContain('twice');
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'dissatisfied', reasons: ['slow'], followUpPhone: '12345678901' }))).toContain('followUpPhone');
      expect(field(await p.client.call('rating.submit', { caseNumber: c, level: 'great' as 'satisfied' }))).toContain('level');
      expect(field(await p.client.call('rating.query', { caseNumber: c, queryCode: '12' }))).toContain('queryCode');
      expect(field(await p.client.call('rating.check', { caseNumber: '办件' }))).toContain('caseNumber');
      expect(seen).toEqual([]);
    });
  });
}

// 咨询投诉建议 and the expired card over both transports: complaints.submit's input checked and
// trimmed before the core, its receipt passed through; an expired card's refusal arrives as a value with
// its date; a typed ID number with a wrong check digit never reaches the core.
const complaintsContract = defineContract(submissionsPart, identityPart, queuePart);
type CM = (typeof complaintsContract)['methods'];
const filed: ComplaintFiled = {
  reference: 'KIOSK01-20261124-001',
  kind: 'complaint',
  filedAt: '2026-11-24T02:00:00.000Z',
  next: { state: 'delivered', replyWithinWorkingDays: 5 },
  print: 'failed',
  printError: 'printer.paperOut',
  waiting: 0,
};
const complaintsSeen: unknown[] = [];
const expiredHolder = { cardType: 'resident' as const, nameMasked: '刘*华', idMasked: '330106********0030', expiredOn: '2024-05-01' };
const complaintsHandlers = {
  'evaluation.submit': () => ok({ reference: 'r', waiting: 0 }),
  'complaints.submit': (input) => (complaintsSeen.push(input), ok({ ...filed, kind: input.kind })),
  'idcard.current': () => ok({ holder: expiredHolder, cardLeft: false }),
  'idcard.forget': () => ok(null),
  'queue.listCategories': () => ok({ online: true, businessDate: null, fromCache: false, fetchedAt: null, categories: [] }),
  'queue.issueTicket': (input) => (complaintsSeen.push(input), err(kioskError('idcard.expired', 'the ID card expired on 2024-05-01', { validTo: '2024-05-01' }))),
  'queue.reprint': () => ok(sampleTicket),
  'queue.checkIn': () => ok(sampleTicket),
  'queue.checkInByCard': (input) => (complaintsSeen.push(input), err(kioskError('idcard.expired', 'the ID card expired on 2024-05-01', { validTo: '2024-05-01' }))),
} satisfies Handlers<CM>;

const complaintsPair = (over: 'memory' | 'ws') => pairOver<CM>(over, new RpcServer({ contract: complaintsContract, handlers: complaintsHandlers }));

for (const over of ['memory', 'ws'] as const) {
  describe(`complaints and the expired card over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof complaintsPair>>;
    afterEach(async () => {
      await p?.close();
      complaintsSeen.length = 0;
    });

    it('passes a complaint in, trimmed, and its receipt out, for each kind', async () => {
      p = await complaintsPair(over);
      for (const kind of ['consultation', 'complaint', 'suggestion', 'praise'] as const) {
        const r = await p.client.call('complaints.submit', { kind, text: '  窗口服务态度差  ', name: ' 王方 ', phone: '13812345678', caseNumber: ' AB123 ' });
        expect(r).toEqual({ ok: true, value: { ...filed, kind } });
        expect(complaintsSeen.at(-1)).toEqual({ kind, text: '窗口服务态度差', name: '王方', phone: '13812345678', caseNumber: 'AB123' });
      }
    });

    it('refuses a bad complaint before the core, naming the field', async () => {
      p = await complaintsPair(over);
      const field = async (input: Record<string, unknown>) => {
        const r = await p.client.call('complaints.submit', input as never);
        expect(r.ok ? null : r.error.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.ok ? null : r.error.details);
      };
      expect(await field({ kind: 'complaint', text: '太慢' })).toContain('at least 5 characters');
      expect(await field({ kind: 'complaint', text: '字'.repeat(501) })).toContain('at most 500 characters');
      expect(await field({ kind: 'rant', text: '窗口服务态度差' })).toContain('kind');
      expect(await field({ kind: 'complaint', text: '窗口服务态度差', phone: '23812345678' })).toContain('an 11-digit mobile number');
      expect(await field({ kind: 'complaint', text: '窗口服务态度差', name: '王3' })).toContain('letters only');
      expect(await field({ kind: 'complaint', text: '窗口服务态度差', caseNumber: '办件1' })).toContain('caseNumber');
      expect(await field({ kind: 'complaint', text: '窗口服务态度差', reference: 'mine' })).toContain('reference');
      expect(complaintsSeen).toEqual([]);
    });

    it('shows an expired card with its date, and passes its refusal through as a value with the date', async () => {
      p = await complaintsPair(over);
      expect(await p.client.call('idcard.current', {})).toEqual({ ok: true, value: { holder: expiredHolder, cardLeft: false } });
      const r = await p.client.call('queue.issueTicket', { categoryId: 'fund' });
      expect(r).toEqual({ ok: false, error: { code: 'idcard.expired', message: 'the ID card expired on 2024-05-01', details: { validTo: '2024-05-01' } } });
    });

    it('never lets a typed ID number with a wrong check digit reach the core', async () => {
      p = await complaintsPair(over);
      const good = '11010519491231002X';
      const bad = '110105194912310021';
      for (const call of [() => p.client.call('queue.issueTicket', { categoryId: 'fund', idNumber: bad }), () => p.client.call('queue.checkInByCard', { idNumber: bad })]) {
        const r = await call();
        expect(r.ok ? null : r.error.code).toBe('rpc.invalidInput');
        expect(JSON.stringify(r.ok ? null : r.error.details)).toContain('check character');
      }
      expect(complaintsSeen).toEqual([]);
      await p.client.call('queue.checkInByCard', { idNumber: good });
      expect(complaintsSeen).toEqual([{ idNumber: good }]);
    });
  });
}

// 一窗受理 and 综合出件 at a counter: the intake part over both transports — the checklist, an accept
// (typed applicant in lower case reaching the core in capitals), a refusal with its details, a reprint,
// a hand-out; bad input refused before the core, naming the field.
const intakeContract = defineContract(intakePart);
type IM = (typeof intakeContract)['methods'];
const intakeSeen: unknown[] = [];
const sampleNotice = {
  itemId: 'item-1',
  itemName: '职工正常退休（职）申请',
  taskCode: '11339102735210893F4071003009000',
  deptName: '人社局',
  applicantMasked: '王*明',
  windowId: 'w02',
  staffId: 'LX2002',
  number: 'GZ202611270001',
  businessDate: '2026-11-27',
  issuedAt: '2026-11-27T02:00:00.000Z',
  missing: [{ name: '本人人事档案', originals: 1, copies: 0, format: '纸质', source: '其他', role: 'required' as const, standard: '密封' }],
  received: [],
  consultPhone: '0589-86012345',
};
const intakeHandlers = {
  'intake.checklist': ({ itemId }) =>
    itemId === 'none'
      ? err(kioskError('catalogue.notFound', 'no item'))
      : ok({ item: { id: itemId, name: '职工正常退休（职）申请', taskCode: sampleNotice.taskCode, deptName: '人社局', instant: false, promiseDays: 10, promiseUnit: '工作日' as const, expressDelivery: false, resultName: '审批表' }, materials: sampleNotice.missing }),
  'intake.accept': (input) => {
    intakeSeen.push(input);
    return input.received.length === 0
      ? err(kioskError('intake.newGap', 'new gap', { newGaps: ['本人人事档案'], earlier: { number: 'GZ202611260001' } }))
      : ok({ outcome: { outcome: 'notice' as const, notice: sampleNotice }, print: { printed: false, problem: 'printer.paperOut' as const } });
  },
  'intake.print': ({ kind }) => (kind === 'receipt' ? err(kioskError('printer.unknownJob', 'not given here')) : ok({ printed: true, problem: null })),
  'intake.findCase': (input) => (intakeSeen.push(input), err(kioskError('case.notFound', 'no case'))),
  'intake.handOver': (input) => (intakeSeen.push(input), ok({ caseNumber: input.caseNumber, itemName: 'x', resultName: 'y', applicantMasked: '张*', handedOver: { at: '2026-11-27T02:00:00.000Z', windowId: 'w37', staffId: input.staffId } })),
} satisfies Handlers<IM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`one-window intake and hand-out over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof pairOver<IM>>>;
    afterEach(async () => {
      await p?.close();
      intakeSeen.length = 0;
    });

    it('passes a checklist, a notice with its print problem, a refusal with its details, a reprint and a hand-out', async () => {
      p = await pairOver<IM>(over, new RpcServer({ contract: intakeContract, handlers: intakeHandlers }));
      const list = await p.client.call('intake.checklist', { itemId: 'item-1' });
      expect(list.ok && list.value.materials[0]!.role).toBe('required');
      expect((await p.client.call('intake.checklist', { itemId: 'none' })).ok).toBe(false);
      const r = await p.client.call('intake.accept', { ticketId: 't1', staffId: ' LX2002 ', itemId: 'item-1', idNumber: '11010519491231002x', name: '王小明', received: ['申请表'] });
      expect(r).toEqual({ ok: true, value: { outcome: { outcome: 'notice', notice: sampleNotice }, print: { printed: false, problem: 'printer.paperOut' } } });
      expect(intakeSeen[0]).toMatchObject({ idNumber: '11010519491231002X', staffId: 'LX2002', applies: [], delivery: 'window' });
      expect(await p.client.call('intake.accept', { ticketId: 't1', staffId: 'LX2002', itemId: 'item-1', received: [] })).toEqual({
        ok: false,
        error: { code: 'intake.newGap', message: 'new gap', details: { newGaps: ['本人人事档案'], earlier: { number: 'GZ202611260001' } } },
      });
      expect(await p.client.call('intake.print', { kind: 'notice', number: sampleNotice.number })).toEqual({ ok: true, value: { printed: true, problem: null } });
      expect((await p.client.call('intake.findCase', { caseNumber: ' x1234567890 ' })).ok).toBe(false);
      expect(intakeSeen.at(-1)).toEqual({ caseNumber: 'X1234567890' });
      const handed = await p.client.call('intake.handOver', { caseNumber: 'X1234567890', staffId: 'LX2037', queryCode: '123456' });
      expect(handed.ok && handed.value.handedOver.windowId).toBe('w37');
    });

    it('refuses bad input before the core, naming the field', async () => {
      p = await pairOver<IM>(over, new RpcServer({ contract: intakeContract, handlers: intakeHandlers }));
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      const base = { ticketId: 't1', staffId: 'LX2002', itemId: 'item-1', received: [] };
      expect(field(await p.client.call('intake.accept', { ...base, idNumber: '110105194912310021', name: '王小明' }))).toContain('idNumber');
      expect(field(await p.client.call('intake.accept', { ...base, idNumber: '11010519491231002X' }))).toContain('name');
      expect(field(await p.client.call('intake.accept', { ...base, staffId: '' }))).toContain('staffId');
      expect(field(await p.client.call('intake.accept', { ...base, delivery: 'drone' as 'window' }))).toContain('delivery');
      expect(field(await p.client.call('intake.handOver', { caseNumber: 'X1234567890', staffId: 'LX2037', queryCode: '12345' }))).toContain('queryCode');
      expect(field(await p.client.call('intake.print', { kind: 'fax' as 'receipt', number: '1' }))).toContain('kind');
      expect(intakeSeen).toEqual([]);
    });
  });
}

// The window terminal (role counter) over both transports: sign-in and actions checked before the
// core sees them (naming the field), refusals as values with their details, counter.changed pushed.
const counterContract = defineContract(counterPart);
type WM = (typeof counterContract)['methods'];
type WE = (typeof counterContract)['events'];
const counterState: CounterState = {
  windowId: 'w02', windowNumber: '02', windowName: '综合受理2号窗口', staff: null, paused: false, locked: false,
  businesses: [{ categoryId: 'general', name: '综合受理', prefix: 'A', mine: true, waiting: 3 }],
  otherWindows: [{ id: 'w05', number: '05', name: '综合受理5号窗口', categoryIds: ['general'], open: true }],
  current: null, held: [], skipped: [], helpCalls: [], live: true, readAt: null, idlePauseMinutes: 15,
};
const onDuty = { ...counterState, staff: { id: 'LX2002', name: '赵晓燕', position: '综合受理员', stars: 5 } };
const counterSeen: unknown[] = [];
const counterTestHandlers = {
  'counter.state': () => ok(counterState),
  'counter.signIn': (input) => (counterSeen.push(input), input.pin === '000000' ? err(kioskError('staff.wrongPin', 'wrong PIN', { attemptsLeft: 4 })) : ok(onDuty)),
  'counter.signOut': () => ok(counterState),
  'counter.pause': () => ok({ ...onDuty, paused: true }),
  'counter.resume': () => ok(onDuty),
  'counter.act': (input) => (counterSeen.push(input), input.action === 'callNext' ? err(kioskError('queue.noWaiting', 'nobody waits')) : ok(onDuty)),
  'counter.activity': () => ok({}),
  'counter.acknowledgeHelp': (input) => (counterSeen.push(input), ok(onDuty)),
  'counter.resolveHelp': () => ok(onDuty),
  'dev.padDisplay': () => ok({ shown: ['A001'], beeps: 1 }),
} satisfies Handlers<WM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`the window terminal over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof pairOver<WM, WE, RpcServer<WM, WE>>>>;
    afterEach(async () => {
      await p?.close();
      counterSeen.length = 0;
    });
    const open = async () => (p = await pairOver<WM, WE, RpcServer<WM, WE>>(over, new RpcServer({ contract: counterContract, handlers: counterTestHandlers })));

    it('signs in, acts, and gets refusals as values with their details; counter.changed is pushed', async () => {
      await open();
      expect(await p.client.call('counter.state', {})).toEqual({ ok: true, value: counterState });
      expect(await p.client.call('counter.signIn', { staffId: 'LX2002', pin: '200288' })).toEqual({ ok: true, value: onDuty });
      expect(await p.client.call('counter.signIn', { staffId: 'LX2002', pin: '000000' })).toEqual({ ok: false, error: { code: 'staff.wrongPin', message: 'wrong PIN', details: { attemptsLeft: 4 } } });
      expect(await p.client.call('counter.act', { action: 'callNext' })).toEqual({ ok: false, error: { code: 'queue.noWaiting', message: 'nobody waits' } });
      expect(await p.client.call('counter.act', { action: 'transfer', toCategoryId: 'social', position: 'keep' })).toEqual({ ok: true, value: onDuty });
      expect(counterSeen.at(-1)).toEqual({ action: 'transfer', toCategoryId: 'social', position: 'keep' });
      expect(await p.client.call('counter.act', { action: 'transfer', toWindowId: 'w05', position: 'end' })).toEqual({ ok: true, value: onDuty });
      expect(counterSeen.at(-1)).toEqual({ action: 'transfer', toWindowId: 'w05', position: 'end' });
      expect(await p.client.call('counter.act', { action: 'transfer', toCategoryId: 'social', toWindowId: 'w05', position: 'keep' })).toMatchObject({ ok: true });
      expect(counterSeen.at(-1)).toEqual({ action: 'transfer', toCategoryId: 'social', toWindowId: 'w05', position: 'keep' });
      expect(await p.client.call('counter.pause', {})).toMatchObject({ ok: true, value: { paused: true } });
      const pushed: unknown[] = [];
      const got = new Promise<void>((resolve) => p.client.on('counter.changed', (s) => (pushed.push(s), resolve())));
      await p.client.call('counter.activity', {});
      p.server.emit('counter.changed', onDuty);
      await got;
      expect(pushed).toEqual([onDuty]);
    });

    it('refuses bad input before the core, naming the field', async () => {
      await open();
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      expect(field(await p.client.call('counter.signIn', { staffId: 'lx2002', pin: '200288' }))).toContain('staffId');
      expect(field(await p.client.call('counter.signIn', { staffId: 'LX2002', pin: '12' }))).toContain('pin');
      expect(field(await p.client.call('counter.act', { action: 'transfer' } as never))).toContain('position');
      expect(field(await p.client.call('counter.act', { action: 'transfer', position: 'keep' }))).toContain('toCategoryId');
      expect(field(await p.client.call('counter.act', { action: 'transfer', toWindowId: '', position: 'keep' }))).toContain('toWindowId');
      expect(field(await p.client.call('counter.act', { action: 'callBack' } as never))).toContain('ticketId');
      expect(field(await p.client.call('counter.act', { action: 'dance' } as never))).toContain('action');
      expect(field(await p.client.call('counter.acknowledgeHelp', { callId: '' }))).toContain('callId');
      expect(counterSeen).toEqual([]);
    });
  });
}

// 好差评 at the window over both transports: the view as a value, the citizen's levels and reasons
// checked before the core (a reason named twice, none, a phone that is no mobile number), refusals as
// values, windowRating.changed pushed; the developer page's supervision calls pass their answers.
const windowRatingContract = defineContract(windowRatingPart);
type WRM = (typeof windowRatingContract)['methods'];
type WRE = (typeof windowRatingContract)['events'];
const servedTicket = { ticketId: 't-1', number: 'A023' };
const wrSeen: unknown[] = [];
const sampleFigures = { calls: 2, recalls: 0, averageWaitSeconds: 300, averageServiceSeconds: 600, finished: 2, skipped: 0, transferred: 0, ratings: { verySatisfied: 1, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0, veryDissatisfied: 0 }, ratingRate: 1 };
const sampleFollowUp = {
  id: 'e1', target: 'ticket:t-1', stage: 'accept' as const, level: 'dissatisfied' as const, reasons: ['slow'], comment: null, windowId: 'w01', staffId: 'LX2001', phone: null,
  ratedAt: '20261124T093100', dueBy: '2026-12-01', state: 'open' as const, handler: null, actionTaken: null, calledBackAt: null, outcome: null, closedAt: null, updatedAt: null,
};
const windowRatingTestHandlers = {
  'windowRating.state': () => ok({ state: 'asking' as const, ticket: servedTicket, until: '2026-11-24T02:01:00.000Z' }),
  'windowRating.rate': (input) => (wrSeen.push(input), input.level === 'dissatisfied' ? ok({ state: 'reasons' as const, ticket: servedTicket, level: input.level, until: '2026-11-24T02:02:00.000Z' }) : ok({ state: 'thanks' as const, ticket: servedTicket, level: input.level, sent: true })),
  'windowRating.giveReasons': (input) => (wrSeen.push(input), ok({ state: 'thanks' as const, ticket: servedTicket, level: 'dissatisfied' as const, sent: false })),
  'windowRating.ask': () => err(kioskError('evaluation.duplicate', 'ticket A023 was already rated', { stage: 'accept', waiting: false })),
  'dev.followUps': (input) => (wrSeen.push(input), ok({ followUps: [sampleFollowUp] })),
  'dev.updateFollowUp': (input) => (wrSeen.push(input), ok({ ...sampleFollowUp, handler: input.update.handler ?? null })),
  'dev.supervisionDaily': ({ date }) => ok({ date, windows: [{ windowId: 'w01', figures: sampleFigures }], staff: [], hall: sampleFigures }),
} satisfies Handlers<WRM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`the window rating over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let p: Awaited<ReturnType<typeof pairOver<WRM, WRE, RpcServer<WRM, WRE>>>>;
    const problems: string[] = [];
    afterEach(async () => {
      await p?.close();
      wrSeen.length = 0;
      problems.length = 0;
    });
    const open = () => pairOver<WRM, WRE, RpcServer<WRM, WRE>>(over, new RpcServer({ contract: windowRatingContract, handlers: windowRatingTestHandlers, onProblem: (m) => problems.push(m) }));

    it('passes the view, a level, the reasons with a phone, a refusal as a value, and the change as an event', async () => {
      p = await open();
      expect(await p.client.call('windowRating.state', {})).toEqual({ ok: true, value: { state: 'asking', ticket: servedTicket, until: '2026-11-24T02:01:00.000Z' } });
      expect(await p.client.call('windowRating.rate', { level: 'dissatisfied' })).toMatchObject({ ok: true, value: { state: 'reasons', level: 'dissatisfied' } });
      expect(await p.client.call('windowRating.giveReasons', { reasons: ['slow', 'attitude'], followUpPhone: ' 13905891234 ' })).toMatchObject({ ok: true, value: { state: 'thanks' } });
      expect(wrSeen).toEqual([{ level: 'dissatisfied' }, { reasons: ['slow', 'attitude'], followUpPhone: '13905891234' }]);
      expect(await p.client.call('windowRating.ask', {})).toEqual({ ok: false, error: { code: 'evaluation.duplicate', message: 'ticket A023 was already rated', details: { stage: 'accept', waiting: false } } });
      const views: unknown[] = [];
      const got = new Promise<void>((resolve) => p.client.on('windowRating.changed', (v) => (views.push(v), resolve())));
      await p.client.call('windowRating.state', {});
      p.server.emit('windowRating.changed', { state: 'refused', ticket: servedTicket });
      await got;
      expect(views).toEqual([{ state: 'refused', ticket: servedTicket }]);
      expect(await p.client.call('dev.followUps', {})).toEqual({ ok: true, value: { followUps: [sampleFollowUp] } });
      expect(await p.client.call('dev.updateFollowUp', { id: 'e1', update: { handler: ' 王芳 ' } })).toMatchObject({ ok: true, value: { handler: '王芳' } });
      expect(await p.client.call('dev.supervisionDaily', { date: '2026-11-24' })).toMatchObject({ ok: true, value: { date: '2026-11-24', hall: sampleFigures } });
    });

    it('refuses bad input before the core, naming the field', async () => {
      p = await open();
      const field = (r: { ok: boolean; error?: { code: string; details?: unknown } }) => {
        expect(r.error?.code).toBe('rpc.invalidInput');
        return JSON.stringify(r.error?.details);
      };
      expect(field(await p.client.call('windowRating.rate', { level: 'meh' as 'satisfied' }))).toContain('level');
      expect(field(await p.client.call('windowRating.giveReasons', { reasons: [] }))).toContain('pick at least one reason');
      expect(field(await p.client.call('windowRating.giveReasons', { reasons: ['slow', 'slow'] }))).toContain('a reason is given twice');
      expect(field(await p.client.call('windowRating.giveReasons', { reasons: ['rude' as 'slow'] }))).toContain('reasons');
      expect(field(await p.client.call('windowRating.giveReasons', { reasons: ['slow'], followUpPhone: '12345' }))).toContain('an 11-digit mobile number');
      expect(field(await p.client.call('dev.updateFollowUp', { id: 'e1', update: {} }))).toContain('nothing to update');
      expect(field(await p.client.call('dev.supervisionDaily', { date: '24.11.2026' }))).toContain('date');
      expect(wrSeen).toEqual([]);
    });

    it('never pushes a view that breaks the contract', async () => {
      p = await open();
      const views: unknown[] = [];
      p.client.on('windowRating.changed', (v) => views.push(v));
      await p.client.call('windowRating.state', {});
      p.server.emit('windowRating.changed', { state: 'asking' } as never);
      const got = new Promise<void>((resolve) => p.client.on('windowRating.changed', () => resolve()));
      p.server.emit('windowRating.changed', { state: 'idle' });
      await got;
      expect(views).toEqual([{ state: 'idle' }]);
      expect(problems).toContain('event windowRating.changed does not match its contract');
    });
  });
}

// The call display over both transports: the board and a resync's refusal as values, input checked
// before the core, the board's changes and each announcement pushed; a payload that breaks the
// contract never sent.
const displayContract = defineContract(displayPart);
type DispM = (typeof displayContract)['methods'];
type DispE = (typeof displayContract)['events'];
const boardCall = { ticketId: 't1', number: 'A023', categoryId: 'general', windowId: 'w03', windowNumber: '3', windowName: '3号窗口', area: '一楼A区', at: '2026-11-24T02:00:00.000Z', recall: false, callCount: 1 };
const displayState: DisplayState = {
  status: 'ready',
  businessDate: '2026-11-24',
  calls: [boardCall],
  counts: [{ categoryId: 'general', name: '综合受理', prefix: 'A', waiting: 4, lastCalled: 'A023' }],
  closedWindows: [{ id: 'w06', number: '6', name: '6号窗口', area: '一楼A区', categoryIds: ['general'], state: 'closed' }],
  link: { state: 'connected', lastHeardAt: '2026-11-24T02:00:00.000Z', reconnects: 0, stale: false },
  settings: { languages: ['zh-CN', 'en'], repeat: 2, historyLength: 8, notices: true, orientation: 'auto', volume: 0.8 },
};
let displayOnline = true;
const displayTestHandlers = {
  'display.state': () => ok(displayState),
  'display.resync': () => (displayOnline ? ok(displayState) : err(kioskError('platform.offline', 'the platform is away'))),
} satisfies Handlers<DispM>;

for (const over of ['memory', 'ws'] as const) {
  describe(`the call display over ${over === 'memory' ? 'the in-memory pair' : 'a WebSocket'}`, () => {
    let close: () => Promise<void> = async () => {};
    const problems: string[] = [];
    afterEach(async () => {
      await close();
      problems.length = 0;
      displayOnline = true;
    });
    const open = async () => {
      const pair = await pairOver<DispM, DispE, RpcServer<DispM, DispE>>(over, new RpcServer({ contract: displayContract, handlers: displayTestHandlers, onProblem: (m) => problems.push(m) }));
      close = pair.close;
      return pair;
    };

    it('passes the board, and a resync the platform cannot answer as a value; refuses unexpected input', async () => {
      const { client: c } = await open();
      expect(await c.call('display.state', {})).toEqual({ ok: true, value: displayState });
      displayOnline = false;
      expect(await c.call('display.resync', {})).toEqual({ ok: false, error: { code: 'platform.offline', message: 'the platform is away' } });
      const r = await c.call('display.state', { windowId: 'w03' } as never);
      expect(!r.ok && r.error.code).toBe('rpc.invalidInput');
    });

    it('pushes the board’s changes and each announcement in order; a broken one is not sent', async () => {
      const { server: s, client: c } = await open();
      const changed: unknown[] = [];
      const announced: unknown[] = [];
      c.on('display.changed', (p) => changed.push(p));
      c.on('display.announce', (p) => announced.push(p));
      await c.call('display.state', {});
      const stale = { ...displayState, link: { ...displayState.link, state: 'connecting' as const, stale: true } };
      s.emit('display.changed', stale);
      s.emit('display.announce', { seq: 1, call: boardCall, cause: 'live' });
      s.emit('display.announce', { seq: 2, call: { ...boardCall, recall: true, callCount: 2 }, cause: 'live' });
      s.emit('display.announce', { seq: 3, call: { ...boardCall, number: 'A23' }, cause: 'live' });
      s.emit('display.changed', { ...displayState, settings: { ...displayState.settings, repeat: 4 } });
      await c.call('display.state', {});
      await until(() => announced.length >= 2 && changed.length >= 1);
      expect(changed).toEqual([stale]);
      expect(announced).toEqual([{ seq: 1, call: boardCall, cause: 'live' }, { seq: 2, call: { ...boardCall, recall: true, callCount: 2 }, cause: 'live' }]);
      expect(problems).toEqual(['event display.announce does not match its contract', 'event display.changed does not match its contract']);
    });
  });
}
