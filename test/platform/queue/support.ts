// Test harness of the queue engine: a real platform database of the run's kind (a SQLite file, or with
// PLATFORM_TEST_DATABASE=postgres a fresh database of the file's throwaway cluster: see
// test/support/platform-database.ts), a ManualClock at a given Shanghai wall time, a small hall (three
// categories, three windows), ID numbers with real check digits, and the events the service emitted.
// Each of the service's calls resolves only after the events it committed were delivered (a
// notification reaches its listener after the commit: test/support/settled.ts settledOver), so a test
// reads `events` right after awaiting the call. Tests read what is at rest through `h.storage`.
import type { BusinessCategoryInput, Staff, Window } from '../../../domain/catalogue.ts';
import { withCheckDigit } from '../../../domain/id-number.ts';
import { QueueService, type QueueEvent, type QueueOptions, type Ticket } from '../../../platform/queue/index.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { freshDatabaseUrl } from '../../support/platform-database.ts';
import { openPlatformStorage } from '../../support/platform-storage.ts';
import { settledOver } from '../../support/settled.ts';
import { ManualClock } from '../../support/manual-clock.ts';

export const SECRET = 'test-secret-0123456789abcdef';

/** Epoch ms of a wall time in Asia/Shanghai (UTC+8, no DST): shanghai('2026-11-24 09:00'). */
export function shanghai(wall: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wall);
  if (!m) throw new Error(`bad wall time ${wall}`);
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => Number(part ?? 0));
  return Date.UTC(y, mo - 1, d, h - 8, mi, s);
}

/** A Tuesday. */
export const TUESDAY = '2026-11-24';

/** A valid 18-character ID number: Beijing Dongcheng, the birth date, a 3-digit sequence, the check digit. */
export function idNumber(birth: string, seq = 123): string {
  const r = withCheckDigit(`110101${birth}${String(seq).padStart(3, '0')}`);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export const WEEKDAY_HOURS = [{ weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:30' }] }];

export function category(over: Partial<BusinessCategoryInput> & Pick<BusinessCategoryInput, 'id' | 'prefix'>): BusinessCategoryInput {
  return {
    name: `业务${over.prefix}`,
    description: `${over.prefix}类业务`,
    start: 1,
    end: 999,
    dailyQuota: null,
    slotQuotas: [],
    hours: WEEKDAY_HOURS,
    area: '一楼A区',
    deptNames: ['澄州市澜溪区政务服务中心'],
    windowIds: [],
    avgServiceMinutes: 10,
    priorityRules: [],
    realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: null },
    itemIds: [],
    sortOrder: 1,
    ...over,
  };
}

const appointmentRule = { code: 'appointment', label: '网上预约按时签到', basis: 'appointment', mark: '预约', minAge: null } as const;
const onlineRule = { code: 'online', label: '网上申办', basis: 'onlineApplication', mark: '网办', minAge: null } as const;
export const elderlyRule = { code: 'elderly', label: '70周岁以上老年人', basis: 'age', mark: '绿色通道', minAge: 70 } as const;
export const disabledRule = { code: 'disabled', label: '残疾人', basis: 'certificate', mark: '绿色通道', minAge: null } as const;

export function staff(id: string): Staff {
  return { id, name: `工作人员${id}`, gender: '女', deptName: '澄州市澜溪区政务服务中心', position: '综合受理员', stars: 5 };
}

export function window(id: string, number: string, categoryIds: string[], staffId: string | null): Window {
  return { id, number, name: `${number}号窗口`, area: '一楼A区', categoryIds, staffId };
}

/**
 * general (A): appointment and online rules, windows w01 w02; social (B): appointment rule, windows w02
 * w03; green (V): elderly and disabled rules, real name required, window w01. w03 is closed.
 */
export function hallConfig(patch: { general?: Partial<BusinessCategoryInput>; social?: Partial<BusinessCategoryInput>; green?: Partial<BusinessCategoryInput> } = {}) {
  return {
    categories: [
      category({ id: 'general', prefix: 'A', windowIds: ['w01', 'w02'], avgServiceMinutes: 8, priorityRules: [appointmentRule, onlineRule], ...patch.general }),
      category({ id: 'social', prefix: 'B', windowIds: ['w02', 'w03'], priorityRules: [appointmentRule], ...patch.social }),
      category({
        id: 'green',
        prefix: 'V',
        windowIds: ['w01'],
        priorityRules: [elderlyRule, disabledRule],
        realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null },
        ...patch.green,
      }),
    ],
    windows: [window('w01', '1', ['general', 'green'], 'ST0001'), window('w02', '2', ['social', 'general'], 'ST0002'), window('w03', '3', ['social'], null)],
    staff: [staff('ST0001'), staff('ST0002'), staff('ST0003')],
  };
}

export interface Harness {
  /** The database's URL (`sqlite:<file>` or `postgres://...`): openPlatformStorage(database) opens it again. */
  readonly database: string;
  storage: Storage;
  queue: QueueService;
  readonly clock: ManualClock;
  readonly events: QueueEvent[];
  /** Closes the storage and opens a new QueueService over a new storage of the same database (a restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const harnesses: Harness[] = [];

/** Closes every harness opened since the last call (call in afterEach); the databases go with the file's temporary folder or cluster. */
export async function cleanUp(): Promise<void> {
  for (const h of harnesses.splice(0)) await h.close();
}

export async function openQueue(
  options: { at?: string; config?: unknown; queue?: Partial<QueueOptions> } = {},
): Promise<Harness> {
  const database = await freshDatabaseUrl();
  const clock = new ManualClock(shanghai(options.at ?? `${TUESDAY} 09:00`));
  const events: QueueEvent[] = [];
  let n = 0;
  let closed = false;
  const make = async (storage: Storage) => {
    const q = new QueueService(storage, clock, { idSecret: SECRET, newId: () => `t${String(++n).padStart(4, '0')}`, ...options.queue });
    q.subscribe((e) => events.push(e));
    await q.ready();
    return settledOver(q, storage);
  };
  const storage = await openPlatformStorage(database);
  const h: Harness = {
    database,
    storage,
    queue: await make(storage),
    clock,
    events,
    async restart() {
      await h.queue.close();
      await h.storage.close();
      h.storage = await openPlatformStorage(database);
      h.queue = await make(h.storage);
    },
    async close() {
      if (closed) return;
      closed = true;
      await h.queue.close();
      await h.storage.close();
    },
  };
  harnesses.push(h);
  const configured = await h.queue.configure(options.config ?? hallConfig());
  if (!configured.ok) throw new Error(configured.error.message);
  events.length = 0;
  return h;
}

/** The value of a Result, failing the test with the error when there is none. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The error code of a Result (undefined when ok). */
export function code(r: { ok: boolean; error?: { code: string } }): string | undefined {
  return r.ok ? undefined : r.error?.code;
}

export async function issue(h: Harness, categoryId: string, extra: Partial<Parameters<QueueService['issueTicket']>[0]> = {}): Promise<Ticket> {
  return value(await h.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'kiosk-01', ...extra }));
}
