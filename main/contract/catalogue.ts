// The service catalogue (政务服务事项目录) and the hall's queue set-up, as data the screen and the core
// share. Field names follow GB/T 39046-2020 and the exchange columns of the national platform (see
// shared/DOMAIN.md sections 2-3). Code lists are DATA, not enums: provinces extend or rename them, so
// the schemas are built from a CodeLists value (createCatalogueSchemas) and the national lists are
// only the default.
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------------
// Code lists (GB/T 39046-2020 Appendix A and the national platform's exchange columns)
// ---------------------------------------------------------------------------------------------------

/** code -> label. */
export type CodeList = Readonly<Record<string, string>>;

export interface CodeLists {
  /** 事项类型 */
  readonly taskType: CodeList;
  /** 行使层级 */
  readonly useLevel: CodeList;
  /** 实施主体性质 */
  readonly deptType: CodeList;
  /** 服务对象 */
  readonly serverType: CodeList;
  /** 办理形式 */
  readonly handleForm: CodeList;
  /** 办件类型 */
  readonly projectType: CodeList;
  /** 网上办理深度 */
  readonly onlineDepth: CodeList;
  /** 通办范围 */
  readonly handleArea: CodeList;
  /** 审批结果类型 */
  readonly resultType: CodeList;
  /** 材料类型 */
  readonly materialType: CodeList;
  /** 材料形式 */
  readonly materialFormat: CodeList;
  /** 来源渠道 */
  readonly materialSource: CodeList;
  /** 材料必要性 */
  readonly materialNeed: CodeList;
}

export const nationalCodeLists: CodeLists = {
  taskType: {
    '01': '行政许可',
    '02': '行政处罚',
    '03': '行政强制',
    '04': '行政征收',
    '05': '行政给付',
    '06': '行政检查',
    '07': '行政确认',
    '08': '行政奖励',
    '09': '行政裁决',
    '10': '其他行政权力',
    '20': '公共服务',
  },
  useLevel: {
    '1': '国家级',
    '2': '省级',
    '3': '市级',
    '4': '县级',
    '5': '镇（乡、街道）级',
    '6': '村（社区）级',
    '7': '分级管理',
  },
  deptType: { '1': '法定机关', '2': '授权组织', '3': '受委托组织', '9': '其他' },
  serverType: {
    '1': '自然人',
    '2': '企业法人',
    '3': '事业法人',
    '4': '社会组织法人',
    '5': '行政机关',
    '6': '其他组织',
  },
  handleForm: { '1': '窗口办理', '2': '网上办理', '3': '移动端办理', '4': '快递申请', '9': '其他' },
  projectType: { '1': '即办件', '2': '承诺件', '9': '其他' },
  onlineDepth: {
    I: '一级：网上提供办事指南、表格下载',
    II: '二级：网上预审',
    III: '三级：网上受理、办理，到现场核验领取结果',
    IV: '四级：全程网办',
  },
  handleArea: { '1': '全国通办', '2': '跨省通办', '3': '省内跨市通办', '4': '市内跨县通办' },
  resultType: { '1': '证照', '2': '批文', '3': '其他' },
  materialType: { '1': '证件证书证明', '2': '申请表格文书', '3': '其他' },
  materialFormat: { '1': '纸质', '2': '电子', '3': '纸质+电子' },
  materialSource: { '10': '申请人自备', '20': '政府部门核发', '99': '其他' },
  materialNeed: { '1': '必要', '2': '非必要', '3': '容缺后补' },
};

