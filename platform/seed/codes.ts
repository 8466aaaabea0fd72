// Builds the identifiers the catalogue uses, with the right check characters.
import { formatCaseNumber, orgCodeCheckChar, usccCheckChar } from '../../domain/catalogue.ts';
import { withCheckDigit } from '../../domain/id-number.ts';

/**
 * A 统一社会信用代码: 登记管理部门码 + 机构类别码 ("11" 机关, "12" 事业单位, "13" 群团, "91" 企业,
 * "92" 个体工商户),
 * the 6-digit division code, an 8-character 组织机构代码 body whose GB 11714 check character is
 * computed, then the GB 32100 check character.
 */
export function agencyUscc(kind: '11' | '12' | '13' | '91' | '92', areaCode: string, orgBody8: string): string {
  const orgCheck = orgCodeCheckChar(orgBody8);
  if (orgCheck === null) throw new Error(`organisation code body "${orgBody8}" is not 8 code characters`);
  const body17 = `${kind}${areaCode}${orgBody8}${orgCheck}`;
  const check = usccCheckChar(body17);
  if (check === null) throw new Error(`USCC body "${body17}" has a character outside GB 32100`);
  return body17 + check;
}

/**
 * 基本编码 as this seed lays it out: 2-digit 事项类型 + 4-digit 主管部门 domain + 3-digit 主项顺序码
 * + 3-digit 子项顺序码 ("000" for a 主项 without 子项). Provinces differ; the schema only checks the length.
 */
export function catalogCode(taskType: string, domain: string, main: number, sub: number): string {
  if (!/^\d{2}$/.test(taskType) || !/^\d{4}$/.test(domain)) throw new Error(`bad catalogue code parts ${taskType}/${domain}`);
  if (main < 1 || main > 999 || sub < 0 || sub > 999) throw new Error(`bad sequence ${main}/${sub}`);
  return `${taskType}${domain}${String(main).padStart(3, '0')}${String(sub).padStart(3, '0')}`;
}

/** 实施编码 = USCC + 行使层级 digit + 基本编码. */
export function taskCode(deptCode: string, useLevel: string, catalog: string): string {
  return `${deptCode}${useLevel}${catalog}`;
}

/** 业务办理项编码 = 实施编码 + 2-digit sequence. */
export function handleItemCode(task: string, seq: number): string {
  if (seq < 1 || seq > 99) throw new Error(`handle item sequence ${seq} is not 1..99`);
  return `${task}${String(seq).padStart(2, '0')}`;
}

export { formatCaseNumber };

/** A 公民身份号码 (GB 11643) with the right check digit, from its 17-digit body. */
export function idNumber(body17: string): string {
  const id = withCheckDigit(body17);
  if (!id.ok) throw new Error(`ID body "${body17}" is not 17 digits`);
  return id.value;
}
