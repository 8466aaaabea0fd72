// 住房公积金 and 不动产登记: unit registration and account opening, the loan, transfers, base
// adjustment and early repayment; the real-estate registration application and the lost-certificate notice.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, applicant, applicantAgrees, bankCard, check, choice, company, date, defineForm, ex, half, idn, money, multi, num, opt, phone, proxySection, sign, sqm, text, uscc, wan, when } from './common.ts';

const HF_ACCOUNT = { pattern: '\\d{9,16}', patternMessage: '公积金账号为9至16位数字' };
const unitRef = () => [text('unitName', '单位名称', ex.company, { maxLength: 100 }), uscc('uscc'), opt(text('unitAccount', '单位公积金账号', '339102000123', HF_ACCOUNT))];
const rate = (id: string, label: string) => num(id, label, '12', { unit: '%', min: 5, max: 12, help: '5%至12%，按本市规定' });

const hfUnit = defineForm(
  'hf-unit-register',
  'hf-unit',
  '单位住房公积金缴存登记表',
  [
    { title: '单位信息', fields: [...company(), choice('unitType', '单位性质', ['企业', '机关', '事业单位', '社会组织', '个体工商户', '其他'], '企业')] },
    {
      title: '缴存信息',
      fields: [
        half(rate('unitRate', '单位缴存比例')),
        half(rate('personRate', '个人缴存比例')),
        half(num('employees', '缴存职工人数', '12', { unit: '人', min: 1, max: 1000000 })),
        half(date('firstMonth', '首次缴存月份（填该月1日）', '2026-12-01')),
        text('bank', '受托银行', ex.bankName, { maxLength: 60 }),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '单位应自设立之日起30日内办理缴存登记，并为本单位职工办理账户设立。' },
);

const hfAccount = defineForm(
  'hf-account-open',
  'hf-account',
  '职工住房公积金账户设立清册',
  [
    { title: '单位', fields: unitRef() },
    {
      title: '职工',
      help: '一名职工一栏；多名职工的，另附清册',
      fields: [
        half(text('workerName', '职工姓名', ex.spouse, { maxLength: 30 })),
        half(phone('workerPhone', '职工手机', ex.spousePhone)),
        idn('workerIdNumber', '职工公民身份号码', ex.spouseId),
        money('base', '缴存基数（上年月平均工资）', '6500', { max: 1000000 }),
        half(money('monthly', '月缴存额（单位＋个人）', '1560', { max: 1000000 })),
        half(date('startMonth', '起缴月份（填该月1日）', '2026-12-01')),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '新参加工作的职工从参加工作的第二个月开始缴存，单位新调入的职工从调入单位发放工资之日起缴存。' },
);

const hfLoan = defineForm(
  'hf-loan',
  'hf-loan',
  '个人住房公积金借款申请表',
  [
    { title: '借款人', fields: [...applicant({ address: '现住址' }), text('hfAccount', '公积金个人账号', '330100123456', HF_ACCOUNT)] },
    {
      title: '婚姻状况和共同借款人',
      help: '已婚的，配偶为共同借款人',
      fields: [
        choice('marriage', '婚姻状况', ['已婚', '未婚', '离异', '丧偶'], '已婚'),
        when('marriage', '已婚', text('coName', '共同借款人姓名', ex.spouse, { maxLength: 30 })),
        when('marriage', '已婚', idn('coIdNumber', '共同借款人公民身份号码', ex.spouseId)),
        when('marriage', '已婚', phone('coPhone', '共同借款人联系电话', ex.spousePhone)),
      ],
    },
    {
      title: '所购房屋和借款',
      fields: [
        addr('house', '房屋坐落', '浙江省澄州市澜溪区望江路66号5幢302室'),
        half(choice('houseKind', '房屋类型', ['新建商品房', '存量房（二手房）', '自建、翻建、大修'], '新建商品房')),
        half(sqm('houseArea', '建筑面积', '89.5')),
        money('price', '房屋总价', '1680000'),
        half(wan('amount', '申请借款金额', '80', { decimals: 2, min: 1, max: 1000 })),
        half(num('years', '借款期限', '30', { unit: '年', min: 1, max: 30 })),
        choice('repayment', '还款方式', ['等额本息', '等额本金'], '等额本息'),
        bankCard('bankAccount', '还款银行账号'),
      ],
    },
  ],
  {
    rules: [applicantAgrees(), { kind: 'differs', fields: ['idNumber', 'coIdNumber'], message: '共同借款人的身份证号码不能与借款人相同' }],
    intro: '借款额度、期限和首付比例按本市住房公积金贷款政策确定；借款人年龄与借款期限之和不超过法定退休年龄后5年。',
    signers: ['借款人', '共同借款人'],
  },
);

const hfTransfer = defineForm(
  'hf-transfer',
  'hf-transfer',
  '住房公积金异地转移接续申请表',
  [
    { title: '职工', fields: applicant({ address: false }) },
    {
      title: '转移信息',
      fields: [
        text('fromCity', '原缴存城市', '江苏省南京市', { maxLength: 30 }),
        text('fromCenter', '原住房公积金管理中心', '南京住房公积金管理中心', { maxLength: 60 }),
        text('fromAccount', '原个人公积金账号', '320100987654', HF_ACCOUNT),
        text('toAccount', '现个人公积金账号（本市）', '330100123456', HF_ACCOUNT),
        check('closedThere', '原账户已封存（原单位已办理减员）'),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '在转入地缴存后，向转入地公积金中心申请，资金由两地中心直接划转，不需回原缴存地。' },
);

const hfBase = defineForm(
  'hf-base-adjust',
  'hf-base',
  '住房公积金缴存基数调整表',
  [
    { title: '单位', fields: unitRef() },
    {
      title: '调整信息',
      help: '全体职工调整的，另附职工调整清册',
      fields: [
        text('year', '调整年度', '2027', { pattern: '20\\d{2}', patternMessage: '填四位年份' }),
        half(rate('unitRate', '单位缴存比例')),
        half(rate('personRate', '个人缴存比例')),
        half(num('workers', '调整职工人数', '12', { unit: '人', min: 1, max: 1000000 })),
        half(money('baseTotal', '调整后缴存基数合计', '84000', { max: 1_000_000_000 })),
        check('withinLimits', '缴存基数不高于本市上限、不低于本市最低工资标准'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '每年按职工上一年度月平均工资调整一次缴存基数。' },
);

const hfPrepay = defineForm(
  'hf-loan-prepay',
  'hf-prepay',
  '住房公积金贷款提前还款申请表',
  [
    { title: '借款人', fields: [...applicant({ address: false }), text('loanNo', '借款合同编号', 'GJJ2021339102000456', { maxLength: 30 })] },
    {
      title: '还款方式',
      fields: [
        choice('kind', '提前还款方式', ['部分提前还款', '全部提前还款（结清）'], '部分提前还款'),
        when('kind', '部分提前还款', money('amount', '提前还款金额', '100000', { min: 10000, help: '部分提前还款不少于1万元，按本市规定' })),
        when('kind', '部分提前还款', choice('after', '还款后', ['缩短期限，月还款额基本不变', '期限不变，减少月还款额'], '期限不变，减少月还款额')),
        choice('source', '还款资金', ['本人银行账户', '提取本人及配偶公积金'], '本人银行账户'),
        bankCard('bankAccount', '扣款银行账号'),
      ],
    },
  ],
  { rules: [applicantAgrees()], signers: ['借款人'] },
);

// --- 不动产登记 --------------------------------------------------------------------------------------

const RE_MATTERS = ['首次登记', '转移登记', '变更登记', '注销登记', '更正登记', '异议登记', '预告登记', '查封登记', '其他'];
const RE_RIGHTS = ['国有建设用地使用权', '宅基地使用权', '集体建设用地使用权', '房屋所有权', '构筑物所有权', '土地承包经营权', '林地使用权', '抵押权', '地役权', '其他'];

const reApplication = defineForm(
  're-first',
  're-application',
  '不动产登记申请书',
  [
    {
      title: '申请登记事项',
      fields: [
        multi('rights', '申请登记的权利', RE_RIGHTS, '国有建设用地使用权,房屋所有权'),
        choice('matter', '登记事由', RE_MATTERS, '转移登记'),
        when('matter', '其他', text('matterOther', '其他登记事由', '居住权登记', { maxLength: 30, help: '换证、补证、居住权等' })),
        text('cause', '登记原因', '买卖', { maxLength: 60, help: '买卖、继承、赠与、抵押、更名等，附登记原因证明文件' }),
      ],
    },
    {
      title: '不动产情况',
      fields: [
        addr('location', '不动产坐落', '浙江省澄州市澜溪区望江路66号5幢302室'),
        text('unitNo', '不动产单元号', '339102001001GB00012F00050302', { pattern: '\\d{12}[A-Z]{2}\\d{5}[A-Z]\\d{8}', patternMessage: '不动产单元号为28位，见不动产权证书' }),
        half(choice('kind', '不动产类型', ['土地', '房屋', '土地和房屋', '林地和林木', '其他'], '土地和房屋')),
        half(choice('use', '用途', ['住宅', '商业', '办公', '工业', '车库车位', '其他'], '住宅')),
        half(sqm('area', '面积', '89.5')),
        half(opt(text('oldCert', '原不动产权证书号', '浙（2020）澄州市不动产权第0012345号', { maxLength: 40 }))),
        when('rights', '抵押权', wan('securedDebt', '被担保债权数额（最高债权数额）', '80', { decimals: 2 })),
        when('rights', '抵押权', text('debtTerm', '债务履行期限（债权确定期间）', '2026-12-10至2056-12-09', { maxLength: 40 })),
      ],
    },
    {
      title: '权利人（登记申请人）',
      fields: [
        ...applicant({ address: '通讯地址' }),
        choice('share', '共有方式', ['单独所有', '共同共有', '按份共有'], '共同共有'),
        when('share', ['共同共有', '按份共有'], text('coOwner', '共有人姓名及身份证号', `${ex.spouse} ${ex.spouseId}`, { maxLength: 100 })),
      ],
    },
    {
      title: '义务人（转移、抵押等双方申请时填写）',
      fields: [
        opt(text('obligor', '义务人姓名或名称', '赵强', { maxLength: 60 })),
        opt(text('obligorId', '义务人证件号码', ex.agentId, { pattern: '[0-9A-Z]{18}', patternMessage: '填写18位身份证号码或统一社会信用代码' })),
        opt(phone('obligorPhone', '义务人联系电话', '13905710003')),
      ],
    },
    proxySection(),
    {
      title: '证书',
      fields: [choice('certForm', '申请证书版式', ['单一版', '集成版'], '单一版'), choice('separate', '共有人是否分别持证', ['是', '否', '单独所有不适用'], '否')],
    },
  ],
  {
    rules: [applicantAgrees()],
    intro: '申请人应如实填写，对申请材料的真实性负责。双方共同申请的，双方均应签名；单位申请的加盖公章。',
    signers: ['权利人签名（盖章）', '义务人签名（盖章）'],
  },
);

const reLostNotice = defineForm(
  're-reissue',
  're-lost-notice',
  '不动产权证书遗失（灭失）声明',
  [
    { title: '权利人', fields: applicant({ address: false }) },
    {
      title: '遗失情况',
      fields: [
        text('certNo', '证书（证明）号', '浙（2020）澄州市不动产权第0012345号', { maxLength: 40 }),
        addr('location', '不动产坐落', '浙江省澄州市澜溪区望江路66号5幢302室'),
        choice('what', '情况', ['遗失', '灭失'], '遗失'),
        date('lostOn', '遗失（灭失）日期', '2026-10-08', { dateBound: 'notFuture' }),
        text('story', '遗失经过', '搬家时遗失，经查找未找到', { maxLength: 200 }),
        check('voidDeclared', '声明原证书（证明）作废'),
        sign('signature', '声明人签名'),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '补发前由登记机构在门户网站公告15个工作日。', declaration: '本人声明以上情况属实，如有虚假，愿承担由此产生的一切法律责任。', signers: ['声明人'] },
);

export const housingForms: readonly FormDefinition[] = [hfUnit, hfAccount, hfLoan, hfTransfer, hfBase, hfPrepay, reApplication, reLostNotice];
