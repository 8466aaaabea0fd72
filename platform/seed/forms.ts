// Application forms (申请表) of the high-frequency items, written after the paper forms halls hand out:
// their sections, fields, 填表说明 (help), a true example per field (示范文本), the ID-card fields that
// pre-fill them, the cross-field rules the paper form implies, and the declaration and signatures
// printed at the foot. Field sets are the paper forms' own, trimmed of boxes the window fills in
// (受理人, 审核意见) so a citizen can fill them on a touch screen.
// The other referenced forms are written under forms-more/ (they skip the ids in realFormIds).
import type { FormDefinition } from '../../domain/forms.ts';
import { moreForms } from './forms-more/index.ts';
import { agrees, bankAccount, EDUCATION_OPTIONS, form, liFang, MARITAL_OPTIONS, opts, person, prefixed, wangQiang, zhangMing, type FieldIn } from './form-kit.ts';

/** The forms written in this file (the rest of the referenced forms live under forms-more/). */
export const realFormIds = [
  'idcard-application', 'hukou-move', 'individual-registration', 'hf-withdraw', 'resident-pension-register',
  'disability-card', 'dibao', 'exit-entry-application', 'marriage-declaration', 'legal-aid', 'work-injury',
  'authorisation',
] as const;

const TRUE_DECLARATION = '本人承诺以上填写内容及提交的材料真实、准确、完整，如有虚假，愿意承担相应的法律责任。';
const express = { field: 'delivery', is: 'express' } as const;