export function codeLabel(list: CodeList, code: string): string | undefined {
  return Object.hasOwn(list, code) ? list[code] : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Identifier formats
// ---------------------------------------------------------------------------------------------------

/** GB 32100-2015 code characters: digits and capitals without I, O, Z, S, V. Index = value. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * The check character of a 统一社会信用代码 from its first 17 characters (GB 32100-2015 section 5):
 * C18 = 31 - (sum of value(Ci) * Wi mod 31), where 31 becomes 0. Returns null if a character is not
 * a code character or the body is not 17 long.
 */
export function usccCheckChar(body17: string): string | null {
  if (body17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(body17.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET.charAt(check);
}

const USCC_SHAPE = /^[1-9A-GY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** A well-formed 统一社会信用代码 with the right check character. */
export function isValidUscc(code: string): boolean {
  return USCC_SHAPE.test(code) && usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/**
 * The check character of a 组织机构代码 (GB 11714-1997), the 主体标识码 at positions 9-17 of a USCC,
 * from its 8-character body: C9 = 11 - (sum mod 11), 10 -> X, 11 -> 0.
 */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export const CATALOG_CODE = /^[0-9A-Z]{12}$/;
export const TASK_CODE_LENGTH = 31;
/** 业务办理项编码 = 实施编码 + a 2- to 4-digit sequence. */
export const HANDLE_ITEM_CODE = /^[0-9A-Z]{31}\d{2,4}$/;
/** 办件编号 = 实施编码 (31) + yyyyMMdd + 4-digit sequence. */
export const CASE_NUMBER = /^([0-9A-Z]{31})(\d{4})(\d{2})(\d{2})(\d{4})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export interface TaskCodeParts {
  readonly deptCode: string;
  readonly levelDigit: string;
  readonly catalogCode: string;
}

/** Splits a 实施编码; null when it is not 31 characters of USCC + level digit + 基本编码. */
export function parseTaskCode(code: string): TaskCodeParts | null {
  if (code.length !== TASK_CODE_LENGTH) return null;
  const deptCode = code.slice(0, 18);
  const levelDigit = code.charAt(18);
  const catalogCode = code.slice(19);
  if (!isValidUscc(deptCode) || !/^[1-7]$/.test(levelDigit) || !CATALOG_CODE.test(catalogCode)) return null;
  return { deptCode, levelDigit, catalogCode };
}

export interface CaseNumberParts {
  readonly taskCode: string;
  /** yyyy-MM-dd */
  readonly date: string;
  readonly sequence: number;
}

/** Splits a 办件编号; null unless 实施编码 (valid) + a real date yyyyMMdd + 4 digits. */
export function parseCaseNumber(caseNumber: string): CaseNumberParts | null {
  const m = CASE_NUMBER.exec(caseNumber);
  if (!m) return null;
  const [, taskCode = '', y = '', mo = '', d = '', seq = ''] = m;
  if (!parseTaskCode(taskCode) || !isRealDate(Number(y), Number(mo), Number(d))) return null;
  return { taskCode, date: `${y}-${mo}-${d}`, sequence: Number(seq) };
}

/** Builds a 办件编号 from a 实施编码, a yyyy-MM-dd date and a sequence (0..9999). */
export function formatCaseNumber(taskCode: string, date: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 9999) {
    throw new RangeError(`case sequence ${sequence} is not 0..9999`);
  }
  return `${taskCode}${date.replaceAll('-', '')}${String(sequence).padStart(4, '0')}`;
}

export const usccSchema = z.string().refine(isValidUscc, { message: '不是有效的统一社会信用代码（格式或校验位错误）' });
export const catalogCodeSchema = z.string().regex(CATALOG_CODE, '基本编码应为12位数字或大写字母');
export const taskCodeSchema = z
  .string()
  .refine((c) => parseTaskCode(c) !== null, { message: '实施编码应为31位：统一社会信用代码 + 层级 + 12位基本编码' });
export const handleItemCodeSchema = z.string().regex(HANDLE_ITEM_CODE, '业务办理项编码应为实施编码加2至4位顺序码');
export const caseNumberSchema = z
  .string()
  .refine((c) => parseCaseNumber(c) !== null, { message: '办件编号应为实施编码 + yyyyMMdd + 4位顺序号' });
/** 6-digit 行政区划代码 (GB/T 2260). */
export const areaCodeSchema = z.string().regex(/^[1-9]\d{5}$/, '行政区划代码应为6位数字');
/** Hours and minutes, 24-hour clock. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:mm');
/** A phone number as printed on a guide: 12345, 0589-86012345, 400-xxx-xxxx. */
export const phoneSchema = z.string().regex(/^(\d{5}|\d{3,4}-\d{7,8}(-\d{1,5})?|400-\d{3}-\d{4}|1\d{10})$/, '电话号码格式不对');

// ---------------------------------------------------------------------------------------------------
// Schemas built from code lists
// ---------------------------------------------------------------------------------------------------

function codeIn(list: CodeList, what: string): z.ZodString {
  return z.string().refine((c) => Object.hasOwn(list, c), { message: `不是${what}代码表中的代码` });
}

const nonEmpty = z.string().trim().min(1);
const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const limitUnits = ['工作日', '自然日'] as const;

export function createCatalogueSchemas(lists: CodeLists = nationalCodeLists) {
  const timeLimitSchema = z.object({
    /** Number of days; 0 = 当场办结; null = no statutory limit (see note). */
    days: z.number().int().min(0).nullable(),
    unit: z.enum(limitUnits),
    note: z.string().nullable().default(null),
  });

  const legalBasisSchema = z.object({
    /** Title of the law, regulation or normative document, with its 书名号: 《…》. */
    name: z.string().regex(/^《.+》/, '依据名称应以《》书名号开头'),
    /** Articles relied on, e.g. "第十一条". Null when the whole document applies. */
    articles: z.string().nullable().default(null),
    /** 文号 of the document, e.g. "国务院令第764号". */
    docNumber: z.string().nullable().default(null),
  });

  const stepSchema = z.object({
    /** 受理, 审查, 决定, 制证, 送达 ... */
    name: nonEmpty,
    description: nonEmpty,
    /** Who does it: a post or unit. */
    role: nonEmpty,
    /** How long this step may take, as shown on the guide (e.g. "即时", "3个工作日"). */
    limit: nonEmpty,
  });

  const feeSchema = z.object({
    name: nonEmpty,
    /** Yuan. */
    amount: z.number().min(0),
    /** e.g. "元/证", "元/件". */
    unit: nonEmpty,
    /** The pricing document. */
    basis: nonEmpty,
    note: z.string().nullable().default(null),
  });

  const materialSchema = z
    .object({
      name: nonEmpty,
      materialType: codeIn(lists.materialType, '材料类型'),
      format: codeIn(lists.materialFormat, '材料形式'),
      source: codeIn(lists.materialSource, '来源渠道'),
      /** The issuing unit when the source is a government department. */
      sourceDept: z.string().nullable().default(null),
      need: codeIn(lists.materialNeed, '材料必要性'),
      originals: z.number().int().min(0),
      copies: z.number().int().min(0),
      paperSize: z.enum(['A4', 'A3', 'B5', '原件规格']).nullable(),
      /** 填报须知 */
      fillNotes: z.string().nullable().default(null),
      /** 空白表格: a form template reference. */
      blankForm: z.string().nullable().default(null),
      /** 示例样表 */
      sample: z.string().nullable().default(null),
      /** 受理标准 */
      acceptanceStandard: nonEmpty,
      /** Obtainable through data sharing (免提交): the window fetches it, the applicant need not bring it. */
      sharedExempt: z.boolean().default(false),
    })
    .superRefine((m, ctx) => {
      if (m.format !== '2' && m.originals + m.copies === 0) {
        ctx.addIssue({ code: 'custom', message: '纸质材料应至少提交原件或复印件一份', path: ['originals'] });
      }
      if (m.blankForm === null && m.sample !== null) {
        ctx.addIssue({ code: 'custom', message: '有示例样表而无空白表格', path: ['sample'] });
      }
    });

  const faqSchema = z.object({ question: nonEmpty, answer: nonEmpty });

  const resultSchema = z.object({
    name: nonEmpty,
    type: codeIn(lists.resultType, '审批结果类型'),
    /** Reference to a sample of the result (样本). */
    sample: z.string().nullable().default(null),
  });

  const parentSchema = z.object({
    /** For a 子项: the 主项's 基本编码. For a 业务办理项: the 实施编码 of the item it belongs to. */
    code: nonEmpty,
    name: nonEmpty,
  });

  const serviceItemSchema = z
    .object({
      /** The unique key: handleItemCode for a 业务办理项, taskCode otherwise. */
      id: nonEmpty,
      name: nonEmpty,
      /** Extra search words (aliases people type: "身份证", "换证"). */
      keywords: z.array(nonEmpty).default([]),
      /** 主项 (no 子项), 子项, or 业务办理项. */
      level: z.enum(['main', 'sub', 'handle']),
      parent: parentSchema.nullable(),
      catalogCode: catalogCodeSchema,
      taskCode: taskCodeSchema,
      handleItemCode: handleItemCodeSchema.nullable(),
      taskType: codeIn(lists.taskType, '事项类型'),
      useLevel: codeIn(lists.useLevel, '行使层级'),
      deptName: nonEmpty,
      deptCode: usccSchema,
      deptType: codeIn(lists.deptType, '实施主体性质'),
      serverType: z.array(codeIn(lists.serverType, '服务对象')).min(1),
      handleForms: z.array(codeIn(lists.handleForm, '办理形式')).min(1),
      acceptCondition: nonEmpty,
      legalBasis: z.array(legalBasisSchema).min(1),
      steps: z.array(stepSchema).min(1),
      legalLimit: timeLimitSchema,
      promiseLimit: timeLimitSchema,
      projectType: codeIn(lists.projectType, '办件类型'),
      isFee: z.boolean(),
      fees: z.array(feeSchema),
      address: nonEmpty,
      hours: nonEmpty,
      consultPhone: phoneSchema,
      supervisePhone: phoneSchema,
      visitsRequired: z.literal([0, 1, 2]),
      onlineDepth: codeIn(lists.onlineDepth, '网上办理深度'),
      isOnline: z.boolean(),
      onlineUrl: z.url({ protocol: /^https?$/ }).nullable(),
      bookable: z.boolean(),
      payOnline: z.boolean(),
      expressDelivery: z.boolean(),
      kioskHandled: z.boolean(),
      handleArea: codeIn(lists.handleArea, '通办范围').nullable(),
      faq: z.array(faqSchema),
      result: resultSchema,
      /** Theme (life event) codes. */
      themes: z.array(nonEmpty).default([]),
      materials: z.array(materialSchema),
    })
    .superRefine((item, ctx) => {
      const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
      const parts = parseTaskCode(item.taskCode);
      if (parts) {
        if (parts.deptCode !== item.deptCode) issue('实施编码前18位应为实施主体的统一社会信用代码', 'taskCode');
        if (parts.catalogCode !== item.catalogCode) issue('实施编码后12位应为基本编码', 'taskCode');
        if (parts.levelDigit !== item.useLevel) issue('实施编码第19位应为行使层级代码', 'taskCode');
      }
      if (item.level === 'handle') {
        if (item.handleItemCode === null) issue('业务办理项应有业务办理项编码', 'handleItemCode');
        else if (!item.handleItemCode.startsWith(item.taskCode)) issue('业务办理项编码应以实施编码开头', 'handleItemCode');
        if (item.parent === null || item.parent.code !== item.taskCode) {
          issue('业务办理项的上级应为其实施清单事项（同一实施编码）', 'parent');
        }
      } else if (item.handleItemCode !== null) {
        issue('只有业务办理项才有业务办理项编码', 'handleItemCode');
      }
      if (item.level === 'sub') {
        if (item.parent === null) issue('子项应有上级主项', 'parent');
        else if (item.parent.code !== `${item.catalogCode.slice(0, 9)}000` || item.catalogCode.endsWith('000')) {
          issue('子项的基本编码应与主项仅后3位（子项顺序码）不同', 'parent');
        }
      }
      if (item.level === 'main' && item.parent !== null) issue('主项没有上级', 'parent');
      const expectedId = item.handleItemCode ?? item.taskCode;
      if (item.id !== expectedId) issue('id 应为业务办理项编码，或（非业务办理项）实施编码', 'id');
      if (item.isFee !== item.fees.length > 0) issue('是否收费与收费项目不一致', 'fees');
      if (item.isOnline !== (item.onlineUrl !== null)) issue('网上办理应有网上办理地址，反之亦然', 'onlineUrl');
      if (!item.isOnline && (item.onlineDepth === 'III' || item.onlineDepth === 'IV')) {
        issue('不能网上办理的事项网上办理深度不应为三级以上', 'onlineDepth');
      }
      if (item.onlineDepth === 'IV' && item.visitsRequired !== 0) issue('全程网办事项到现场次数应为0', 'visitsRequired');
      if (item.payOnline && !item.isFee) issue('不收费事项不应支持网上支付', 'payOnline');
      if (item.projectType === '1' && item.promiseLimit.days !== 0) issue('即办件承诺时限应为0（当场办结）', 'promiseLimit');
      if (item.projectType === '2' && (item.promiseLimit.days ?? 0) === 0) issue('承诺件应有大于0的承诺时限', 'promiseLimit');
      const legal = item.legalLimit;
      const promise = item.promiseLimit;
      if (promise.days === null) issue('承诺时限必须明确', 'promiseLimit');
      if (legal.days !== null && promise.days !== null && legal.unit === promise.unit && promise.days > legal.days) {
        issue('承诺办结时限不应长于法定办结时限', 'promiseLimit');
      }
      if (legal.days === null && legal.note === null) issue('无法定时限时应在说明中写明', 'legalLimit');
      const names = new Set<string>();
      for (const m of item.materials) {
        if (names.has(m.name)) issue(`材料“${m.name}”重复`, 'materials');
        names.add(m.name);
      }
    });

  const departmentSchema = z.object({
    /** 统一社会信用代码 */
    code: usccSchema,
    name: nonEmpty,
    shortName: nonEmpty,
    deptType: codeIn(lists.deptType, '实施主体性质'),
    useLevel: codeIn(lists.useLevel, '行使层级'),
    areaCode: areaCodeSchema,
    address: nonEmpty,
    hours: nonEmpty,
    consultPhone: phoneSchema,
    supervisePhone: phoneSchema,
  });

  const themeSchema = z.object({
    code: z.string().regex(/^[a-z][a-z0-9-]*$/, '主题编码应为小写字母、数字和连字符'),
    name: nonEmpty,
    audience: z.enum(['person', 'enterprise']),
    description: nonEmpty,
    /** Ordered: the sequence in which a citizen usually handles them (一件事一次办). */
    itemIds: z.array(nonEmpty).min(1),
    sortOrder: z.number().int(),
  });

  return {
    timeLimitSchema,
    legalBasisSchema,
    stepSchema,
    feeSchema,
    materialSchema,
    faqSchema,
    resultSchema,
    serviceItemSchema,
    departmentSchema,
    themeSchema,
  };
}

export const catalogueSchemas = createCatalogueSchemas(nationalCodeLists);
export const {
  timeLimitSchema,
  legalBasisSchema,
  stepSchema,
  feeSchema,
  materialSchema,
  faqSchema,
  resultSchema,
  serviceItemSchema,
  departmentSchema,
  themeSchema,
} = catalogueSchemas;

export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type ServiceStep = z.infer<typeof stepSchema>;
export type FeeItem = z.infer<typeof feeSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type ServiceResult = z.infer<typeof resultSchema>;
export type ServiceItem = z.infer<typeof serviceItemSchema>;
/** What a producer writes (defaults not yet applied). */
export type ServiceItemInput = z.input<typeof serviceItemSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Theme = z.infer<typeof themeSchema>;

// ---------------------------------------------------------------------------------------------------
// Queue: business categories (业务类别), windows, staff (DOMAIN.md section 3)
// ---------------------------------------------------------------------------------------------------

const periodSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .refine((p) => minutes(p.from) < minutes(p.to), { message: '时段开始应早于结束' });

function ordered(periods: readonly { from: string; to: string }[]): boolean {
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1];
    const cur = periods[i];
    if (prev && cur && minutes(cur.from) < minutes(prev.to)) return false;
  }
  return true;
}

const schedulePartSchema = z.object({
  /** ISO weekdays: 1 = Monday .. 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  periods: z.array(periodSchema).min(1).refine(ordered, { message: '时段应按时间先后排列且不重叠' }),
});

/** Opening hours as a list of (weekdays, periods): Saturday mornings often differ from weekdays. */
export const openingHoursSchema = z
  .array(schedulePartSchema)
  .min(1)
  .refine(
    (parts) => {
      const days = parts.flatMap((p) => p.weekdays);
      return new Set(days).size === days.length;
    },
    { message: '同一星期几不应出现在两段办理时间中' },
  );
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const slotQuotaSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema, quota: z.number().int().min(0) })
  .refine((p) => minutes(p.from) < minutes(p.to), { message: '时段开始应早于结束' });
export type SlotQuota = z.infer<typeof slotQuotaSchema>;

/** Who jumps the queue, as data (configurable per hall). */
export const priorityRuleSchema = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: nonEmpty,
  /** How the claim is established: age read from the ID card, a certificate shown, the appointment system, an online application. */
  basis: z.enum(['age', 'certificate', 'appointment', 'onlineApplication']),
  /** For basis "age": the minimum age in full years. */
  minAge: z.number().int().min(1).nullable().default(null),
  /** Printed on the slip, e.g. "绿色通道", "预约". */
  mark: nonEmpty,
});
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

