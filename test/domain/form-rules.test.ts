import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput, type FormValues, type SignatureValue } from '../../domain/forms.ts';
import {
  allFields,
  exampleValues,
  isFilled,
  isRequired,
  isShown,
  prefillValues,
  shownValues,
  validateForm,
  validateSection,
  type FieldProblem,
  type FieldProblemCode,
} from '../../domain/form-rules.ts';
import { checkDigit } from '../../domain/id-number.ts';

const TODAY = '2026-12-07';
type SectionIn = FormDefinitionInput['sections'][number];
type FieldIn = SectionIn['fields'][number];

function define(fields: FieldIn[], extra: Partial<FormDefinitionInput> = {}): FormDefinition {
  return formDefinitionSchema.parse({ id: 'test-form', itemId: 'item-1', title: '测试表', version: 1, sections: [{ title: '一', fields }], ...extra });
}

/** An ID number with a correct check character, from its first 17 digits. */
function idn(first17: string): string {
  return first17 + checkDigit(first17)!;
}
const MAN_1985 = idn('33910219850315231'); // digit 17 = 1: male, born 1985-03-15
const WOMAN_1990 = idn('11010519900307122'); // digit 17 = 2: female, born 1990-03-07
const SIGNATURE: SignatureValue = { width: 400, height: 200, strokes: [[[10, 10], [50, 60]]] };

const codes = (ps: readonly FieldProblem[]): string[] => ps.map((p) => `${p.field}:${p.code}`);

/** One field of each type, each with its limits; only `name` required. */
const everyType = define([
  { id: 'name', label: '姓名', type: 'text', required: true, minLength: 2, maxLength: 4, example: '张明' },
  { id: 'code', label: '代码', type: 'text', pattern: '[A-Z]{2}\\d{2}', patternMessage: '两个大写字母加两位数字', example: 'AB12' },
  { id: 'story', label: '经过', type: 'textarea', minLength: 5, maxLength: 10, example: '一二三四五' },
  { id: 'amount', label: '金额', type: 'number', min: 1, max: 100, decimals: 2, example: '12.5' },
  { id: 'count', label: '人数', type: 'number', min: 0, max: 9, example: '3' },
  { id: 'born', label: '出生日期', type: 'date', dateBound: 'notFuture', example: '1985-03-15' },
  { id: 'until', label: '有效期至', type: 'date', dateBound: 'notPast', example: '2030-01-01' },
  { id: 'any', label: '日期', type: 'date', example: '2030-01-01' },
  { id: 'kind', label: '类别', type: 'choice', options: [{ value: 'a', label: '甲' }, { value: 'b', label: '乙' }], example: 'a' },
  { id: 'kinds', label: '多选', type: 'multiChoice', options: [{ value: 'x', label: '戊' }, { value: 'y', label: '己' }], example: 'x,y' },
  { id: 'agree', label: '同意', type: 'checkbox', example: 'true' },
  { id: 'idNumber', label: '公民身份号码', type: 'idNumber', example: MAN_1985 },
  { id: 'phone', label: '电话', type: 'phone', example: '13905710000' },
  { id: 'home', label: '住址', type: 'address', maxLength: 20, example: '浙江省澄州市文昌路18号' },
  { id: 'sign', label: '签名', type: 'signature', example: '（签名）' },
]);

