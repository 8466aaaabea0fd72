// Turns the compact item specs of items/*.ts into complete catalogue records: codes, the
// department's address, hours and phones, standard steps, and the derived flags.
import type { FeeItem, ServiceItem, ServiceStep } from '../../domain/catalogue.ts';
import { catalogCode, handleItemCode, taskCode } from './codes.ts';
import { deptOf, type DeptKey } from './departments.ts';
import { hall } from './hall.ts';
import type { MaterialIn } from './materials.ts';

type StepIn = ServiceStep;
type Unit = '工作日' | '自然日';

/** [《name》, articles?, docNumber?] */
export type Basis = readonly [name: string, articles?: string | null, docNumber?: string | null];
export type FeeIn = Omit<FeeItem, 'note'> & { note?: string | null };

export interface ItemSpec {
  /** Short stable key used by themes, queue categories, appointments and cases. */
  key: string;
  name: string;
  keywords?: string[];
  /** 主项顺序码 and 子项顺序码 (0 = a 主项 without 子项). */
  seq: readonly [main: number, sub: number];
  /** The 主项's name, for a 子项. */
  mainName?: string;
  taskType: string;
  serverType: string[];
  acceptCondition: string;
  legalBasis: Basis[];
  /** Statutory limit in days (null = none; say why in legalNote); 0 = 当场. */
  legal: number | null;
  legalUnit?: Unit;
  legalNote?: string;
  /** Promised limit; 0 makes it a 即办件. */
  promise: number;
  promiseUnit?: Unit;
  promiseNote?: string;
  steps?: StepIn[];
  fees?: FeeIn[];
  visits?: 0 | 1 | 2;
  /** 网上办理深度; I means the item cannot be applied for online. */
  depth?: 'I' | 'II' | 'III' | 'IV';
  bookable?: boolean;
  payOnline?: boolean;
  express?: boolean;
  kiosk?: boolean;
  /** 通办范围 code (1 全国 2 跨省 3 跨市 4 跨县) or null. */
  area?: string | null;
  faq: (readonly [q: string, a: string])[];
  result: readonly [name: string, type: '1' | '2' | '3'];
  materials: MaterialIn[];
  /** 业务办理项 under this item: each inherits everything it does not override. */
  handles?: HandleSpec[];
  address?: string;
  hours?: string;
  deptType?: string;
}

export type HandleSpec = Partial<Omit<ItemSpec, 'seq' | 'mainName' | 'taskType' | 'handles'>> &
  Pick<ItemSpec, 'key' | 'name'>;

export interface BuiltItem {
  readonly key: string;
  readonly item: ServiceItem;
}

function standardSteps(promise: number, unit: Unit, resultType: string, express: boolean): StepIn[] {
  const deliver = express ? '申请人可选择窗口领取或免费邮寄送达' : '申请人凭受理回执到窗口领取';
  if (promise === 0) {
    return [
      { name: '受理', description: '窗口工作人员核验申请人身份和申请材料，材料齐全、符合法定形式的当场受理；不齐全的一次性告知需补正的全部内容', role: '综合受理窗口', limit: '即时' },
      { name: '审查', description: '对申请材料进行当场审查', role: '部门审核人员', limit: '即时' },
      { name: '决定', description: '符合条件的当场作出准予决定；不符合条件的出具不予办理告知书并说明理由', role: '部门审批人员', limit: '即时' },
      { name: '送达', description: resultType === '1' ? '当场发放办理结果' : '当场出具办理结果或告知办理情况', role: '出件窗口', limit: '即时' },
    ];
  }
  const u = unit;
  const review = promise >= 3 ? `${promise - 2}个${u}` : `${promise}个${u}`;
  const steps: StepIn[] = [
    { name: '受理', description: '窗口工作人员核验申请人身份和申请材料，材料齐全、符合法定形式的予以受理并出具受理回执；不齐全的一次性告知需补正的全部内容', role: '综合受理窗口', limit: '即时' },
    { name: '审查', description: '承办科室对申请材料进行审查，需要现场核查的组织核查', role: '部门承办人员', limit: review },
    { name: '决定', description: '作出准予或者不予办理的决定；不予办理的书面说明理由并告知申请行政复议或者提起行政诉讼的权利', role: '部门负责人', limit: promise >= 3 ? `1个${u}` : '与审查同步' },
  ];
  if (resultType === '1') steps.push({ name: '制证', description: '制作证照，加盖印章或生成电子证照', role: '制证人员', limit: promise >= 3 ? `1个${u}` : '当日' });
  steps.push({ name: '送达', description: deliver, role: '出件窗口', limit: resultType === '1' ? '制证完成后' : promise >= 3 ? `1个${u}` : '当日' });
  return steps;
}

