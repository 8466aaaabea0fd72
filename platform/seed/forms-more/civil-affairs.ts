// 民政: marriage certificate reissue, social assistance (特困, 临时救助, the household check
// consent), disability subsidies, social organisations, adoption, elderly care and children's
// basic living support.
import type { FormDefinition } from '../../../domain/forms.ts';
import { minor, addr, bankCard, idn, sqm, agentSection, applicant, applicantAgrees, area, check, choice, company, date, defineForm, ex, half, money, multi, num, opt, other, phone, proxySection, sign, text, wan, when } from './common.ts';

const marriageReissue = defineForm(
  'marriage-cert-reissue',
  'marriage-reissue',
  '申请补领婚姻登记证声明书',
  [
    { title: '申请人', fields: applicant({ birth: true, address: false }) },
    {
      title: '补领信息',
      fields: [
        choice('certKind', '补领证件', ['结婚证', '离婚证'], '结婚证'),
        date('registeredOn', '原登记日期', '2012-10-01', { dateBound: 'notFuture' }),
        text('registrar', '原登记机关', '澄州市澜溪区民政局婚姻登记处', { maxLength: 60 }),
        ...other('spouse', '对方', ex.spouse, ex.spouseId),
        choice('reason', '补领原因', ['遗失', '损毁'], '遗失'),
        check('stillMarried', '本人声明：原婚姻关系状况未发生变化', { showWhen: { field: 'certKind', is: '结婚证' }, required: false, requiredWhen: { field: 'certKind', is: '结婚证' } }),
        sign('signature', '声明人签名（在登记员面前签署）'),
      ],
    },
  ],
  {
    rules: [applicantAgrees(true), { kind: 'differs', fields: ['idNumber', 'spouseIdNumber'], message: '对方的身份证号码不能与本人相同' }],
    intro: '结婚证补领须双方共同到场；离婚证补领本人到场即可。声明书在婚姻登记员面前签署，不得代签。',
    declaration: '本人声明以上内容真实，如有虚假，愿承担法律责任。',
    signers: ['声明人', '监誓人（婚姻登记员）'],
  },
);

const consent = defineForm(
  'dibao',
  'family-check-consent',
  '家庭收入、财产状况说明及授权核对书',
  [
    { title: '申请人', fields: applicant() },
    {
      title: '家庭经济状况说明',
      help: '写共同生活的全部家庭成员；成员多于两人的，另附清单',
      fields: [
        num('members', '共同生活家庭成员人数', '3', { unit: '人', min: 1, max: 20 }),
        ...other('member1', '家庭成员', ex.spouse, ex.spouseId, { relation: '配偶' }),
        money('income', '家庭上年总收入', '21600', { help: '工资、经营、财产、转移性收入之和' }),
        money('deposits', '存款及有价证券合计', '8000'),
        num('houses', '自有房屋套数', '1', { unit: '套', max: 20 }),
        num('vehicles', '机动车辆数', '0', { unit: '辆', max: 20 }),
      ],
    },
    {
      title: '授权核对',
      fields: [
        check('authorise', '本人及家庭成员授权民政部门查询、核对家庭成员的户籍、收入、存款、房产、车辆、社保、公积金、纳税等信息'),
        sign('signature', '申请人签名'),
      ],
    },
  ],
  {
    rules: [applicantAgrees(), { kind: 'differs', fields: ['idNumber', 'member1IdNumber'], message: '家庭成员的身份证号码不能与申请人相同' }],
    declaration: '本人及家庭成员承诺以上说明真实、完整；如有隐瞒或虚报，自愿退还所领救助金并承担法律责任。',
    signers: ['申请人', '共同生活家庭成员（成年人）'],
  },
);

const tekun = defineForm(
  'tekun',
  'tekun',
  '特困人员救助供养申请书',
  [
    { title: '申请人', fields: applicant({ birth: true }) },
    {
      title: '本人情况',
      fields: [
        multi('condition', '符合的条件', ['无劳动能力', '无生活来源', '无法定赡养、抚养、扶养义务人或其义务人无履行能力'], '无劳动能力,无生活来源,无法定赡养、抚养、扶养义务人或其义务人无履行能力'),
        choice('care', '生活自理能力', ['完全自理', '部分丧失', '完全丧失'], '部分丧失'),
        choice('placement', '供养方式', ['分散供养（在家）', '集中供养（供养服务机构）'], '分散供养（在家）'),
        money('monthlyIncome', '本人月收入', '300', { max: 100000 }),
        area('reason', '申请理由', '本人年满七十岁，无子女，配偶已去世，无固定收入，申请特困人员救助供养。', { minLength: 10 }),
      ],
    },
    proxySection(),
  ],
  { rules: [applicantAgrees(true)], intro: '本人申请有困难的，可委托村（居）民委员会或他人代为提出申请。' },
);