describe('validateForm: each field problem', () => {
  const one = (values: FormValues): string[] => codes(validateForm(everyType, { name: '张明', ...values }, TODAY));

  it('accepts the bare minimum and reports a missing required field', () => {
    expect(one({})).toEqual([]);
    expect(codes(validateForm(everyType, {}, TODAY))).toEqual(['name:required']);
    expect(codes(validateForm(everyType, { name: '   ' }, TODAY))).toEqual(['name:required']);
  });

  const cases: [string, FormValues, string, number?][] = [
    ['tooShort', { name: '张' }, 'name:tooShort', 2],
    ['tooLong', { name: '张明明明明' }, 'name:tooLong', 4],
    ['tooShort textarea', { story: '一二三' }, 'story:tooShort', 5],
    ['tooLong textarea (characters, not UTF-16 units)', { story: '𠀀'.repeat(11) }, 'story:tooLong', 10],
    ['pattern', { code: 'ab12' }, 'code:pattern'],
    ['notNumber (letters)', { amount: '12元' }, 'amount:notNumber'],
    ['notNumber (exponent)', { amount: '1e2' }, 'amount:notNumber'],
    ['tooSmall', { amount: '0.5' }, 'amount:tooSmall', 1],
    ['tooLarge', { amount: '100.01' }, 'amount:tooLarge', 100],
    ['tooManyDecimals', { amount: '1.234' }, 'amount:tooManyDecimals', 2],
    ['whole numbers only', { count: '1.5' }, 'count:tooManyDecimals', 0],
    ['notDate (shape)', { any: '2026/12/07' }, 'any:notDate'],
    ['notDate (no such day)', { any: '2026-02-30' }, 'any:notDate'],
    ['dateInFuture', { born: '2026-12-08' }, 'born:dateInFuture'],
    ['dateInPast', { until: '2026-12-06' }, 'until:dateInPast'],
    ['notAnOption (choice)', { kind: 'c' }, 'kind:notAnOption'],
    ['notAnOption (a label is not a value)', { kind: '甲' }, 'kind:notAnOption'],
    ['notAnOption (multiChoice)', { kinds: ['x', 'z'] }, 'kinds:notAnOption'],
    ['idNumberInvalid (check character)', { idNumber: MAN_1985.slice(0, 17) + (MAN_1985[17] === '0' ? '1' : '0') }, 'idNumber:idNumberInvalid'],
    ['idNumberInvalid (length)', { idNumber: MAN_1985.slice(0, 17) }, 'idNumber:idNumberInvalid'],
    ['phoneInvalid', { phone: '1230571000' }, 'phone:phoneInvalid'],
    ['phoneInvalid (12 digits)', { phone: '139057100001' }, 'phone:phoneInvalid'],
    ['addressIncomplete (typed, too short)', { home: { regionCode: null, regionName: '', detail: '文昌路' } }, 'home:addressIncomplete'],
    ['addressIncomplete (region but no street)', { home: { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: ' ' } }, 'home:addressIncomplete'],
    ['tooLong address (region and detail together)', { home: { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: '文三路二百五十九号一幢一单元' } }, 'home:tooLong', 20],
    ['wrongType: text given a boolean', { code: true }, 'code:wrongType'],
    ['wrongType: choice given a list', { kind: ['a'] }, 'kind:wrongType'],
    ['wrongType: multiChoice given a string', { kinds: 'x' }, 'kinds:wrongType'],
    ['wrongType: checkbox given "true"', { agree: 'true' }, 'agree:wrongType'],
    ['wrongType: address given a string', { home: '浙江省澄州市文昌路18号' }, 'home:wrongType'],
    ['wrongType: signature given an address', { sign: { regionCode: null, regionName: '', detail: '张明张明张明' } }, 'sign:wrongType'],
    ['wrongType: text given a signature', { code: SIGNATURE }, 'code:wrongType'],
  ];
  it.each(cases)('%s', (_name, values, expected, limit) => {
    const problems = validateForm(everyType, { name: '张明', ...values }, TODAY);
    expect(codes(problems)).toEqual([expected]);
    if (limit !== undefined) expect(problems[0]!.limit).toBe(limit);
    else expect(problems[0]).not.toHaveProperty('limit');
  });

  it("gives the pattern's own words, and none for the other problems", () => {
    const [p] = validateForm(everyType, { name: '张明', code: 'zz' }, TODAY);
    expect(p).toEqual({ field: 'code', code: 'pattern', message: '两个大写字母加两位数字' });
    expect(validateForm(everyType, { name: '张' }, TODAY)[0]!.message).toBeNull();
  });

  it('accepts what is right at the limits', () => {
    expect(one({ amount: '1', count: '9', born: TODAY, until: TODAY, story: '一二三四五六七八九十', code: 'AB12' })).toEqual([]);
    expect(one({ amount: '100.00', idNumber: ` ${WOMAN_1990.toLowerCase()} `, phone: '0571-88886666' })).toEqual([]);
    expect(one({ phone: '057188886666', home: { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: '文三路1号' } })).toEqual([]);
    expect(one({ phone: '139 0571 0000', kinds: ['y'], agree: true, sign: SIGNATURE, amount: '50' })).toEqual([]);
  });

  it('an x at the end of an ID number counts as X', () => {
    const withX = ['11010519491231002'].map((d) => d + checkDigit(d)!)[0]!;
    expect(withX.endsWith('X')).toBe(true);
    expect(one({ idNumber: withX.toLowerCase() })).toEqual([]);
  });

  it('names values for fields the form does not have', () => {
    expect(codes(validateForm(everyType, { name: '张明', nickname: '小明' }, TODAY))).toEqual(['nickname:unknownField']);
  });

  it('a required checkbox must be ticked (false is not filled)', () => {
    const f = define([{ id: 'agree', label: '本人承诺', type: 'checkbox', required: true, example: 'true' }]);
    expect(codes(validateForm(f, { agree: false }, TODAY))).toEqual(['agree:required']);
    expect(codes(validateForm(f, {}, TODAY))).toEqual(['agree:required']);
    expect(validateForm(f, { agree: true }, TODAY)).toEqual([]);
  });

  it('a required multiChoice needs one option, a required address something typed or picked, a required signature a stroke', () => {
    const f = define([
      { id: 'kinds', label: '多选', type: 'multiChoice', required: true, options: [{ value: 'x', label: '戊' }], example: 'x' },
      { id: 'home', label: '住址', type: 'address', required: true, example: '浙江省澄州市文昌路18号' },
      { id: 'sign', label: '签名', type: 'signature', required: true, example: '（签名）' },
    ]);
    expect(codes(validateForm(f, { kinds: [], home: { regionCode: null, regionName: '', detail: '  ' } }, TODAY))).toEqual(['kinds:required', 'home:required', 'sign:required']);
    expect(validateForm(f, { kinds: ['x'], home: { regionCode: null, regionName: '', detail: '浙江省澄州市文昌路18号' }, sign: SIGNATURE }, TODAY)).toEqual([]);
  });

  it('every problem code is reachable (the list above covers the type)', () => {
    const all: Record<FieldProblemCode, true> = {
      required: true, tooShort: true, tooLong: true, pattern: true, notNumber: true, tooSmall: true, tooLarge: true, tooManyDecimals: true,
      notDate: true, dateInFuture: true, dateInPast: true, notAnOption: true, idNumberInvalid: true, phoneInvalid: true,
      addressIncomplete: true, wrongType: true, unknownField: true, rule: true,
    };
    const seen = new Set(cases.map(([, , e]) => e.split(':')[1]).concat(['required', 'unknownField', 'rule']));
    expect([...seen].sort()).toEqual(Object.keys(all).sort());
  });
});

