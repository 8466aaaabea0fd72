// The reference platform as bench/city runs it: a process of its own (so the load generator never
// shares its event loop), set up for a load test rather than the demo hall: CITY_CATEGORIES businesses
// open all day every day with no quotas, CITY_WINDOWS windows each with staff on duty serving two
// businesses, and a one-time enrolment code printed for every terminal of CITY_TERMINALS
// ("id:role@hall,id:role@hall,...": each enrolled into its hall). CITY_HALLS halls (default 1): the
// hall `default` and `hall-02`, `hall-03`... (services/halls.ts), each with that same queue set-up of
// its own (several halls in one platform, issue 17). Prints `code <id> <code>` lines, then
// `url <base url>`; stops on SIGTERM.
//   CITY_DB: the SQLite file (default a throw-away ':memory:'). CITY_DATABASE: a postgres:// URL instead,
//   served by CITY_PROCESSES (default 3) workers on CITY_PORT with the key in CITY_KEY; each worker's
//   pid is on a `platform worker <pid> serving` line.
import type { BusinessCategoryInput, Staff, Window } from '../domain/queue-setup.ts';
import { systemClock } from '../domain/clock.ts';
import cluster from 'node:cluster';
import type { Platform } from '../platform/app.ts';
import { runCluster } from '../platform/cluster.ts';
import { startPlatform } from '../platform/server.ts';

const env = (name: string, fallback?: string) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`${name} is not set`);
  return v;
};
const categoryCount = Number(env('CITY_CATEGORIES', '20'));
const windowCount = Number(env('CITY_WINDOWS', '100'));
const hallCount = Number(env('CITY_HALLS', '1'));
const terminals = env('CITY_TERMINALS')
  .split(',')
  .filter(Boolean)
  .map((t) => {
    const m = /^([^:]+):([a-z]+)@(.+)$/.exec(t);
    if (!m) throw new Error(`CITY_TERMINALS: "${t}" is not id:role@hall`);
    return { id: m[1]!, role: m[2]!, hall: m[3]! };
  });
/** The halls: `default`, then hall-02, hall-03... (bench/city.ts names them the same way). */
const halls = Array.from({ length: hallCount }, (_, h) => (h === 0 ? 'default' : `hall-${String(h + 1).padStart(2, '0')}`));

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const categoryId = (i: number) => `c${pad(i + 1, 2)}`;
/** A..Z, then AA, AB...: as many one- or two-letter prefixes as there are businesses. */
const prefixOf = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(65 + Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
const windows: Window[] = Array.from({ length: windowCount }, (_, i) => ({
  id: `w${pad(i + 1, 3)}`,
  number: String(i + 1),
  name: `${i + 1}号窗口`,
  area: '一楼 综合服务区',
  categoryIds: [...new Set([categoryId(i % categoryCount), categoryId((i + 1) % categoryCount)])],
  staffId: `ZW${pad(i + 1, 4)}`,
}));
const staff: Staff[] = windows.map((w, i) => ({ id: w.staffId!, name: `工作人员${i + 1}`, gender: i % 2 ? '女' : '男', deptName: '市政务服务中心', position: '综合受理员', stars: 5 }));
const categories: BusinessCategoryInput[] = Array.from({ length: categoryCount }, (_, i) => ({
  id: categoryId(i),
  name: `业务${i + 1}`,
  description: `压力测试业务${i + 1}`,
  prefix: prefixOf(i),
  start: 1,
  end: 999,
  dailyQuota: null,
  slotQuotas: [],
  hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }],
  area: '一楼 综合服务区',
  deptNames: ['市政务服务中心'],
  windowIds: windows.filter((w) => w.categoryIds.includes(categoryId(i))).map((w) => w.id),
  avgServiceMinutes: 5,
  priorityRules: [],
  realName: { required: false, oneUnservedPerId: false, perPersonDailyLimit: null },
  itemIds: [],
  sortOrder: i,
}));

const seed = async (p: Platform) => {
  for (const hall of halls) {
    if (hall !== 'default') await p.halls.create({ id: hall, name: `${hall} 政务服务大厅` });
    const configured = await p.queues.of(hall).configure({ categories, windows, staff });
    if (!configured.ok) throw new Error(`the load test's queue set-up is refused in ${hall}: ${configured.error.message}`);
  }
};
const printCodes = async (p: Platform) => {
  for (const t of terminals) console.log(`code ${t.id} ${await p.auth.issueEnrolmentCode(t.id, t.role, { hall: t.hall })}`);
};
const database = process.env['CITY_DATABASE'];
if (database === undefined) {
  const running = await startPlatform({ clock: systemClock, version: 'bench-city', dbPath: process.env['CITY_DB'] ?? ':memory:', port: 0, seed });
  await printCodes(running.platform);
  console.log(`url ${running.url}`);
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
} else {
  // PostgreSQL: CITY_PROCESSES workers on CITY_PORT through platform/cluster.ts, as `npm run platform
  // -- --processes=N` runs them; the primary sets the hall up and prints the codes once.
  const options = { clock: systemClock, version: 'bench-city', database, keyPath: env('CITY_KEY') };
  const port = Number(env('CITY_PORT'));
  await runCluster({
    processes: Number(env('CITY_PROCESSES', '3')),
    prepare: async () => {
      const once = await startPlatform({ ...options, port: 0, seed });
      try {
        await printCodes(once.platform);
      } finally {
        await once.close();
      }
    },
    serve: () => startPlatform({ ...options, port }),
  });
  if (cluster.isPrimary) console.log(`url http://127.0.0.1:${port}/`);
}
