// 澄州市住房公积金管理中心 (澜溪管理部窗口): 缴存, 提取, 贷款, 转移接续. A city-level body: useLevel 3.
import { buildItems, type Basis, type ItemSpec } from '../build.ts';
import { agentPapers, bankAccount, bizLicense, form, idCard, marriageCert, mat } from '../materials.ts';

const HF_REG = '《住房公积金管理条例》';
const withdrawBasis: Basis[] = [[HF_REG, '第二十四条、第二十五条', '国务院令第262号，2019年修订']];
const withdrawForm = form('《住房公积金提取申请书》', 'hf-withdraw', '填写提取原因、提取金额和收款账户，本人签名');
const hfFaq: [string, string][] = [
  ['提取的钱多久到账？', '审核通过后一般1个工作日内转入本人在受托银行开立的账户。'],
  ['可以网上提取吗？', '购房、租房、偿还贷款、离退休等提取可通过市公积金网上服务大厅、手机公积金APP办理，信息可共享核验的无需上传材料。'],
];

const specs: ItemSpec[] = [
  {
    key: 'hf-withdraw', name: '住房公积金提取', keywords: ['公积金提取', '取公积金'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：购买、建造、翻建、大修自住住房的；离休、退休的；完全丧失劳动能力并与单位终止劳动关系的；出境定居的；偿还购房贷款本息的；房租超出家庭工资收入规定比例的。职工死亡或者被宣告死亡的，其继承人、受遗赠人可以提取。',
    legalBasis: withdrawBasis,
    legal: 3, legalUnit: '自然日', legalNote: '自受理申请之日起3日内作出准予提取或者不准提取的决定', promise: 0, depth: 'IV',
    faq: hfFaq, result: ['住房公积金提取审批结果', '3'],
    materials: [idCard(), withdrawForm, bankAccount({ need: '1' })],
    handles: [
      {
        key: 'hf-withdraw-buy', name: '住房公积金提取（购买自住住房）', keywords: ['买房提取公积金'],
        acceptCondition: '职工及其配偶在本市或户籍地购买自住住房（新建商品房、二手房），自房屋产权登记或购房合同备案之日起规定期限内申请提取。',
        materials: [idCard(), withdrawForm, mat('购房合同（已备案）或不动产权证书', '可通过住建、不动产部门共享核验的免于提交', { sharedExempt: true }), mat('购房款发票或契税完税凭证', '金额为提取上限依据', { copies: 1 }), marriageCert({ need: '2', fillNotes: '配偶同时提取时提交' })],
      },
      {
        key: 'hf-withdraw-loan', name: '住房公积金提取（偿还购房贷款本息）', keywords: ['还贷提取', '公积金还房贷'],
        acceptCondition: '职工及其配偶偿还自住住房商业银行贷款或公积金贷款本息的；公积金贷款可签订按月对冲还贷协议。',
        materials: [idCard(), withdrawForm, mat('商业贷款合同及还款明细', '公积金贷款的由中心系统核验免于提交', { need: '2', copies: 1 })],
      },
      {
        key: 'hf-withdraw-rent', name: '住房公积金提取（租赁住房）', keywords: ['租房提取', '租房公积金'],
        acceptCondition: '职工及其配偶在本市无自有住房且租房自住的，按月或按年提取，每年提取额度不超过本市规定标准；租住公共租赁住房的按实际租金提取。',
        promise: 0,
        materials: [idCard(), withdrawForm, mat('无房承诺或不动产登记查询结果', '由中心通过不动产信息共享核验', { sharedExempt: true, source: '20', sourceDept: '不动产登记机构', format: '2', originals: 0 }), mat('房屋租赁合同及租赁登记备案证明', '按规定标准提取的免于提交', { need: '2', copies: 1 })],
        faq: [...hfFaq, ['每年能提多少？', '未提交租赁合同的按本市规定标准提取；提交租赁备案合同的按实际租金提取，均不超过缴存余额。']],
      },
      {
        key: 'hf-withdraw-retire', name: '住房公积金提取（离休、退休）', keywords: ['退休提取公积金', '销户提取'],
        acceptCondition: '职工办理离休、退休手续的，可以一次性提取账户全部余额，提取时同时注销个人住房公积金账户。',
        materials: [idCard(), withdrawForm, mat('离退休证明', '社保退休信息可共享核验的免于提交', { sharedExempt: true, source: '20', sourceDept: '人力资源社会保障部门' }), bankAccount({ need: '1' })],
      },
      {
        key: 'hf-withdraw-abroad', name: '住房公积金提取（出境定居）', keywords: ['出国定居提取'],
        acceptCondition: '职工出境定居的，可提取全部余额并注销个人住房公积金账户。',
        promise: 1, legal: 3,
        materials: [idCard(), withdrawForm, mat('户口注销证明或出境定居证明', '公安机关出具的户口注销证明，或定居国（地区）的定居证明', { copies: 1 })],
      },
      {
        key: 'hf-withdraw-death', name: '住房公积金提取（职工死亡或被宣告死亡）', keywords: ['继承公积金', '去世提取公积金'],
        acceptCondition: '职工死亡或者被宣告死亡的，职工的继承人、受遗赠人可以提取职工住房公积金账户内的存储余额；无继承人也无受遗赠人的，存储余额纳入住房公积金的增值收益。',
        promise: 1, legalBasis: [[HF_REG, '第二十四条第三款', '国务院令第262号，2019年修订'], ['《中华人民共和国民法典》', '第一千一百二十二条、第一千一百二十七条']],
        materials: [idCard('继承人或受遗赠人'), withdrawForm, mat('死亡证明', '户口注销证明或死亡医学证明，可共享核验', { sharedExempt: true, source: '20', sourceDept: '公安机关' }), mat('继承权公证书、法院生效判决书或亲属关系证明', '能证明继承权或受遗赠权，多个继承人的须全体同意或按判决分配', { copies: 1 })],
      },
      {
        key: 'hf-withdraw-disability', name: '住房公积金提取（完全丧失劳动能力并与单位终止劳动关系）',
        acceptCondition: '职工完全丧失劳动能力，并与单位终止劳动关系的；提取账户全部余额，同时注销个人住房公积金账户。',
        promise: 1,
        materials: [idCard(), withdrawForm, mat('劳动能力鉴定结论', '劳动能力鉴定委员会出具的完全丧失劳动能力结论', { copies: 1 }), mat('终止劳动关系证明', '单位出具或社保停保记录', { sharedExempt: true })],
      },
    ],
  },
  {
    key: 'hf-unit-register', name: '单位住房公积金缴存登记', keywords: ['单位公积金开户', '公积金开户'], seq: [2, 0],
    taskType: '20', serverType: ['2', '3', '4', '5', '6'],
    acceptCondition: '新设立的单位应当自设立之日起30日内到住房公积金管理中心办理缴存登记，并自登记之日起20日内为本单位职工办理住房公积金账户设立手续。',
    legalBasis: [[HF_REG, '第十四条', '国务院令第262号，2019年修订']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV',
    faq: [['企业开办时能一起办吗？', '可以。企业开办“一网通办”中勾选住房公积金缴存登记，执照签发后同步开户。']],
    result: ['单位住房公积金缴存登记信息', '3'],
    materials: [bizLicense(), form('《单位住房公积金缴存登记表》', 'hf-unit', '加盖单位公章，填写经办人信息'), ...agentPapers()],
  },
  {
    key: 'hf-account-open', name: '职工住房公积金账户设立', keywords: ['公积金个人开户'], seq: [3, 0],
    taskType: '20', serverType: ['2', '3', '4', '5', '6'],
    acceptCondition: '单位录用职工的，应当自录用之日起30日内为职工办理住房公积金账户设立或者转移手续。',
    legalBasis: [[HF_REG, '第十五条', '国务院令第262号，2019年修订']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV',
    faq: [['以前在别的单位交过怎么办？', '本市已有个人账户的直接转入，不再新开户。']],
    result: ['职工住房公积金个人账户', '3'],
    materials: [form('《职工住房公积金账户设立清册》', 'hf-account', '填写职工身份信息和缴存基数，加盖单位公章')],
  },
  {
    key: 'hf-loan', name: '个人住房公积金贷款申请', keywords: ['公积金贷款', '买房贷款'], seq: [4, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '连续足额缴存住房公积金满规定期限，购买、建造、翻建、大修自住住房，具有稳定经济收入和偿还贷款能力、信用良好的缴存职工及其配偶。',
    legalBasis: [[HF_REG, '第二十六条', '国务院令第262号，2019年修订']],
    legal: 15, legalUnit: '自然日', legalNote: '自受理申请之日起15日内作出准予贷款或者不准贷款的决定', promise: 10, depth: 'III', visits: 2,
    faq: [['能贷多少？', '按缴存余额倍数、还款能力、房价比例和本市最高贷款额度孰低确定。'], ['二手房能用公积金贷款吗？', '可以，需办理抵押登记，可与不动产转移登记、抵押登记“一窗联办”。']],
    result: ['个人住房公积金借款合同', '2'],
    materials: [idCard('借款人及配偶'), marriageCert({ need: '2' }), form('《个人住房公积金借款申请表》', 'hf-loan', '借款人、共同借款人签名'), mat('购房合同或房屋买卖合同', '已在房屋交易系统网签备案，房屋坐落和价款与申请一致', { copies: 1 }), mat('首付款凭证', '首付款发票或收据，金额不低于规定的首付比例', { copies: 1 }), mat('收入证明或银行流水', '单位出具的收入证明或近6个月银行流水，反映稳定收入', { need: '2', copies: 1 })],
  },
  {
    key: 'hf-transfer', name: '住房公积金异地转移接续', keywords: ['公积金转移', '公积金转入'], seq: [5, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '职工在外地缴存住房公积金后到本市就业并已在本市开立个人账户的，可申请将原缴存地的住房公积金转入本市。',
    legalBasis: [[HF_REG, null, '国务院令第262号，2019年修订'], ['《全国住房公积金异地转移接续业务操作规程》']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 3, depth: 'IV', area: '2',
    faq: [['要回原单位所在城市办吗？', '不用。通过全国住房公积金异地转移接续平台在转入地申请即可，缴存时间连续计算。']],
    result: ['住房公积金转移接续结果', '3'],
    materials: [idCard(), form('《住房公积金异地转移接续申请表》', 'hf-transfer', '填写原缴存城市和原个人账号')],
  },
  {
    key: 'hf-deposit-cert', name: '住房公积金缴存证明打印', keywords: ['公积金证明', '公积金明细'], seq: [6, 0],
    taskType: '20', serverType: ['1', '2'],
    acceptCondition: '需要住房公积金缴存证明、缴存明细的缴存职工或缴存单位。',
    legalBasis: [[HF_REG, null, '国务院令第262号，2019年修订']],
    legal: 0, promise: 0, depth: 'IV', kiosk: true, bookable: false, area: '3',
    faq: [['贷款买房用的证明能打吗？', '可以，缴存证明加盖电子印章，可扫码验真。']],
    result: ['住房公积金缴存证明', '3'],
    materials: [idCard()],
  },
  {
    key: 'hf-base-adjust', name: '住房公积金缴存基数和比例调整', keywords: ['公积金基数调整'], seq: [7, 0],
    taskType: '20', serverType: ['2', '3', '4', '5', '6'],
    acceptCondition: '缴存单位每年按规定调整职工住房公积金缴存基数；缴存比例不低于5%，不高于本市规定上限。',
    legalBasis: [[HF_REG, '第十六条、第十八条', '国务院令第262号，2019年修订']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV',
    faq: [['基数按什么算？', '职工本人上一年度月平均工资，不低于本市最低工资标准，不高于上年度职工月平均工资的3倍。']],
    result: ['缴存基数调整信息', '3'],
    materials: [form('《住房公积金缴存基数调整表》', 'hf-base', '加盖单位公章')],
  },
  {
    key: 'hf-loan-prepay', name: '住房公积金贷款提前还款', keywords: ['提前还款', '公积金贷款结清'], seq: [8, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '公积金贷款借款人申请部分或者全部提前偿还贷款的；全部结清后可申请出具结清证明并办理抵押权注销。',
    legalBasis: [[HF_REG, null, '国务院令第262号，2019年修订'], ['《中华人民共和国民法典》', '第六百七十七条']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV',
    faq: [['提前还款有违约金吗？', '住房公积金贷款提前还款不收取违约金。']],
    result: ['提前还款凭证或贷款结清证明', '3'],
    materials: [idCard('借款人'), form('《住房公积金贷款提前还款申请表》', 'hf-prepay', '选择部分或全部提前还款')],
  },
];


export const housingFundItems = buildItems('hf', specs);
