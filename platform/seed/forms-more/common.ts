// The building blocks of the seed's application forms: one builder per field type and the field groups
// that recur on paper forms (the applicant as the ID card has them, a company with its 统一社会信用代码,
// the 经办人 who comes to the hall, a 委托代理人 section filled only when someone else applies).
// Every builder's field is required unless `opt()` wraps it; examples (示范文本) are one fictional
// family and one fictional company of 澄州市澜溪区, so samples read as one coherent case.
import type { FormDefinition } from '../../../domain/forms.ts';
import { agencyUscc, idNumber } from '../codes.ts';
import { form, type FieldIn, type RuleIn, type SectionIn } from '../form-kit.ts';

export type { FieldIn, RuleIn, SectionIn };
type Extra = Partial<Omit<FieldIn, 'id' | 'label' | 'type' | 'example'>>;

/** The fictional people and company the examples speak of. */
export const ex = {
  name: '张明',
  birth: '1985-03-15',
  id: idNumber('33910219850315231'),
  phone: '13905710000',
  address: '浙江省澄州市澜溪区文昌路18号3幢201室',
  spouse: '李芳',
  spouseId: idNumber('33910219870620242'),
  spousePhone: '13805710001',
  child: '张小雨',
  childId: idNumber('33910220180908002'),
  agent: '王丽',
  agentId: idNumber('33910219920417302'),
  agentPhone: '13905710002',
  company: '澄州市澜溪区明远科技有限公司',
  uscc: agencyUscc('91', '339102', 'MA2H7K3P'),
  companyAddress: '浙江省澄州市澜溪区望江路66号2幢501室',
  companyPhone: '0589-86123456',
  bankName: '中国工商银行澄州澜溪支行',
  bankAccount: '6222021234567890123',
} as const;

// --- one builder per field type (required unless wrapped in opt) ------------------------------------

export const text = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'text', required: true, maxLength: 50, example, ...o });
export const area = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'textarea', required: true, maxLength: 500, example, ...o });
export const num = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'number', required: true, min: 0, example, ...o });
export const date = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'date', required: true, example, ...o });
export const idn = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'idNumber', required: true, example, ...o });
export const phone = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'phone', required: true, example, ...o });
export const addr = (id: string, label: string, example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'address', required: true, maxLength: 100, example, ...o });
/** A tick box (勾选); its example is ticked unless `example: 'false'` (an optional box usually left empty). */
export const check = (id: string, label: string, o: Extra & { example?: 'true' | 'false' } = {}): FieldIn => ({ id, label, type: 'checkbox', required: true, example: 'true', ...o });
export const sign = (id: string, label: string): FieldIn => ({ id, label, type: 'signature', required: true, example: '（本人手写签名）' });
/** A choice whose options are their own labels (the paper form's tick boxes). */
export const choice = (id: string, label: string, options: readonly string[], example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'choice', required: true, options: options.map((v) => ({ value: v, label: v })), example, ...o });
export const multi = (id: string, label: string, options: readonly string[], example: string, o: Extra = {}): FieldIn => ({ id, label, type: 'multiChoice', required: true, options: options.map((v) => ({ value: v, label: v })), example, ...o });
export const opt = (f: FieldIn): FieldIn => ({ ...f, required: false });
export const half = (f: FieldIn): FieldIn => ({ ...f, print: { span: 'half' } });
/** Shown and required only when `field` is `is` (选择“其他”时填写). */
export const when = (field: string, is: string | boolean | string[], f: FieldIn): FieldIn => ({ ...f, required: false, showWhen: { field, is }, requiredWhen: { field, is } });

export const money = (id: string, label: string, example: string, o: Extra = {}): FieldIn => num(id, label, example, { unit: '元', decimals: 2, max: 100_000_000, ...o });
export const wan = (id: string, label: string, example: string, o: Extra = {}): FieldIn => num(id, label, example, { unit: '万元', decimals: 4, max: 10_000_000, ...o });
export const sqm = (id: string, label: string, example: string, o: Extra = {}): FieldIn => num(id, label, example, { unit: '平方米', decimals: 2, max: 10_000_000, ...o });

export const USCC_PATTERN = '[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}';
const USCC_MESSAGE = '统一社会信用代码为18位，由数字和大写字母组成（不用I、O、S、V、Z），见营业执照';
export const uscc = (id: string, label = '统一社会信用代码', example: string = ex.uscc, o: Extra = {}): FieldIn => ({
  id,
  label,
  type: 'text',
  required: true,
  pattern: USCC_PATTERN,
  patternMessage: USCC_MESSAGE,
  help: '营业执照或登记证书上的18位代码',
  example,
  ...o,
});
const SEXES = ['男', '女'] as const;
export const bankCard = (id: string, label = '收款银行账号', o: Extra = {}): FieldIn => text(id, label, ex.bankAccount, { pattern: '\\d{12,25}', patternMessage: '银行账号为12至25位数字', ...o });

// --- recurring groups --------------------------------------------------------------------------------

/**
 * The applicant as the ID card has them (pre-filled when the card is read) and how to reach them.
 * `address: false` leaves the address out; a string relabels it (户籍地址, 现住址...).
 */
