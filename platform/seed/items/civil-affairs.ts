// 区民政局: 婚姻登记, 社会救助, 老年人福利, 残疾人两项补贴, 社会组织, 收养, 养老机构, 殡葬.
import { hall } from '../hall.ts';
import { buildItems, type Basis, type ItemSpec } from '../build.ts';
import { agentPapers, bankAccount, form, hukou, idCard, mat, marriageCert, photo } from '../materials.ts';

const CIVIL = '《中华人民共和国民法典》';
const MARRIAGE_REG: Basis = ['《婚姻登记条例》', null, '国务院令第804号，2025年修订'];
const AID_REG = '《社会救助暂行办法》';
const AID_DOC = '国务院令第709号修订';
const NO_LIMIT = '法律、行政法规未规定办结时限';
const MARRIAGE_OFFICE = `${hall.address}${hall.name}二楼西侧 澜溪区婚姻登记处`;
const MARRIAGE_HOURS = '周一至周五 上午8:30-12:00，下午13:30-17:00；“5·20”“七夕”等特殊日期另行公告；法定节假日除外';
const householdProof = mat('家庭收入、财产状况说明及授权核对书', '申请人和家庭成员签字授权民政部门核对家庭经济状况', { materialType: '2', blankForm: 'forms/family-check-consent.pdf', sample: 'forms/family-check-consent-sample.pdf' });

