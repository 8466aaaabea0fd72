// Code lists printed on the card, as data: sex (GB/T 2261.1) and nation (GB 3304).
import type { NationCode, SexCode } from './types.ts';

export interface SexEntry {
  readonly code: SexCode;
  /** As printed on the card. */
  readonly name: string;
  readonly fullName: string;
}

export const sexTable: readonly SexEntry[] = [
  { code: '0', name: '未知', fullName: '未知的性别' },
  { code: '1', name: '男', fullName: '男性' },
  { code: '2', name: '女', fullName: '女性' },
  { code: '9', name: '未说明', fullName: '未说明的性别' },
];

export function isSexCode(s: string): s is SexCode {
  return sexTable.some((e) => e.code === s);
}

export function sexName(code: SexCode): string {
  return sexTable.find((e) => e.code === code)?.name ?? code;
}

export interface NationEntry {
  readonly code: NationCode;
  /** As printed on the card (民族 汉). */
  readonly name: string;
  /** As written in forms (汉族). */
  readonly fullName: string;
}

const nationNames = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜',
  '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳',
  '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;

export const nationTable: readonly NationEntry[] = [
  ...nationNames.map((name, i) => ({ code: String(i + 1).padStart(2, '0'), name, fullName: `${name}族` })),
  { code: '97', name: '其他', fullName: '其他' },
  { code: '98', name: '外国血统', fullName: '外国血统中国籍人士' },
];

const nationByCode = new Map(nationTable.map((e) => [e.code, e]));

export function isNationCode(s: string): boolean {
  return nationByCode.has(s);
}

export function nation(code: NationCode): NationEntry | undefined {
  return nationByCode.get(code);
}

/** The code of a nation by its printed name (汉 -> 01); undefined if not in GB 3304. */
export function nationCodeOf(name: string): NationCode | undefined {
  return nationTable.find((e) => e.name === name || e.fullName === name)?.code;
}