export function applicant(o: { birth?: boolean; nation?: boolean; address?: string | false } = {}): FieldIn[] {
  const fields: FieldIn[] = [
    half(text('name', '姓名', ex.name, { maxLength: 30, prefillFrom: 'name' })),
    half(choice('sex', '性别', SEXES, '男', { prefillFrom: 'sex' })),
  ];
  if (o.nation) fields.push(half(text('nation', '民族', '汉', { maxLength: 10, prefillFrom: 'nation' })));
  if (o.birth) fields.push(half(date('birthDate', '出生日期', ex.birth, { prefillFrom: 'birthDate', dateBound: 'notFuture' })));
  fields.push(idn('idNumber', '公民身份号码', ex.id, { prefillFrom: 'idNumber' }));
  fields.push(phone('phone', '联系电话', ex.phone));
  if (o.address !== false) fields.push(addr('address', o.address ?? '户籍地址', ex.address, { prefillFrom: 'address' }));
  return fields;
}

/** The rule that the applicant's sex (and birth date, when asked) agree with the ID number. */
export function applicantAgrees(birth = false): RuleIn {
  return { kind: 'idNumberAgrees', idNumber: 'idNumber', sex: 'sex', ...(birth ? { birthDate: 'birthDate' } : {}), message: '与公民身份号码不一致，请核对' };
}

/** Someone other than the card holder (spouse, child, guardian): name, ID number, optionally phone. */
export function other(prefix: string, who: string, name: string, id: string, o: { phone?: string; relation?: string } = {}): FieldIn[] {
  const fields = [half(text(`${prefix}Name`, `${who}姓名`, name, { maxLength: 30 })), idn(`${prefix}IdNumber`, `${who}公民身份号码`, id)];
  if (o.relation) fields.splice(1, 0, half(text(`${prefix}Relation`, `与申请人关系`, o.relation, { maxLength: 10 })));
  if (o.phone) fields.push(phone(`${prefix}Phone`, `${who}联系电话`, o.phone));
  return fields;
}

/** A child or student (not the card holder): name and sex side by side, then the ID number unless `id: false`. */
export function minor(prefix: string, who: string, o: { id?: boolean } = {}): FieldIn[] {
  const fields = [half(text(`${prefix}Name`, `${who}姓名`, ex.child, { maxLength: 30 })), half(choice(`${prefix}Sex`, '性别', SEXES, '女'))];
  return o.id === false ? fields : [...fields, idn(`${prefix}IdNumber`, `${who}公民身份号码`, ex.childId)];
}

/** A company or other organisation: name, 统一社会信用代码, 住所, 法定代表人 (or 负责人), phone. */
export function company(o: { name?: string; rep?: string; address?: string; example?: string } = {}): FieldIn[] {
  return [
    text('unitName', o.name ?? '单位名称', o.example ?? ex.company, { maxLength: 100, help: '与营业执照（登记证书）上的名称一致' }),
    uscc('uscc'),
    addr('unitAddress', o.address ?? '住所（经营场所）', ex.companyAddress),
    half(text('legalRep', o.rep ?? '法定代表人', ex.name, { maxLength: 30 })),
    half(phone('unitPhone', '单位联系电话', ex.companyPhone)),
  ];
}

/** 经办人: the person at the kiosk doing it for the organisation (their card fills it). */
export function agentSection(title = '经办人'): SectionIn {
  return {
    title,
    help: '经办人持本人居民身份证办理；非法定代表人本人办理的，另交授权委托书',
    fields: [
      half(text('agentName', '经办人姓名', ex.agent, { maxLength: 30, prefillFrom: 'name' })),
      half(phone('agentPhone', '经办人手机', ex.agentPhone, { pattern: '1[3-9]\\d{9}', patternMessage: '请填写11位手机号码，用于接收办理进度短信' })),
      idn('agentIdNumber', '经办人公民身份号码', ex.agentId, { prefillFrom: 'idNumber' }),
    ],
  };
}

/** 委托代理人: a section filled only when someone else applies for the citizen. */
export function proxySection(): SectionIn {
  const by = (f: FieldIn): FieldIn => when('byProxy', true, f);
  return {
    title: '委托代理人（代办时填写）',
    help: '本人办理的不填；委托他人办理的，另交授权委托书和代理人身份证',
    fields: [
      opt(check('byProxy', '由他人代为办理', { example: 'false' })),
      by(half(text('proxyName', '代理人姓名', ex.agent, { maxLength: 30 }))),
      by(half(phone('proxyPhone', '代理人联系电话', ex.agentPhone))),
      by(idn('proxyIdNumber', '代理人公民身份号码', ex.agentId)),
    ],
  };
}

export const PERSON_DECLARATION = '本人承诺以上所填内容及所交材料真实、有效，如有虚假，愿承担相应法律责任。';
export const UNIT_DECLARATION = '本单位承诺以上所填内容及所交材料真实、合法、有效，如有虚假，愿承担相应法律责任。';
export const UNIT_SIGNERS = ['法定代表人（负责人）签字', '单位（盖章）'];

export interface FormOpts {
  intro?: string;
  rules?: RuleIn[];
  signers?: string[];
  declaration?: string;
  /** An organisation's form: the unit's declaration and signers unless told otherwise. */
  unit?: boolean;
}

/** A seed form, checked when the module loads: a broken form is a bug in its area file. */
export function defineForm(itemKey: string, id: string, title: string, sections: SectionIn[], o: FormOpts = {}): FormDefinition {
  return form(itemKey, id, title, sections, {
    ...(o.intro ? { intro: o.intro } : {}),
    rules: o.rules ?? [],
    print: {
      declaration: o.declaration ?? (o.unit ? UNIT_DECLARATION : PERSON_DECLARATION),
      signers: o.signers ?? (o.unit ? UNIT_SIGNERS : ['申请人']),
      materials: true,
    },
  });
}
