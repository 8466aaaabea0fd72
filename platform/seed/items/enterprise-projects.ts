// 工程建设和行业准营: 区住建局, 区交通运输局, 区综合执法局, 生态环境分局, 区发改局, 区应急管理局,
// 区烟草专卖局, 区文广旅体局.
import { buildItems, type Basis, type ItemSpec } from '../build.ts';
import { agentPapers, bizLicense, form, idCard, mat, photo, propertyCert } from '../materials.ts';

const NO_LIMIT = '法律、行政法规未规定办结时限';
const PERMIT_LAW: Basis = ['《中华人民共和国行政许可法》', '第四十二条'];
const ROAD_REG = '《中华人民共和国道路运输条例》';
const CITY_ROAD = '《城市道路管理条例》';

const construction: ItemSpec[] = [
  {
    key: 'construction-permit', name: '建筑工程施工许可证核发', keywords: ['施工许可', '开工'], seq: [1, 0],
    taskType: '01', serverType: ['2', '3', '5', '6'],
    acceptCondition: '在本区建设的房屋建筑及附属设施和城镇市政基础设施工程，工程投资额在30万元以上或建筑面积在300平方米以上的；已办理用地批准手续、取得建设工程规划许可证、施工场地已经基本具备施工条件、已确定施工企业、有满足施工需要的技术资料、有保证工程质量和安全的具体措施。',
    legalBasis: [['《中华人民共和国建筑法》', '第七条、第八条'], ['《建筑工程施工许可管理办法》', '第二条、第四条、第五条', '住房和城乡建设部令第18号，2021年修正']],
    legal: 7, legalUnit: '自然日', legalNote: '自收到申请之日起7日内，对符合条件的颁发施工许可证', promise: 3, promiseUnit: '工作日', depth: 'IV',
    faq: [['施工许可证有效期？', '建设单位应当自领取施工许可证之日起3个月内开工；因故不能按期开工的可以申请延期，延期以两次为限，每次不超过3个月。'], ['有电子证照吗？', '施工许可证实行电子证照，与纸质证书具有同等效力。']],
    result: ['建筑工程施工许可证', '1'],
    materials: [form('《建筑工程施工许可证申请表》', 'construction-permit', '建设单位盖章'), mat('建设工程规划许可证', '许可内容与申请施工的工程一致，可通过数据共享核验', { sharedExempt: true, source: '20', sourceDept: '自然资源和规划部门' }), mat('施工合同', '中标或直接发包的施工合同', { copies: 1 }), mat('施工图设计文件审查合格书', '已纳入联合审图的免于提交', { sharedExempt: true }), mat('建设资金已经落实承诺书', '建设单位法定代表人签字并盖章', { materialType: '2' }), mat('质量安全监督手续', '已在系统中合并办理', { sharedExempt: true, format: '2', originals: 0 })],
  },
  {
    key: 'completion-filing', name: '房屋建筑和市政基础设施工程竣工验收备案', keywords: ['竣工备案', '竣工验收'], seq: [2, 0],
    taskType: '10', serverType: ['2', '3', '5', '6'],
    acceptCondition: '建设单位自工程竣工验收合格之日起15日内，向工程所在地的县级以上地方人民政府建设主管部门备案。',
    legalBasis: [['《建设工程质量管理条例》', '第四十九条', '国务院令第279号'], ['《房屋建筑和市政基础设施工程竣工验收备案管理办法》']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['可以联合验收吗？', '实行规划、土地、消防、人防、档案等事项限时联合验收，统一出具验收意见后办理备案。']],
    result: ['工程竣工验收备案表', '3'],
    materials: [form('《工程竣工验收备案表》', 'completion-filing', '建设单位盖章'), mat('工程竣工验收报告', '建设、勘察、设计、施工、监理各方签署验收意见', { copies: 1 }), mat('联合验收意见或各专项验收文件', '规划核实、消防验收等已完成', { sharedExempt: true }), mat('施工单位签署的工程质量保修书', '施工单位签署，保修范围和期限符合《建设工程质量管理条例》规定', { copies: 1 })],
  },
  {
    key: 'fire-acceptance', name: '建设工程消防验收', keywords: ['消防验收'], seq: [3, 0],
    taskType: '01', serverType: ['2', '3', '5', '6'],
    acceptCondition: '国务院住房和城乡建设主管部门规定的特殊建设工程竣工后，建设单位组织竣工验收前申请消防验收；其他建设工程实行备案抽查。',
    legalBasis: [['《中华人民共和国消防法》', '第十三条'], ['《建设工程消防设计审查验收管理暂行规定》', null, '住房和城乡建设部令第51号']],
    legal: 15, legalUnit: '自然日', legalNote: '自受理消防验收申请之日起15日内出具消防验收意见', promise: 10, depth: 'III',
    faq: [['哪些是特殊建设工程？', '如总建筑面积大于2万平方米的体育场馆、大于1万平方米的宾馆饭店和商场、大于1000平方米的托儿所幼儿园和养老院等，以住建部规定为准。']],
    result: ['特殊建设工程消防验收意见书', '2'],
    materials: [form('《消防验收申请表》', 'fire-acceptance', '建设单位盖章'), mat('工程竣工验收报告', '含建设单位组织的消防查验内容，结论为合格', { copies: 1 }), mat('涉及消防的建设工程竣工图纸', '与审查合格的设计文件一致', { copies: 1 })],
  },
  {
    key: 'rental-filing', name: '房屋租赁登记备案', keywords: ['租房备案', '租赁合同备案'], seq: [4, 0],
    taskType: '10', serverType: ['1', '2'],
    acceptCondition: '房屋租赁合同订立后30日内，房屋租赁当事人到租赁房屋所在地建设（房地产）主管部门办理登记备案；可以网上办理。',
    legalBasis: [['《商品房屋租赁管理办法》', '第十四条、第十六条', '住房和城乡建设部令第6号']],
    legal: 3, legalNote: '材料齐全、符合规定的3个工作日内办理', promise: 0, depth: 'IV', kiosk: true,
    faq: [['备案有什么用？', '租赁备案可用于居住证申领、随迁子女入学、住房公积金租房提取等。']],
    result: ['房屋租赁登记备案证明', '3'],
    materials: [mat('房屋租赁合同', '双方签字，写明租赁期限、租金和用途', { materialType: '2' }), idCard('出租人和承租人'), propertyCert({ sharedExempt: true })],
  },
  {
    key: 'presale-permit', name: '商品房预售许可', keywords: ['预售证', '卖期房'], seq: [5, 0],
    taskType: '01', serverType: ['2'],
    acceptCondition: '已交付全部土地使用权出让金并取得土地使用权证书，持有建设工程规划许可证和施工许可证，投入开发建设的资金达到工程建设总投资25%以上并已确定施工进度和竣工交付日期的房地产开发企业。',
    legalBasis: [['《中华人民共和国城市房地产管理法》', '第四十五条'], ['《城市商品房预售管理办法》', '第五条、第六条、第七条']],
    legal: 10, legalUnit: '自然日', legalNote: '自受理之日起10日内作出决定', promise: 5, depth: 'III',
    faq: [['预售资金怎么监管？', '预售款应当存入预售资金监管账户，按工程进度拨付使用。']],
    result: ['商品房预售许可证', '1'],
    materials: [form('《商品房预售许可申请表》', 'presale', '开发企业盖章'), bizLicense(), mat('土地使用权证书、建设工程规划许可证和施工许可证', '证载项目与预售项目一致，可通过数据共享核验', { sharedExempt: true }), mat('工程施工合同及工程进度说明', '投入开发建设的资金达到工程建设总投资25%以上，并注明竣工交付日期', { copies: 1 }), mat('商品房预售方案', '说明商品房的位置、面积、竣工交付日期等，附分层平面图', { materialType: '3' })],
  },
  {
    key: 'house-contract-filing', name: '存量房买卖合同网签备案', keywords: ['网签', '二手房网签'], seq: [6, 0],
    taskType: '10', serverType: ['1', '2'],
    acceptCondition: '已取得不动产权证书、无查封等限制交易情形的存量房，买卖双方（或经纪机构）签订买卖合同后办理网签备案。',
    legalBasis: [['《中华人民共和国城市房地产管理法》', '第四十一条'], ['《住房城乡建设部关于进一步规范和加强房屋网签备案工作的指导意见》', null, '建房〔2018〕128号']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['可以和过户一起办吗？', '可以。网签备案、缴税、不动产转移登记在不动产登记区“一窗受理”。']],
    result: ['存量房买卖合同网签备案信息', '3'],
    materials: [idCard('买卖双方'), propertyCert(), mat('存量房买卖合同', '使用示范文本，双方签字', { materialType: '2', originals: 3 })],
  },
  {
    key: 'public-rental', name: '公共租赁住房申请', keywords: ['公租房', '廉租房', '保障房'], seq: [7, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '在本区无房或住房面积低于规定标准、收入和财产低于规定标准的城镇中低收入住房困难家庭，以及符合条件的新就业无房职工、在本区稳定就业的外来务工人员。',
    legalBasis: [['《公共租赁住房管理办法》', '第七条、第八条、第九条', '住房和城乡建设部令第11号']],
    legal: null, legalNote: NO_LIMIT, promise: 30, promiseNote: '含审核和公示，轮候配租时间另计', depth: 'III',
    faq: [['租金多少？', '公共租赁住房租金按照略低于同地段住房市场租金水平确定，符合条件的可申请租赁补贴。']],
    result: ['公共租赁住房资格审核结果', '3'],
    materials: [form('《公共租赁住房申请表》', 'public-rental', '申请人和共同申请家庭成员签名'), idCard('申请人及家庭成员'), mat('家庭收入、住房情况说明及授权核查书', '签字授权相关部门核查', { materialType: '2' }), mat('劳动合同或就业证明', '新就业职工、外来务工人员提交', { need: '2', copies: 1 })],
  },
];

const transport: ItemSpec[] = [
  {
    key: 'road-freight-license', name: '道路货物运输经营许可', keywords: ['道路运输经营许可证', '货运许可', '物流公司'], seq: [1, 0],
    taskType: '01', serverType: ['1', '2'],
    acceptCondition: '从事危险货物运输以外的道路货物运输经营，有与其经营业务相适应并经检测合格的车辆、有符合规定条件的驾驶人员、有健全的安全生产管理制度的经营者。使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需申请。',
    legalBasis: [[ROAD_REG, '第二十一条、第二十四条'], ['《道路货物运输及站场管理规定》']],
    legal: 20, legalNote: '自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定', promise: 5, depth: 'IV',
    faq: [['个人可以申请吗？', '个体经营者可以申请，须先办理营业执照。']],
    result: ['道路运输经营许可证', '1'],
    materials: [form('《道路货物运输经营申请表》', 'road-freight', '申请人签字或盖章'), bizLicense(), mat('拟投入车辆承诺书', '包括车辆数量、类型、技术参数，承诺车辆检测合格', { materialType: '2' }), mat('驾驶人员从业资格证', '驾驶人员持有有效的道路货物运输从业资格证，可联网核验', { sharedExempt: true }), mat('安全生产管理制度文本', '包括安全生产责任制度、操作规程、车辆动态监控制度等', { materialType: '3' })],
  },
  {
    key: 'road-transport-cert', name: '道路运输证配发（货运车辆）', keywords: ['营运证', '道路运输证'], seq: [2, 0],
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '已取得道路运输经营许可，新增总质量4500千克以上的营运货车，车辆已登记并经综合性能检测合格的经营者。',
    legalBasis: [[ROAD_REG, '第二十五条'], ['《道路货物运输及站场管理规定》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV',
    faq: [['道路运输证还要年审吗？', '已取消道路运输证年审，实行车辆年度检验与技术等级评定结果网上核查。']],
    result: ['道路运输证（电子证照）', '1'],
    materials: [mat('机动车行驶证', '车辆登记信息可共享核验', { sharedExempt: true, source: '20', sourceDept: '公安机关交通管理部门' }), mat('车辆技术等级评定结果', '综合性能检测机构出具，可联网核验', { sharedExempt: true }), ...agentPapers()],
  },
  {
    key: 'driver-qualification', name: '道路货物运输驾驶员从业资格证核发', keywords: ['货运从业资格证', '从业资格证'], seq: [3, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '取得相应的机动车驾驶证，年龄不超过60周岁，经考试合格的人员；申请前3年内无重大以上交通责任事故。',
    legalBasis: [[ROAD_REG, '第二十二条'], ['《道路运输从业人员管理规定》']],
    legal: 10, legalNote: '考试合格之日起10日内核发', promise: 5, depth: 'III', visits: 2,
    faq: [['考试怎么报名？', '可通过交通运输部门网站或本窗口报名，考试合格后发证。']],
    result: ['道路运输从业人员从业资格证', '1'],
    materials: [form('《道路运输从业人员从业资格考试申请表》', 'driver-qualification', '本人签名'), idCard(), mat('机动车驾驶证', '驾驶证准驾车型与从业类别相符且在有效期内，可联网核验', { sharedExempt: true }), photo('1寸近期白底免冠彩色照片，用于制作从业资格证件', { originals: 1, need: '2' })],
  },
  {
    key: 'ride-hailing-driver', name: '网络预约出租汽车驾驶员证核发', keywords: ['网约车驾驶员证', '网约车'], seq: [4, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录；无暴力犯罪记录，并通过全国公共科目和本市区域科目考试。',
    legalBasis: [['《网络预约出租汽车经营服务管理暂行办法》', '第十四条、第十五条']],
    legal: 20, legalNote: '考试合格后20日内核发', promise: 10, depth: 'III', visits: 2,
    faq: [['背景核查要多久？', '公安机关核查驾驶员犯罪记录和交通违法记录，一般在受理后数个工作日内完成。']],
    result: ['网络预约出租汽车驾驶员证', '1'],
    materials: [form('《网络预约出租汽车驾驶员证申请表》', 'ride-hailing-driver', '本人签名'), idCard(), mat('机动车驾驶证', '驾龄满3年，可联网核验', { sharedExempt: true }), photo('1寸近期白底免冠彩色照片，用于制作从业资格证件', { originals: 1, need: '2' })],
  },
];

const cityAffairs: ItemSpec[] = [
  {
    key: 'road-occupation', name: '临时占用城市道路许可', keywords: ['占道', '占用道路'], seq: [1, 1], mainName: '城市道路占用、挖掘许可',
    taskType: '01', serverType: ['1', '2', '6'],
    acceptCondition: '因特殊情况需要临时占用城市道路的单位和个人；影响交通安全的还须征得公安交通管理部门同意。',
    legalBasis: [[CITY_ROAD, '第三十条、第三十一条', '国务院令第198号'], PERMIT_LAW],
    legal: 20, promise: 5, depth: 'III',
    faq: [['占道期满怎么办？', '应当在批准的期限内恢复道路原状；需要延期的在期满前申请。']],
    result: ['临时占用城市道路许可决定书', '2'],
    materials: [form('《临时占用城市道路申请表》', 'road-occupation', '写明占用位置、面积、期限和用途'), mat('占用位置示意图和安全防护方案', '标明占用范围和围挡、警示设施', { materialType: '3' }), mat('公安交通管理部门意见', '影响交通安全的提交，可并联征求', { need: '2', sharedExempt: true })],
  },
  {
    key: 'road-excavation', name: '挖掘城市道路许可', keywords: ['挖路', '道路开挖'], seq: [1, 2], mainName: '城市道路占用、挖掘许可',
    taskType: '01', serverType: ['2', '6'],
    acceptCondition: '因工程建设需要挖掘城市道路的单位，持城市规划部门批准签发的文件和有关设计文件申请；新建、扩建、改建的城市道路交付使用后5年内、大修的城市道路竣工后3年内不得挖掘，因特殊情况需要挖掘的须经县级以上城市人民政府批准。',
    legalBasis: [[CITY_ROAD, '第三十三条、第三十四条', '国务院令第198号'], PERMIT_LAW],
    legal: 20, promise: 5, depth: 'III',
    faq: [['挖掘后谁负责修复？', '挖掘城市道路的单位应当在施工现场设置明显标志和安全防围设施，竣工后及时清理现场并按规定修复或承担修复责任。']],
    result: ['挖掘城市道路许可决定书', '2'],
    materials: [form('《挖掘城市道路申请表》', 'road-excavation', '建设单位盖章'), mat('规划批准文件和设计文件', '规划批准文件和管线工程设计图纸，标明挖掘位置、长度和深度', { copies: 1 }), mat('施工组织及交通组织方案', '含安全防护措施和工期', { materialType: '3' })],
  },
  {
    key: 'outdoor-ad', name: '户外广告设施设置许可', keywords: ['广告牌', '店招'], seq: [2, 0],
    taskType: '01', serverType: ['1', '2', '6'],
    acceptCondition: '在城市建筑物、设施上设置大型户外广告设施的单位和个人；设置位置符合户外广告设施设置规划，结构安全符合技术规范。',
    legalBasis: [['《城市市容和环境卫生管理条例》', '第十一条', '国务院令第101号'], PERMIT_LAW],
    legal: 20, promise: 10, depth: 'III',
    faq: [['门头招牌需要审批吗？', '在本单位经营场所设置的一般店招标牌实行备案或告知承诺，大型户外广告设施须申请许可。']],
    result: ['户外广告设施设置许可决定书', '2'],
    materials: [form('《户外广告设施设置申请表》', 'outdoor-ad', '申请人签字或盖章'), mat('设置场地产权证明或使用权证明', '产权人同意设置的证明', { copies: 1 }), mat('设计效果图和结构安全说明', '大型设施提交有资质单位出具的结构安全证明', { materialType: '3' })],
  },
  {
    key: 'construction-waste', name: '城市建筑垃圾处置核准', keywords: ['渣土', '建筑垃圾', '装修垃圾'], seq: [3, 0],
    taskType: '01', serverType: ['1', '2', '6'],
    acceptCondition: '处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，有建筑垃圾分类处置方案和消纳场地，运输单位具有运输资质和密闭运输车辆。',
    legalBasis: [['《城市建筑垃圾管理规定》', '第七条', '建设部令第139号'], ['《国务院对确需保留的行政审批项目设定行政许可的决定》', null, '国务院令第412号']],
    legal: 20, promise: 5, depth: 'III',
    faq: [['居民装修垃圾也要核准吗？', '居民装修垃圾按小区物业指定地点投放，由物业统一委托清运，个人无需申请。']],
    result: ['城市建筑垃圾处置核准证', '1'],
    materials: [form('《城市建筑垃圾处置核准申请表》', 'construction-waste', '建设单位盖章'), mat('建筑垃圾处置方案', '包括产生量、运输路线、消纳场所', { materialType: '3' }), mat('与运输单位、消纳场所签订的合同', '运输单位具有相应资质', { copies: 1 })],
  },
];

const environment: ItemSpec[] = [
  {
    key: 'eia-report-form', name: '建设项目环境影响报告表审批', keywords: ['环评', '环评审批'], seq: [1, 0],
    taskType: '01', serverType: ['2', '3', '5', '6'],
    acceptCondition: '按照《建设项目环境影响评价分类管理名录》应当编制环境影响报告表，且由区级审批的建设项目，在开工建设前报批。',
    legalBasis: [['《中华人民共和国环境影响评价法》', '第十六条、第二十二条、第二十五条'], ['《建设项目环境保护管理条例》', '第九条', '国务院令第682号修订']],
    legal: 30, legalUnit: '自然日', legalNote: '自收到环境影响报告表之日起30日内作出审批决定（技术评估时间另计）', promise: 15, promiseUnit: '工作日', depth: 'IV',
    faq: [['环评审批收费吗？', '审批部门审批建设项目环境影响评价文件不收取任何费用。'], ['登记表项目要审批吗？', '填报环境影响登记表的实行网上备案，不需要审批。']],
    result: ['建设项目环境影响报告表批复', '2'],
    materials: [form('《建设项目环境影响报告表审批申请》', 'eia', '建设单位盖章'), mat('建设项目环境影响报告表', '由建设单位或委托的技术单位编制，经全国环评信用平台提交', { materialType: '3' }), mat('信息公开情况说明', '依法需要公开的已公开', { need: '2', materialType: '3' })],
  },
  {
    key: 'pollution-registration', name: '固定污染源排污登记', keywords: ['排污登记', '排污许可'], seq: [2, 0],
    taskType: '10', serverType: ['2', '3', '6'],
    acceptCondition: '依照法律规定实行排污登记管理（污染物产生量、排放量和对环境的影响程度都很小）的企业事业单位和其他生产经营者，在全国排污许可证管理信息平台填报排污登记表。',
    legalBasis: [['《排污许可管理条例》', '第二条、第二十四条', '国务院令第736号']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['登记后有效期多久？', '排污登记表有效期5年，登记信息发生变动的应当自变动之日起20日内变更。']],
    result: ['固定污染源排污登记回执', '3'],
    materials: [mat('排污登记表', '在全国排污许可证管理信息平台填报', { format: '2', materialType: '2', originals: 0 })],
  },
];

const development: ItemSpec[] = [
  {
    key: 'project-filing', name: '企业投资项目备案', keywords: ['项目备案', '投资备案'], seq: [1, 0],
    taskType: '10', serverType: ['2', '6'],
    acceptCondition: '在本区投资建设《政府核准的投资项目目录》以外的固定资产投资项目的企业，在开工建设前通过投资项目在线审批监管平台告知项目信息。',
    legalBasis: [['《企业投资项目核准和备案管理条例》', '第三条、第十三条、第十四条', '国务院令第673号'], ['《企业投资项目核准和备案管理办法》', null, '国家发展和改革委员会令第2号']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['备案会审查项目内容吗？', '备案机关收到全部信息即为备案，对信息不齐全的指导企业补正；项目信息发生较大变更的应当及时告知。']],
    result: ['企业投资项目备案证明', '3'],
    materials: [mat('项目信息', '企业基本情况，项目名称、建设地点、建设规模和内容，项目总投资额，项目符合产业政策的声明', { format: '2', materialType: '2', originals: 0 })],
  },
];

const emergency: ItemSpec[] = [
  {
    key: 'hazchem-license', name: '危险化学品经营许可（不带储存设施）', keywords: ['危化品许可', '危险化学品经营许可证'], seq: [1, 0],
    taskType: '01', serverType: ['2', '6'],
    acceptCondition: '从事剧毒化学品、易制爆危险化学品以外的危险化学品经营，且不带储存设施的企业；有符合国家标准的经营场所，从业人员经过专业技术培训并经考核合格，有健全的安全管理规章制度、专职安全管理人员和事故应急救援预案。',
    legalBasis: [['《危险化学品安全管理条例》', '第三十三条、第三十四条、第三十五条', '国务院令第645号修订'], ['《危险化学品经营许可证管理办法》', null, '国家安全生产监督管理总局令第55号']],
    legal: 30, legalUnit: '自然日', legalNote: '自收到证明材料之日起30日内作出批准或者不予批准的决定', promise: 15, promiseUnit: '工作日', depth: 'III',
    faq: [['加油站归这里办吗？', '带有储存设施的经营（含加油站）由市应急管理局许可。'], ['许可证有效期多久？', '危险化学品经营许可证有效期为3年。']],
    result: ['危险化学品经营许可证', '1'],
    materials: [form('《危险化学品经营许可证申请书》', 'hazchem', '企业盖章'), bizLicense(), mat('经营场所产权或租赁证明', '经营场所为商业用房，符合国家标准和消防安全要求', { copies: 1 }), mat('主要负责人、安全管理人员安全生产知识和管理能力考核合格证明', '考核合格证明在有效期内，可联网核验', { sharedExempt: true }), mat('安全生产规章制度和岗位操作规程目录', '安全生产责任制、规章制度和岗位操作规程齐全', { materialType: '3' }), mat('事故应急救援预案', '事故应急救援预案已编制并按规定组织演练', { materialType: '3' })],
  },
];

const tobacco: ItemSpec[] = [
  {
    key: 'tobacco-retail', name: '烟草专卖零售许可证核发', keywords: ['烟草证', '卖烟', '烟草许可证'], seq: [1, 0],
    taskType: '01', serverType: ['1', '2', '6'],
    acceptCondition: '有与经营烟草制品零售业务相适应的资金和固定的经营场所，符合本区烟草制品零售点合理布局规定的经营者；未成年人、学校周边等不予许可。',
    legalBasis: [['《中华人民共和国烟草专卖法》', '第十六条'], ['《中华人民共和国烟草专卖法实施条例》'], ['《烟草专卖许可证管理办法》']],
    legal: 20, legalNote: '自受理申请之日起20个工作日内作出决定', promise: 10, depth: 'III',
    faq: [['需要先办营业执照吗？', '需要先取得营业执照，可通过“开便利店一件事”一次申请。'], ['有效期多久？', '烟草专卖零售许可证有效期为5年。']],
    result: ['烟草专卖零售许可证', '1'],
    materials: [form('《烟草专卖零售许可证申请表》', 'tobacco', '经营者签名'), bizLicense(), idCard('经营者'), mat('经营场所使用证明', '产权证明或租赁合同', { copies: 1 })],
  },
];

const culture: ItemSpec[] = [
  {
    key: 'entertainment-license', name: '娱乐场所经营许可', keywords: ['KTV', '歌舞厅', '游艺厅'], seq: [1, 0],
    taskType: '01', serverType: ['2', '6'],
    acceptCondition: '在本区设立歌舞、游艺等娱乐场所，已取得营业执照，场所符合消防安全、建筑面积和设置地点要求，法定代表人、主要负责人、投资人无法定禁止情形的。',
    legalBasis: [['《娱乐场所管理条例》', '第四条、第七条、第九条', '国务院令第458号修订'], ['《娱乐场所管理办法》']],
    legal: 20, legalUnit: '自然日', legalNote: '自受理申请之日起20日内作出决定；需要听证或者专家评审的时间不计算在内', promise: 10, depth: 'III',
    faq: [['需要提交消防验收吗？', '须提交经营场所符合消防安全要求的证明，由文旅部门会同相关部门核实。']],
    result: ['娱乐经营许可证', '1'],
    materials: [form('《娱乐场所经营许可申请表》', 'entertainment', '法定代表人签名并盖章'), bizLicense(), mat('投资人、法定代表人、主要负责人的身份证明及无犯罪承诺', '不存在法定禁止情形', { copies: 1 }), mat('经营场所地理位置图和场所内部结构平面示意图', '标明包厢、通道、出口', { materialType: '3' }), mat('场所产权或使用权证明', '产权证明或租赁合同', { copies: 1 })],
  },
];

export const enterpriseProjectItems = [
  ...buildItems('con', construction),
  ...buildItems('tr', transport),
  ...buildItems('um', cityAffairs),
  ...buildItems('env', environment),
  ...buildItems('drc', development),
  ...buildItems('em', emergency),
  ...buildItems('tob', tobacco),
  ...buildItems('ct', culture),
];
