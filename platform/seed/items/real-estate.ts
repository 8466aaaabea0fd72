// 区自然资源局 (不动产登记中心窗口): 国有建设用地使用权及房屋所有权登记, 抵押权, 预告, 更正, 异议,
// 证书补换, 查询, 宅基地, 居住权. Fees per 发改价格规〔2016〕2559号.
import { buildItems, type Basis, type FeeIn, type ItemSpec } from '../build.ts';
import { agentPapers, form, idCard, mat, marriageCert, propertyCert } from '../materials.ts';

const RE_REG: Basis = ['《不动产登记暂行条例》', '第十四条、第十六条、第二十条、第二十一条', '国务院令第656号'];
const RE_RULES = '《不动产登记暂行条例实施细则》';
const CIVIL = '《中华人民共和国民法典》';
const FASTER: Basis = ['《国务院办公厅关于压缩不动产登记办理时间的通知》', null, '国办发〔2019〕8号'];
const FEE_DOC = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';
const regFees: FeeIn[] = [
  { name: '不动产登记费（住宅类）', amount: 80, unit: '元/件', basis: FEE_DOC, note: '含第一本证书工本费；车库、车位、储藏室按80元/件' },
  { name: '不动产登记费（非住宅类）', amount: 550, unit: '元/件', basis: FEE_DOC, note: '小微企业（含个体工商户）免收' },
  { name: '不动产权证书工本费', amount: 10, unit: '元/本', basis: FEE_DOC, note: '核发一本证书的免收，每增加一本加收10元' },
];
const LIMIT = 30;
const LIMIT_NOTE = '自受理登记申请之日起30个工作日内办结；法律另有规定的除外';
const applyForm = form('《不动产登记申请书》', 're-application', '申请人（共同申请的双方）签名或盖章，填写不动产坐落、登记事项和申请人信息');
const reFaq: [string, string][] = [
  ['房产交易、缴税和登记要分别排队吗？', '不需要。本中心实行“一窗受理、集成服务”，交易、税收、登记材料一次提交，税款可在窗口或网上缴纳。'],
  ['证书可以邮寄吗？', '可以。也可领取电子不动产权证书，与纸质证书具有同等效力。'],
];