function compose(spec: ItemSpec, deptKey: DeptKey, level: 'main' | 'sub' | 'handle', codes: {
  catalog: string;
  task: string;
  handle: string | null;
  parent: { code: string; name: string } | null;
}): ServiceItem {
  const dept = deptOf(deptKey);
  const depth = spec.depth ?? 'III';
  const isOnline = depth !== 'I';
  const fees = (spec.fees ?? []).map((f) => ({ ...f, note: f.note ?? null }));
  const isFee = fees.length > 0;
  const express = spec.express ?? false;
  const promiseUnit = spec.promiseUnit ?? spec.legalUnit ?? '工作日';
  const handleForms = ['1', ...(isOnline ? ['2', '3'] : []), ...(express ? ['4'] : [])];
  return {
    id: codes.handle ?? codes.task,
    name: spec.name,
    keywords: spec.keywords ?? [],
    level,
    parent: codes.parent,
    catalogCode: codes.catalog,
    taskCode: codes.task,
    handleItemCode: codes.handle,
    taskType: spec.taskType,
    useLevel: dept.useLevel,
    deptName: dept.name,
    deptCode: dept.code,
    deptType: spec.deptType ?? dept.deptType,
    serverType: spec.serverType,
    handleForms,
    acceptCondition: spec.acceptCondition,
    legalBasis: spec.legalBasis.map(([name, articles, docNumber]) => ({
      name,
      articles: articles ?? null,
      docNumber: docNumber ?? null,
    })),
    steps: spec.steps ?? standardSteps(spec.promise, promiseUnit, spec.result[1], express),
    legalLimit: { days: spec.legal, unit: spec.legalUnit ?? '工作日', note: spec.legalNote ?? null },
    promiseLimit: { days: spec.promise, unit: promiseUnit, note: spec.promiseNote ?? null },
    projectType: spec.promise === 0 ? '1' : '2',
    isFee,
    fees,
    address: spec.address ?? dept.address,
    hours: spec.hours ?? dept.hours,
    consultPhone: dept.consultPhone,
    supervisePhone: dept.supervisePhone,
    visitsRequired: depth === 'IV' ? 0 : (spec.visits ?? 1),
    onlineDepth: depth,
    isOnline,
    onlineUrl: isOnline ? `${hall.onlineBase}/item/${spec.key}` : null,
    bookable: spec.bookable ?? true,
    payOnline: spec.payOnline ?? (isFee && isOnline),
    expressDelivery: express,
    kioskHandled: spec.kiosk ?? false,
    handleArea: spec.area ?? null,
    faq: spec.faq.map(([question, answer]) => ({ question, answer })),
    // No specimen (证照样本) of any result is on file, and official specimens are not ours to invent.
    result: { name: spec.result[0], type: spec.result[1], sample: null },
    themes: [],
    materials: spec.materials,
  };
}

/** Builds one department's items: each spec, then its 业务办理项 right after it. */
export function buildItems(deptKey: DeptKey, specs: readonly ItemSpec[]): BuiltItem[] {
  const dept = deptOf(deptKey);
  const out: BuiltItem[] = [];
  for (const spec of specs) {
    const [main, sub] = spec.seq;
    const catalog = catalogCode(spec.taskType, dept.domain, main, sub);
    const task = taskCode(dept.code, dept.useLevel, catalog);
    let parent: { code: string; name: string } | null = null;
    if (sub > 0) {
      if (!spec.mainName) throw new Error(`${spec.key}: a 子项 needs mainName`);
      parent = { code: catalogCode(spec.taskType, dept.domain, main, 0), name: spec.mainName };
    }
    const level = sub > 0 ? 'sub' : 'main';
    out.push({ key: spec.key, item: compose(spec, deptKey, level, { catalog, task, handle: null, parent }) });
    for (const [i, h] of (spec.handles ?? []).entries()) {
      const merged: ItemSpec = { ...spec, ...h, seq: spec.seq, taskType: spec.taskType, handles: [] };
      // A handle item without its own steps gets standard ones for its own limits.
      if (!h.steps && (h.promise !== undefined || h.result !== undefined || h.express !== undefined)) delete merged.steps;
      out.push({
        key: h.key,
        item: compose(merged, deptKey, 'handle', {
          catalog,
          task,
          handle: handleItemCode(task, i + 1),
          parent: { code: task, name: spec.name },
        }),
      });
    }
  }
  return out;
}