const idcardApplication = form(
  'idcard-renew',
  'idcard-application',
  '居民身份证申领登记表',
  [
    {
      title: '申领人基本情况',
      help: '各项内容应与常住户口登记一致；插入身份证后自动填写，请核对',
      fields: person({ who: zhangMing, parts: ['sex', 'nation', 'birthDate', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '住址', addressHelp: '常住户口所在地住址，与户口簿一致' }),
    },
    {
      title: '申领情况',
      fields: [
        {
          id: 'reason',
          label: '申领原因',
          type: 'choice',
          required: true,
          options: [
            { value: 'first', label: '首次申领' },
            { value: 'expiry', label: '有效期满换领' },
            { value: 'changed', label: '登记项目变更换领' },
            { value: 'damaged', label: '证件损坏换领' },
            { value: 'lost', label: '证件丢失补领' },
          ],
          example: 'expiry',
          help: '有效期满前三个月内可申请换领',
        },
        {
          id: 'changedItems',
          label: '变更的登记项目',
          type: 'text',
          showWhen: { field: 'reason', is: 'changed' },
          requiredWhen: { field: 'reason', is: 'changed' },
          maxLength: 60,
          example: '住址变更',
          help: '如姓名、出生日期、住址；户口登记已先变更的才能换领',
        },
        { id: 'minor', label: '申领人未满16周岁', type: 'checkbox', example: 'false', help: '未满16周岁的，由监护人代为申领并签名' },
        ...person({ who: liFang, parts: ['idNumber', 'phone'], prefix: 'guardian', label: '监护人', showWhen: { field: 'minor', is: true }, requiredWhen: { field: 'minor', is: true } }),
      ],
    },
    {
      title: '领证方式',
      fields: [
        { id: 'delivery', label: '领证方式', type: 'choice', required: true, options: [{ value: 'window', label: '窗口领取' }, { value: 'express', label: '邮寄送达（邮费自理）' }], example: 'window' },
        { id: 'deliveryAddress', label: '邮寄地址（选择邮寄时填写）', type: 'address', showWhen: express, requiredWhen: express, maxLength: 100, example: zhangMing.address, help: '写明省、市、区县、街道门牌号' },
        { id: 'recipientPhone', label: '收件人电话', type: 'phone', showWhen: express, requiredWhen: express, example: zhangMing.phone, print: { span: 'half' } },
      ],
    },
  ],
  {
    intro: '请如实填写。证件照片和指纹在窗口现场采集；换领的交回原证，补领的无需原证。',
    rules: [agrees(), { kind: 'differs', fields: ['idNumber', 'guardianIdNumber'], message: '监护人不能是申领人本人' }],
    print: { declaration: TRUE_DECLARATION, signers: ['申领人', '监护人（未满16周岁时）'] },
  },
);

const hukouMove = form(
  'hukou-move',
  'hukou-move',
  '户口迁移申请表',
  [
    {
      title: '迁移人',
      fields: [
        ...person({ who: liFang, parts: ['sex', 'nation', 'birthDate', 'idNumber', 'phone'], fromCard: true }),
        { id: 'fromAddress', label: '现户口所在地', type: 'address', required: true, maxLength: 80, prefillFrom: 'address', example: '浙江省临州市城南区解放路12号', help: '迁出地的户口登记住址，与户口簿一致' },
      ],
    },
    {
      title: '迁入情况',
      fields: [
        {
          id: 'reason',
          label: '迁移原因',
          type: 'choice',
          required: true,
          options: [
            { value: 'spouse', label: '夫妻投靠' },
            { value: 'child', label: '子女投靠父母' },
            { value: 'parents', label: '父母投靠子女' },
            { value: 'house', label: '合法稳定住所落户' },
            { value: 'talent', label: '人才引进、高校毕业生落户' },
            { value: 'other', label: '其他' },
          ],
          example: 'spouse',
        },
        { id: 'reasonOther', label: '其他迁移原因', type: 'text', showWhen: { field: 'reason', is: 'other' }, requiredWhen: { field: 'reason', is: 'other' }, maxLength: 60, example: '投靠祖父母', print: { span: 'half' } },
        { id: 'toAddress', label: '迁入地址', type: 'address', required: true, maxLength: 80, example: zhangMing.address, help: '迁入后的户口登记住址，写到门牌号、室号' },
        ...person({ who: zhangMing, parts: ['idNumber', 'phone'], prefix: 'host', label: '迁入地户主', requiredWhen: { field: 'reason', is: ['spouse', 'child', 'parents', 'other'] } }),
        { id: 'hostRelation', label: '迁移人与户主关系', type: 'choice', requiredWhen: { field: 'reason', is: ['spouse', 'child', 'parents', 'other'] }, options: opts('配偶', '子女', '父母', '祖父母', '孙子女', '兄弟姐妹', '其他'), example: '配偶', print: { span: 'half' } },
        { id: 'houseCertificate', label: '不动产权证书号', type: 'text', showWhen: { field: 'reason', is: 'house' }, requiredWhen: { field: 'reason', is: 'house' }, maxLength: 40, example: '浙（2024）澄州市不动产权第0012345号', help: '迁入住所的不动产权证书号码' },
        { id: 'companions', label: '随迁人员', type: 'textarea', maxLength: 300, example: '张小雨，女，2015-09-01，子女', help: '一同迁移的家庭成员：姓名、性别、出生日期、与迁移人关系；没有的不填' },
      ],
    },
  ],
  {
    intro: '迁入家庭户的，须经户主同意并签名；迁入自有住房的，由房屋产权人签名。',
    rules: [agrees(), { kind: 'differs', fields: ['idNumber', 'hostIdNumber'], message: '投靠的户主不能是迁移人本人' }, { kind: 'differs', fields: ['phone', 'hostPhone'], message: '请留户主本人的电话，不要与迁移人相同' }],
    print: { declaration: TRUE_DECLARATION, signers: ['迁移人', '户主或房屋产权人'] },
  },
);

const individualRegistration = form(
  'individual-setup',
  'individual-registration',
  '个体工商户登记（备案）申请书',
  [
    {
      title: '经营者',
      fields: person({ who: zhangMing, parts: ['sex', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '住所', addressHelp: '经营者户籍所在地的详细住址' }),
    },
    {
      title: '登记事项',
      fields: [
        {
          id: 'tradeName',
          label: '名称（可不填）',
          type: 'text',
          maxLength: 50,
          example: '澄州市澜溪区张明小吃店',
          help: '依次为行政区划、字号、行业、组织形式；字号至少两个汉字，不得使用“企业”“公司”字样；不使用名称的不填',
        },
        { id: 'composition', label: '组成形式', type: 'choice', required: true, options: [{ value: 'personal', label: '个人经营' }, { value: 'family', label: '家庭经营' }], example: 'personal', print: { span: 'half' } },
        {
          id: 'familyMembers',
          label: '参加经营的家庭成员',
          type: 'textarea',
          showWhen: { field: 'composition', is: 'family' },
          requiredWhen: { field: 'composition', is: 'family' },
          maxLength: 300,
          example: '李芳，配偶，339102198706202421',
          help: '每人写姓名、与经营者关系、公民身份号码',
        },
        { id: 'scope', label: '经营范围', type: 'textarea', required: true, minLength: 2, maxLength: 300, example: '小吃服务；食品销售（仅销售预包装食品）', help: '参照《国民经济行业分类》的行业名称或具体经营项目填写' },
        { id: 'premises', label: '经营场所', type: 'address', required: true, maxLength: 80, example: '浙江省澄州市澜溪区文昌路20号1楼商铺', help: '写明县（市、区）、乡镇或街道及门牌号' },
        { id: 'employees', label: '从业人数', type: 'number', required: true, min: 1, max: 9999, unit: '人', example: '3', help: '含经营者本人', print: { span: 'half' } },
        { id: 'capital', label: '资金数额', type: 'number', required: true, min: 0, max: 100000, decimals: 2, unit: '万元', example: '10', print: { span: 'half' } },
      ],
    },
    {
      title: '联络员（可不填）',
      help: '负责与登记机关联系的人，不填的由经营者本人担任',
      fields: person({ who: liFang, parts: ['idNumber', 'phone'], prefix: 'liaison', label: '联络员', required: false }),
    },
  ],
  {
    rules: [agrees('', { sex: true })],
    print: { declaration: '本人承诺所填写的内容和提交的材料真实有效，经营场所符合规定，并对其真实性承担责任。', signers: ['经营者'] },
  },
);

const hfPurpose = (is: string | string[]): Pick<FieldIn, 'showWhen' | 'requiredWhen'> => ({ showWhen: { field: 'reason', is }, requiredWhen: { field: 'reason', is } });
const hfWithdraw = form(
  'hf-withdraw',
  'hf-withdraw',
  '住房公积金提取申请书',
  [
    {
      title: '职工信息',
      fields: [
        ...person({ who: zhangMing, parts: ['idNumber', 'phone'], fromCard: true }),
        { id: 'account', label: '个人公积金账号', type: 'text', required: true, pattern: '\\d{9,16}', patternMessage: '公积金账号为9至16位数字', example: '330100123456', help: '见缴存明细或公积金APP；不知道的可在窗口查询', print: { span: 'half' } },
        { id: 'employer', label: '缴存单位名称', type: 'text', required: true, maxLength: 60, example: '澄州市文昌科技有限公司', help: '离职、退休的写最后缴存的单位' },
      ],
    },
    {
      title: '提取原因和金额',
      fields: [
        {
          id: 'reason',
          label: '提取原因',
          type: 'choice',
          required: true,
          options: [
            { value: 'buy', label: '购买自住住房' },
            { value: 'loan', label: '偿还购房贷款本息' },
            { value: 'rent', label: '租赁住房' },
            { value: 'retire', label: '离休、退休' },
            { value: 'abroad', label: '出境定居' },
            { value: 'disability', label: '完全丧失劳动能力并与单位终止劳动关系' },
          ],
          example: 'rent',
        },
        { id: 'houseAddress', label: '购买住房地址', type: 'address', ...hfPurpose(['buy', 'loan']), maxLength: 80, example: '浙江省澄州市澜溪区望江路66号5幢302室' },
        { id: 'loanContract', label: '购房贷款合同编号', type: 'text', ...hfPurpose('loan'), maxLength: 40, example: 'DK2024-0012345', print: { span: 'half' } },
        { id: 'rentAddress', label: '租住房屋地址', type: 'address', ...hfPurpose('rent'), maxLength: 80, example: '浙江省澄州市澜溪区望江路66号5幢302室' },
        { id: 'monthlyRent', label: '月租金', type: 'number', ...hfPurpose('rent'), min: 1, max: 100000, unit: '元', example: '2500', print: { span: 'half' } },
        { id: 'noHouse', label: '本人及配偶在本市无自有住房', type: 'checkbox', showWhen: { field: 'reason', is: 'rent' }, required: true, example: 'true', help: '租房提取须本人及配偶在本市无自有住房，由中心核查' },
        { id: 'amount', label: '申请提取金额', type: 'number', required: true, min: 0.01, max: 10000000, decimals: 2, unit: '元', example: '7500', help: '不超过账户余额；租房提取按本市规定的额度，退休、出境定居提取全部余额', print: { span: 'half' } },
      ],
    },
    { title: '收款账户', fields: bankAccount({ label: '收款银行账号（职工本人一类账户）' }) },
  ],
  {
    rules: [],
    print: { declaration: '本人承诺所填内容和提供的材料真实，提取的住房公积金用于所申请的用途；如有虚假，愿意退回提取的款项并承担相应责任。', signers: ['申请人（职工本人）'] },
  },
);

const residentPension = form(
  'resident-pension-register',
  'resident-pension-register',
  '城乡居民基本养老保险参保登记表',
  [
    {
      title: '参保人基本情况',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'nation', 'birthDate', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '户籍所在地址' }),
        { id: 'hukouType', label: '户口性质', type: 'choice', required: true, options: opts('农业户口', '非农业户口', '居民户口'), example: '居民户口', print: { span: 'half' } },
        { id: 'homeAddress', label: '常住地址（与户籍地址不同时填写）', type: 'address', maxLength: 80, example: '浙江省澄州市澜溪区湖滨路9号1单元601室' },
      ],
    },
    {
      title: '参保缴费',
      fields: [
        {
          id: 'level',
          label: '缴费档次（每年）',
          type: 'choice',
          required: true,
          options: ['100', '200', '300', '400', '500', '600', '700', '800', '900', '1000', '1500', '2000'].map((v) => ({ value: v, label: `${v}元` })),
          example: '500',
          help: '自主选择，多缴多得；选择较高档次的政府补贴更多；以后每年可以调整',
        },
        {
          id: 'specialGroup',
          label: '特殊参保群体',
          type: 'choice',
          required: true,
          options: [
            { value: 'none', label: '不属于' },
            { value: 'dibao', label: '最低生活保障对象' },
            { value: 'tekun', label: '特困人员' },
            { value: 'disabled', label: '重度残疾人' },
            { value: 'other', label: '其他困难群体' },
          ],
          example: 'none',
          help: '属于的由政府按规定代缴部分或全部最低档次养老保险费，窗口核实',
        },
        { id: 'disabilityCard', label: '残疾人证号', type: 'text', showWhen: { field: 'specialGroup', is: 'disabled' }, requiredWhen: { field: 'specialGroup', is: 'disabled' }, pattern: '\\d{17}[\\dX]\\d{2}', patternMessage: '残疾人证号为20位：身份号码加两位数字', example: '33910219850315231342' },
        ...bankAccount({ label: '代扣缴费和领取待遇的银行账号' }),
        { id: 'notInsured', label: '本人未参加职工基本养老保险，未领取其他基本养老保障待遇', type: 'checkbox', required: true, example: 'true', help: '已参加职工基本养老保险的不能同时参加城乡居民养老保险' },
      ],
    },
  ],
  {
    intro: '年满16周岁（不含在校学生）、不属于职工基本养老保险覆盖范围的本区户籍居民可以参保。',
    rules: [agrees()],
    print: { declaration: TRUE_DECLARATION, signers: ['参保人'] },
  },
);

