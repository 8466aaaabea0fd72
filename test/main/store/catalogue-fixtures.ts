// Small, valid catalogue records for the catalogue cache tests: names, keywords, departments and
// codes are chosen by each test, everything else is filled in so the contract's schema accepts it.
import { orgCodeCheckChar, usccCheckChar, type Department, type Material, type ServiceItem, type Theme } from '../../../domain/catalogue.ts';
import type { CatalogueSnapshot } from '../../../main/store/index.ts';

function uscc(orgBody8: string): string {
  const body17 = `11339102${orgBody8}${orgCodeCheckChar(orgBody8)}`;
  return body17 + usccCheckChar(body17);
}

export const depts = {
  ps: { code: uscc('73521046'), name: '澄州市公安局澜溪分局', shortName: '公安分局', domain: '1001' },
  amr: { code: uscc('73521062'), name: '澄州市澜溪区市场监督管理局', shortName: '区市场监管局', domain: '1002' },
  hf: { code: uscc('47081235'), name: '澄州市住房公积金管理中心', shortName: '市公积金中心', domain: '1005' },
} as const;
export type DeptKey = keyof typeof depts;

export function department(key: DeptKey): Department {
  const d = depts[key];
  return {
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    deptType: '1',
    useLevel: '4',
    areaCode: '339102',
    address: '澄州市澜溪区滨江大道188号',
    hours: '周一至周五 上午8:30-12:00，下午13:30-17:30',
    consultPhone: '0589-86012345',
    supervisePhone: '12345',
  };
}

export function material(name: string): Material {
  return {
    name,
    materialType: '1',
    format: '1',
    source: '10',
    sourceDept: null,
    need: '1',
    originals: 1,
    copies: 0,
    paperSize: 'A4',
    fillNotes: null,
    blankForm: null,
    sample: null,
    acceptanceStandard: '原件核验',
    sharedExempt: false,
  };
}

export interface ItemSpec {
  /** 主项顺序码: makes the codes unique within a department. */
  readonly seq: number;
  readonly name: string;
  readonly dept?: DeptKey;
  readonly keywords?: string[];
  readonly serverType?: string[];
  readonly kiosk?: boolean;
  readonly themes?: string[];
  readonly condition?: string;
  readonly materials?: string[];
  /** 业务办理项 number under the item (its id is then the 33-character handle code). */
  readonly handle?: number;
}

export function codesOf(spec: Pick<ItemSpec, 'seq' | 'dept' | 'handle'>): { catalogCode: string; taskCode: string; id: string } {
  const d = depts[spec.dept ?? 'ps'];
  const catalogCode = `07${d.domain}${String(spec.seq).padStart(3, '0')}000`;
  const taskCode = `${d.code}4${catalogCode}`;
  const handle = spec.handle === undefined ? null : `${taskCode}${String(spec.handle).padStart(2, '0')}`;
  return { catalogCode, taskCode, id: handle ?? taskCode };
}

export function item(spec: ItemSpec): ServiceItem {
  const d = depts[spec.dept ?? 'ps'];
  const { catalogCode, taskCode, id } = codesOf(spec);
  const handle = spec.handle !== undefined;
  return {
    id,
    name: spec.name,
    keywords: spec.keywords ?? [],
    level: handle ? 'handle' : 'main',
    parent: handle ? { code: taskCode, name: `${spec.name}（主项）` } : null,
    catalogCode,
    taskCode,
    handleItemCode: handle ? id : null,
    taskType: '07',
    useLevel: '4',
    deptName: d.name,
    deptCode: d.code,
    deptType: '1',
    serverType: spec.serverType ?? ['1'],
    handleForms: ['1'],
    acceptCondition: spec.condition ?? '符合法定条件的申请人。',
    legalBasis: [{ name: '《中华人民共和国行政许可法》', articles: null, docNumber: null }],
    steps: [{ name: '受理', description: '窗口受理', role: '综合受理窗口', limit: '即时' }],
    legalLimit: { days: 20, unit: '工作日', note: null },
    promiseLimit: { days: 10, unit: '工作日', note: null },
    projectType: '2',
    isFee: false,
    fees: [],
    address: '澄州市澜溪区滨江大道188号',
    hours: '周一至周五',
    consultPhone: '0589-86012345',
    supervisePhone: '12345',
    visitsRequired: 1,
    onlineDepth: 'I',
    isOnline: false,
    onlineUrl: null,
    bookable: true,
    payOnline: false,
    expressDelivery: false,
    kioskHandled: spec.kiosk ?? false,
    handleArea: null,
    faq: [],
    result: { name: `${spec.name}结果`, type: '3', sample: null },
    themes: spec.themes ?? [],
    materials: (spec.materials ?? ['申请表']).map(material),
  };
}

export function theme(code: string, name: string, itemIds: string[], audience: Theme['audience'] = 'person', sortOrder = 1): Theme {
  return { code, name, audience, description: `${name}一件事`, itemIds, sortOrder };
}

export function snapshot(version: number, items: ServiceItem[], themes: Theme[] = []): CatalogueSnapshot {
  return { version, items, departments: [department('ps'), department('amr'), department('hf')], themes };
}

/** A fixed clock for synced-at. */
export function fixedClock(start = Date.UTC(2026, 10, 24, 9, 0, 0)): { now(): number; advance(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}
