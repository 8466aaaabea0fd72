// 市场监督管理: company and branch registration, 个体工商户 and co-operative papers, food and drug
// licences, special equipment, equity pledges and credit repair.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, area, check, choice, company, date, defineForm, ex, half, idn, multi, num, opt, phone, sqm, text, uscc, wan, when, type SectionIn } from './common.ts';

const COMPANY_TYPES = ['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '有限责任公司（法人独资）', '股份有限公司', '其他'];
const SCOPE_HELP = '按《经营范围规范表述目录》选择填写；许可项目写明，取得许可后方可经营';
const FOOD_FORMS = ['食品销售经营者', '餐饮服务经营者', '单位食堂'];
const FOOD_ITEMS = ['预包装食品销售（含冷藏冷冻食品）', '散装食品销售', '特殊食品销售', '热食类食品制售', '冷食类食品制售', '生食类食品制售', '半成品制售', '自制饮品制售'];

const shareholder = (n: 1 | 2, name: string, idOrCode: string, amount: string): SectionIn => ({
  title: n === 1 ? '股东（发起人）一' : '股东（发起人）二（如有）',
  fields: [
    n === 1 ? text(`holder${n}Name`, '股东姓名或名称', name, { maxLength: 100 }) : opt(text(`holder${n}Name`, '股东姓名或名称', name, { maxLength: 100 })),
    opt(text(`holder${n}Id`, '证件号码（身份证号或统一社会信用代码）', idOrCode, { maxLength: 18, pattern: '[0-9A-Z]{18}', patternMessage: '填写18位身份证号码或统一社会信用代码' })),
    half(opt(wan(`holder${n}Amount`, '认缴出资额', amount))),
    half(opt(choice(`holder${n}Method`, '出资方式', ['货币', '实物', '知识产权', '土地使用权', '股权', '债权'], '货币'))),
  ],
});

/** 公司登记（备案）申请书: setting up, changes and filings, one paper with 勾选 of what is done. */
const companyRegistration = defineForm(
  'company-setup',
  'company-registration',
  '公司登记（备案）申请书',
  [
    {
      title: '申请事项',
      fields: [
        choice('matter', '申请类型', ['设立登记', '变更登记', '备案'], '设立登记'),
        when('matter', '变更登记', multi('changes', '变更事项', ['名称', '住所', '法定代表人', '注册资本', '经营范围', '公司类型', '股东'], '住所')),
        when('matter', '变更登记', area('changeDetail', '变更前后内容', '住所由澄州市澜溪区文昌路18号变更为望江路66号2幢501室', { maxLength: 300 })),
        when('matter', '备案', multi('filings', '备案事项', ['章程', '董事', '监事', '经理', '联络员', '财务负责人', '清算组'], '联络员')),
      ],
    },
    {
      title: '公司基本信息',
      fields: [
        text('unitName', '公司名称', ex.company, { maxLength: 100, help: '已通过名称自主申报的名称' }),
        opt(uscc('uscc', '统一社会信用代码（设立时不填）', ex.uscc)),
        choice('companyType', '公司类型', COMPANY_TYPES, COMPANY_TYPES[0]!),
        addr('unitAddress', '住所', ex.companyAddress),
        half(wan('capital', '注册资本', '100', { min: 0.0001 })),
        half(num('term', '营业期限', '30', { unit: '年', max: 100, help: '长期的填0' })),
        area('scope', '经营范围', '软件开发；信息技术咨询服务；计算机系统服务', { help: SCOPE_HELP }),
      ],
    },
    {
      title: '法定代表人及主要人员',
      fields: [
        half(text('legalRep', '法定代表人姓名', ex.name, { maxLength: 30 })),
        half(choice('legalRepRole', '法定代表人职务', ['董事长', '执行董事（董事）', '经理'], '执行董事（董事）')),
        idn('legalRepId', '法定代表人公民身份号码', ex.id),
        phone('legalRepPhone', '法定代表人手机', ex.phone),
        opt(text('supervisor', '监事姓名（不设监事的不填）', ex.spouse, { maxLength: 30 })),
        text('finance', '财务负责人姓名', ex.agent, { maxLength: 30 }),
        text('liaison', '联络员姓名', ex.agent, { maxLength: 30 }),
      ],
    },
    shareholder(1, ex.name, ex.id, '60'),
    shareholder(2, ex.spouse, ex.spouseId, '40'),
    agentSection('经办人（指定代表或委托代理人）'),
  ],
  {
    unit: true,
    intro: '设立、变更、备案使用本申请书，勾选申请类型后填写相应栏目。有限责任公司股东认缴的出资额应自公司成立之日起五年内缴足。股东超过两名的，另附股东名录。',
    signers: ['法定代表人签字', '全体股东签字（盖章）（设立时）', '公司盖章（变更、备案时）'],
    declaration: '本公司（申请人）承诺所填内容及提交材料真实、合法、有效，复印件与原件一致，对申请材料实质内容的真实性负责。',
  },
);

/** 公司章程: the reference format's blanks (参考格式), not a free text. */
const articles = defineForm(
  'company-setup',
  'articles-of-association',
  '有限责任公司章程（参考格式）',
  [
    {
      title: '公司名称和住所',
      fields: [text('unitName', '公司名称', ex.company, { maxLength: 100 }), addr('unitAddress', '公司住所', ex.companyAddress), area('scope', '经营范围', '软件开发；信息技术咨询服务；计算机系统服务', { help: SCOPE_HELP })],
    },
    {
      title: '注册资本和股东出资',
      fields: [
        wan('capital', '注册资本', '100', { min: 0.0001 }),
        text('holder1Name', '股东一姓名或名称', ex.name, { maxLength: 100 }),
        half(wan('holder1Amount', '股东一认缴出资额', '60')),
        half(date('holder1Due', '股东一出资期限', '2030-06-30', { help: '自公司成立之日起不超过五年' })),
        opt(text('holder2Name', '股东二姓名或名称（如有）', ex.spouse, { maxLength: 100 })),
        half(opt(wan('holder2Amount', '股东二认缴出资额', '40'))),
        half(opt(date('holder2Due', '股东二出资期限', '2030-06-30'))),
      ],
    },
    {
      title: '组织机构',
      fields: [
        choice('board', '董事会或董事', ['设董事会', '不设董事会，设一名董事'], '不设董事会，设一名董事'),
        choice('supervision', '监督机构', ['设监事会', '设一名监事', '不设监事（全体股东一致同意）', '董事会设审计委员会'], '设一名监事'),
        choice('legalRepRole', '法定代表人由谁担任', ['董事长', '董事', '经理'], '董事'),
        num('term', '营业期限（年，长期填0）', '30', { unit: '年', max: 100 }),
      ],
    },
  ],
  {
    intro: '本参考格式只列章程必须载明的事项（公司法第四十六条）；另有约定的，可另附条款。章程由全体股东签名或盖章。',
    signers: ['全体股东签名（盖章）'],
    declaration: '全体股东同意本章程，本章程自公司设立登记之日起生效。',
  },
);

const cancelReasons = ['决议解散', '章程规定的营业期限届满', '依法被吊销营业执照、责令关闭或者被撤销', '人民法院依法予以解散', '其他'];

const companyCancel = defineForm(
  'company-cancel',
  'company-cancel',
  '公司注销登记申请书',
  [
    { title: '公司信息', fields: company() },
    {
      title: '注销信息',
      fields: [
        choice('reason', '注销原因', cancelReasons, '决议解散'),
        when('reason', '其他', text('reasonOther', '其他原因', '合并', { maxLength: 100 })),
        date('noticeDate', '清算组公告日期', '2026-09-01', { dateBound: 'notFuture', help: '在国家企业信用信息公示系统公告债权人之日' }),
        check('debtsSettled', '债权债务已清算完结，清算报告已经股东会确认'),
        check('taxCleared', '已办结清税（清税证明可共享获取）'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '一般注销须先成立清算组并公告45日；未开业或无债权债务的可选简易注销。' },
);

const simpleCancel = defineForm(
  'company-cancel-simple',
  'company-simple-cancel',
  '简易注销登记申请书',
  [
    { title: '企业信息', fields: company({ name: '企业名称' }) },
    {
      title: '承诺事项',
      help: '简易注销公告期20日，期满无异议的方可申请注销登记',
      fields: [
        choice('status', '企业状况', ['未开业', '无债权债务', '已将债权债务清偿完结'], '无债权债务'),
        date('noticeEnd', '简易注销公告期满日期', '2026-11-20', { dateBound: 'notFuture' }),
        check('noPending', '不存在未结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款）'),
        check('allAgree', '全体投资人同意并承诺对以上情况的真实性负责'),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['全体投资人签字（盖章）', '企业盖章'], declaration: '本企业全体投资人承诺：如违法失信，愿承担相应法律后果和责任，并自愿接受相关部门依法实施的联合惩戒。' },
);

const branch = defineForm(
  'branch-setup',
  'branch-registration',
  '分公司登记申请书',
  [
    { title: '隶属公司', fields: [text('unitName', '隶属公司名称', ex.company, { maxLength: 100 }), uscc('uscc', '隶属公司统一社会信用代码')] },
    {
      title: '分公司信息',
      fields: [
        text('branchName', '分公司名称', '澄州市澜溪区明远科技有限公司江南分公司', { maxLength: 100, help: '隶属公司名称后加“分公司”或所在地名' }),
        addr('branchAddress', '营业场所', '浙江省澄州市澜溪区江南大道100号1幢301室'),
        half(text('branchHead', '负责人姓名', ex.spouse, { maxLength: 30 })),
        half(phone('branchHeadPhone', '负责人联系电话', ex.spousePhone)),
        idn('branchHeadId', '负责人公民身份号码', ex.spouseId),
        area('scope', '经营范围', '软件开发；信息技术咨询服务', { help: '不得超出隶属公司的经营范围' }),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['隶属公司法定代表人签字', '隶属公司盖章'] },
);

const individualCancel = defineForm(
  'individual-cancel',
  'individual-cancel',
  '个体工商户注销登记申请书',
  [
    {
      title: '个体工商户',
      fields: [
        text('unitName', '个体工商户名称（无名称的填经营者姓名）', '澜溪区张明早餐店', { maxLength: 100 }),
        uscc('uscc'),
        addr('unitAddress', '经营场所', ex.companyAddress),
      ],
    },
    { title: '经营者', fields: [half(text('name', '经营者姓名', ex.name, { maxLength: 30, prefillFrom: 'name' })), half(phone('phone', '联系电话', ex.phone)), idn('idNumber', '经营者公民身份号码', ex.id, { prefillFrom: 'idNumber' })] },
    {
      title: '注销信息',
      fields: [
        choice('reason', '注销原因', ['经营者自愿停止经营', '经营者死亡或丧失经营能力', '被吊销营业执照', '其他'], '经营者自愿停止经营'),
        check('noDebts', '无未结清的债权债务，已办结清税'),
      ],
    },
  ],
  { signers: ['经营者签字'] },
);

const coop = defineForm(
  'coop-setup',
  'coop-registration',
  '农民专业合作社登记（备案）申请书',
  [
    {
      title: '合作社信息',
      fields: [
        text('unitName', '合作社名称', '澄州市澜溪区绿源果蔬专业合作社', { maxLength: 100, help: '名称中含“专业合作社”字样' }),
        addr('unitAddress', '住所', '浙江省澄州市澜溪区江南镇东桥村5组18号'),
        wan('capital', '成员出资总额', '50'),
        area('scope', '业务范围', '组织收购、销售成员种植的蔬菜、水果；为成员提供农业生产技术服务'),
      ],
    },
    {
      title: '成员和法定代表人',
      fields: [
        num('members', '成员总数', '12', { unit: '人', min: 5, max: 100000, help: '至少五名成员；农民至少占成员总数的百分之八十' }),
        num('farmers', '其中农民成员数', '11', { unit: '人', max: 100000 }),
        half(text('legalRep', '理事长（法定代表人）姓名', ex.name, { maxLength: 30 })),
        half(phone('legalRepPhone', '理事长联系电话', ex.phone)),
        idn('legalRepId', '理事长公民身份号码', ex.id),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['法定代表人签字', '全体设立人签名、盖章'] },
);

const licenseReissue = defineForm(
  'license-reissue',
  'license-reissue',
  '营业执照补领（换发）申请书',
  [
    { title: '企业信息', fields: company({ name: '企业名称' }) },
    {
      title: '申请事项',
      fields: [
        choice('matter', '申请事项', ['补领', '换发'], '补领'),
        choice('reason', '原因', ['遗失', '损毁', '其他'], '遗失'),
        multi('copies', '补领（换发）的执照', ['正本', '副本'], '正本'),
        opt(num('copyCount', '副本份数', '1', { unit: '份', max: 10 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '遗失补领的，在国家企业信用信息公示系统自行公示遗失声明后申请。' },
);

const foodSubject = (): SectionIn => ({
  title: '经营者',
  fields: [
    text('unitName', '经营者名称', '澄州市澜溪区明远餐饮管理有限公司', { maxLength: 100, help: '与营业执照名称一致' }),
    uscc('uscc'),
    half(text('legalRep', '法定代表人（负责人）', ex.name, { maxLength: 30 })),
    half(phone('unitPhone', '联系电话', ex.phone)),
  ],
});

const foodPremises = addr('premises', '经营场所', '浙江省澄州市澜溪区文昌路28号1楼');

const foodLicense = defineForm(
  'food-license-new',
  'food-license',
  '食品经营许可申请书',
  [
    foodSubject(),
    {
      title: '经营信息',
      fields: [
        foodPremises,
        choice('subject', '主体业态', FOOD_FORMS, '餐饮服务经营者'),
        multi('items', '经营项目', FOOD_ITEMS, '热食类食品制售,自制饮品制售'),
        half(sqm('floorArea', '经营场所面积', '120')),
        half(opt(num('staff', '从业人员', '8', { unit: '人', max: 100000 }))),
        half(text('safetyManager', '食品安全管理人员', ex.spouse, { maxLength: 30 })),
        half(opt(check('online', '有网络经营', { example: 'false' }))),
        when('online', true, text('onlineShop', '网店名称（平台）', '明远小厨（某外卖平台）', { maxLength: 100 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '仅销售预包装食品的，办理备案，不需要许可。许可证有效期5年。', signers: ['法定代表人（负责人）签字', '申请人盖章'] },
);

const foodChange = defineForm(
  'food-license-change',
  'food-license-change',
  '食品经营许可变更申请书',
  [
    foodSubject(),
    {
      title: '变更事项',
      fields: [
        text('licenseNo', '原许可证编号', 'JY23391020001234', { pattern: 'JY\\d{14}', patternMessage: '许可证编号为JY加14位数字' }),
        multi('changes', '变更事项', ['经营者名称', '法定代表人（负责人）', '经营场所（门牌号变化）', '主体业态', '经营项目'], '经营项目'),
        area('before', '变更前内容', '热食类食品制售', { maxLength: 300 }),
        area('after', '变更后内容', '热食类食品制售；冷食类食品制售', { maxLength: 300 }),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '经营场所实际改变的，应重新申请许可，不适用变更。' },
);

const foodRenew = defineForm(
  'food-license-renew',
  'food-license-renew',
  '食品经营许可延续申请书',
  [
    foodSubject(),
    {
      title: '延续信息',
      fields: [
        text('licenseNo', '原许可证编号', 'JY23391020001234', { pattern: 'JY\\d{14}', patternMessage: '许可证编号为JY加14位数字' }),
        date('validTo', '原许可证有效期至', '2027-02-28'),
        choice('changed', '经营条件', ['未发生变化', '发生变化'], '未发生变化'),
        when('changed', '发生变化', area('changes', '变化情况', '厨房布局调整，增设专间', { maxLength: 300 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '在许可证有效期届满前90个工作日至15个工作日期间提出。' },
);

const foodCancel = defineForm(
  'food-license-cancel',
  'food-license-cancel',
  '食品经营许可注销申请书',
  [
    foodSubject(),
    {
      title: '注销信息',
      fields: [
        text('licenseNo', '许可证编号', 'JY23391020001234', { pattern: 'JY\\d{14}', patternMessage: '许可证编号为JY加14位数字' }),
        choice('reason', '注销原因', ['主动申请终止食品经营', '营业执照已注销或吊销', '许可有效期届满未延续', '其他'], '主动申请终止食品经营'),
        when('reason', '其他', text('reasonOther', '其他原因', '经营场所拆迁', { maxLength: 100 })),
        check('returnLicense', '交回许可证正、副本（遗失的说明情况）'),
      ],
    },
    agentSection(),
  ],
  { unit: true },
);

const prepack = defineForm(
  'food-prepack-filing',
  'prepack-filing',
  '仅销售预包装食品备案信息采集表',
  [
    {
      title: '经营者',
      fields: [
        text('unitName', '经营者名称', '澜溪区张明便利店', { maxLength: 100 }),
        uscc('uscc'),
        half(text('legalRep', '法定代表人（负责人、经营者）', ex.name, { maxLength: 30, prefillFrom: 'name' })),
        half(phone('phone', '联系电话', ex.phone)),
        idn('legalRepId', '公民身份号码', ex.id, { prefillFrom: 'idNumber' }),
      ],
    },
    {
      title: '经营信息',
      fields: [
        foodPremises,
        choice('subject', '主体业态', ['食品销售经营者（便利店）', '食品销售经营者（商场超市）', '食品销售经营者（食杂店）', '食品销售经营者（其他）'], '食品销售经营者（便利店）'),
        multi('categories', '经营项目', ['预包装食品（不含冷藏冷冻）', '预包装食品（含冷藏冷冻）', '婴幼儿配方乳粉以外的特殊食品'], '预包装食品（不含冷藏冷冻）'),
        half(opt(sqm('floorArea', '经营面积', '45'))),
        half(opt(check('online', '有网络经营', { example: 'false' }))),
      ],
    },
  ],
  { intro: '仅销售预包装食品的，在办理营业执照时一并备案，或在开始销售前备案；已取得食品经营许可证的不需备案。', signers: ['经营者签字（盖章）'] },
);

const drugRetail = defineForm(
  'drug-retail-license',
  'drug-retail',
  '药品经营许可证申请表（零售）',
  [
    foodSubject(),
    {
      title: '经营条件',
      fields: [
        addr('premises', '经营地址', '浙江省澄州市澜溪区文昌路30号1楼'),
        opt(text('warehouse', '仓库地址（无仓库的不填）', '浙江省澄州市澜溪区文昌路30号地下1层', { maxLength: 100 })),
        choice('mode', '经营方式', ['药品零售', '药品零售（连锁门店）'], '药品零售'),
        multi('range', '经营范围', ['中药饮片', '中成药', '化学药', '生物制品', '第二类精神药品', '其他'], '中成药,化学药'),
        sqm('floorArea', '营业面积', '80'),
        half(text('qualityHead', '质量负责人姓名', ex.spouse, { maxLength: 30 })),
        half(text('pharmacist', '执业药师姓名', ex.agent, { maxLength: 30 })),
        text('pharmacistCert', '执业药师注册证编号', '33202301234567', { maxLength: 30 }),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '经营处方药、甲类非处方药的，应配备执业药师。' },
);

const specialEquipment = defineForm(
  'special-equipment-use',
  'special-equipment',
  '特种设备使用登记表',
  [
    { title: '使用单位', fields: company({ name: '使用单位名称' }) },
    {
      title: '设备信息',
      help: '一台设备填写一份',
      fields: [
        choice('kind', '设备类别', ['锅炉', '压力容器', '电梯', '起重机械', '场（厂）内专用机动车辆', '大型游乐设施', '压力管道'], '电梯'),
        half(text('model', '设备型号', 'TKJ1000/1.75-JXW', { maxLength: 40 })),
        half(text('factoryNo', '产品编号（出厂编号）', 'E2026051801', { maxLength: 40 })),
        text('maker', '制造单位', '澄州市某电梯制造有限公司', { maxLength: 100 }),
        addr('location', '设备使用地点', '浙江省澄州市澜溪区望江路66号2幢'),
        half(date('inUse', '投入使用日期', '2026-10-10', { dateBound: 'notFuture' })),
        half(text('safetyManager', '安全管理人员', ex.agent, { maxLength: 30 })),
        opt(text('inspectionNo', '监督检验报告编号', 'DT2026-0518', { maxLength: 40 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '特种设备投入使用前或投入使用后30日内办理使用登记。' },
);

const equityPledge = defineForm(
  'equity-pledge',
  'equity-pledge',
  '股权出质设立登记申请书',
  [
    { title: '股权所在公司', fields: [text('unitName', '公司名称', ex.company, { maxLength: 100 }), uscc('uscc', '公司统一社会信用代码')] },
    {
      title: '出质与质权',
      fields: [
        text('pledgor', '出质人姓名或名称', ex.name, { maxLength: 100 }),
        text('pledgorId', '出质人证件号码', ex.id, { pattern: '[0-9A-Z]{18}', patternMessage: '填写18位身份证号码或统一社会信用代码' }),
        text('pledgee', '质权人姓名或名称', '澄州农村商业银行股份有限公司澜溪支行', { maxLength: 100 }),
        text('pledgeeId', '质权人证件号码', '91339102MA2C00001X', { pattern: '[0-9A-Z]{18}', patternMessage: '填写18位身份证号码或统一社会信用代码' }),
        wan('amount', '出质股权数额', '60', { help: '出资额或股份数额' }),
        wan('debt', '被担保债权数额', '200'),
      ],
    },
    agentSection('指定代表或委托代理人'),
  ],
  { intro: '出质人和质权人共同申请，提交双方签字或盖章的质押合同。', signers: ['出质人签字（盖章）', '质权人签字（盖章）'] },
);

const creditRepair = defineForm(
  'abnormal-removal',
  'credit-repair',
  '信用修复申请书',
  [
    { title: '申请企业', fields: company({ name: '企业名称' }) },
    {
      title: '修复事项',
      fields: [
        choice('listed', '被列入的原因', ['未按规定报送年度报告', '未按规定公示即时信息', '公示信息隐瞒真实情况、弄虚作假', '通过登记的住所或者经营场所无法联系'], '未按规定报送年度报告'),
        date('listedOn', '列入日期', '2026-07-01', { dateBound: 'notFuture' }),
        area('corrected', '整改情况', '已补报2025年度报告并公示，已更正联系方式，可通过登记住所联系。', { minLength: 10 }),
        check('promise', '已履行相关义务，承诺今后依法按时公示信息'),
      ],
    },
    agentSection(),
  ],
  { unit: true, declaration: '本企业承诺已纠正失信行为，所交材料真实有效；如违背承诺，自愿接受有关部门依法处理。' },
);

export const marketForms: readonly FormDefinition[] = [
  companyRegistration,
  articles,
  companyCancel,
  simpleCancel,
  branch,
  individualCancel,
  coop,
  licenseReissue,
  foodLicense,
  foodChange,
  foodRenew,
  foodCancel,
  prepack,
  drugRetail,
  specialEquipment,
  equityPledge,
  creditRepair,
];