export const businessCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: nonEmpty,
    description: nonEmpty,
    /** Ticket prefix: 1-2 capital letters (A023). */
    prefix: z.string().regex(/^[A-Z]{1,2}$/),
    /** First and last number; the counter wraps from end back to start. Numbers print as 3 digits. */
    start: z.number().int().min(0).max(999),
    end: z.number().int().min(1).max(999),
    /** Tickets a day; null = unlimited. */
    dailyQuota: z.number().int().min(1).nullable(),
    slotQuotas: z.array(slotQuotaSchema).refine(ordered, { message: '时段应按时间先后排列且不重叠' }),
    hours: openingHoursSchema,
    /** Where it is served: floor and area, as printed on the slip. */
    area: nonEmpty,
    deptNames: z.array(nonEmpty).min(1),
    windowIds: z.array(nonEmpty).min(1),
    /** Mean service time in minutes, for wait estimates. */
    avgServiceMinutes: z.number().positive(),
    priorityRules: z.array(priorityRuleSchema),
    realName: z.object({
      /** Must the ID card be read to take a ticket? */
      required: z.boolean(),
      /** One unserved ticket per ID per category. */
      oneUnservedPerId: z.boolean(),
      /** Tickets one ID may take per day across all categories (null = no limit). */
      perPersonDailyLimit: z.number().int().min(1).nullable(),
    }),
    /** Service items handled under this category. */
    itemIds: z.array(nonEmpty),
    /** Shown when the day's or the slot's quota is used up. */
    exhaustedNotice: nonEmpty.default('排队号已取完，若窗口空闲可直接到窗口办理'),
    sortOrder: z.number().int(),
  })
  .superRefine((c, ctx) => {
    if (c.end < c.start) ctx.addIssue({ code: 'custom', message: '结束号不应小于起始号', path: ['end'] });
    const open = c.hours.flatMap((part) => part.periods);
    for (const [i, s] of c.slotQuotas.entries()) {
      const inside = open.some((p) => minutes(p.from) <= minutes(s.from) && minutes(s.to) <= minutes(p.to));
      if (!inside) ctx.addIssue({ code: 'custom', message: '分时段配额应在办理时间内', path: ['slotQuotas', i] });
    }
    if (c.dailyQuota !== null) {
      const sum = c.slotQuotas.reduce((n, s) => n + s.quota, 0);
      if (sum > c.dailyQuota) ctx.addIssue({ code: 'custom', message: '分时段配额之和超过每日总量', path: ['slotQuotas'] });
    }
    for (const [i, r] of c.priorityRules.entries()) {
      if ((r.basis === 'age') !== (r.minAge !== null)) {
        ctx.addIssue({ code: 'custom', message: '按年龄优先的规则应有最低年龄，其他规则不应有', path: ['priorityRules', i] });
      }
    }
  });
export type BusinessCategory = z.infer<typeof businessCategorySchema>;
export type BusinessCategoryInput = z.input<typeof businessCategorySchema>;

export const windowSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** As on the sign and in the call: "05" -> "请A023号到5号窗口". */
  number: z.string().regex(/^\d{1,3}$/),
  name: nonEmpty,
  area: nonEmpty,
  /** Categories served, the first one preferred when calling. */
  categoryIds: z.array(nonEmpty).min(1),
  /** The staff member on duty (null = closed). */
  staffId: z.string().nullable(),
});
export type Window = z.infer<typeof windowSchema>;

export const staffSchema = z.object({
  /** 工号 */
  id: z.string().regex(/^[A-Z]{2}\d{4}$/),
  name: nonEmpty,
  gender: z.enum(['男', '女']),
  deptName: nonEmpty,
  /** Post, e.g. 综合受理员, 首席代表. */
  position: nonEmpty,
  /** Shown on the window screen and the rating pad (星级服务). */
  stars: z.number().int().min(1).max(5),
});
export type Staff = z.infer<typeof staffSchema>;
