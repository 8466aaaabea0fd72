// Building blocks of the seed forms (forms.ts and forms-more/): the checked `form()` maker, the
// applicant's ID-card fields, and the sample people whose details fill the examples (示范文本).
// Every sample ID number here has a correct GB 11643 check character and agrees with the sample's
// birth date and sex, so the forms' idNumberAgrees rules hold for their own examples.
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '../../domain/forms.ts';
import { itemIdByKey } from './data.ts';

export type FieldIn = FormDefinitionInput['sections'][number]['fields'][number];
export type SectionIn = FormDefinitionInput['sections'][number];
export type RuleIn = NonNullable<FormDefinitionInput['rules']>[number];
export type FormExtras = Pick<FormDefinitionInput, 'intro' | 'rules' | 'print'>;

/** A person in the examples (invented; the region 339102 is the seed's fictional 澜溪区). */
export interface SamplePerson {
  readonly name: string;
  readonly sex: '男' | '女';
  readonly nation: string;
  readonly birthDate: string;
  readonly idNumber: string;
  readonly address: string;
  readonly phone: string;
}

export const zhangMing: SamplePerson = {
  name: '张明', sex: '男', nation: '汉', birthDate: '1985-03-15', idNumber: '339102198503152313',
  address: '浙江省澄州市澜溪区文昌路18号3幢201室', phone: '13905710000',
};
export const liFang: SamplePerson = {
  name: '李芳', sex: '女', nation: '汉', birthDate: '1987-06-20', idNumber: '339102198706202421',
  address: '浙江省澄州市澜溪区望江路66号5幢302室', phone: '13805710001',
};
export const wangQiang: SamplePerson = {
  name: '王强', sex: '男', nation: '汉', birthDate: '1979-08-12', idNumber: '339102197908121510',
  address: '浙江省澄州市澜溪区湖滨路9号1单元601室', phone: '13705710002',
};

/** Options whose values are their own words (男, 女; 未婚, 离婚...). */
export function opts(...words: string[]): { value: string; label: string }[] {
  return words.map((w) => ({ value: w, label: w }));
}

export const SEX_OPTIONS = opts('男', '女');
export const MARITAL_OPTIONS = opts('未婚', '已婚', '离婚', '丧偶');
export const EDUCATION_OPTIONS = opts('小学及以下', '初中', '高中或中专', '大专', '大学本科', '研究生');

/** A field id under a prefix: ('agent', 'idNumber') → agentIdNumber; no prefix: the key itself. */
export function prefixed(prefix: string | undefined, key: string): string {
  return prefix ? `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}` : key;
}

type PersonPart = 'sex' | 'nation' | 'birthDate' | 'idNumber' | 'address' | 'phone';

/**
 * The usual person block of a paper form: 姓名 then the parts asked, in the paper's order. `prefix`
 * names the fields (agent → agentName, agentIdNumber...) and `label` starts their labels (受托人姓名);
 * `fromCard` pre-fills them from the ID card on the reader (only the person at the kiosk: one block a form).
 */
export function person(o: {
  readonly who: SamplePerson;
  readonly parts: readonly PersonPart[];
  readonly prefix?: string;
  readonly label?: string;
  readonly fromCard?: boolean;
  readonly required?: boolean;
  readonly addressLabel?: string;
  readonly addressHelp?: string;
  readonly requiredWhen?: FieldIn['requiredWhen'];
  readonly showWhen?: FieldIn['showWhen'];
}): FieldIn[] {
  const id = (key: string): string => prefixed(o.prefix, key);
  const label = (text: string): string => `${o.label ?? ''}${text}`;
  const card = <K extends 'name' | 'sex' | 'nation' | 'birthDate' | 'idNumber' | 'address'>(k: K): { prefillFrom?: K } => (o.fromCard ? { prefillFrom: k } : {});
  const common = { required: o.required ?? true, ...(o.requiredWhen ? { requiredWhen: o.requiredWhen, required: false } : {}), ...(o.showWhen ? { showWhen: o.showWhen } : {}) };
  const out: FieldIn[] = [{ id: id('name'), label: label('姓名'), type: 'text', ...common, maxLength: 30, ...card('name'), example: o.who.name, help: '与身份证件上的姓名一致', print: { span: 'half' } }];
  for (const part of o.parts) {
    switch (part) {
      case 'sex':
        out.push({ id: id('sex'), label: label('性别'), type: 'choice', ...common, options: SEX_OPTIONS, ...card('sex'), example: o.who.sex, print: { span: 'half' } });
        break;
      case 'nation':
        out.push({ id: id('nation'), label: label('民族'), type: 'text', ...common, maxLength: 12, ...card('nation'), example: o.who.nation, help: '按身份证填写，如“汉”“回”“维吾尔”', print: { span: 'half' } });
        break;
      case 'birthDate':
        out.push({ id: id('birthDate'), label: label('出生日期'), type: 'date', ...common, dateBound: 'notFuture', ...card('birthDate'), example: o.who.birthDate, print: { span: 'half' } });
        break;
      case 'idNumber':
        out.push({ id: id('idNumber'), label: label('公民身份号码'), type: 'idNumber', ...common, ...card('idNumber'), example: o.who.idNumber, help: '18位居民身份证号码，最后一位是X的请填写X' });
        break;
      case 'address':
        out.push({
          id: id('address'),
          label: label(o.addressLabel ?? '户籍地址'),
          type: 'address',
          ...common,
          maxLength: 80,
          ...card('address'),
          example: o.who.address,
          ...(o.addressHelp ? { help: o.addressHelp } : {}),
        });
        break;
      case 'phone':
        out.push({ id: id('phone'), label: label('联系电话'), type: 'phone', ...common, example: o.who.phone, help: '手机号码，或带区号的固定电话', print: { span: 'half' } });
        break;
    }
  }
  return out;
}

/** The birth date and sex agree with the ID number (the fields `person()` makes with this prefix). */
export function agrees(prefix = '', parts: { birthDate?: boolean; sex?: boolean } = { birthDate: true, sex: true }): RuleIn {
  const id = (key: string): string => prefixed(prefix, key);
  return {
    kind: 'idNumberAgrees',
    idNumber: id('idNumber'),
    ...(parts.birthDate ? { birthDate: id('birthDate') } : {}),
    ...(parts.sex ? { sex: id('sex') } : {}),
    message: '与公民身份号码不一致，请核对出生日期、性别和号码',
  };
}

/** A bank account to be paid into (本人一类账户). */
export function bankAccount(o: { readonly showWhen?: FieldIn['showWhen']; readonly label?: string } = {}): FieldIn[] {
  const cond = o.showWhen ? { showWhen: o.showWhen, requiredWhen: o.showWhen } : { required: true };
  return [
    { id: 'bankName', label: '开户银行', type: 'text', ...cond, maxLength: 40, example: '中国工商银行澄州澜溪支行', help: '写到支行', print: { span: 'half' } },
    {
      id: 'bankAccount',
      label: o.label ?? '银行账号（本人账户）',
      type: 'text',
      ...cond,
      pattern: '\\d{12,19}',
      patternMessage: '银行账号为12至19位数字，不要空格',
      example: '6222021234567890123',
      help: '申请人本人名下的银行卡或社会保障卡金融账户',
    },
  ];
}

/** Checked when the module loads: a broken seed form is a bug in the file that writes it. */
export function form(key: string, id: string, title: string, sections: readonly SectionIn[], extras: FormExtras = {}): FormDefinition {
  return formDefinitionSchema.parse({ id, itemId: itemIdByKey(key), title, version: 1, sections, ...extras });
}
