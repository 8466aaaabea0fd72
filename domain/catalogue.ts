// The service catalogue (政务服务事项目录) as data the screen and the core share: service items with
// their guides, departments, themes. Field names follow GB/T 39046-2020 and the exchange columns of
// the national platform (shared/DOMAIN.md section 2). The schemas are built from a CodeLists value
// (createCatalogueSchemas), the national lists being only the default. Codes: catalogue-codes.ts;
// the hall's queue set-up: queue-setup.ts (both re-exported here).
import { z } from 'zod';
import {
  areaCodeSchema,
  catalogCodeSchema,
  handleItemCodeSchema,
  nationalCodeLists,
  parseTaskCode,
  phoneSchema,
  taskCodeSchema,
  usccSchema,
  type CodeList,
  type CodeLists,
} from './catalogue-codes.ts';

/**
 * Who a theme or a search filter is for: natural persons (个人办事, 服务对象 1) or organisations and
 * enterprises (法人办事, 服务对象 2, 3, 4, 6). One name for both, everywhere.
 */
export const audienceSchema = z.enum(['person', 'enterprise']);
export type Audience = z.infer<typeof audienceSchema>;

export * from './catalogue-codes.ts';
export * from './queue-setup.ts';

// ---------------------------------------------------------------------------------------------------
// Schemas built from code lists
// ---------------------------------------------------------------------------------------------------

function codeIn(list: CodeList, what: string): z.ZodString {
  return z.string().refine((c) => Object.hasOwn(list, c), { message: `不是${what}代码表中的代码` });
}

const nonEmpty = z.string().trim().min(1);

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
    audience: audienceSchema,
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
export type DepartmentInput = z.input<typeof departmentSchema>;
export type ThemeInput = z.input<typeof themeSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Theme = z.infer<typeof themeSchema>;