const tempAid = defineForm(
  'temp-aid',
  'temp-aid',
  '临时救助申请书',
  [
    { title: '申请人', fields: [...applicant(), num('members', '家庭人口', '3', { unit: '人', min: 1, max: 20 })] },
    {
      title: '困难情况',
      fields: [
        choice('kind', '困难类型', ['急难型（火灾、交通事故、突发重大疾病等）', '支出型（医疗、教育等必需支出突然增加）'], '支出型（医疗、教育等必需支出突然增加）'),
        date('happenedOn', '困难发生日期', '2026-10-20', { dateBound: 'notFuture' }),
        money('expense', '需自付的费用', '23000'),
        area('reason', '困难原因和程度', '配偶突发脑出血住院，自付医疗费2.3万元，家庭无力承担。', { minLength: 10 }),
        bankCard('bankAccount', '救助金发放账号（社保卡或银行卡）'),
      ],
    },
  ],
  { rules: [applicantAgrees()] },
);

const disabilitySubsidy = defineForm(
  'disability-subsidy',
  'disability-subsidy',
  '困难残疾人生活补贴和重度残疾人护理补贴申请审批表',
  [
    { title: '申请人', fields: [...applicant({ birth: true }), text('disabilityCard', '残疾人证号', `${ex.id}44`, { pattern: '\\d{17}[\\dX]\\d{2}', patternMessage: '残疾人证号为身份证号加2位数字' })] },
    {
      title: '申请内容',
      fields: [
        multi('subsidy', '申请补贴', ['困难残疾人生活补贴', '重度残疾人护理补贴'], '困难残疾人生活补贴,重度残疾人护理补贴'),
        half(choice('category', '残疾类别', ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'], '肢体')),
        half(choice('grade', '残疾等级', ['一级', '二级', '三级', '四级'], '一级')),
        choice('family', '家庭经济状况', ['最低生活保障家庭', '最低生活保障边缘家庭', '特困人员', '其他'], '最低生活保障家庭'),
        bankCard('bankAccount', '救助金发放账号（社保卡或银行卡）'),
      ],
    },
    {
      title: '监护人或代理人（本人不能申请时填写）',
      fields: [opt(text('guardianName', '姓名', ex.spouse, { maxLength: 30 })), opt(phone('guardianPhone', '联系电话', ex.spousePhone)), opt(text('guardianRelation', '与申请人关系', '配偶', { maxLength: 10 }))],
    },
  ],
  { rules: [applicantAgrees(true)], intro: '护理补贴对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人。', signers: ['申请人（监护人）'] },
);

const socialGroup = defineForm(
  'social-group',
  'social-group',
  '社会团体法人登记申请表',
  [
    {
      title: '社会团体',
      fields: [
        text('unitName', '社会团体名称', '澄州市澜溪区书画协会', { maxLength: 100 }),
        addr('unitAddress', '住所', '浙江省澄州市澜溪区文化路9号'),
        text('supervisor', '业务主管单位', '澄州市澜溪区文化和旅游体育局', { maxLength: 60, help: '直接登记的不填', required: false }),
        wan('funds', '活动资金', '3', { help: '地方性社会团体不少于3万元' }),
        half(num('personMembers', '个人会员数', '80', { unit: '人', max: 1000000 })),
        half(num('unitMembers', '单位会员数', '0', { unit: '个', max: 100000 })),
        area('purpose', '宗旨和业务范围', '团结全区书画爱好者，开展书画交流、展览和培训活动。'),
      ],
    },
    {
      title: '法定代表人和联系人',
      fields: [half(text('legalRep', '法定代表人', ex.name, { maxLength: 30 })), half(phone('legalRepPhone', '法定代表人电话', ex.phone)), idn('legalRepId', '法定代表人公民身份号码', ex.id)],
    },
    agentSection('经办人'),
  ],
  { intro: '个人会员不少于50个，或单位会员不少于30个；会员混合组成的，总数不少于50个。', signers: ['法定代表人签字', '社会团体（筹备组）盖章'] },
);

const privateNonprofit = defineForm(
  'private-nonprofit',
  'private-nonprofit',
  '民办非企业单位（法人）登记申请书',
  [
    {
      title: '单位信息',
      fields: [
        text('unitName', '单位名称', '澄州市澜溪区康乐居家养老服务中心', { maxLength: 100 }),
        addr('unitAddress', '住所', '浙江省澄州市澜溪区文昌路18号1楼'),
        text('supervisor', '业务主管单位', '澄州市澜溪区民政局', { maxLength: 60 }),
        wan('funds', '开办资金', '10'),
        half(choice('field', '行业类别', ['教育', '卫生', '科技', '文化', '体育', '社会福利', '其他'], '社会福利')),
        half(num('staff', '从业人员', '12', { unit: '人', max: 100000 })),
        area('scope', '业务范围', '为辖区老年人提供助餐、助洁、日间照料等居家养老服务。'),
      ],
    },
    {
      title: '法定代表人',
      fields: [half(text('legalRep', '法定代表人', ex.name, { maxLength: 30 })), half(phone('legalRepPhone', '联系电话', ex.phone)), idn('legalRepId', '法定代表人公民身份号码', ex.id)],
    },
    agentSection(),
  ],
  { unit: true, signers: ['法定代表人签字', '举办者签字（盖章）'] },
);

const adoption = defineForm(
  'adoption',
  'adoption',
  '收养登记申请书',
  [
    { title: '收养人', fields: [...applicant({ birth: true }), choice('marriage', '婚姻状况', ['已婚', '未婚', '离婚', '丧偶'], '已婚'), when('marriage', '已婚', text('spouseName', '配偶姓名（须共同收养）', ex.spouse, { maxLength: 30 }))] },
    {
      title: '被收养人',
      fields: [
        ...minor('child', '被收养人', { id: false }),
        date('childBirth', '被收养人出生日期', '2018-09-08', { dateBound: 'notFuture' }),
        choice('childKind', '被收养人情况', ['丧失父母的孤儿', '查找不到生父母的未成年人', '生父母有特殊困难无力抚养的子女'], '生父母有特殊困难无力抚养的子女'),
      ],
    },
    {
      title: '送养人',
      fields: [
        choice('giverKind', '送养人类别', ['孤儿的监护人', '儿童福利机构', '有特殊困难无力抚养子女的生父母'], '有特殊困难无力抚养子女的生父母'),
        text('giverName', '送养人姓名或名称', '赵强', { maxLength: 60 }),
        opt(phone('giverPhone', '送养人联系电话', '13905710003')),
      ],
    },
    { title: '收养目的', fields: [area('purpose', '收养目的', '夫妻二人无子女，有抚养教育能力，愿意收养并抚养其成人。', { minLength: 10 }), check('noHarm', '收养人无不利于被收养人健康成长的违法犯罪记录')] },
  ],
  {
    rules: [applicantAgrees(true), { kind: 'dateOrder', earlier: 'birthDate', later: 'childBirth', message: '被收养人的出生日期应晚于收养人' }],
    intro: '收养人应年满三十周岁；无配偶者收养异性子女的，收养人与被收养人的年龄应相差四十周岁以上。收养关系自登记之日起成立。',
    signers: ['收养人', '送养人'],
  },
);

const elderlyCare = defineForm(
  'elderly-care-filing',
  'elderly-care',
  '养老机构备案书',
  [
    { title: '养老机构', fields: company({ name: '养老机构名称', rep: '法定代表人（主要负责人）' }) },
    {
      title: '服务设施',
      fields: [
        addr('serviceAddress', '服务场所地址', '浙江省澄州市澜溪区文昌路18号1—3楼'),
        half(num('beds', '床位数', '60', { unit: '张', min: 1, max: 10000 })),
        half(sqm('floorArea', '建筑面积', '2400')),
        choice('property', '房屋性质', ['自有', '租赁'], '租赁'),
        multi('services', '服务内容', ['生活照料', '康复护理', '医疗服务', '精神慰藉', '膳食服务'], '生活照料,康复护理,膳食服务'),
        check('fireOk', '服务场所已通过消防验收或备案，符合消防安全要求'),
      ],
    },
    agentSection(),
  ],
  { unit: true, declaration: '本机构承诺按照养老机构管理办法和相关标准开展服务，所填内容真实；如有虚假，愿承担法律责任。' },
);

const childProtection = defineForm(
  'unattended-child',
  'child-protection',
  '孤儿和事实无人抚养儿童基本生活保障申请表',
  [
    {
      title: '儿童',
      fields: [
        ...minor('child', '儿童'),
        choice('kind', '儿童类别', ['孤儿', '事实无人抚养儿童'], '事实无人抚养儿童'),
        when('kind', '事实无人抚养儿童', multi('parents', '父母情况', ['重残', '重病', '服刑在押', '强制隔离戒毒', '执行其他限制人身自由的措施', '失联', '死亡', '被撤销监护资格', '被遣送（驱逐）出境'], '重病,失联')),
      ],
    },
    { title: '监护人（申请人）', fields: [...applicant(), text('relation', '与儿童关系', '祖父', { maxLength: 10 })] },
    { title: '发放账户', fields: [bankCard('bankAccount', '救助金发放账号（社保卡或银行卡）')] },
  ],
  { rules: [applicantAgrees()], signers: ['监护人'] },
);

export const civilAffairsForms: readonly FormDefinition[] = [marriageReissue, consent, tekun, tempAid, disabilitySubsidy, socialGroup, privateNonprofit, adoption, elderlyCare, childProtection];