const guardian = { field: 'byGuardian', is: true } as const;
const disabilityCard = form(
  'disability-card-new',
  'disability-card',
  '中华人民共和国残疾人证申请表',
  [
    {
      title: '申请人',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'nation', 'birthDate', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '户籍地址' }),
        { id: 'homeAddress', label: '现住址（与户籍地址不同时填写）', type: 'address', maxLength: 80, example: '浙江省澄州市澜溪区湖滨路9号1单元601室' },
        { id: 'marital', label: '婚姻状况', type: 'choice', required: true, options: MARITAL_OPTIONS, example: '已婚', print: { span: 'half' } },
        { id: 'education', label: '文化程度', type: 'choice', required: true, options: EDUCATION_OPTIONS, example: '高中或中专', print: { span: 'half' } },
      ],
    },
    {
      title: '残疾情况',
      fields: [
        {
          id: 'category',
          label: '残疾类别（可多选）',
          type: 'multiChoice',
          required: true,
          options: ['视力', '听力', '言语', '肢体', '智力', '精神'].map((v) => ({ value: v, label: `${v}残疾` })),
          example: '肢体',
          help: '有两类以上的全部勾选，评定为多重残疾；等级由指定医院评定，不在此填写',
        },
        { id: 'cause', label: '致残原因', type: 'choice', required: true, options: opts('先天', '疾病', '工伤', '交通事故', '其他伤害', '原因不明'), example: '交通事故', print: { span: 'half' } },
      ],
    },
    {
      title: '监护人或代理人',
      help: '申请人是未成年人，或因智力、精神残疾等不能自己申请的，由监护人或代理人填写',
      fields: [
        { id: 'byGuardian', label: '由监护人或代理人代为申请', type: 'checkbox', example: 'false' },
        ...person({ who: liFang, parts: ['idNumber', 'phone'], prefix: 'guardian', label: '监护人或代理人', showWhen: guardian, requiredWhen: guardian }),
        { id: 'guardianRelation', label: '与申请人关系', type: 'choice', showWhen: guardian, requiredWhen: guardian, options: opts('父母', '配偶', '子女', '兄弟姐妹', '其他亲属', '其他'), example: '配偶', print: { span: 'half' } },
      ],
    },
  ],
  {
    intro: '提交本表后，到指定医院进行残疾评定；评定结果经残联审核后发证。',
    rules: [agrees(), { kind: 'differs', fields: ['idNumber', 'guardianIdNumber'], message: '监护人或代理人不能是申请人本人' }],
    print: { declaration: TRUE_DECLARATION, signers: ['申请人', '监护人或代理人（代为申请时）'] },
  },
);

