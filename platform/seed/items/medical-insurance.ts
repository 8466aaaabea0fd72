// 区医疗保障局 (经办: 区医疗保障服务中心): 参保, 异地就医, 待遇, 医疗救助.
import { buildItems, type Basis, type ItemSpec } from '../build.ts';
import { bankAccount, form, hukou, idCard, mat, ssCard } from '../materials.ts';

const SI_LAW = '《中华人民共和国社会保险法》';
const FUND_REG: Basis = ['《医疗保障基金使用监督管理条例》', null, '国务院令第735号'];
const RESIDENT: Basis = ['《国务院关于整合城乡居民基本医疗保险制度的意见》', null, '国发〔2016〕3号'];
const OUTPATIENT: Basis = ['《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》', null, '国办发〔2021〕14号'];
const REMOTE: Basis = ['《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》', null, '医保发〔2022〕22号'];
const NO_LIMIT = '法律、行政法规未规定办结时限';
const miCard = ssCard({ acceptance: '医保电子凭证或社会保障卡均可', need: '2' });

const specs: ItemSpec[] = [
  {
    key: 'mi-resident-register', name: '城乡居民基本医疗保险参保登记', keywords: ['居民医保', '医保参保', '交医保'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '未参加职工基本医疗保险的本区户籍居民、持有本区居住证的常住人口、在本区就读的大中专学生和中小学生；每年集中缴费期缴费，次年享受待遇。',
    legalBasis: [[SI_LAW, '第二十五条'], RESIDENT],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, area: '2',
    faq: [['什么时候缴费？', '每年集中缴费期一般为9月至12月，缴纳次年的城乡居民医保费；可通过微信、支付宝、银行或自助终端缴费。'], ['错过缴费期怎么办？', '错过集中缴费期的，除新生儿等特殊人群外，一般设置待遇等待期，具体按本市规定执行。']],
    result: ['城乡居民医保参保信息', '3'],
    materials: [idCard('参保人'), hukou('参保人', { need: '2', sharedExempt: true }), mat('居住证', '非本区户籍的常住人口提交', { need: '2', source: '20', sourceDept: '公安机关', sharedExempt: true })],
    handles: [
      {
        key: 'mi-newborn', name: '新生儿参加城乡居民基本医疗保险', keywords: ['宝宝医保', '新生儿医保'],
        acceptCondition: '本区落户或父母一方在本区参保的新生儿，出生后90日内参保缴费的，自出生之日起享受医保待遇。',
        materials: [mat('新生儿户口簿或《出生医学证明》', '已落户的提交户口簿，未落户的提交出生医学证明', { source: '20', sourceDept: '公安机关、助产医疗机构', sharedExempt: true }), idCard('监护人')],
        faq: [['出生时的住院费用能报销吗？', '出生后90日内参保缴费的，自出生之日起发生的医疗费用按规定报销。'], ['可以和户口一起办吗？', '可以通过“出生一件事”一次办理。']],
      },
    ],
  },
  {
    key: 'mi-employee-register', name: '灵活就业人员参加职工基本医疗保险登记', keywords: ['灵活就业医保', '个人交职工医保'], seq: [2, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '无雇工的个体工商户、未在用人单位参加职工基本医疗保险的非全日制从业人员以及其他灵活就业人员，在本市就业的不受户籍限制。',
    legalBasis: [[SI_LAW, '第二十三条'], FUND_REG],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true,
    faq: [['职工医保和居民医保能同时参加吗？', '不能重复参保，参加职工医保后应停止居民医保。']],
    result: ['职工医保参保信息', '3'],
    materials: [idCard()],
  },
  {
    key: 'mi-remote', name: '跨省异地就医备案', keywords: ['异地就医', '外地看病报销', '异地备案'], seq: [3, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '本区参保人员需要跨省异地就医并直接结算的，按异地长期居住人员或临时外出就医人员办理备案；备案后可在就医地联网定点医药机构直接结算。',
    legalBasis: [REMOTE, FUND_REG],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, area: '2',
    faq: [['能在手机上备案吗？', '可以通过“国家医保服务平台”APP或本市医保公众号自助备案，即时生效。'], ['没备案能报销吗？', '未备案的临时外出就医人员可在出院前补办备案；也可回参保地手工报销，报销比例按规定适当降低。']],
    result: ['异地就医备案信息', '3'],
    materials: [idCard(), miCard, form('《跨省异地就医登记备案表》', 'mi-remote', '填写备案类型、就医地和备案期限')],
    handles: [
      {
        key: 'mi-remote-long', name: '跨省异地就医备案（异地长期居住人员）', keywords: ['异地安置', '随子女生活'],
        acceptCondition: '异地安置退休人员、异地长期居住人员、常驻异地工作人员等长期在参保省外工作、居住、生活的人员；备案有效期内可在备案地和参保地双向享受待遇。',
        materials: [idCard(), miCard, form('《跨省异地就医登记备案表》', 'mi-remote', '填写就医地并作出长期居住承诺', { acceptance: '采用个人承诺方式，无需提交居住证明' })],
      },
      {
        key: 'mi-remote-temp', name: '跨省异地就医备案（临时外出就医人员）', keywords: ['转诊', '外地住院'],
        acceptCondition: '异地转诊就医人员、因工作出差旅游等原因异地急诊抢救人员以及其他临时外出就医人员；备案有效期一般不少于6个月。',
        materials: [idCard(), miCard, form('《跨省异地就医登记备案表》', 'mi-remote', '填写外出就医类型；转诊的由参保地定点医院出具转诊证明')],
      },
    ],
  },
  {
    key: 'mi-transfer', name: '基本医疗保险关系转移接续', keywords: ['医保转移'], seq: [4, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '参保人员跨统筹地区流动就业或居住，需转移基本医疗保险关系的，在转入地参保后申请转移；缴费年限累计计算。',
    legalBasis: [[SI_LAW, '第三十二条'], ['《基本医疗保障关系转移接续暂行办法》', null, '医保办发〔2021〕43号']],
    legal: null, legalNote: '按《基本医疗保障关系转移接续暂行办法》规定时限办理', promise: 15, depth: 'IV', area: '2',
    faq: [['转移期间看病能报销吗？', '转移接续期间的待遇按规定衔接，中断缴费3个月以内的不设待遇等待期。']],
    result: ['基本医疗保险参保凭证及转移接续结果', '3'],
    materials: [idCard(), form('《基本医疗保障关系转移接续申请表》', 'mi-transfer', '可网上申请，无需回原参保地')],
  },
  {
    key: 'mi-chronic', name: '门诊慢特病待遇认定', keywords: ['慢性病', '特殊病', '门诊特殊病种'], seq: [5, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '患有本市门诊慢特病病种目录内疾病（如高血压、糖尿病、恶性肿瘤门诊治疗、尿毒症透析等）并符合认定标准的参保人员。',
    legalBasis: [[SI_LAW, '第二十八条'], OUTPATIENT],
    legal: null, legalNote: NO_LIMIT, promise: 15, depth: 'III', visits: 1,
    faq: [['可以在医院直接申请吗？', '可以在本市具备认定资格的定点医疗机构由医生直接申报，无需另行到窗口。'], ['认定后怎么享受待遇？', '认定通过后在定点医疗机构门诊治疗相关疾病时，医保基金按规定比例直接结算。']],
    result: ['门诊慢特病待遇认定结果', '3'],
    materials: [idCard(), form('《门诊慢特病待遇认定申请表》', 'mi-chronic', '由认定医疗机构医师填写诊断意见'), mat('病历资料及检查检验报告', '近期的门诊或住院病历、诊断证明，支持申请病种的诊断', { copies: 1 })],
  },
  {
    key: 'mi-reimburse', name: '零星医疗费用报销（手工报销）', keywords: ['报销', '医药费报销', '手工报销'], seq: [6, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '参保人员因急诊抢救、未备案异地就医、联网结算失败等原因全额垫付了应由医保基金支付的医疗费用的。',
    legalBasis: [[SI_LAW, '第二十八条、第二十九条'], FUND_REG],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'III', express: true,
    faq: [['多长时间内要报销？', '一般应在费用发生后次年底前申请，具体以本市规定为准。'], ['钱打到哪里？', '审核通过后支付到本人社会保障卡金融账户或提供的银行账户。']],
    result: ['医疗费用报销结算单', '3'],
    materials: [idCard(), mat('医疗收费票据', '原件，票据抬头与参保人一致', { sharedExempt: false }), mat('费用明细清单', '由医疗机构出具并加盖收费专用章，项目与票据一致', { copies: 0 }), mat('出院小结或门诊病历', '住院的提交出院小结，门诊的提交门诊病历', { copies: 1 }), bankAccount()],
  },
  {
    key: 'mi-maternity', name: '生育津贴申领', keywords: ['生育津贴', '产假工资', '生育保险'], seq: [7, 0],
    taskType: '05', serverType: ['1', '2'],
    acceptCondition: '参加职工基本医疗保险（生育保险）的女职工，因生育、流产享受产假，或者按规定享受计划生育手术休假的；由用人单位或本人申请。',
    legalBasis: [[SI_LAW, '第五十四条、第五十六条'], ['《国务院办公厅关于全面推进生育保险和职工基本医疗保险合并实施的意见》', null, '国办发〔2019〕10号'], ['《女职工劳动保护特别规定》', '第七条', '国务院令第619号']],
    legal: null, legalNote: NO_LIMIT, promise: 10, depth: 'IV',
    faq: [['生育津贴怎么算？', '按照职工所在用人单位上年度职工月平均工资计发，产假天数按《女职工劳动保护特别规定》（98天）和本省奖励假规定确定。'], ['丈夫能领吗？', '职工未就业配偶可按规定享受生育医疗费用待遇，生育津贴由女职工本人享受。']],
    result: ['生育津贴核定结果', '3'],
    materials: [idCard('女职工'), mat('出生医学证明或医疗机构出具的生育证明', '可通过共享获取的免于提交', { source: '20', sourceDept: '助产医疗机构', sharedExempt: true }), bankAccount()],
  },
  {
    key: 'mi-family-account', name: '职工医保个人账户家庭共济备案', keywords: ['家庭共济', '医保账户给家人用'], seq: [8, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '参加职工基本医疗保险的在职和退休人员，可将个人账户资金用于支付配偶、父母、子女在定点医药机构就医购药的个人负担费用及参加居民医保的个人缴费。',
    legalBasis: [OUTPATIENT],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, area: '3',
    faq: [['家人必须参保吗？', '共济的近亲属须为本省参加基本医疗保险的人员。']],
    result: ['家庭共济绑定信息', '3'],
    materials: [idCard(), mat('近亲属关系证明', '户口簿、结婚证、出生医学证明等，系统可核验的免于提交', { need: '2', sharedExempt: true })],
  },
  {
    key: 'mi-cert-print', name: '基本医疗保险参保凭证打印', keywords: ['医保证明', '参保证明'], seq: [9, 0],
    taskType: '20', serverType: ['1', '2'],
    acceptCondition: '需要参保缴费证明的参保人员或单位。',
    legalBasis: [[SI_LAW, '第七十四条'], FUND_REG],
    legal: 0, promise: 0, depth: 'IV', kiosk: true, bookable: false, area: '1',
    faq: [['凭证可以验真吗？', '凭证上有验证码和二维码，可在国家医保服务平台核验。']],
    result: ['基本医疗保险参保凭证', '3'],
    materials: [idCard()],
  },
  {
    key: 'mi-medical-aid', name: '医疗救助申请', keywords: ['医疗救助', '大病救助'], seq: [10, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '最低生活保障家庭成员、特困供养人员、低保边缘家庭成员、因病致贫重病患者等医疗救助对象，经基本医保、大病保险报销后个人负担仍然较重的。',
    legalBasis: [['《社会救助暂行办法》', '第二十七条、第二十八条、第三十条', '国务院令第709号修订'], ['《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》', null, '国办发〔2021〕42号']],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'II',
    faq: [['低保对象要单独申请吗？', '低保、特困等已认定救助对象在定点医疗机构就医时实行“一站式”结算，无需另行申请。']],
    result: ['医疗救助审批结果', '3'],
    materials: [idCard(), form('《医疗救助申请表》', 'medical-aid', '写明家庭情况和医疗费用情况'), mat('医疗费用票据及结算单', '基本医保、大病保险已结算', { copies: 1 }), mat('困难群众身份证明', '民政部门认定信息可共享的免于提交', { need: '2', source: '20', sourceDept: '民政部门', sharedExempt: true })],
  },
];

export const medicalInsuranceItems = buildItems('mi', specs);
