// 工程建设, 住房, 交通, 城管, 环境 and other licences: construction permits and acceptance, presale,
// public rental housing, road transport, roads and outdoor advertising, construction waste, EIA,
// hazardous chemicals, tobacco retail and entertainment venues.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, applicant, applicantAgrees, area, check, choice, company, date, defineForm, ex, half, money, multi, num, opt, other, sqm, text, uscc, wan, type FieldIn, type SectionIn } from './common.ts';

const BUILDER = { example: '澄州市澜溪区城市建设投资集团有限公司' };
const PROJECT_CODE = { pattern: '\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}', patternMessage: '项目代码为24位，格式如2026-339102-47-01-123456，见投资项目在线审批监管平台' };
const projectSection = (extra: FieldIn[] = []): SectionIn => ({
  title: '工程项目',
  fields: [
    text('projectName', '项目名称', '澜溪区望江路社区综合服务中心新建工程', { maxLength: 100 }),
    text('projectCode', '项目代码', '2026-339102-47-01-123456', PROJECT_CODE),
    addr('projectAddress', '建设地址', '浙江省澄州市澜溪区望江路与文昌路交叉口东北侧'),
    half(sqm('buildingArea', '建筑面积', '12800')),
    half(wan('investment', '合同价格（投资）', '6800')),
    ...extra,
  ],
});
const builder = (): SectionIn => ({ title: '建设单位', fields: company({ name: '建设单位名称', ...BUILDER }) });
const UNIT_OPTS = { unit: true, signers: ['法定代表人（负责人）签字', '建设单位（盖章）'] };

const constructionPermit = defineForm(
  'construction-permit',
  'construction-permit',
  '建筑工程施工许可证申请表',
  [
    builder(),
    projectSection([
      half(date('start', '计划开工日期', '2027-01-10')),
      half(date('finish', '计划竣工日期', '2028-06-30')),
      text('landCert', '用地批准手续（不动产权证书号）', '浙（2026）澄州市不动产权第0031234号', { maxLength: 40 }),
      text('planCert', '建设工程规划许可证号', '建字第339102202600088号', { maxLength: 40 }),
      text('contractor', '施工单位', '澄州建工集团有限公司', { maxLength: 100 }),
      text('supervisorUnit', '监理单位', '澄州市工程建设监理有限公司', { maxLength: 100, required: false }),
      check('funded', '建设资金已经落实'),
    ]),
    agentSection(),
  ],
  { ...UNIT_OPTS, rules: [{ kind: 'dateOrder', earlier: 'start', later: 'finish', message: '竣工日期应晚于开工日期' }], intro: '工程投资额在100万元以下（或建筑面积300平方米以下）的建筑工程可以不申请施工许可证（省级另有规定的从其规定）。' },
);

const completion = defineForm(
  'completion-filing',
  'completion-filing',
  '房屋建筑和市政基础设施工程竣工验收备案表',
  [
    builder(),
    projectSection([
      text('permitNo', '施工许可证号', '339102202612150101', { maxLength: 30 }),
      date('accepted', '竣工验收日期', '2026-11-20', { dateBound: 'notFuture' }),
      multi('opinions', '已取得的专项验收或备案', ['规划条件核实', '消防验收或备案', '人防验收', '环保设施验收', '档案验收'], '规划条件核实,消防验收或备案,档案验收'),
    ]),
    agentSection(),
  ],
  { ...UNIT_OPTS, intro: '建设单位应自工程竣工验收合格之日起15日内备案。' },
);

const fireAcceptance = defineForm(
  'fire-acceptance',
  'fire-acceptance',
  '特殊建设工程消防验收申请表',
  [
    builder(),
    projectSection([
      text('designReview', '消防设计审查意见书文号', '澜住建消审字〔2026〕第018号', { maxLength: 40 }),
      choice('use', '使用性质', ['公共建筑', '住宅', '厂房', '仓库', '其他'], '公共建筑'),
      num('floorsAbove', '地上层数', '6', { unit: '层', min: 1, max: 200 }),
      num('floorsBelow', '地下层数', '1', { unit: '层', max: 20 }),
      multi('systems', '消防设施', ['室内外消火栓系统', '自动喷水灭火系统', '火灾自动报警系统', '防排烟系统', '消防应急照明和疏散指示系统'], '室内外消火栓系统,自动喷水灭火系统,火灾自动报警系统'),
      check('selfChecked', '已组织工程竣工验收，消防查验合格'),
    ]),
    agentSection(),
  ],
  UNIT_OPTS,
);