describe('conditions: showWhen and requiredWhen', () => {
  const delivery = define([
    { id: 'method', label: '领取方式', type: 'choice', required: true, options: [{ value: 'window', label: '窗口领取' }, { value: 'express', label: '邮寄' }], example: 'window' },
    { id: 'address', label: '邮寄地址', type: 'address', requiredWhen: { field: 'method', is: 'express' }, showWhen: { field: 'method', is: 'express' }, example: '浙江省澄州市文昌路18号' },
    { id: 'floor', label: '楼层说明', type: 'text', maxLength: 5, showWhen: { field: 'address', is: 'never' }, example: '三楼' },
    { id: 'agent', label: '由他人代办', type: 'checkbox', example: 'false' },
    { id: 'agentName', label: '代办人姓名', type: 'text', requiredWhen: { field: 'agent', is: true }, example: '李芳' },
    { id: 'selfNote', label: '本人办理说明', type: 'text', showWhen: { field: 'agent', is: false }, example: '本人' },
    { id: 'tags', label: '材料', type: 'multiChoice', options: [{ value: 'photo', label: '照片' }, { value: 'hukou', label: '户口簿' }], example: 'photo' },
    { id: 'hukouNo', label: '户号', type: 'text', showWhen: { field: 'tags', is: ['hukou', 'other'] }, required: true, example: '001' },
  ]);
  const field = (id: string) => allFields(delivery).find((f) => f.id === id)!;
  const addr = { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: '文三路1号' };

  it('a hidden field is neither checked nor required, and its value is dropped', () => {
    const values: FormValues = { method: 'window', address: { regionCode: null, regionName: '', detail: 'x' }, tags: [] };
    expect(isShown(field('address'), values)).toBe(false);
    expect(isRequired(field('address'), values)).toBe(false);
    expect(validateForm(delivery, values, TODAY)).toEqual([]);
    expect(shownValues(delivery, values)).toEqual({ method: 'window' });
  });

  it('shown and required when the condition holds', () => {
    expect(isShown(field('address'), { method: 'express' })).toBe(true);
    expect(isRequired(field('address'), { method: 'express' })).toBe(true);
    expect(codes(validateForm(delivery, { method: 'express' }, TODAY))).toEqual(['address:required']);
    expect(validateForm(delivery, { method: 'express', address: addr }, TODAY)).toEqual([]);
    expect(shownValues(delivery, { method: 'express', address: addr })).toEqual({ method: 'express', address: addr });
  });

  it('a checkbox condition: true when ticked; false when unticked or never touched', () => {
    expect(isRequired(field('agentName'), { agent: true })).toBe(true);
    expect(isRequired(field('agentName'), { agent: false })).toBe(false);
    expect(isRequired(field('agentName'), {})).toBe(false);
    expect(isShown(field('selfNote'), {})).toBe(true);
    expect(isShown(field('selfNote'), { agent: false })).toBe(true);
    expect(isShown(field('selfNote'), { agent: true })).toBe(false);
    expect(codes(validateForm(delivery, { method: 'window', agent: true }, TODAY))).toEqual(['agentName:required']);
  });

  it('a list in the condition: any of them; a multiChoice holds when it contains one', () => {
    expect(isShown(field('hukouNo'), { tags: ['photo'] })).toBe(false);
    expect(isShown(field('hukouNo'), { tags: ['photo', 'hukou'] })).toBe(true);
    expect(codes(validateForm(delivery, { method: 'window', tags: ['hukou'] }, TODAY))).toEqual(['hukouNo:required']);
    expect(validateForm(delivery, { method: 'window', tags: ['photo'] }, TODAY)).toEqual([]);
  });

  it('a condition on an address or signature value never holds (only choices, lists and checkboxes compare)', () => {
    expect(isShown(field('floor'), { address: addr })).toBe(false);
  });

  it('chained conditions: a field hidden by a hidden field is hidden too, its stale value dropped', () => {
    const chain = define([
      { id: 'a', label: '甲', type: 'choice', required: true, options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }], example: 'yes' },
      { id: 'b', label: '乙', type: 'choice', showWhen: { field: 'a', is: 'yes' }, options: [{ value: 'more', label: '更多' }], example: 'more' },
      { id: 'c', label: '丙', type: 'text', maxLength: 2, required: true, showWhen: { field: 'b', is: 'more' }, example: '丙' },
    ]);
    // The citizen chose yes, more, then went back and chose no: b and c are gone, c's bad value with them.
    const values: FormValues = { a: 'no', b: 'more', c: '太长的一段话' };
    expect(validateForm(chain, values, TODAY)).toEqual([]);
    expect(shownValues(chain, values)).toEqual({ a: 'no' });
    const c = allFields(chain)[2]!;
    expect(isShown(c, shownValues(chain, values))).toBe(false);
    expect(codes(validateForm(chain, { a: 'yes', b: 'more' }, TODAY))).toEqual(['c:required']);
  });

  it('shownValues trims text and leaves out empty values', () => {
    expect(shownValues(everyType, { name: ' 张明 ', code: '', kinds: [], agree: false, story: '   ' })).toEqual({ name: '张明' });
  });
});

