// The codes of the service catalogue: the code lists of GB/T 39046-2020 Appendix A as DATA (provinces
// extend or rename them), and the checks of 统一社会信用代码, 基本编码, 实施编码 and 办件编号, with
// the small zod schemas built on them.
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