const dibao = form(
  'dibao',
  'dibao',
  '最低生活保障申请书',
  [
    {
      title: '申请人',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '户籍地址' }),
        { id: 'homeAddress', label: '居住地址（与户籍地址不同时填写）', type: 'address', maxLength: 80, example: '浙江省澄州市澜溪区湖滨路9号1单元601室' },
      ],
    },
    {
      title: '家庭情况',
      fields: [
        { id: 'members', label: '共同生活的家庭成员人数', type: 'number', required: true, min: 1, max: 20, unit: '人', example: '3', help: '含申请人本人：配偶、未成年子女、共同生活的父母和成年子女等', print: { span: 'half' } },
        { id: 'memberList', label: '家庭成员', type: 'textarea', required: true, maxLength: 600, example: '李芳，配偶，339102198706202421，无业；张小雨，女儿，在校学生', help: '除申请人外，每人写姓名、与申请人关系、公民身份号码、就业或就学情况' },
        { id: 'monthlyIncome', label: '家庭月总收入', type: 'number', required: true, min: 0, max: 1000000, decimals: 2, unit: '元', example: '1800', help: '近6个月的平均数：工资、经营、财产收入和赡养费等，不含政府发放的优抚和奖励', print: { span: 'half' } },
        { id: 'assets', label: '家庭财产', type: 'textarea', required: true, maxLength: 300, example: '住房一套（60平方米，自住）；无机动车；存款约5000元', help: '房产、车辆、存款和有价证券等' },
        { id: 'reason', label: '申请理由', type: 'textarea', required: true, minLength: 10, maxLength: 500, example: '本人因病失去劳动能力，配偶无业，女儿上学，家庭无稳定收入，申请最低生活保障。', help: '写明家庭生活困难的原因，如患病、残疾、失业、缺少劳动力' },
      ],
    },
    { title: '领取账户', fields: bankAccount() },
    {
      title: '授权和承诺',
      fields: [{ id: 'consent', label: '本人及家庭成员同意民政部门核对家庭收入和财产状况', type: 'checkbox', required: true, example: 'true', help: '核对经济状况是审批的必要步骤，不同意的无法受理' }],
    },
  ],
  {
    rules: [agrees('', { sex: true })],
    print: { declaration: '本人承诺所填家庭成员、收入和财产情况真实完整；家庭情况发生变化的将及时报告。如有隐瞒或虚报，愿意退回所领款项并承担法律责任。', signers: ['申请人'] },
  },
);

