// Scales the catalogue for benchmarks: N items made by deterministic variation of the real seed
// items. The first block is the seed itself (澜溪区); every further block is a fictional district
// implementing the same 基本目录: same 基本编码, names, materials and legal bases (as in real life),
// its own agencies (fresh, valid 统一社会信用代码, so unique 实施编码), addresses, phones, promised
// limits and service flags drawn from a seeded PRNG. generate(N) is a prefix of generate(M) for N < M
// with the same seed. Items share nested arrays with the seed: treat them as read-only.
import type { ServiceItem } from '../../domain/catalogue.ts';
import { agencyUscc } from './codes.ts';
import { serviceItems } from './data.ts';
import { hall } from './hall.ts';
import { mulberry32, type Rng } from './prng.ts';

export interface GenerateOptions {
  /** How many items. */
  readonly count: number;
  /** PRNG seed; the same seed and count give the same items. */
  readonly seed?: number;
}

const PROVINCES = ['33', '35', '37', '41', '43', '45', '51', '53'] as const;
const PREFECTURES_PER_PROVINCE = 9; // 91..99: not assigned in GB/T 2260
const COUNTIES_PER_PREFECTURE = 98; // 02..99
const CITY_FIRST = '沅汀岚溱淇浔漳澧沣洺泷潆';
const CITY_SECOND = '州川阳宁安平源江';
const DISTRICT_FIRST = '青白丰嘉松桐枫柳梅竹杏荷兰桂樟榆';
const DISTRICT_SECOND = '湖溪山林塘湾浦桥岗港川源';
const ROADS = ['人民路', '建设大道', '解放路', '中山路', '世纪大道', '文化路', '新华路', '环城东路', '学府路', '创业大道'];
const HOURS = [
  hall.hours,
  '周一至周五 上午9:00-12:00，下午13:00-17:00（法定节假日除外）',
  '周一至周五 上午8:30-12:00，下午14:00-17:30；周六上午9:00-12:00（法定节假日除外）',
];

/** How many items the generator can make. */
export const GENERATOR_CAPACITY = (1 + PROVINCES.length * PREFECTURES_PER_PROVINCE * COUNTIES_PER_PREFECTURE) * serviceItems.length;

interface District {
  readonly areaCode: string;
  readonly city: string;
  readonly name: string;
  readonly road: string;
  readonly number: number;
  readonly phonePrefix: string;
  readonly hours: string;
  readonly deptCodes: ReadonlyMap<string, string>;
}

const seedDeptCodes = [...new Set(serviceItems.map((i) => i.deptCode))];

function district(v: number, rng: Rng): District {
  const i = v - 1;
  const province = PROVINCES[Math.floor(i / (PREFECTURES_PER_PROVINCE * COUNTIES_PER_PREFECTURE))];
  if (province === undefined) throw new RangeError(`district ${v} is beyond the generator's capacity`);
  const prefecture = 91 + (Math.floor(i / COUNTIES_PER_PREFECTURE) % PREFECTURES_PER_PROVINCE);
  const county = 2 + (i % COUNTIES_PER_PREFECTURE);
  const areaCode = `${province}${prefecture}${String(county).padStart(2, '0')}`;
  const deptCodes = new Map<string, string>();
  for (const [d, code] of seedDeptCodes.entries()) {
    // Organisation-code body: "M", the district number and the department index: unique per pair.
    const body = `M${String(v).padStart(4, '0')}${String(d).padStart(3, '0')}`;
    deptCodes.set(code, agencyUscc(code.slice(0, 2) as '11', areaCode, body));
  }
  return {
    areaCode,
    city: `${rng.pick([...CITY_FIRST])}${rng.pick([...CITY_SECOND])}`,
    name: `${rng.pick([...DISTRICT_FIRST])}${rng.pick([...DISTRICT_SECOND])}`,
    road: rng.pick(ROADS),
    number: rng.int(1, 999),
    phonePrefix: `05${rng.int(10, 99)}`,
    hours: rng.pick(HOURS),
    deptCodes,
  };
}

function rename(text: string, d: District): string {
  return text.replaceAll('澄州', d.city).replaceAll('澜溪', d.name).replace('滨江大道188号', `${d.road}${d.number}号`);
}

function vary(base: ServiceItem, d: District, rng: Rng): ServiceItem {
  const deptCode = d.deptCodes.get(base.deptCode);
  if (deptCode === undefined) throw new Error(`seed department ${base.deptCode} not mapped`);
  const taskCode = `${deptCode}${base.useLevel}${base.catalogCode}`;
  const handleItemCode = base.handleItemCode === null ? null : `${taskCode}${base.handleItemCode.slice(31)}`;
  const promise = base.promiseLimit.days;
  const promiseDays = promise === null || promise === 0 ? promise : rng.int(Math.max(1, Math.ceil(promise / 2)), promise);
  const expressDelivery = base.expressDelivery || rng.chance(0.15);
  const handleForms = expressDelivery && !base.handleForms.includes('4') ? [...base.handleForms, '4'] : base.handleForms;
  return {
    ...base,
    id: handleItemCode ?? taskCode,
    taskCode,
    handleItemCode,
    parent: base.level === 'handle' ? { code: taskCode, name: base.parent?.name ?? base.name } : base.parent,
    deptName: rename(base.deptName, d),
    deptCode,
    address: rename(base.address, d),
    hours: base.hours === hall.hours ? d.hours : base.hours,
    consultPhone: `${d.phonePrefix}-8${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
    supervisePhone: rng.chance(0.5) ? '12345' : `${d.phonePrefix}-8${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
    promiseLimit: { ...base.promiseLimit, days: promiseDays },
    onlineUrl: base.onlineUrl === null ? null : base.onlineUrl.replace(hall.onlineBase, `https://zwfw.a${d.areaCode}.gov.cn`),
    bookable: rng.chance(0.85),
    expressDelivery,
    handleForms,
    kioskHandled: base.kioskHandled || rng.chance(0.1),
  };
}

/** N valid catalogue items with unique ids and codes, the same for the same seed. */
export function generateCatalogue(options: GenerateOptions): ServiceItem[] {
  const { count, seed = 20260101 } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count ${count} is not a non-negative integer`);
  if (count > GENERATOR_CAPACITY) throw new RangeError(`count ${count} exceeds the generator's capacity ${GENERATOR_CAPACITY}`);
  const out: ServiceItem[] = serviceItems.slice(0, count);
  for (let v = 1; out.length < count; v++) {
    const rng = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(v, 0x85ebca6b)) >>> 0);
    const d = district(v, rng);
    for (const base of serviceItems) {
      if (out.length >= count) break;
      out.push(vary(base, d, rng));
    }
  }
  return out;
}
