// Sample application forms (申请表) for a few high-frequency items, with the ID-card fields that
// pre-fill them. Field sets follow the paper forms halls hand out; kept small enough to fill on a
// touch screen.
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput } from '../../domain/forms.ts';
import { itemIdByKey } from './data.ts';
import { moreForms } from './forms-more/index.ts';

/** The forms written in this file (the rest of the referenced forms live under forms-more/). */
export const realFormIds = [
  'idcard-application', 'hukou-move', 'individual-registration', 'hf-withdraw', 'resident-pension-register',
  'disability-card', 'dibao', 'exit-entry-application', 'marriage-declaration', 'legal-aid', 'work-injury',
  'authorisation',
] as const;

type FieldIn = FormDefinitionInput['sections'][number]['fields'][number];

const applicant: FieldIn[] = [
  { id: 'name', label: '姓名', type: 'text', required: true, maxLength: 30, prefillFrom: 'name', example: '张明', print: { span: 'half' } },
  { id: 'sex', label: '性别', type: 'choice', required: true, options: [{ value: '男', label: '男' }, { value: '女', label: '女' }], prefillFrom: 'sex', example: '男', print: { span: 'half' } },
  { id: 'idNumber', label: '公民身份号码', type: 'idNumber', required: true, prefillFrom: 'idNumber', example: '339102198503152316' },
  { id: 'phone', label: '联系电话', type: 'phone', required: true, pattern: '^1[3-9]\\d{9}$', patternMessage: '请填写11位手机号码', example: '13905710000' },
];

/** Checked when the module loads: a broken seed form is a bug in this file. */
function form(key: string, id: string, title: string, sections: FormDefinitionInput['sections']): FormDefinition {
  return formDefinitionSchema.parse({ id, itemId: itemIdByKey(key), title, version: 1, sections });
}

export const seedForms: readonly FormDefinition[] = [
  form('idcard-renew', 'idcard-application', '居民身份证申领登记表', [
    { title: '申请人', fields: [...applicant, { id: 'nation', label: '民族', type: 'text', required: true, prefillFrom: 'nation', example: '汉' }, { id: 'birthDate', label: '出生日期', type: 'date', required: true, prefillFrom: 'birthDate', example: '1985-03-15' }] },
    {
      title: '申领信息',
      fields: [
        { id: 'address', label: '常住户口所在地住址', type: 'address', required: true, maxLength: 70, prefillFrom: 'address', example: '浙江省澄州市澜溪区文昌路18号3幢201室' },
        { id: 'reason', label: '申领原因', type: 'choice', required: true, options: [{ value: 'expiry', label: '有效期满换领' }, { value: 'damaged', label: '证件损坏换领' }, { value: 'changed', label: '登记项目变更换领' }], example: 'expiry' },
        { id: 'delivery', label: '领取方式', type: 'choice', required: true, options: [{ value: 'window', label: '窗口领取' }, { value: 'express', label: '邮寄送达' }], example: 'window' },
        { id: 'deliveryAddress', label: '邮寄地址（选择邮寄时填写）', type: 'address', maxLength: 100, example: '浙江省澄州市澜溪区文昌路18号3幢201室' },
      ],
    },
  ]),
  form('hf-withdraw-rent', 'hf-withdraw', '住房公积金提取申请表（租房）', [
    { title: '职工信息', fields: [...applicant, { id: 'account', label: '个人公积金账号', type: 'text', required: true, pattern: '^\\d{9,16}$', patternMessage: '公积金账号为9至16位数字', example: '330100123456' }] },
    {
      title: '提取信息',
      fields: [
        { id: 'rentAddress', label: '租住房屋地址', type: 'address', required: true, maxLength: 100, example: '浙江省澄州市澜溪区望江路66号5幢302室' },
        { id: 'monthlyRent', label: '月租金（元）', type: 'number', required: true, min: 1, max: 100000, example: '2500' },
        { id: 'bankAccount', label: '收款银行卡号（本人一类账户）', type: 'text', required: true, pattern: '^\\d{16,19}$', patternMessage: '银行卡号为16至19位数字', example: '6222021234567890123' },
        { id: 'noHouse', label: '本人及配偶在本市无自有住房', type: 'checkbox', required: true, example: 'true' },
      ],
    },
  ]),
  form('dibao', 'dibao', '最低生活保障申请书', [
    { title: '申请人', fields: [...applicant, { id: 'address', label: '户籍地址', type: 'address', required: true, prefillFrom: 'address', example: '浙江省澄州市澜溪区文昌路18号3幢201室' }] },
    {
      title: '家庭情况',
      fields: [
        { id: 'members', label: '共同生活家庭成员人数', type: 'number', required: true, min: 1, max: 20, example: '3' },
        { id: 'monthlyIncome', label: '家庭月总收入（元）', type: 'number', required: true, min: 0, max: 1000000, example: '1800' },
        { id: 'situation', label: '申请理由', type: 'textarea', required: true, minLength: 10, maxLength: 500, example: '本人因病失去劳动能力，家庭无稳定收入，申请最低生活保障。' },
        { id: 'consent', label: '本人同意授权核对家庭经济状况', type: 'checkbox', required: true, example: 'true' },
      ],
    },
  ]),
  form('disability-card-new', 'disability-card', '残疾人证申请表', [
    { title: '申请人', fields: [...applicant, { id: 'birthDate', label: '出生日期', type: 'date', required: true, prefillFrom: 'birthDate', example: '1985-03-15' }, { id: 'address', label: '户籍地址', type: 'address', required: true, prefillFrom: 'address', example: '浙江省澄州市澜溪区文昌路18号3幢201室' }] },
    {
      title: '申请内容',
      fields: [
        { id: 'category', label: '残疾类别', type: 'choice', required: true, options: ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'].map((v) => ({ value: v, label: `${v}残疾` })), example: '肢体' },
        { id: 'guardian', label: '监护人或代理人姓名（如有）', type: 'text', maxLength: 30, example: '张华' },
      ],
    },
  ]),
  form('passport-first', 'exit-entry-application', '中国公民出入境证件申请表', [
    { title: '申请人', fields: [...applicant, { id: 'birthDate', label: '出生日期', type: 'date', required: true, prefillFrom: 'birthDate', example: '1985-03-15' }, { id: 'address', label: '户口所在地', type: 'address', required: true, prefillFrom: 'address', example: '浙江省澄州市澜溪区文昌路18号3幢201室' }] },
    {
      title: '申请证件',
      fields: [
        { id: 'document', label: '申请证件类别', type: 'choice', required: true, options: [{ value: 'passport', label: '普通护照' }, { value: 'hkmo', label: '往来港澳通行证' }, { value: 'tw', label: '往来台湾通行证' }], example: 'passport' },
        { id: 'purpose', label: '出境事由', type: 'choice', required: true, options: [{ value: 'travel', label: '旅游' }, { value: 'study', label: '留学' }, { value: 'business', label: '商务' }, { value: 'family', label: '探亲访友' }], example: 'travel' },
        { id: 'emergencyContact', label: '紧急联系人及电话', type: 'text', required: true, maxLength: 40, example: '李芳 13805710001' },
      ],
    },
  ]),
  ...moreForms,
];