const exitEntry = form(
  'passport-first',
  'exit-entry-application',
  '中国公民出入境证件申请表',
  [
    {
      title: '申请人',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'nation', 'birthDate', 'idNumber'], fromCard: true }),
        { id: 'surnamePinyin', label: '姓（拼音）', type: 'text', required: true, pattern: '[A-Z]{1,20}', patternMessage: '用大写拼音字母，不要空格和声调', example: 'ZHANG', print: { span: 'half' } },
        { id: 'givenPinyin', label: '名（拼音）', type: 'text', required: true, pattern: '[A-Z]{1,30}', patternMessage: '用大写拼音字母，不要空格和声调', example: 'MING', print: { span: 'half' } },
        { id: 'birthPlace', label: '出生地', type: 'text', required: true, maxLength: 20, example: '浙江', help: '写出生地的省、自治区、直辖市', print: { span: 'half' } },
        { id: 'occupation', label: '职业', type: 'text', required: true, maxLength: 30, example: '公司职员', print: { span: 'half' } },
        { id: 'hukouAddress', label: '户口所在地', type: 'address', required: true, maxLength: 80, prefillFrom: 'address', example: zhangMing.address },
        { id: 'homeAddress', label: '现住址（与户口所在地不同时填写）', type: 'address', maxLength: 80, example: '浙江省澄州市澜溪区湖滨路9号1单元601室' },
        { id: 'phone', label: '联系电话', type: 'phone', required: true, example: zhangMing.phone, print: { span: 'half' } },
      ],
    },
    {
      title: '申请事项',
      fields: [
        {
          id: 'documents',
          label: '申请证件（可多选）',
          type: 'multiChoice',
          required: true,
          options: [
            { value: 'passport', label: '普通护照' },
            { value: 'hkmo', label: '往来港澳通行证' },
            { value: 'tw', label: '往来台湾通行证' },
          ],
          example: 'passport',
        },
        {
          id: 'applyType',
          label: '申请类别',
          type: 'choice',
          required: true,
          options: [
            { value: 'first', label: '首次申请' },
            { value: 'expiry', label: '有效期将满换发' },
            { value: 'full', label: '签证页即将用完换发' },
            { value: 'damaged', label: '损毁换发' },
            { value: 'lost', label: '遗失或被盗补发' },
          ],
          example: 'first',
        },
        { id: 'lostAccount', label: '遗失或被盗情况', type: 'textarea', showWhen: { field: 'applyType', is: 'lost' }, requiredWhen: { field: 'applyType', is: 'lost' }, maxLength: 200, example: '2026年10月在澄州火车站遗失，已挂失', help: '写明时间、地点和经过' },
        { id: 'purpose', label: '出境事由', type: 'choice', required: true, options: opts('旅游', '探亲访友', '商务', '留学', '就业', '定居', '其他'), example: '旅游', print: { span: 'half' } },
      ],
    },
    {
      title: '紧急联系人',
      help: '申请人在境外时能联系到的境内亲友',
      fields: [
        ...person({ who: liFang, parts: ['phone'], prefix: 'emergency', label: '紧急联系人' }),
        { id: 'emergencyRelation', label: '与申请人关系', type: 'choice', required: true, options: opts('配偶', '父母', '子女', '兄弟姐妹', '其他亲属', '朋友'), example: '配偶', print: { span: 'half' } },
      ],
    },
  ],
  {
    intro: '照片在窗口现场采集。未满16周岁的，由监护人陪同办理并签名。',
    rules: [agrees(), { kind: 'differs', fields: ['phone', 'emergencyPhone'], message: '紧急联系人的电话不能与申请人本人的相同' }, { kind: 'differs', fields: ['name', 'emergencyName'], message: '紧急联系人不能是申请人本人' }],
    print: { declaration: '本人保证所填写内容和提交的材料真实有效，了解并遵守中国公民出境入境的法律规定。', signers: ['申请人', '监护人（未满16周岁时）'] },
  },
);

/**
 * 申请结婚登记声明书: each party fills and signs one (各填写一份) before the registrar, about themself
 * (声明人, pre-filled from their own card) and the other party (对方).
 */