const specs: ItemSpec[] = [
  {
    key: 're-first', name: '国有建设用地使用权及房屋所有权首次登记', keywords: ['大证', '初始登记', '房屋首次登记'], seq: [1, 1], mainName: '国有建设用地使用权及房屋所有权登记',
    taskType: '07', serverType: ['2', '6'],
    acceptCondition: '依法取得国有建设用地使用权、房屋已竣工验收的建设单位（房地产开发企业），申请房屋所有权首次登记。',
    legalBasis: [[CIVIL, '第二百零九条、第二百一十条、第二百一十四条'], RE_REG, [RE_RULES, '第三十五条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 5, depth: 'III', fees: regFees,
    faq: [['首次登记后购房人怎么办证？', '首次登记完成后，购房人与开发企业共同申请转移登记，可由开发企业批量代办“交房即交证”。']],
    result: ['不动产权证书', '1'],
    materials: [applyForm, bizLicensePaper(), mat('不动产权属来源证明（国有建设用地使用权证书或出让合同）', '宗地信息与申请一致', { copies: 1, sharedExempt: true }), mat('建设工程符合规划的材料', '规划核实证明或建设工程规划验收合格文件，可共享核验', { copies: 1, source: '20', sourceDept: '规划部门', sharedExempt: true }), mat('房屋已经竣工的材料', '工程竣工验收备案证明，可共享核验', { copies: 1, source: '20', sourceDept: '住房城乡建设部门', sharedExempt: true }), mat('房地产调查或者测绘报告', '具有测绘资质的机构出具', { copies: 1 }), mat('相关税费缴纳凭证', '土地出让价款和税费已缴清', { copies: 1 })],
  },
  {
    key: 're-transfer', name: '国有建设用地使用权及房屋所有权转移登记', keywords: ['过户', '房产过户', '房产证'], seq: [1, 2], mainName: '国有建设用地使用权及房屋所有权登记',
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '已登记的国有建设用地使用权及房屋所有权因买卖、继承、赠与、互换、分割、合并、作价出资、生效法律文书等原因发生转移的，由当事人申请转移登记。',
    legalBasis: [[CIVIL, '第二百零九条、第二百一十四条'], RE_REG, [RE_RULES, '第三十八条'], FASTER],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 3, depth: 'III', fees: regFees, express: true,
    faq: reFaq, result: ['不动产权证书', '1'],
    materials: [applyForm, idCard('转让方和受让方'), propertyCert(), ...agentPapers()],
    handles: [
      {
        key: 're-transfer-sale', name: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）', keywords: ['二手房过户', '二手房交易'],
        acceptCondition: '已办理不动产登记的存量房（二手房）买卖，买卖双方已签订并网签备案房屋买卖合同，依法缴纳相关税费的，双方共同申请。',
        promise: 1,
        materials: [applyForm, idCard('买卖双方'), propertyCert(), marriageCert({ need: '2', fillNotes: '卖方已婚的须配偶到场或提交同意出售证明；买方已婚的据实申报共有情况' }), mat('存量房买卖合同（网签备案）', '经网签备案，信息可共享的免于提交纸质件', { sharedExempt: true }), mat('完税凭证', '契税、个人所得税、增值税等由窗口税务人员一并办理', { source: '20', sourceDept: '税务部门', sharedExempt: true }), ...agentPapers()],
        faq: [...reFaq, ['交易税费有哪些？', '买方缴纳契税（个人购买家庭唯一住房面积140平方米及以下的按1%、以上的按1.5%；第二套住房140平方米及以下的按1%、以上的按2%），卖方视情况缴纳增值税及附加、个人所得税，以税务部门核定为准。']],
      },
      {
        key: 're-transfer-new', name: '国有建设用地使用权及房屋所有权转移登记（新建商品房买卖）', keywords: ['新房办证', '交房即交证'],
        acceptCondition: '开发企业已办理首次登记的新建商品房，购房人与开发企业共同申请；已办理预告登记的可由购房人持合同单方申请。',
        promise: 1,
        materials: [applyForm, idCard('购房人'), mat('商品房买卖合同（网签备案）', '合同已在房屋交易系统网签备案，信息与登记申请一致', { sharedExempt: true }), mat('契税完税凭证', '由窗口税务人员一并办理', { source: '20', sourceDept: '税务部门', sharedExempt: true }), mat('开发企业营业执照和委托书', '开发企业委托代办人的提交', { need: '2' })],
      },
      {
        key: 're-transfer-inherit', name: '国有建设用地使用权及房屋所有权转移登记（继承、受遗赠）', keywords: ['继承房产', '遗产过户'],
        acceptCondition: '因继承、受遗赠取得不动产的，继承人或受遗赠人申请转移登记；继承人须全部到场或提交经公证的放弃继承声明。',
        promise: 5,
        legalBasis: [[CIVIL, '第二百三十条、第一千一百二十一条至第一千一百二十七条'], RE_REG, [RE_RULES, '第十四条']],
        fees: [regFees[0]!, regFees[2]!],
        materials: [applyForm, idCard('全体继承人'), propertyCert(), mat('被继承人死亡证明', '户口注销证明或死亡医学证明，可共享核验', { sharedExempt: true }), mat('继承权公证书、生效法律文书或全部继承人的亲属关系证明及继承协议', '未公证的由全部法定继承人共同到场签署继承协议，登记机构查验后公示', { copies: 1 }), ...agentPapers()],
        faq: [['继承房产要交契税吗？', '法定继承人（配偶、子女、父母、兄弟姐妹、祖父母、外祖父母）继承土地、房屋权属的免征契税。'], ['一定要先公证吗？', '不一定。全部法定继承人共同到场申请的，登记机构进行查验并公示15个工作日后登记。']],
      },
      {
        key: 're-transfer-gift', name: '国有建设用地使用权及房屋所有权转移登记（赠与）', keywords: ['房产赠与', '父母赠房'],
        acceptCondition: '不动产权利人将房屋无偿赠与他人，赠与人和受赠人签订赠与合同后共同申请。',
        promise: 3,
        legalBasis: [[CIVIL, '第二百零九条、第六百五十七条、第六百五十八条'], RE_REG],
        materials: [applyForm, idCard('赠与人和受赠人'), propertyCert(), mat('赠与合同', '双方签名；可经公证', { materialType: '2', copies: 1 }), mat('完税凭证', '受赠人缴纳契税，由窗口税务人员一并办理', { source: '20', sourceDept: '税务部门', sharedExempt: true })],
      },
      {
        key: 're-transfer-spouse', name: '国有建设用地使用权及房屋所有权转移登记（夫妻间权利人变更）', keywords: ['房产证加名', '夫妻加名', '房产证去名'],
        acceptCondition: '婚姻关系存续期间，夫妻双方约定变更房屋权属（加名、减名或者变更份额）的，双方共同申请。',
        promise: 1,
        fees: [regFees[2]!],
        materials: [applyForm, idCard('夫妻双方'), marriageCert({ need: '1' }), propertyCert(), mat('夫妻财产约定协议', '双方签名，写明变更后的共有方式和份额', { materialType: '2', copies: 1 })],
        faq: [['夫妻之间加名要交税吗？', '婚姻关系存续期间夫妻之间变更土地、房屋权属的免征契税，且免收不动产登记费。']],
      },
    ],
  },
  {
    key: 're-change', name: '国有建设用地使用权及房屋所有权变更登记', keywords: ['房产证信息变更', '身份证号变更'], seq: [1, 3], mainName: '国有建设用地使用权及房屋所有权登记',
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '权利人姓名或者名称、身份证明类型或者号码发生变更，不动产坐落、界址、用途、面积等状况变更，或者土地使用期限变化的。',
    legalBasis: [RE_REG, [RE_RULES, '第二十六条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 1, depth: 'III',
    faq: [['换了新身份证号要办变更吗？', '身份证号码升位或更正的，凭公安机关出具的证明申请变更登记。']],
    result: ['不动产权证书（变更）', '1'],
    materials: [applyForm, idCard(), propertyCert(), mat('变更事项证明材料', '姓名变更证明、地名变更证明、规划变更批准文件等', { copies: 1 })],
  },
  {
    key: 're-cancel', name: '国有建设用地使用权及房屋所有权注销登记', keywords: ['房屋灭失注销'], seq: [1, 4], mainName: '国有建设用地使用权及房屋所有权登记',
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '不动产灭失、权利人放弃权利、不动产被依法没收或征收、因人民法院或仲裁委员会生效法律文书导致权利消灭的。',
    legalBasis: [RE_REG, [RE_RULES, '第二十八条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 1, depth: 'II',
    faq: [['注销登记收费吗？', '注销登记不收取不动产登记费。']],
    result: ['注销登记证明', '3'],
    materials: [applyForm, idCard(), propertyCert(), mat('权利消灭的证明材料', '房屋拆除证明、征收决定、生效法律文书等', { copies: 1 })],
  },
  {
    key: 're-mortgage', name: '抵押权首次登记', keywords: ['抵押登记', '房贷抵押'], seq: [2, 1], mainName: '抵押权登记',
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '以建设用地使用权、房屋等不动产设定抵押，抵押人与抵押权人签订抵押合同后共同申请；银行业金融机构可通过“不动产登记+金融服务”网上申请。',
    legalBasis: [[CIVIL, '第三百九十五条、第四百零二条'], RE_REG, [RE_RULES, '第六十五条'], FASTER],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 1, depth: 'IV', fees: [{ ...regFees[0]!, note: '以住宅（含车库、车位、储藏室）设定抵押的按住宅类收取；核发不动产登记证明，不另收证书工本费' }, regFees[1]!],
    faq: [['抵押权什么时候设立？', '以建筑物和其他土地附着物抵押的，抵押权自登记时设立。'], ['需要本人来吗？', '可以由银行延伸网点代为受理，抵押人在银行签约后无需到登记中心。']],
    result: ['不动产登记证明（抵押权）', '1'],
    materials: [applyForm, idCard('抵押人'), propertyCert(), mat('抵押合同和主债权合同', '双方签章，担保范围、债权数额明确', { materialType: '2', copies: 0 }), mat('抵押权人主体资格证明及委托书', '金融机构营业执照、授权委托书', { copies: 1 })],
  },
  {
    key: 're-mortgage-cancel', name: '抵押权注销登记', keywords: ['解押', '还清房贷'], seq: [2, 2], mainName: '抵押权登记',
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '主债权消灭、抵押权已经实现、抵押权人放弃抵押权等，抵押权消灭的；可由抵押权人单方申请。',
    legalBasis: [[CIVIL, '第三百九十三条'], RE_REG, [RE_RULES, '第六十八条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 0, depth: 'IV',
    faq: [['还清贷款后要自己来解押吗？', '银行可以网上申请注销抵押登记，即时办结，无需本人到场。']],
    result: ['抵押权注销登记结果', '3'],
    materials: [applyForm, mat('不动产登记证明（抵押权）', '抵押权登记证明原件交回；电子证明的由系统核销', { source: '20', sourceDept: '不动产登记机构' }), mat('抵押权消灭的材料', '抵押权人出具的解除抵押证明或贷款结清证明', { copies: 0 })],
  },
  {
    key: 're-presale', name: '预购商品房预告登记', keywords: ['预告登记', '期房'], seq: [3, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '购买预售商品房，买卖合同已网签备案，为保障将来实现物权，购房人与开发企业按照约定申请预告登记；开发企业未按约定申请的，购房人可以单方申请。',
    legalBasis: [[CIVIL, '第二百二十一条'], RE_REG, [RE_RULES, '第八十五条、第八十六条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 1, depth: 'III',
    faq: [['预告登记有什么用？', '预告登记后，未经预告登记的权利人同意，处分该不动产的，不发生物权效力。'], ['收费吗？', '预告登记不收取不动产登记费。']],
    result: ['不动产登记证明（预告登记）', '1'],
    materials: [applyForm, idCard('购房人'), mat('已备案的商品房预售合同', '合同备案信息可共享核验', { sharedExempt: true }), mat('当事人关于预告登记的约定', '合同中已约定的无需另行提交', { need: '2' })],
  },
  {
    key: 're-correction', name: '不动产更正登记', keywords: ['房产证写错', '更正登记'], seq: [4, 0],
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '权利人、利害关系人认为不动产登记簿记载的事项错误的；登记机构发现登记簿记载错误的依法更正。',
    legalBasis: [[CIVIL, '第二百二十条'], RE_REG, [RE_RULES, '第七十九条、第八十条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 10, depth: 'II', visits: 1,
    faq: [['更正收费吗？', '因登记机构错误导致的更正登记不收取登记费。']],
    result: ['不动产权证书（更正）', '1'],
    materials: [applyForm, idCard(), propertyCert(), mat('证实登记确有错误的材料', '原始权属资料、测绘报告、生效法律文书等', { copies: 1 })],
  },
  {
    key: 're-objection', name: '不动产异议登记', keywords: ['异议登记'], seq: [5, 0],
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '利害关系人认为不动产登记簿记载的事项错误，权利人不同意更正的，利害关系人可以申请异议登记；申请人须在异议登记之日起15日内起诉，逾期异议登记失效。',
    legalBasis: [[CIVIL, '第二百二十条'], [RE_RULES, '第八十二条、第八十三条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 1, depth: 'II',
    faq: [['异议登记不当造成损失怎么办？', '异议登记不当，造成权利人损害的，权利人可以向申请人请求损害赔偿。']],
    result: ['不动产登记证明（异议登记）', '1'],
    materials: [applyForm, idCard(), mat('证实对登记的不动产权利有利害关系的材料', '如买卖合同、借款合同、生效文书等', { copies: 1 }), mat('证实不动产登记簿记载事项错误的材料', '能说明登记错误的证据', { copies: 1 })],
  },
  {
    key: 're-reissue', name: '不动产权证书补发、换发', keywords: ['房产证丢了', '补房产证'], seq: [6, 0],
    taskType: '07', serverType: ['1', '2'],
    acceptCondition: '不动产权属证书或者不动产登记证明遗失、灭失的，权利人申请补发；证书破损、污损、填制错误的，申请换发。',
    legalBasis: [RE_REG, [RE_RULES, '第二十二条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 20, promiseNote: '补发须在门户网站公告遗失声明15个工作日，公告期满后办理', depth: 'III', express: true,
    fees: [{ name: '不动产权证书工本费', amount: 10, unit: '元/本', basis: FEE_DOC }],
    faq: [['补发的证书和原来一样吗？', '补发的证书上注明“补发”字样，原证书作废。']],
    result: ['不动产权证书（补发、换发）', '1'],
    materials: [applyForm, idCard(), propertyCert({ need: '2', fillNotes: '换发的交回原证书；遗失补发的免于提交' }), form('遗失声明', 're-lost-notice', '权利人签名，写明证书号和遗失经过', { need: '2' })],
  },
  {
    key: 're-query', name: '不动产登记资料查询（有无房产证明）', keywords: ['有房证明', '无房证明', '房产查询', '查档'], seq: [7, 0],
    taskType: '20', serverType: ['1', '2'],
    acceptCondition: '不动产权利人、利害关系人可以依法查询、复制不动产登记资料；个人可查询本人名下不动产登记结果。',
    legalBasis: [['《不动产登记资料查询暂行办法》', '第四条、第十四条', '国土资源部令第80号'], RE_REG],
    legal: 0, legalNote: '符合查询条件的当场提供；不能当场提供的5个工作日内提供', promise: 0, depth: 'IV', kiosk: true, bookable: false, area: '4',
    faq: [['在哪里打印无房证明？', '可以在本中心不动产自助查询机刷身份证打印，也可以通过网上登记平台申请电子证明。']],
    result: ['不动产登记结果查询证明', '3'],
    materials: [idCard(), mat('利害关系证明材料', '利害关系人查询时提交，如买卖合同、借款合同、诉讼材料', { need: '2', copies: 1 }), ...agentPapers()],
  },
  {
    key: 're-homestead', name: '宅基地使用权及房屋所有权首次登记', keywords: ['宅基地', '农村房产证'], seq: [8, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '依法取得宅基地使用权并建造住房的农村村民，宅基地和地上房屋权属清楚、界址清楚、面积准确的。',
    legalBasis: [[CIVIL, '第三百六十二条、第三百六十三条'], ['《中华人民共和国土地管理法》', '第六十二条'], RE_REG, [RE_RULES, '第四十条、第四十一条']],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 10, depth: 'II', visits: 1,
    faq: [['宅基地登记收费吗？', '申请宅基地使用权及地上房屋所有权登记的，只收取证书工本费（核发一本的免收）。']],
    result: ['不动产权证书', '1'],
    materials: [applyForm, idCard(), mat('农村集体经济组织成员证明或村委会证明', '加盖村（居）委会印章', { source: '99' }), mat('宅基地批准文件', '乡镇人民政府批准用地文件', { copies: 1 }), mat('房屋符合规划或建设相关要求的材料', '乡村建设规划许可证等', { copies: 1 }), mat('权籍调查表、宗地图、房屋平面图', '由权籍调查机构出具', { copies: 1 })],
  },
  {
    key: 're-residence-right', name: '居住权首次登记', keywords: ['居住权'], seq: [9, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '住宅所有权人与居住权人以书面合同或遗嘱方式设立居住权的，双方申请居住权登记；居住权自登记时设立。',
    legalBasis: [[CIVIL, '第三百六十六条、第三百六十七条、第三百六十八条、第三百七十一条'], RE_REG],
    legal: LIMIT, legalNote: LIMIT_NOTE, promise: 3, depth: 'II',
    faq: [['居住权可以出租吗？', '居住权不得转让、继承；设立居住权的住宅不得出租，但是当事人另有约定的除外。']],
    result: ['不动产登记证明（居住权）', '1'],
    materials: [applyForm, idCard('所有权人和居住权人'), propertyCert(), mat('居住权合同或遗嘱', '书面合同载明住宅位置、居住条件、期限和解决争议的方法', { materialType: '2', copies: 1 })],
  },
];

function bizLicensePaper() {
  return mat('申请人营业执照', '与登记信息一致，可共享核验', { source: '20', sourceDept: '市场监督管理部门', sharedExempt: true, paperSize: '原件规格' });
}

export const realEstateItems = buildItems('nr', specs);