describe('cross-field rules', () => {
  const people = define(
    [
      { id: 'name', label: '姓名', type: 'text', required: true, example: '张明' },
      { id: 'sex', label: '性别', type: 'choice', options: [{ value: '1', label: '男' }, { value: '2', label: '女' }], example: '1' },
      { id: 'idNumber', label: '公民身份号码', type: 'idNumber', example: MAN_1985 },
      { id: 'birthDate', label: '出生日期', type: 'date', example: '1985-03-15' },
      { id: 'from', label: '起始日期', type: 'date', example: '2026-01-01' },
      { id: 'to', label: '终止日期', type: 'date', example: '2026-12-31' },
      { id: 'phone', label: '本人电话', type: 'phone', example: '13905710000' },
      { id: 'contactPhone', label: '紧急联系人电话', type: 'phone', example: '13805710001' },
      { id: 'mobile', label: '手机', type: 'phone', example: '13905710000' },
      { id: 'landline', label: '固定电话', type: 'phone', example: '0571-88886666' },
      { id: 'hasLandline', label: '有固定电话', type: 'checkbox', example: 'true' },
      { id: 'landline2', label: '单位电话', type: 'phone', showWhen: { field: 'hasLandline', is: true }, example: '0571-88886667' },
    ],
    {
      rules: [
        { kind: 'idNumberAgrees', idNumber: 'idNumber', birthDate: 'birthDate', sex: 'sex', message: '出生日期、性别与身份号码不一致' },
        { kind: 'dateOrder', earlier: 'from', later: 'to', message: '终止日期不能早于起始日期' },
        { kind: 'differs', fields: ['phone', 'contactPhone'], message: '紧急联系人电话不能是本人电话' },
        { kind: 'atLeastOne', fields: ['landline2', 'mobile', 'landline'], message: '至少留一个电话' },
      ],
    },
  );
  const base: FormValues = { name: '张明', mobile: '13905710000' };
  const check = (values: FormValues): FieldProblem[] => validateForm(people, { ...base, ...values }, TODAY);

  it('idNumberAgrees: the birth date and the sex (by the option label) agree with the number', () => {
    expect(check({ idNumber: MAN_1985, birthDate: '1985-03-15', sex: '1' })).toEqual([]);
    expect(check({ idNumber: WOMAN_1990, birthDate: '1990-03-07', sex: '2' })).toEqual([]);
    expect(check({ idNumber: MAN_1985, birthDate: '1985-03-16', sex: '2' })).toEqual([
      { field: 'birthDate', code: 'rule', message: '出生日期、性别与身份号码不一致' },
      { field: 'sex', code: 'rule', message: '出生日期、性别与身份号码不一致' },
    ]);
  });

  it('idNumberAgrees says nothing until the number is valid and the other fields filled', () => {
    expect(codes(check({ idNumber: MAN_1985.slice(0, 17), birthDate: '2000-01-01' }))).toEqual(['idNumber:idNumberInvalid']);
    expect(check({ idNumber: MAN_1985 })).toEqual([]);
  });

  it('idNumberAgrees with a sex choice whose values are the words themselves', () => {
    const f = define(
      [
        { id: 'sex', label: '性别', type: 'choice', options: [{ value: '男', label: '男' }, { value: '女', label: '女' }], example: '男' },
        { id: 'idNumber', label: '公民身份号码', type: 'idNumber', example: MAN_1985 },
      ],
      { rules: [{ kind: 'idNumberAgrees', idNumber: 'idNumber', sex: 'sex', message: '性别与身份号码不一致' }] },
    );
    expect(validateForm(f, { sex: '男', idNumber: MAN_1985 }, TODAY)).toEqual([]);
    expect(codes(validateForm(f, { sex: '男', idNumber: WOMAN_1990 }, TODAY))).toEqual(['sex:rule']);
  });

  it('dateOrder: the later date may equal the earlier, never precede it; said under the later', () => {
    expect(check({ from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
    expect(check({ from: '2026-01-02', to: '2026-01-01' })).toEqual([{ field: 'to', code: 'rule', message: '终止日期不能早于起始日期' }]);
    expect(codes(check({ from: '2026-01-02', to: '2026-13-01' }))).toEqual(['to:notDate']);
  });

  it('differs: the same number, however spaced or dashed, is refused under the second field', () => {
    expect(check({ phone: '13905710000', contactPhone: '13805710001' })).toEqual([]);
    expect(check({ phone: '13905710000', contactPhone: '139 0571 0000' })).toEqual([{ field: 'contactPhone', code: 'rule', message: '紧急联系人电话不能是本人电话' }]);
    expect(codes(check({ phone: '0571-88886666', contactPhone: '057188886666' }))).toEqual(['contactPhone:rule']);
  });

  it('differs: the same ID number with x or X is the same person', () => {
    const withX = '11010519491231002X';
    const f = define(
      [
        { id: 'idNumber', label: '委托人公民身份号码', type: 'idNumber', example: MAN_1985 },
        { id: 'agentIdNumber', label: '受托人公民身份号码', type: 'idNumber', example: WOMAN_1990 },
      ],
      { rules: [{ kind: 'differs', fields: ['idNumber', 'agentIdNumber'], message: '受托人不能是委托人本人' }] },
    );
    expect(codes(validateForm(f, { idNumber: withX, agentIdNumber: withX.toLowerCase() }, TODAY))).toEqual(['agentIdNumber:rule']);
    expect(validateForm(f, { idNumber: withX, agentIdNumber: WOMAN_1990 }, TODAY)).toEqual([]);
  });

  it('atLeastOne: one of them filled; said under the first one shown', () => {
    expect(codes(validateForm(people, { name: '张明' }, TODAY))).toEqual(['mobile:rule']);
    expect(codes(validateForm(people, { name: '张明', hasLandline: true }, TODAY))).toEqual(['landline2:rule']);
    expect(validateForm(people, { name: '张明', landline: '0571-88886666' }, TODAY)).toEqual([]);
    // A hidden field's value does not count.
    expect(codes(validateForm(people, { name: '张明', hasLandline: false, landline2: '0571-88886667' }, TODAY))).toEqual(['mobile:rule']);
  });
});

describe('validateSection', () => {
  const twoParts = define([], {
    sections: [
      { title: '申请人', fields: [{ id: 'idNumber', label: '公民身份号码', type: 'idNumber', required: true, example: MAN_1985 }, { id: 'birthDate', label: '出生日期', type: 'date', required: true, example: '1985-03-15' }] },
      { title: '申请事项', fields: [{ id: 'reason', label: '申请理由', type: 'textarea', required: true, example: '有效期满' }] },
    ],
    rules: [{ kind: 'idNumberAgrees', idNumber: 'idNumber', birthDate: 'birthDate', message: '出生日期与身份号码不一致' }],
  });

  it("checks only the section's fields and the rules said under them; no unknown-field complaints", () => {
    expect(codes(validateSection(twoParts, 0, { idNumber: MAN_1985, birthDate: '1985-03-14', other: 'x' }, TODAY))).toEqual(['birthDate:rule']);
    expect(codes(validateSection(twoParts, 1, { idNumber: MAN_1985, birthDate: '1985-03-14' }, TODAY))).toEqual(['reason:required']);
    expect(validateSection(twoParts, 5, {}, TODAY)).toEqual([]);
  });
});

describe('isFilled', () => {
  it('tells empty from filled for every kind of value', () => {
    expect([undefined, '', '  ', false, [], { regionCode: null, regionName: '', detail: ' ' }].map(isFilled)).toEqual([false, false, false, false, false, false]);
    expect(['a', true, ['x'], { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: '' }, SIGNATURE].map(isFilled)).toEqual([true, true, true, true, true]);
  });
});

describe('prefillValues', () => {
  const card = define([
    { id: 'name', label: '姓名', type: 'text', prefillFrom: 'name', example: '张明' },
    { id: 'sex', label: '性别', type: 'choice', options: [{ value: '1', label: '男' }, { value: '2', label: '女' }], prefillFrom: 'sex', example: '1' },
    { id: 'nation', label: '民族', type: 'choice', options: [{ value: 'han', label: '汉族' }, { value: 'hui', label: '回族' }], prefillFrom: 'nation', example: 'han' },
    { id: 'nationText', label: '民族', type: 'text', prefillFrom: 'nation', example: '汉' },
    { id: 'birthDate', label: '出生日期', type: 'date', prefillFrom: 'birthDate', example: '1985-03-15' },
    { id: 'validTo', label: '有效期至', type: 'date', prefillFrom: 'validTo', example: '2036-05-20' },
    { id: 'address', label: '住址', type: 'address', prefillFrom: 'address', example: '浙江省澄州市文昌路18号' },
    { id: 'idNumber', label: '公民身份号码', type: 'idNumber', prefillFrom: 'idNumber', example: MAN_1985 },
    { id: 'issuer', label: '签发机关', type: 'text', prefillFrom: 'issuer', example: '澄州市公安局' },
    { id: 'phone', label: '电话', type: 'phone', example: '13905710000' },
  ]);

  it('converts each card fact to its field: choice by value or label (汉 → 汉族), date as is, address as the detail', () => {
    expect(
      prefillValues(card, { name: ' 张伟 ', sex: '男', nation: '汉', birthDate: '1990-03-07', validTo: '2036-05-20', address: '北京市朝阳区建国路88号', idNumber: WOMAN_1990, issuer: '北京市公安局朝阳分局' }),
    ).toEqual({
      name: '张伟',
      sex: '1',
      nation: 'han',
      nationText: '汉',
      birthDate: '1990-03-07',
      validTo: '2036-05-20',
      address: { regionCode: null, regionName: '', detail: '北京市朝阳区建国路88号' },
      idNumber: WOMAN_1990,
      issuer: '北京市公安局朝阳分局',
    });
  });

  it('leaves out what the card cannot fill: no such option, 长期 for a date, a missing or blank fact', () => {
    expect(prefillValues(card, { sex: '未说明', nation: '维吾尔', validTo: '长期', name: '  ' })).toEqual({ nationText: '维吾尔' });
    expect(prefillValues(card, {})).toEqual({});
  });

  it('a choice whose value is the word itself takes it', () => {
    const f = define([{ id: 'sex', label: '性别', type: 'choice', options: [{ value: '男', label: '男' }, { value: '女', label: '女' }], prefillFrom: 'sex', example: '男' }]);
    expect(prefillValues(f, { sex: '女' })).toEqual({ sex: '女' });
  });

  it('what it fills passes the form rules', () => {
    const filled = prefillValues(card, { name: '张伟', sex: '女', nation: '回', birthDate: '1990-03-07', address: '北京市朝阳区建国路88号', idNumber: WOMAN_1990 });
    expect(validateForm(card, filled, TODAY)).toEqual([]);
  });
});

describe('exampleValues', () => {
  it('turns each example into its value: checkbox true/false, multiChoice list, address detail, no signature', () => {
    expect(exampleValues(everyType)).toEqual({
      name: '张明',
      code: 'AB12',
      story: '一二三四五',
      amount: '12.5',
      count: '3',
      born: '1985-03-15',
      until: '2030-01-01',
      any: '2030-01-01',
      kind: 'a',
      kinds: ['x', 'y'],
      agree: true,
      idNumber: MAN_1985,
      phone: '13905710000',
      home: { regionCode: null, regionName: '', detail: '浙江省澄州市文昌路18号' },
    });
    expect(validateForm(everyType, { ...exampleValues(everyType), sign: SIGNATURE }, TODAY)).toEqual([]);
  });

  it('an unticked example is false', () => {
    const f = define([{ id: 'agree', label: '同意', type: 'checkbox', example: 'false' }]);
    expect(exampleValues(f)).toEqual({ agree: false });
  });
});

describe('properties', () => {
  const textForm = define([{ id: 't', label: '文本', type: 'text', minLength: 1, maxLength: 8, example: '一' }]);
  const numberForm = define([{ id: 'n', label: '数', type: 'number', min: -50, max: 50, decimals: 1, example: '1' }]);

  it('a text of 1..8 characters passes; longer is tooLong with the limit, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }), (s) => {
        const t = s.trim();
        fc.pre(t !== '');
        const n = [...t].length;
        const got = validateForm(textForm, { t: s }, TODAY);
        expect(codes(got)).toEqual(n > 8 ? ['t:tooLong'] : []);
      }),
    );
  });

  it('a number is accepted exactly when it is within bounds with at most one decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2 }), (tenths, decimals) => {
        const text = decimals === 0 ? String(Math.trunc(tenths / 10)) : (tenths / 10).toFixed(decimals);
        const value = Number(text);
        const got = codes(validateForm(numberForm, { n: text }, TODAY));
        if (decimals > 1) expect(got).toEqual(['n:tooManyDecimals']);
        else if (value < -50) expect(got).toEqual(['n:tooSmall']);
        else if (value > 50) expect(got).toEqual(['n:tooLarge']);
        else expect(got).toEqual([]);
      }),
    );
  });

  it('any valid ID number passes, and idNumberAgrees holds for the birth date and sex read from it', () => {
    const f = define(
      [
        { id: 'idNumber', label: '号码', type: 'idNumber', example: MAN_1985 },
        { id: 'birthDate', label: '出生日期', type: 'date', example: '1985-03-15' },
        { id: 'sex', label: '性别', type: 'choice', options: [{ value: '1', label: '男' }, { value: '2', label: '女' }], example: '1' },
      ],
      { rules: [{ kind: 'idNumberAgrees', idNumber: 'idNumber', birthDate: 'birthDate', sex: 'sex', message: '不一致' }] },
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-12-07T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (d, seq) => {
        const birth = d.toISOString().slice(0, 10);
        const id = idn(`339102${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`);
        const sex = seq % 2 === 1 ? '1' : '2';
        expect(validateForm(f, { idNumber: id, birthDate: birth, sex }, TODAY)).toEqual([]);
        expect(codes(validateForm(f, { idNumber: id, birthDate: birth, sex: sex === '1' ? '2' : '1' }, TODAY))).toEqual(['sex:rule']);
      }),
    );
  });

  it('validateForm never throws, whatever the values, and names only fields given or in the form', () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.boolean(),
      fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }),
      fc.record({ regionCode: fc.option(fc.constantFrom('330106', '110105'), { nil: null }), regionName: fc.string({ maxLength: 10 }), detail: fc.string({ maxLength: 30 }) }),
      fc.constant(SIGNATURE),
    );
    const ids = [...allFields(everyType).map((f) => f.id), 'stranger'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), anyValue), (values) => {
        const got = validateForm(everyType, values as FormValues, TODAY);
        for (const p of got) expect(ids).toContain(p.field);
        expect(validateForm(everyType, shownValues(everyType, values as FormValues), TODAY).filter((p) => p.code === 'unknownField')).toEqual([]);
      }),
    );
  });
});