const presale = defineForm(
  'presale-permit',
  'presale',
  '商品房预售许可申请表',
  [
    { title: '开发企业', fields: [...company({ name: '开发企业名称', example: '澄州市澜溪区明远置业有限公司' }), text('qualification', '房地产开发资质证书编号', '浙建房开澄字第0123号', { maxLength: 40 })] },
    {
      title: '预售项目',
      fields: [
        text('projectName', '项目名称', '望江府一期', { maxLength: 60 }),
        addr('projectAddress', '坐落', '浙江省澄州市澜溪区望江路88号'),
        text('buildings', '申请预售的楼幢', '1幢、2幢、3幢', { maxLength: 100 }),
        half(sqm('presaleArea', '预售建筑面积', '36500')),
        half(num('units', '预售套数', '312', { unit: '套', min: 1, max: 100000 })),
        text('landCert', '土地使用权证书号', '浙（2025）澄州市不动产权第0025678号', { maxLength: 40 }),
        text('permitNo', '建筑工程施工许可证号', '339102202503100201', { maxLength: 30 }),
        num('investedShare', '已投入开发建设资金占总投资比例', '35', { unit: '%', decimals: 2, min: 25, max: 100, help: '不低于25%' }),
        text('escrowBank', '预售资金监管银行及账号', `${ex.bankName} ${ex.bankAccount}`, { maxLength: 80 }),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['法定代表人签字', '开发企业（盖章）'] },
);

const publicRental = defineForm(
  'public-rental',
  'public-rental',
  '公共租赁住房申请表',
  [
    { title: '主申请人', fields: [...applicant({ birth: true, address: '现居住地址' }), text('workUnit', '工作单位', ex.company, { maxLength: 100, required: false }), choice('marriage', '婚姻状况', ['已婚', '未婚', '离异', '丧偶'], '已婚')] },
    {
      title: '共同申请家庭成员',
      help: '成员多于一人的，另附清单；每名成年成员均须签名',
      fields: [num('members', '家庭人口（含本人）', '3', { unit: '人', min: 1, max: 20 }), ...other('member1', '成员', ex.spouse, ex.spouseId, { relation: '配偶' }).map((f) => ({ ...f, required: false }))],
    },
    {
      title: '住房和收入',
      fields: [
        choice('housing', '现住房情况', ['无自有住房', '自有住房人均面积低于本市标准'], '无自有住房'),
        money('yearIncome', '家庭上年总收入', '86000', { max: 100_000_000 }),
        choice('group', '申请类别', ['城镇中等偏下收入住房困难家庭', '新就业无房职工', '外来务工人员', '其他'], '新就业无房职工'),
        check('authorise', '同意有关部门核查本人及家庭成员的住房、收入和财产状况'),
      ],
    },
  ],
  { rules: [applicantAgrees(true), { kind: 'differs', fields: ['idNumber', 'member1IdNumber'], message: '成员的身份证号码不能与主申请人相同' }], signers: ['主申请人', '共同申请家庭成员'] },
);

const roadFreight = defineForm(
  'road-freight-license',
  'road-freight',
  '道路货物运输经营申请表',
  [
    { title: '申请人', fields: company({ name: '申请人名称（个体的填姓名）', rep: '法定代表人（经营者）', example: '澄州市澜溪区顺达物流有限公司' }) },
    {
      title: '经营申请',
      fields: [
        multi('scope', '申请经营范围', ['普通货运', '货物专用运输（集装箱）', '货物专用运输（冷藏保鲜）', '大型物件运输'], '普通货运'),
        half(num('vehicles', '拟投入车辆数', '5', { unit: '辆', min: 1, max: 10000 })),
        half(num('drivers', '驾驶人员数', '6', { unit: '人', min: 1, max: 10000 })),
        num('tonnage', '核定载质量合计', '60', { unit: '吨', decimals: 1, min: 0.1, max: 100000 }),
        check('safetyRules', '已建立安全生产管理制度'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请道路运输经营许可。', signers: ['申请人签字或盖章'] },
);

const driverExam = defineForm(
  'driver-qualification',
  'driver-qualification',
  '道路运输从业人员从业资格考试申请表',
  [
    { title: '申请人', fields: [...applicant({ birth: true }), text('license', '机动车驾驶证准驾车型', 'A2', { pattern: '[ABCDEFMNP][1-3]?', patternMessage: '填写驾驶证上的准驾车型，如A2、B2' }), date('licensedOn', '初次领取驾驶证日期', '2012-06-18', { dateBound: 'notFuture' })] },
    {
      title: '报考类别',
      fields: [
        choice('kind', '申请类别', ['经营性道路旅客运输驾驶员', '经营性道路货物运输驾驶员', '道路危险货物运输驾驶员', '巡游出租汽车驾驶员'], '经营性道路货物运输驾驶员'),
        check('noRecord', '3年内无重大以上交通责任事故'),
      ],
    },
  ],
  { rules: [applicantAgrees(true), { kind: 'dateOrder', earlier: 'birthDate', later: 'licensedOn', message: '领证日期应晚于出生日期' }] },
);

const rideHailing = defineForm(
  'ride-hailing-driver',
  'ride-hailing-driver',
  '网络预约出租汽车驾驶员证申请表',
  [
    { title: '申请人', fields: [...applicant({ birth: true, address: '居住地址' }), date('licensedOn', '取得驾驶证日期', '2015-04-20', { dateBound: 'notFuture', help: '须取得相应准驾车型驾驶证并具有3年以上驾驶经历' })] },
    {
      title: '申请条件',
      fields: [
        opt(text('platform', '拟服务的网约车平台', '某出行平台', { maxLength: 40 })),
        check('noBadRecord', '无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录'),
        check('noViolence', '无暴力犯罪记录'),
      ],
    },
  ],
  { rules: [applicantAgrees(true), { kind: 'dateOrder', earlier: 'birthDate', later: 'licensedOn', message: '领证日期应晚于出生日期' }], intro: '经考试合格后发证。' },
);

const occupation = (itemKey: string, id: string, title: string, use: string, extra: FieldIn[]) =>
  defineForm(
    itemKey,
    id,
    title,
    [
      { title: '申请单位', fields: company({ name: '申请单位名称（个人填姓名）' }) },
      {
        title: '占用（挖掘）情况',
        fields: [
          text('location', '位置（路名、起止点）', '望江路（文昌路口至江南大道口）北侧人行道', { maxLength: 100 }),
          half(sqm('area', '面积', '120')),
          half(text('purpose', '用途', use, { maxLength: 40 })),
          half(date('from', '起始日期', '2026-12-20')),
          half(date('to', '截止日期', '2027-01-19')),
          ...extra,
        ],
      },
      agentSection(),
    ],
    { unit: true, rules: [{ kind: 'dateOrder', earlier: 'from', later: 'to', message: '截止日期应晚于起始日期' }], signers: ['申请人签字或盖章'] },
  );

const roadOccupation = occupation('road-occupation', 'road-occupation', '临时占用城市道路申请表', '施工材料堆放', [check('restore', '承诺期满清场，恢复道路原状')]);
const roadExcavation = occupation('road-excavation', 'road-excavation', '挖掘城市道路申请表', '燃气管道接入', [
  text('contractor', '施工单位', '澄州市燃气工程有限公司', { maxLength: 100 }),
  choice('surface', '路面类型', ['沥青混凝土路面', '水泥混凝土路面', '人行道砖', '其他'], '沥青混凝土路面'),
  check('restoreFee', '按规定缴纳修复费或自行修复'),
]);

const outdoorAd = defineForm(
  'outdoor-ad',
  'outdoor-ad',
  '户外广告设施设置申请表',
  [
    { title: '申请人', fields: company({ name: '设置单位（个人填姓名）' }) },
    {
      title: '广告设施',
      fields: [
        addr('location', '设置地点', '浙江省澄州市澜溪区望江路66号2幢外墙'),
        choice('kind', '设施类型', ['招牌（店招）', '墙面广告', '屋顶广告', '立柱广告', '电子显示屏', '其他'], '招牌（店招）'),
        half(num('width', '宽', '8', { unit: '米', decimals: 2, min: 0.1, max: 200 })),
        half(num('height', '高', '1.2', { unit: '米', decimals: 2, min: 0.1, max: 100 })),
        choice('lighting', '照明方式', ['无', '内透光', '外投光', 'LED'], '内透光'),
        half(date('from', '设置起始日期', '2027-01-01')),
        half(date('to', '设置截止日期', '2029-12-31')),
        check('ownerAgrees', '已取得建筑物所有权人同意'),
      ],
    },
    agentSection(),
  ],
  { unit: true, rules: [{ kind: 'dateOrder', earlier: 'from', later: 'to', message: '截止日期应晚于起始日期' }], signers: ['申请人签字或盖章'] },
);

const constructionWaste = defineForm(
  'construction-waste',
  'construction-waste',
  '城市建筑垃圾处置核准申请表',
  [
    builder(),
    {
      title: '处置信息',
      fields: [
        text('projectName', '工程名称', '澜溪区望江路社区综合服务中心新建工程', { maxLength: 100 }),
        num('volume', '建筑垃圾产生量', '18000', { unit: '立方米', min: 1, max: 10_000_000 }),
        multi('kinds', '垃圾种类', ['工程渣土', '工程泥浆', '拆除垃圾', '装修垃圾'], '工程渣土'),
        text('carrier', '运输单位', '澄州市绿通渣土运输有限公司', { maxLength: 100 }),
        text('site', '消纳场所', '澄州市建筑垃圾资源化利用中心', { maxLength: 100 }),
        half(date('from', '处置起始日期', '2027-01-10')),
        half(date('to', '处置截止日期', '2027-05-31')),
      ],
    },
    agentSection(),
  ],
  { ...UNIT_OPTS, rules: [{ kind: 'dateOrder', earlier: 'from', later: 'to', message: '截止日期应晚于起始日期' }] },
);

const eia = defineForm(
  'eia-report-form',
  'eia',
  '建设项目环境影响报告表审批申请',
  [
    builder(),
    projectSection([
      text('industry', '国民经济行业类别', 'C3989 其他电子元件制造', { maxLength: 60 }),
      text('preparer', '编制单位', '澄州市环境科学研究院', { maxLength: 100 }),
      wan('envInvestment', '环保投资', '120'),
      check('publicDisclosure', '已按规定公开环境影响报告表全本（删除涉密内容）'),
    ]),
    agentSection(),
  ],
  { ...UNIT_OPTS, intro: '按《建设项目环境影响评价分类管理名录》应编制报告表的项目使用本申请。' },
);

const hazchem = defineForm(
  'hazchem-license',
  'hazchem',
  '危险化学品经营许可证申请书',
  [
    { title: '企业', fields: company({ name: '企业名称', rep: '主要负责人', example: '澄州市澜溪区安达化工贸易有限公司' }) },
    {
      title: '经营情况',
      fields: [
        choice('mode', '经营方式', ['批发（带储存）', '批发（不带储存）', '零售（带储存）', '零售（不带储存）'], '批发（不带储存）'),
        area('products', '经营品种（品名及危险化学品目录序号）', '乙醇（2568）、丙酮（137）、甲苯（1014）', { maxLength: 500 }),
        half(text('safetyManager', '安全管理人员', ex.agent, { maxLength: 30 })),
        half(text('safetyCert', '安全生产知识和管理能力考核合格证号', '33010220260123', { maxLength: 30 })),
        check('rules', '已建立健全安全生产规章制度和岗位操作规程'),
        check('emergency', '已制定事故应急预案并配备应急救援器材'),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['主要负责人签字', '企业（盖章）'] },
);

const tobacco = defineForm(
  'tobacco-retail',
  'tobacco',
  '烟草专卖零售许可证申请表',
  [
    {
      title: '经营者',
      fields: [
        ...applicant({ address: false }),
        text('shopName', '企业（字号）名称', '澜溪区张明便利店', { maxLength: 60 }),
        uscc('uscc'),
        addr('premises', '经营场所', '浙江省澄州市澜溪区文昌路28号1楼'),
        half(sqm('floorArea', '经营面积', '45')),
        half(choice('kind', '经营业态', ['便利店', '超市', '食杂店', '其他'], '便利店')),
      ],
    },
    {
      title: '申请承诺',
      fields: [
        check('notNearSchool', '经营场所不在中小学校、幼儿园周边禁设范围内'),
        check('noSaleToMinors', '承诺不向未成年人出售烟草制品'),
      ],
    },
  ],
  { rules: [applicantAgrees()], signers: ['经营者签名'] },
);

const entertainment = defineForm(
  'entertainment-license',
  'entertainment',
  '娱乐场所经营许可申请表',
  [
    { title: '申请单位', fields: company({ name: '娱乐场所名称' }) },
    {
      title: '场所情况',
      fields: [
        choice('kind', '场所类型', ['歌舞娱乐场所', '游艺娱乐场所'], '歌舞娱乐场所'),
        half(sqm('floorArea', '营业面积', '800')),
        half(num('rooms', '包厢（包间）数', '18', { unit: '间', max: 1000 })),
        text('hours', '营业时间', '12:00—次日2:00', { maxLength: 30, help: '每日凌晨2时至上午8时不得营业' }),
        num('capacity', '核定消费者容量', '260', { unit: '人', min: 1, max: 100000 }),
        check('notNearSchool', '场所不在居民住宅楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，周边符合规定距离'),
        check('cameras', '已安装闭路电视监控设备并保证正常运行'),
      ],
    },
    agentSection(),
  ],
  { unit: true, signers: ['法定代表人签名', '申请单位（盖章）'] },
);

export const enterpriseProjectForms: readonly FormDefinition[] = [
  constructionPermit,
  completion,
  fireAcceptance,
  presale,
  publicRental,
  roadFreight,
  driverExam,
  rideHailing,
  roadOccupation,
  roadExcavation,
  outdoorAd,
  constructionWaste,
  eia,
  hazchem,
  tobacco,
  entertainment,
];