function party(prefix: '' | 'partner', label: string, who: typeof zhangMing, job: string): FieldIn[] {
  const id = (key: string): string => prefixed(prefix, key);
  return [
    ...person({ who, parts: ['sex', 'birthDate', 'idNumber', 'nation'], prefix, label, fromCard: prefix === '' }),
    { id: id('nationality'), label: `${label}国籍`, type: 'text', required: true, maxLength: 20, example: '中国', print: { span: 'half' } },
    { id: id('occupation'), label: `${label}职业`, type: 'text', required: true, maxLength: 30, example: job, print: { span: 'half' } },
    { id: id('education'), label: `${label}文化程度`, type: 'choice', required: true, options: EDUCATION_OPTIONS, example: '大学本科', print: { span: 'half' } },
    { id: id('marital'), label: `${label}婚姻状况`, type: 'choice', required: true, options: opts('未婚', '离婚', '丧偶'), example: '未婚', help: '有配偶的不能申请结婚登记', print: { span: 'half' } },
  ];
}
const marriageDeclaration = form(
  'marriage-register',
  'marriage-declaration',
  '申请结婚登记声明书',
  [
    {
      title: '声明人（本人）',
      fields: [
        ...party('', '', zhangMing, '公司职员'),
        { id: 'address', label: '常住户口所在地', type: 'address', required: true, maxLength: 80, prefillFrom: 'address', example: zhangMing.address },
      ],
    },
    { title: '对方', fields: party('partner', '对方', liFang, '教师') },
    {
      title: '声明',
      help: '在婚姻登记员面前当场签名或按指印，不得代签',
      fields: [
        { id: 'noSpouse', label: '本人与对方均无配偶', type: 'checkbox', required: true, example: 'true' },
        { id: 'notRelated', label: '本人与对方没有直系血亲和三代以内旁系血亲关系', type: 'checkbox', required: true, example: 'true' },
        { id: 'healthKnown', label: '本人了解对方的身体健康状况；本人患有重大疾病的，已如实告知对方', type: 'checkbox', required: true, example: 'true', help: '不如实告知的，对方可以请求撤销婚姻' },
        { id: 'willing', label: '本人完全自愿与对方结婚', type: 'checkbox', required: true, example: 'true' },
      ],
    },
  ],
  {
    intro: '男女双方须共同到场，各自填写并签署一份本声明书。',
    rules: [
      agrees(),
      agrees('partner'),
      { kind: 'differs', fields: ['idNumber', 'partnerIdNumber'], message: '对方的公民身份号码不能与本人的相同' },
      { kind: 'differs', fields: ['sex', 'partnerSex'], message: '结婚登记的双方应为一男一女，请核对性别' },
    ],
    print: { declaration: '本人上述声明完全真实，如有虚假，愿意承担法律责任。', signers: ['声明人', '监誓人（婚姻登记员）'], materials: false },
  },
);

const legalAid = form(
  'legal-aid',
  'legal-aid',
  '法律援助申请表',
  [
    {
      title: '申请人基本情况',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'birthDate', 'nation', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '户籍所在地' }),
        { id: 'mailAddress', label: '通讯地址（与户籍所在地不同时填写）', type: 'address', maxLength: 80, example: '浙江省澄州市澜溪区湖滨路9号1单元601室' },
        { id: 'employer', label: '工作单位', type: 'text', maxLength: 60, example: '澄州市文昌建筑劳务有限公司', help: '没有工作单位的不填' },
        { id: 'health', label: '身体状况', type: 'choice', required: true, options: opts('健康', '残疾', '严重疾病'), example: '健康', print: { span: 'half' } },
        { id: 'groups', label: '人群类别（可多选）', type: 'multiChoice', options: opts('残疾人', '老年人', '未成年人', '妇女', '农民工', '军人军属', '其他'), example: '农民工' },
      ],
    },
    {
      title: '申请事项',
      fields: [
        { id: 'role', label: '申请人在案件中的地位', type: 'choice', required: true, options: opts('原告或申请人', '被告或被申请人', '第三人', '犯罪嫌疑人或被告人', '被害人', '自诉人'), example: '原告或申请人', print: { span: 'half' } },
        { id: 'aidType', label: '申请的法律援助', type: 'choice', required: true, options: opts('民事诉讼代理', '行政诉讼代理', '劳动仲裁代理', '刑事辩护', '刑事被害人代理', '调解等非诉讼代理', '代写法律文书'), example: '劳动仲裁代理', print: { span: 'half' } },
        { id: 'cause', label: '案由', type: 'choice', required: true, options: opts('追索劳动报酬', '工伤', '其他劳动争议', '婚姻家庭', '赡养、抚养、扶养', '交通事故赔偿', '其他人身损害赔偿', '社会保险待遇', '其他'), example: '追索劳动报酬', print: { span: 'half' } },
        { id: 'stage', label: '案件所处阶段', type: 'choice', required: true, options: opts('尚未起诉或申请仲裁', '仲裁中', '一审', '二审', '执行', '侦查或审查起诉'), example: '尚未起诉或申请仲裁', print: { span: 'half' } },
        { id: 'opponent', label: '对方当事人', type: 'text', maxLength: 60, example: '澄州市文昌建筑劳务有限公司', help: '单位写全称，个人写姓名' },
        { id: 'facts', label: '案情及申请理由', type: 'textarea', required: true, minLength: 20, maxLength: 1000, example: '本人于2025年3月至2026年8月在该公司从事钢筋工作，公司拖欠工资共计38000元，多次催要未果，本人经济困难，无力聘请律师，申请法律援助。', help: '写明发生了什么、对方是谁、你要求什么，以及为什么需要法律援助' },
        { id: 'appliedBefore', label: '本案曾经申请过法律援助', type: 'checkbox', example: 'false' },
      ],
    },
    {
      title: '家庭经济状况',
      help: '属于免予核查经济困难情形的（如低保、特困人员、追索劳动报酬）也请填写，窗口核实',
      fields: [
        { id: 'householdSize', label: '家庭人口', type: 'number', required: true, min: 1, max: 20, unit: '人', example: '3', print: { span: 'half' } },
        { id: 'monthlyIncome', label: '家庭月收入', type: 'number', required: true, min: 0, max: 1000000, decimals: 2, unit: '元', example: '2600', print: { span: 'half' } },
        { id: 'incomeNote', label: '收入来源和财产情况', type: 'textarea', maxLength: 300, example: '配偶打零工，月收入约2600元；自有住房一套（自住）', help: '家庭成员的工作收入、养老金、补贴，以及住房、车辆、存款' },
      ],
    },
  ],
  {
    intro: '请如实填写，以欺骗方式获得法律援助的，将终止援助并追回费用。',
    rules: [agrees()],
    print: { declaration: '本人承诺所填内容真实，经济困难状况属实，并愿意接受核查。', signers: ['申请人'] },
  },
);