const specs: ItemSpec[] = [
  {
    key: 'marriage-register', name: '内地居民结婚登记', keywords: ['结婚', '领证', '结婚证'], seq: [1, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '男年满22周岁、女年满20周岁，双方完全自愿，双方均无配偶，不属于直系血亲或者三代以内旁系血亲的内地居民；男女双方须共同亲自到场，可在全国任一婚姻登记机关办理。',
    legalBasis: [[CIVIL, '第一千零四十六条、第一千零四十七条、第一千零四十八条、第一千零四十九条'], MARRIAGE_REG],
    legal: 0, promise: 0, depth: 'II', area: '1', address: MARRIAGE_OFFICE, hours: MARRIAGE_HOURS,
    steps: [
      { name: '受理', description: '查验双方身份证件，双方当场签署无配偶及无禁止结婚亲属关系的声明', role: '婚姻登记员', limit: '即时' },
      { name: '审查', description: '通过全国婚姻登记信息系统核查婚姻状况，询问双方结婚意愿', role: '婚姻登记员', limit: '即时' },
      { name: '登记', description: '符合结婚条件的予以登记，双方在《结婚登记审查处理表》上签名并按指纹', role: '婚姻登记员', limit: '即时' },
      { name: '颁证', description: '当场发给结婚证，可选择举行颁证仪式', role: '颁证员', limit: '即时' },
    ],
    faq: [
      ['结婚登记还需要户口簿吗？', '不需要。自2025年5月10日起，内地居民凭本人居民身份证即可办理，并可在全国任一婚姻登记机关申请。'],
      ['要带照片吗？', '需要3张2寸双方近期半身免冠合影照片，也可在登记处现场拍摄。'],
      ['收费吗？', '婚姻登记不收费。'],
    ],
    result: ['结婚证', '1'],
    materials: [idCard('男女双方'), photo('3张2寸双方近期半身免冠红底合影照片', { originals: 3, need: '2' }), form('《申请结婚登记声明书》', 'marriage-declaration', '在登记员面前当场签署，不得代签', { source: '99' })],
  },
  {
    key: 'divorce-register', name: '内地居民离婚登记', keywords: ['离婚', '协议离婚'], seq: [2, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '内地居民自愿离婚，男女双方已签订书面离婚协议，对子女抚养、财产以及债务处理等事项协商一致，双方共同亲自到婚姻登记机关申请。',
    legalBasis: [[CIVIL, '第一千零七十六条、第一千零七十七条、第一千零七十八条'], MARRIAGE_REG],
    legal: null, legalNote: '自收到离婚登记申请之日起30日内（冷静期），任何一方可撤回申请；冷静期届满后30日内双方亲自到场申请发给离婚证，未申请的视为撤回离婚登记申请',
    promise: 0, promiseNote: '冷静期届满后双方到场，符合条件的当场发给离婚证', visits: 2, depth: 'II', area: '1', address: MARRIAGE_OFFICE, hours: MARRIAGE_HOURS,
    steps: [
      { name: '申请', description: '双方持证件和离婚协议书共同申请，填写《离婚登记申请书》，登记机关出具回执', role: '婚姻登记员', limit: '即时' },
      { name: '冷静期', description: '自收到申请之日起30日内，任何一方不愿意离婚的可以撤回申请', role: '当事人', limit: '30日' },
      { name: '审查', description: '冷静期届满后30日内双方共同到场申请发给离婚证，登记员询问离婚意愿并查验离婚协议', role: '婚姻登记员', limit: '即时' },
      { name: '登记', description: '符合条件的予以登记，当场发给离婚证', role: '婚姻登记员', limit: '即时' },
    ],
    faq: [['冷静期内能撤回吗？', '冷静期内任何一方可以持回执向受理的婚姻登记机关撤回离婚登记申请。'], ['协议必须写哪些内容？', '应当载明双方自愿离婚的意思表示和对子女抚养、财产以及债务处理等事项协商一致的意见。']],
    result: ['离婚证', '1'],
    materials: [idCard('男女双方'), marriageCert({ acceptance: '双方持本人结婚证；结婚证遗失的可先补领' }), mat('离婚协议书', '一式三份，双方签名，内容完整', { materialType: '2', originals: 3 }), photo('2张2寸单人近期半身免冠照片（每人）', { originals: 4, need: '2' })],
  },
  {
    key: 'marriage-cert-reissue', name: '补领婚姻登记证', keywords: ['结婚证丢了', '补结婚证'], seq: [3, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '结婚证、离婚证遗失或者损毁的当事人，可以持居民身份证向任一婚姻登记机关申请补领；婚姻登记档案可查的当场补发。',
    legalBasis: [MARRIAGE_REG, ['《婚姻登记工作规范》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'II', area: '1', address: MARRIAGE_OFFICE, hours: MARRIAGE_HOURS,
    faq: [['需要双方都到场吗？', '补领结婚证可以由一方申请；补领离婚证由本人申请。']],
    result: ['结婚证或离婚证（补发）', '1'],
    materials: [idCard(), photo('2寸近期半身免冠照片（补领结婚证的为双方合影）', { originals: 2, need: '2' }), form('《申请补领婚姻登记证声明书》', 'marriage-reissue', '当场签署')],
  },
  {
    key: 'dibao', name: '最低生活保障申请', keywords: ['低保', '生活困难'], seq: [4, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '共同生活的家庭成员人均收入低于本市城乡居民最低生活保障标准，且家庭财产状况符合规定的本区户籍或按规定在居住地申请的家庭；可向户籍所在地或经常居住地街道（乡镇）及本中心窗口提出申请。',
    legalBasis: [[AID_REG, '第九条、第十条、第十一条', AID_DOC], ['《最低生活保障审核确认办法》', null, '民发〔2021〕57号']],
    legal: 30, legalNote: '审核确认原则上自受理之日起30个工作日内完成；特殊情况可延长至45个工作日', promise: 20, depth: 'III', visits: 1,
    steps: [
      { name: '受理', description: '受理书面申请，申请人签署家庭经济状况核对授权书', role: '街道（乡镇）社会救助窗口', limit: '即时' },
      { name: '调查核对', description: '入户调查，通过信息系统核对家庭收入和财产', role: '街道（乡镇）、民政局核对中心', limit: '10个工作日' },
      { name: '公示', description: '在申请人所在村（社区）公示审核结果7天', role: '街道（乡镇）', limit: '7天' },
      { name: '确认', description: '区民政局审核确认，确定救助金额，自作出确认同意决定之日的下月起发放低保金', role: '区民政局', limit: '5个工作日' },
      { name: '送达', description: '书面通知申请人；不予确认的，自作出决定之日起3个工作日内书面告知并说明理由', role: '街道（乡镇）', limit: '3个工作日' },
    ],
    faq: [['低保标准是多少？', '按本市公布的当年度城乡低保标准执行，可在窗口或民政局网站查询。'], ['申请人需要到现场吗？', '可通过网上申请或委托村（居）民委员会代为提出申请，工作人员将入户调查。']],
    result: ['最低生活保障审核确认决定', '2'],
    materials: [idCard('申请人及共同生活家庭成员'), hukou('申请人', { sharedExempt: true }), form('《最低生活保障申请书》', 'dibao', '写明家庭成员、收入、财产和申请理由'), householdProof, bankAccount({ need: '1' })],
  },
  {
    key: 'tekun', name: '特困人员救助供养申请', keywords: ['特困', '五保'], seq: [5, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未满18周岁的未成年人。',
    legalBasis: [[AID_REG, '第十四条、第十五条、第十六条', AID_DOC], ['《特困人员认定办法》', null, '民发〔2021〕43号']],
    legal: 30, legalNote: '原则上自受理之日起30个工作日内完成认定', promise: 20, depth: 'III',
    faq: [['可以集中供养吗？', '可以在当地的供养服务机构集中供养，也可以在家分散供养，由本人自主选择；生活不能自理的优先集中供养。']],
    result: ['特困人员认定决定', '2'],
    materials: [idCard(), hukou('申请人', { sharedExempt: true }), form('《特困人员救助供养申请书》', 'tekun', '写明本人情况和申请理由'), householdProof, mat('残疾人证或生活自理能力评估材料', '残疾人提交残疾人证，评估由民政部门组织', { need: '2', sharedExempt: true })],
  },
  {
    key: 'temp-aid', name: '临时救助申请', keywords: ['临时救助', '急难救助'], seq: [6, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力的最低生活保障家庭等。',
    legalBasis: [[AID_REG, '第四十七条、第四十八条、第四十九条', AID_DOC], ['《国务院关于全面建立临时救助制度的通知》', null, '国发〔2014〕47号']],
    legal: null, legalNote: NO_LIMIT, promise: 10, promiseNote: '情况紧急的可先行救助，后补手续', depth: 'III',
    faq: [['外地户口能申请吗？', '遭遇急难的非本地户籍人员，可以向急难发生地申请临时救助。']],
    result: ['临时救助审批结果', '3'],
    materials: [idCard(), form('《临时救助申请书》', 'temp-aid', '写明遭遇困难的原因和程度'), mat('困难情况证明材料', '医疗费用票据、事故证明等', { copies: 1 }), bankAccount({ need: '1' })],
  },
  {
    key: 'elderly-allowance', name: '高龄津贴申领', keywords: ['高龄补贴', '老人补贴', '尊老金'], seq: [7, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '本区户籍年满80周岁的老年人，按年龄段按月发放高龄津贴；系统根据户籍信息主动发现，符合条件的可“免申即享”。',
    legalBasis: [['《中华人民共和国老年人权益保障法》', '第三十三条'], ['《民政部关于进一步完善经济困难的高龄、失能等老年人补贴制度的通知》']],
    legal: null, legalNote: NO_LIMIT, promise: 15, depth: 'IV', kiosk: true,
    faq: [['需要每年认证吗？', '通过数据比对确认领取资格，一般无需本人到场认证。']],
    result: ['高龄津贴发放确认', '3'],
    materials: [idCard('老年人'), ssCard2(), ...agentPapers()],
  },
  {
    key: 'disability-subsidy', name: '困难残疾人生活补贴和重度残疾人护理补贴申请', keywords: ['残疾人两项补贴', '护理补贴'], seq: [8, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '生活补贴：低保家庭中的残疾人；护理补贴：残疾等级被评定为一级、二级且需要长期照护的重度残疾人。须持有第二代中华人民共和国残疾人证。',
    legalBasis: [['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》', null, '国发〔2015〕52号'], ['《中华人民共和国残疾人保障法》', '第四十八条']],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'IV', area: '2',
    faq: [['两项补贴可以同时领吗？', '符合条件的可以同时申领；已享受孤残儿童基本生活保障政策的不享受生活补贴。']],
    result: ['残疾人两项补贴审批结果', '3'],
    materials: [idCard('残疾人'), mat('中华人民共和国残疾人证', '第二代残疾人证，可共享核验', { source: '20', sourceDept: '残疾人联合会', sharedExempt: true }), form('《困难残疾人生活补贴和重度残疾人护理补贴申请审批表》', 'disability-subsidy', '申请人或监护人签名'), bankAccount({ need: '1' })],
  },
  {
    key: 'social-group', name: '社会团体成立登记', keywords: ['协会', '商会', '社团'], seq: [9, 0],
    taskType: '01', serverType: ['4', '6'],
    acceptCondition: '有50个以上的个人会员或者30个以上的单位会员（或两者合计50个以上），有规范的名称和相应的组织机构、固定的住所、与业务活动相适应的专职工作人员、合法的资产和经费来源（区级社会团体不少于3万元活动资金），有独立承担民事责任的能力，并经业务主管单位审查同意（依法直接登记的除外）。',
    legalBasis: [['《社会团体登记管理条例》', '第三条、第十条、第十一条、第十二条', '国务院令第250号，2016年修订']],
    legal: 60, legalUnit: '自然日', legalNote: '自收到全部有效文件之日起60日内作出准予或者不予登记的决定', promise: 20, depth: 'III',
    faq: [['哪些社会团体可以直接登记？', '行业协会商会类、科技类、公益慈善类、城乡社区服务类社会组织可以直接向民政部门申请登记。']],
    result: ['社会团体法人登记证书', '1'],
    materials: [form('《社会团体法人登记申请表》', 'social-group', '负责人签名'), mat('业务主管单位的批准文件', '直接登记的免于提交', { need: '2', source: '20', sourceDept: '业务主管单位' }), mat('验资报告和场所使用权证明', '活动资金不低于规定数额，住所固定', { copies: 1 }), mat('发起人和拟任负责人的基本情况、身份证明', '负责人符合任职条件', { copies: 1 }), mat('章程草案', '经会员大会或会员代表大会通过', { materialType: '2' })],
  },
  {
    key: 'private-nonprofit', name: '民办非企业单位（社会服务机构）成立登记', keywords: ['民非', '社会服务机构', '民办培训'], seq: [10, 0],
    taskType: '01', serverType: ['1', '4', '6'],
    acceptCondition: '经业务主管单位审查同意（依法直接登记的除外），有规范的名称、必要的组织机构，有与其业务活动相适应的从业人员、合法财产和必要的场所，利用非国有资产举办、从事非营利性社会服务活动的。',
    legalBasis: [['《民办非企业单位登记管理暂行条例》', '第八条、第九条、第十一条', '国务院令第251号']],
    legal: 30, legalUnit: '自然日', legalNote: '自收到全部有效文件之日起30日内作出准予或者不予登记的决定', promise: 15, depth: 'III',
    faq: [['开办者可以分红吗？', '民办非企业单位为非营利性组织，举办者不得分配财产和收益。']],
    result: ['民办非企业单位（法人）登记证书', '1'],
    materials: [form('《民办非企业单位（法人）登记申请书》', 'private-nonprofit', '法定代表人签名'), mat('业务主管单位的批准文件', '直接登记的免于提交', { need: '2', source: '20', sourceDept: '业务主管单位' }), mat('场所使用权证明', '产权证明或租赁合同，期限不少于1年', { copies: 1 }), mat('验资报告', '由会计师事务所出具，开办资金已足额到位', { copies: 1 }), mat('拟任负责人的基本情况、身份证明', '负责人符合任职条件', { copies: 1 }), mat('章程草案', '载明宗旨、业务范围、组织机构等', { materialType: '2' })],
  },
  {
    key: 'adoption', name: '收养登记', keywords: ['收养', '领养'], seq: [11, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '收养人无子女或者只有一名子女，有抚养、教育和保护被收养人的能力，未患有在医学上认为不应当收养子女的疾病，无不利于被收养人健康成长的违法犯罪记录，年满30周岁；被收养人为丧失父母的孤儿、查找不到生父母的未成年人或者生父母有特殊困难无力抚养的子女。',
    legalBasis: [[CIVIL, '第一千零九十三条、第一千零九十八条、第一千一百零五条'], ['《中国公民收养子女登记办法》']],
    legal: 30, legalUnit: '自然日', legalNote: '自次日起30日内审查；查找不到生父母的，公告期不计算在内', promise: 30, promiseUnit: '自然日', depth: 'II', visits: 2,
    faq: [['收养关系什么时候成立？', '收养关系自登记之日起成立。']],
    result: ['收养登记证', '1'],
    materials: [idCard('收养人'), hukou('收养人'), form('《收养登记申请书》', 'adoption', '收养人、送养人签名'), mat('收养人体检证明', '县级以上医疗机构出具，未患有不应当收养子女的疾病', { copies: 0 }), mat('被收养人的出生证明及送养人材料', '生父母送养的提交同意送养书面意见；社会福利机构送养的提交相关证明', { copies: 1 }), mat('收养评估报告', '由民政部门组织开展收养能力评估并出具报告', { source: '20', sourceDept: '民政部门' })],
  },
  {
    key: 'elderly-care-filing', name: '养老机构备案', keywords: ['养老院备案', '开养老院'], seq: [12, 0],
    taskType: '10', serverType: ['2', '3', '4'],
    acceptCondition: '依法办理登记的养老机构，在收住老年人后10个工作日内向登记管理机关同级的民政部门备案。',
    legalBasis: [['《中华人民共和国老年人权益保障法》', '第四十三条'], ['《养老机构管理办法》', '第九条', '民政部令第66号']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['备案后要接受检查吗？', '民政部门在备案后20个工作日内对养老机构进行现场检查，并核实备案信息。']],
    result: ['养老机构备案回执', '3'],
    materials: [form('《养老机构备案书》', 'elderly-care', '加盖公章'), mat('养老机构登记证书', '营业执照或民办非企业单位登记证书等', { sharedExempt: true }), mat('养老机构服务设施符合消防、食品安全等要求的承诺书', '法定代表人签名并盖章', { materialType: '2' })],
  },
  {
    key: 'funeral-subsidy', name: '基本殡葬服务费用减免', keywords: ['丧葬补贴', '火化费减免', '惠民殡葬'], seq: [13, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '本区户籍居民死亡后在本市殡仪馆火化的，遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用按本市标准减免；在殡仪馆结算时直接减免。',
    legalBasis: [['《殡葬管理条例》', '第四条、第十五条'], ['《民政部 发展改革委 财政部关于推行惠民殡葬政策的指导意见》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'III',
    faq: [['要先垫付再报销吗？', '不用，在本市殡仪馆结算时直接减免；在外地火化的可凭票据到窗口申请补助。']],
    result: ['基本殡葬服务费用减免结算单', '3'],
    materials: [mat('死亡证明和火化证明', '医疗机构出具死亡证明，殡仪馆出具火化证明', { source: '20', sourceDept: '医疗机构、殡仪馆', sharedExempt: true }), idCard('经办人'), hukou('死者', { need: '2', sharedExempt: true })],
  },
  {
    key: 'unattended-child', name: '孤儿和事实无人抚养儿童基本生活保障', keywords: ['孤儿', '事实无人抚养儿童'], seq: [14, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '父母均死亡或宣告死亡的孤儿；父母双方均符合重残、重病、服刑在押、强制隔离戒毒、失联等情形之一，或一方死亡、失踪另一方符合上述情形的事实无人抚养儿童。',
    legalBasis: [['《国务院办公厅关于加强孤儿保障工作的意见》', null, '国办发〔2010〕54号'], ['《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》', null, '民发〔2019〕62号']],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'II',
    faq: [['由谁来申请？', '由儿童监护人向儿童户籍所在地街道（乡镇）提出申请；监护人无法申请的可由村（居）委会协助。']],
    result: ['基本生活保障审批结果', '3'],
    materials: [idCard('监护人'), hukou('儿童'), form('《孤儿和事实无人抚养儿童基本生活保障申请表》', 'child-protection', '监护人签名'), mat('父母情况证明材料', '死亡证明、残疾人证、服刑证明、失联报警回执等', { copies: 1 }), bankAccount({ need: '1' })],
  },
];

function ssCard2() {
  return mat('社会保障卡或本人银行账户', '津贴发放至本人社会保障卡金融账户或银行账户', { need: '2', paperSize: null });
}

export const civilAffairsItems = buildItems('ca', specs);
