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
} from '../../../main/contract/index.ts';
import { casesPart } from '../../../main/contract/cases.ts';
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
const kioskContract = defineContract(casesPart, queuePart);
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
} satisfies Handlers<KM>;

/** A client and server of `contract` over the in-memory pair or a real WebSocket on loopback. */
async function pairOver<M extends KM | CM>(over: 'memory' | 'ws', server: { connect(t: FrameTransport): void; close(): void }): Promise<{ client: RpcClient<M, Record<string, never>>; close(): Promise<void> }> {
  const client = new RpcClient<M, Record<string, never>>({});
  if (over === 'memory') {
    const [a, b] = createFramePair();
    server.connect(a);
    client.attach(b);
    return { client, close: async () => (client.close(), server.close()) };
  }
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  wss.on('connection', (ws) => server.connect(wsTransport(ws)));
  const t = await connectWs(`ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
  if (t instanceof Error) throw t;
  client.attach(t);
  return {
    client,
    async close() {
      client.close();
      server.close();
      await new Promise((r) => wss.close(r));
    },
  };
}

const kioskPair = (over: 'memory' | 'ws') => pairOver<KM>(over, new RpcServer({ contract: kioskContract, handlers: kioskHandlers }));

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
  'forms.submit': () => ok({ reference: 'r', waiting: 0 }),
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