const accident = { field: 'injuryType', is: 'accident' } as const;
const disease = { field: 'injuryType', is: 'disease' } as const;
const byOther: FieldIn['showWhen'] = { field: 'applicantType', is: ['relative', 'union', 'employer'] };
const workInjury = form(
  'work-injury',
  'work-injury',
  '工伤认定申请表',
  [
    {
      title: '申请人',
      help: '职工本人申请的，只选“受伤职工本人”',
      fields: [
        {
          id: 'applicantType',
          label: '申请人',
          type: 'choice',
          required: true,
          options: [
            { value: 'self', label: '受伤职工本人' },
            { value: 'relative', label: '职工近亲属' },
            { value: 'union', label: '工会组织' },
            { value: 'employer', label: '用人单位' },
          ],
          example: 'self',
        },
        { id: 'applicantName', label: '申请人姓名或单位名称', type: 'text', showWhen: byOther, requiredWhen: byOther, maxLength: 60, example: '李芳' },
        { id: 'applicantRelation', label: '与职工关系', type: 'choice', showWhen: { field: 'applicantType', is: 'relative' }, requiredWhen: { field: 'applicantType', is: 'relative' }, options: opts('配偶', '子女', '父母', '兄弟姐妹', '祖父母、外祖父母', '孙子女、外孙子女'), example: '配偶', print: { span: 'half' } },
        { id: 'applicantPhone', label: '申请人联系电话', type: 'phone', showWhen: byOther, requiredWhen: byOther, example: liFang.phone, print: { span: 'half' } },
      ],
    },
    {
      title: '受伤害职工',
      fields: [
        ...person({ who: zhangMing, parts: ['sex', 'birthDate', 'idNumber', 'address', 'phone'], fromCard: true, addressLabel: '家庭地址' }),
        { id: 'employer', label: '工作单位', type: 'text', required: true, maxLength: 60, example: '澄州市文昌机械制造有限公司', help: '与职工存在劳动关系的单位全称' },
        { id: 'employerPhone', label: '单位联系电话', type: 'phone', required: true, example: '0571-88886666', print: { span: 'half' } },
        { id: 'job', label: '职业、工种或工作岗位', type: 'text', required: true, maxLength: 30, example: '车床操作工', print: { span: 'half' } },
        { id: 'startDate', label: '参加工作时间', type: 'date', required: true, dateBound: 'notFuture', example: '2019-07-01', help: '到本单位工作的时间', print: { span: 'half' } },
      ],
    },
    {
      title: '事故伤害或职业病情况',
      fields: [
        { id: 'injuryType', label: '伤害类型', type: 'choice', required: true, options: [{ value: 'accident', label: '事故伤害' }, { value: 'disease', label: '职业病' }], example: 'accident', print: { span: 'half' } },
        { id: 'accidentDate', label: '事故发生日期', type: 'date', showWhen: accident, requiredWhen: accident, dateBound: 'notFuture', example: '2026-10-12', print: { span: 'half' } },
        { id: 'accidentTime', label: '事故发生时刻', type: 'text', showWhen: accident, requiredWhen: accident, pattern: '([01]\\d|2[0-3]):[0-5]\\d', patternMessage: '按24小时制写时和分，如 09:30', example: '09:30', print: { span: 'half' } },
        { id: 'accidentPlace', label: '事故发生地点', type: 'text', showWhen: accident, requiredWhen: accident, maxLength: 100, example: '公司二号车间3号车床旁', help: '具体到工作场所的位置' },
        { id: 'injuredPart', label: '受伤害部位', type: 'text', showWhen: accident, requiredWhen: accident, maxLength: 60, example: '右手食指', print: { span: 'half' } },
        { id: 'diseaseName', label: '职业病名称', type: 'text', showWhen: disease, requiredWhen: disease, maxLength: 60, example: '职业性噪声聋', help: '按职业病诊断证明书填写' },
        { id: 'exposure', label: '接触职业病危害岗位和时间', type: 'text', showWhen: disease, requiredWhen: disease, maxLength: 100, example: '冲压车间操作工，2015年至2026年' },
        { id: 'diagnosisDate', label: '诊断时间', type: 'date', required: true, dateBound: 'notFuture', example: '2026-10-12', help: '首次诊断或职业病诊断的日期', print: { span: 'half' } },
        { id: 'hospital', label: '诊断机构', type: 'text', required: true, maxLength: 60, example: '澄州市第一人民医院', print: { span: 'half' } },
        { id: 'account', label: '事故经过简述', type: 'textarea', required: true, minLength: 20, maxLength: 1000, example: '2026年10月12日9时30分，本人在二号车间操作3号车床加工零件时，右手食指被卡盘夹伤，同事当即送澄州市第一人民医院，诊断为右手食指骨折。', help: '写明在什么时间、什么地点、做什么工作时，因什么原因受伤，伤在哪里，怎样送医' },
      ],
    },
  ],
  {
    intro: '事故伤害发生之日或职业病诊断之日起1年内，职工或其近亲属、工会组织可以申请；用人单位应在30日内申请。',
    rules: [
      agrees(),
      { kind: 'dateOrder', earlier: 'startDate', later: 'accidentDate', message: '事故日期不能早于参加工作时间' },
      { kind: 'dateOrder', earlier: 'accidentDate', later: 'diagnosisDate', message: '诊断时间不能早于事故发生日期' },
      { kind: 'differs', fields: ['phone', 'employerPhone'], message: '请填写单位的电话，不要与职工本人的相同' },
    ],
    print: { declaration: TRUE_DECLARATION, signers: ['申请人（单位申请的加盖公章）'] },
  },
);

const authorisation = form(
  'no-crime-cert',
  'authorisation',
  '授权委托书',
  [
    { title: '委托人', fields: person({ who: zhangMing, parts: ['idNumber', 'phone'], fromCard: true }) },
    {
      title: '受托人',
      help: '受托人办理时须携带本人居民身份证原件',
      fields: [
        ...person({ who: wangQiang, parts: ['idNumber', 'phone'], prefix: 'agent', label: '受托人' }),
        { id: 'agentRelation', label: '受托人与委托人关系', type: 'choice', required: true, options: opts('配偶', '父母', '子女', '兄弟姐妹', '其他亲属', '同事', '朋友', '其他'), example: '兄弟姐妹', print: { span: 'half' } },
      ],
    },
    {
      title: '委托事项和权限',
      fields: [
        { id: 'matter', label: '委托事项', type: 'text', required: true, maxLength: 100, example: '代为申请开具无犯罪记录证明', help: '写明所办事项的名称，与窗口办理的事项一致' },
        {
          id: 'powers',
          label: '委托权限（可多选）',
          type: 'multiChoice',
          required: true,
          options: [
            { value: 'submit', label: '提交申请材料' },
            { value: 'sign', label: '签署有关文件' },
            { value: 'amend', label: '修改、补正材料' },
            { value: 'collect', label: '领取办理结果' },
          ],
          example: 'submit,collect',
        },
        { id: 'validFrom', label: '委托期限自', type: 'date', required: true, example: '2026-12-01', print: { span: 'half' } },
        { id: 'validTo', label: '委托期限至', type: 'date', required: true, example: '2027-02-28', help: '事项办结所需的时间，一般不超过一年', print: { span: 'half' } },
      ],
    },
  ],
  {
    rules: [
      { kind: 'differs', fields: ['idNumber', 'agentIdNumber'], message: '受托人不能是委托人本人' },
      { kind: 'differs', fields: ['phone', 'agentPhone'], message: '请留受托人本人的电话，不要与委托人相同' },
      { kind: 'dateOrder', earlier: 'validFrom', later: 'validTo', message: '委托期限的结束日期不能早于开始日期' },
    ],
    print: { declaration: '委托人对受托人在上述权限和期限内办理的事项予以承认，并承担相应的法律责任。', signers: ['委托人', '受托人'], materials: false },
  },
);

export const seedForms: readonly FormDefinition[] = [
  idcardApplication,
  hukouMove,
  individualRegistration,
  hfWithdraw,
  residentPension,
  disabilityCard,
  dibao,
  exitEntry,
  marriageDeclaration,
  legalAid,
  workInjury,
  authorisation,
  ...moreForms,
];
