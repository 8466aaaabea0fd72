// 公安分局: 户政, 居民身份证, 出入境, 交管, 治安. Content follows national law and the common
// practice of district 户政 and 出入境 windows.
import { buildItems, type ItemSpec } from '../build.ts';
import { agentPapers, form, hukou, idCard, mat, marriageCert, photo, propertyCert } from '../materials.ts';

const ID_LAW = '《中华人民共和国居民身份证法》';
const HUKOU_REG = '《中华人民共和国户口登记条例》';
const HUKOU_REFORM: [string, string, string] = ['《国务院关于进一步推进户籍制度改革的意见》', '', '国发〔2014〕25号'];
const EXIT_LAW = '《中华人民共和国出境入境管理法》';
const PASSPORT_LAW = '《中华人民共和国护照法》';
const ID_FEE_DOC = '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';
const EXIT_FEE_DOC = '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）';
// 往来港澳、往来台湾 fees as the published guides cite them (checked 2026-12-06, see README).
const HK_FEE_DOC = '《国家发展和改革委员会、财政部关于电信网码号资源占用费等部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）；《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）';
const TW_FEE_DOC = '《国家发展和改革委员会、财政部关于电信网码号资源占用费等部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）；《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格规〔2019〕1931号）';
const ID_FREE_DOC = '《财政部 国家发展改革委关于停征免征和调整部分行政事业性收费有关政策的通知》';
const DL_RULES = '《机动车驾驶证申领和使用规定》';
const DL_RULES_NO = '公安部令第162号';
// 往来港澳、往来台湾: the national time limits every published guide repeats.
const PERMIT_LEGAL_NOTE = '受理后7个工作日内签发；交通不便或有特殊情况的，经省级公安机关出入境管理部门批准可延长至20个工作日；在非常住户口所在地申请的，20日内签发';
const LOCAL_HUKOU = '法律、行政法规未规定办结时限，按本省户口登记管理规定执行';

const idPhoto = photo('现场免费采集数码照片；也可提交具有制证照片采集资质的照相馆出具的合格回执', { originals: 0, need: '2', format: '2' });
const idForm = form('《居民身份证申领登记表》', 'idcard-application', '由窗口根据采集信息打印，申请人核对无误后签名；未满16周岁的由监护人签名', { source: '99' });
const idcardFaq: [string, string][] = [
  ['居民身份证的有效期是多久？', '未满16周岁的有效期5年；16至25周岁的10年；26至45周岁的20年；46周岁以上的长期。'],
  ['不是本区户籍可以在这里办理吗？', '可以。居民身份证换领、补领已实现全国异地受理，在本窗口申请后证件可选择邮寄。首次申领须在户籍所在地办理。'],
];

const specs: ItemSpec[] = [
  {
    key: 'idcard-first', name: '居民身份证首次申领', keywords: ['身份证', '首次办证', '办身份证'], seq: [1, 1], mainName: '居民身份证签发',
    taskType: '07', serverType: ['1'],
    acceptCondition: '常住户口在本区的中国公民，年满16周岁的应当申领居民身份证；未满16周岁的可以申领，由监护人陪同代为申请。申请人须本人到场采集人像和指纹。',
    legalBasis: [[ID_LAW, '第二条、第七条、第八条、第十条、第十二条、第二十条'], [ID_FREE_DOC]],
    legal: 60, legalUnit: '自然日', legalNote: '自提交《居民身份证申领登记表》之日起60日内发放；交通不便的地区可延长，但不超过30日',
    promise: 15, fees: [],
    visits: 1, depth: 'II', express: true,
    faq: [
      ...idcardFaq.slice(0, 1),
      ['小孩办理身份证需要带什么？', '带居民户口簿和监护人的居民身份证，孩子本人必须到场采集照片；年满6周岁的须采集指纹。'],
      ['可以邮寄到家吗？', '可以。受理时选择邮寄送达并填写收件地址，邮费由政府承担。'],
      ['首次办身份证要交钱吗？', '不收费。自2018年4月1日起首次申领居民身份证免收工本费；同时申领临时居民身份证的，临时证按每证10元收取。'],
    ],
    result: ['中华人民共和国居民身份证', '1'],
    materials: [hukou(), idForm, idPhoto, idCard('监护人', { need: '2', fillNotes: '未满16周岁申请人由监护人陪同时提交' })],
  },
  {
    key: 'idcard-renew', name: '居民身份证换领', keywords: ['身份证到期', '身份证过期', '换身份证'], seq: [1, 2], mainName: '居民身份证签发',
    taskType: '07', serverType: ['1'],
    acceptCondition: '居民身份证有效期满（可在期满前3个月内申请）、登记项目变更（如姓名、出生日期、民族、住址变更）或者证件严重损坏不能辨认的公民。',
    legalBasis: [[ID_LAW, '第十一条、第十二条、第二十条'], ['《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》', null, '公通字〔2015〕13号']],
    legal: 60, legalUnit: '自然日', legalNote: '交通不便的地区可延长，但不超过30日', promise: 15,
    fees: [
      { name: '居民身份证工本费（有效期满或登记项目变更换领）', amount: 20, unit: '元/证', basis: ID_FEE_DOC, note: '城市最低生活保障对象换领免收' },
      { name: '居民身份证工本费（损坏换领）', amount: 40, unit: '元/证', basis: ID_FEE_DOC },
    ],
    depth: 'II', express: true, area: '1',
    faq: [...idcardFaq, ['旧身份证还能用吗？', '新证领取前旧证在有效期内仍可使用；领取新证时旧证交回窗口剪角作废。']],
    result: ['中华人民共和国居民身份证', '1'],
    materials: [idCard('申请人', { acceptance: '原居民身份证（有效期满或损坏的）在领取新证时交回；证件严重损坏无法核验的以户籍信息核对' }), hukou('申请人', { need: '2', fillNotes: '登记项目变更的须提交；异地换领且信息未变更的免于提交' }), idForm, idPhoto],
  },
  {
    key: 'idcard-reissue', name: '居民身份证补领', keywords: ['身份证丢了', '身份证丢失', '补办身份证'], seq: [1, 3], mainName: '居民身份证签发',
    taskType: '07', serverType: ['1'],
    acceptCondition: '居民身份证丢失的公民。丢失后可先在窗口或网上办理挂失申报，挂失后证件即作废。',
    legalBasis: [[ID_LAW, '第十一条、第十二条、第二十条'], ['《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》', null, '公通字〔2015〕13号']],
    legal: 60, legalUnit: '自然日', legalNote: '交通不便的地区可延长，但不超过30日', promise: 15,
    fees: [{ name: '居民身份证工本费（丢失补领）', amount: 40, unit: '元/证', basis: ID_FEE_DOC }],
    depth: 'II', express: true, area: '1',
    faq: [...idcardFaq, ['急需用证怎么办？', '可在补领的同时申请临时居民身份证，当场领取，有效期3个月，工本费10元。']],
    result: ['中华人民共和国居民身份证', '1'],
    materials: [hukou('申请人', { need: '2', fillNotes: '户籍地办理时交验；异地补领的免于提交' }), idForm, idPhoto],
  },
  {
    key: 'idcard-temp', name: '临时居民身份证申领', keywords: ['临时身份证'], seq: [2, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '在申请领取、换领、补领居民身份证期间，急需使用居民身份证的中国公民。',
    legalBasis: [[ID_LAW, '第十二条第二款'], ['《中华人民共和国临时居民身份证管理办法》', '第二条、第三条']],
    legal: 3, legalUnit: '自然日', promise: 0,
    fees: [{ name: '临时居民身份证工本费', amount: 10, unit: '元/证', basis: ID_FEE_DOC, note: '首次申领居民身份证时同时申领临时证的，临时证工本费照收' }],
    depth: 'I', bookable: false,
    faq: [['临时身份证有效期多久？', '有效期3个月，领取正式居民身份证时交回。'], ['可以用来乘坐火车飞机吗？', '可以，临时居民身份证与居民身份证具有同等证明效力。']],
    result: ['中华人民共和国临时居民身份证', '1'],
    materials: [
      mat('居民身份证申领、换领或补领受理回执', '回执上的受理信息与申请人一致', { source: '20', sourceDept: '公安机关', paperSize: null }),
      hukou('申请人', { fillNotes: '向常住户口所在地公安派出所申请时交验；未满16周岁的由监护人代为申领' }),
      photo('本人近期一寸免冠相片，规格与居民身份证相片相同；窗口可现场采集的免于提交', { originals: 1 }),
    ],
  },
  {
    key: 'hukou-birth', name: '出生登记', keywords: ['新生儿落户', '宝宝上户口', '报户口'], seq: [3, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '本区户籍居民在国内出生的婴儿，由户主、亲属、抚养人或者邻居于婴儿出生后一个月以内向常住地户口登记机关申报出生登记；超过一个月的仍予登记。非婚生育、政策外生育的婴儿均可依法登记。',
    legalBasis: [[HUKOU_REG, '第七条'], ['《国务院办公厅关于解决无户口人员登记户口问题的意见》', null, '国办发〔2015〕96号']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 0, depth: 'III', area: '2',
    faq: [
      ['孩子户口可以随父亲还是随母亲？', '可以随父或者随母落户，由父母协商确定。'],
      ['出生医学证明丢失了怎么办？', '先到签发医院或区卫生健康局办理出生医学证明补发，再申报出生登记。'],
      ['可以和出生医学证明、医保参保一起办吗？', '可以。“出生一件事”套餐一次申请即可同时办理出生医学证明、户口登记、医保参保和社保卡申领。'],
    ],
    result: ['居民户口簿（新生儿登记页）', '1'],
    materials: [
      mat('《出生医学证明》', '证明为原件，婴儿姓名与申报一致，无涂改', { source: '20', sourceDept: '助产医疗机构', paperSize: null, copies: 1 }),
      idCard('申报人（父亲或母亲）'), hukou('落户方（父亲或母亲）'), marriageCert({ need: '2', fillNotes: '父母已婚的提交；非婚生育的免于提交' }),
      form('《出生登记申报表》', 'birth-registration', '申报人填写婴儿姓名、性别、出生日期、出生地、监护人等信息并签名'),
    ],
  },
  {
    key: 'hukou-death', name: '死亡注销户口', keywords: ['销户', '人去世了'], seq: [4, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '本区户籍公民死亡的，城市在葬前、农村在一个月以内，由户主、亲属、抚养人或者邻居申报死亡登记，注销户口。',
    legalBasis: [[HUKOU_REG, '第八条']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 0, depth: 'II', area: '1',
    faq: [['去世人的身份证要交回吗？', '要。注销户口时交回居民身份证，无法交回的注明原因。'], ['注销户口后还需要办哪些事？', '可通过“身后一件事”一并申请丧葬补助金和抚恤金、医保账户继承、住房公积金提取、社保卡注销。']],
    result: ['户口注销证明', '3'],
    materials: [
      mat('《居民死亡医学证明（推断）书》或火化证明', '由医疗卫生机构或殡仪馆出具，死者姓名、身份号码与户籍一致', { source: '20', sourceDept: '医疗卫生机构、殡仪馆', sharedExempt: true }),
      hukou('死者'), idCard('死者', { fillNotes: '交回注销；无法交回的书面说明' }), idCard('申报人'),
    ],
  },
  {
    key: 'hukou-move', name: '户口迁入（投靠、购房、人才引进）', keywords: ['迁户口', '落户', '户口迁移'], seq: [5, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '符合本市户口迁入条件的人员：夫妻投靠、未成年子女投靠父母、父母投靠子女、在本区有合法稳定住所、符合人才引进条件等。跨省迁移实行“一站式”办理，在迁入地即可办结，无需回迁出地开具准迁证。',
    legalBasis: [[HUKOU_REG, '第十条、第十三条'], HUKOU_REFORM, ['《公安部关于推行户口迁移网上办理的通知》']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 5, depth: 'III', area: '2',
    faq: [['跨省迁入还要回老家开准迁证吗？', '不用。实行户口迁移“一站式”办理，迁入地公安机关审核后直接网上通知迁出地，申请人只跑迁入地一次。'], ['集体户口可以迁入吗？', '无合法稳定住所的人才可落户到单位集体户或社区公共户。']],
    result: ['居民户口簿（迁入登记）', '1'],
    materials: [idCard(), hukou('迁入人'), hukou('迁入地户主', { fillNotes: '迁入本区家庭户时提交' }), form('《户口迁移申请表》', 'hukou-move', '填写迁入人、迁入地址和迁移原因，户主或房屋产权人签署同意意见')],
    handles: [
      {
        key: 'hukou-move-spouse', name: '户口迁入（夫妻投靠）', keywords: ['夫妻投靠'],
        acceptCondition: '配偶一方为本区户籍，结婚满一年或已生育子女的，另一方可申请投靠迁入。',
        materials: [idCard('夫妻双方'), hukou('迁入人'), hukou('被投靠人'), marriageCert(), form('《户口迁移申请表》', 'hukou-move', '被投靠人签署同意投靠意见')],
      },
      {
        key: 'hukou-move-child', name: '户口迁入（未成年子女投靠父母）', keywords: ['孩子迁户口'],
        acceptCondition: '父母一方为本区户籍的未成年子女，可申请投靠父母迁入。',
        promise: 0,
        materials: [idCard('父母一方'), hukou('迁入子女'), hukou('被投靠父母'), mat('《出生医学证明》或亲子关系证明材料', '能证明迁入人与被投靠人的亲子关系', { source: '20', sourceDept: '助产医疗机构' }), form('《户口迁移申请表》', 'hukou-move', '监护人签名')],
      },
      {
        key: 'hukou-move-parents', name: '户口迁入（父母投靠子女）', keywords: ['老人投靠'],
        acceptCondition: '子女为本区户籍且具有合法稳定住所的，其父母可申请投靠迁入。',
        materials: [idCard('迁入人'), hukou('迁入人'), hukou('被投靠子女'), mat('亲属关系证明材料', '户口簿、出生医学证明等能证明父母子女关系的材料', { sharedExempt: true }), propertyCert({ need: '2', fillNotes: '迁入被投靠人自有住房时提交' }), form('《户口迁移申请表》', 'hukou-move', '被投靠人签署同意意见')],
      },
      {
        key: 'hukou-move-house', name: '户口迁入（合法稳定住所落户）', keywords: ['买房落户', '购房入户'],
        acceptCondition: '在本区城镇购买住房并取得不动产权证书的人员，本人及其共同居住生活的配偶、子女、父母可申请落户。',
        materials: [idCard(), hukou('迁入人'), propertyCert({ copies: 1, sharedExempt: true }), marriageCert({ need: '2', fillNotes: '配偶随迁时提交' }), form('《户口迁移申请表》', 'hukou-move', '房屋产权人签名')],
      },
      {
        key: 'hukou-move-talent', name: '户口迁入（人才引进、高校毕业生落户）', keywords: ['毕业生落户', '人才落户'],
        acceptCondition: '具有全日制大专以上学历或中级以上专业技术职称、技师以上职业资格的人员，在本市就业创业的可申请落户，毕业生可凭毕业证“先落户后就业”。',
        legalBasis: [[HUKOU_REG, '第十三条'], HUKOU_REFORM, ['《国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》', null, '国办发〔2022〕13号']],
        promise: 0,
        materials: [idCard(), hukou('迁入人', { need: '2', fillNotes: '户口在原籍的提交；户口在学校的提交户口迁移证' }), mat('毕业证书或专业技术资格证书、职业资格证书', '学历可在学信网查验；证书真实有效', { copies: 1 }), form('《户口迁移申请表》', 'hukou-move', '填写落户地址（单位集体户或社区公共户）')],
      },
    ],
  },
  {
    key: 'hukou-name', name: '姓名变更登记', keywords: ['改名', '改名字'], seq: [6, 1], mainName: '户口登记项目变更更正',
    taskType: '07', serverType: ['1'],
    acceptCondition: '未满十八周岁的由本人或父母、收养人申请；十八周岁以上的由本人申请。有正当理由且不违反公序良俗；已成年人一般只能变更一次。',
    legalBasis: [[HUKOU_REG, '第十八条'], ['《中华人民共和国民法典》', '第一千零一十二条、第一千零一十五条、第一千零一十六条']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 10, depth: 'II', visits: 2,
    faq: [['改名后其他证件怎么办？', '户口簿变更后凭派出所出具的变更证明办理身份证换领，并到银行、社保、不动产等部门变更信息。']],
    result: ['居民户口簿（变更记载）和姓名变更证明', '1'],
    materials: [idCard(), hukou(), form('《户口登记项目变更更正申请表》', 'hukou-change', '写明变更前后姓名及变更理由，本人或监护人签名'), mat('变更理由证明材料', '如父母离婚随姓、收养等须提交判决书、调解书或收养证等')],
  },
  {
    key: 'hukou-birthdate', name: '出生日期更正', keywords: ['改年龄', '出生日期错了'], seq: [6, 2], mainName: '户口登记项目变更更正',
    taskType: '07', serverType: ['1'],
    acceptCondition: '户口登记的出生日期与《出生医学证明》或原始户籍档案记载不一致、确属登记错误的。',
    legalBasis: [[HUKOU_REG, '第十七条']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 20, depth: 'II', visits: 2,
    faq: [['可以按照自己的想法改年龄吗？', '不可以。只能依据出生医学证明、原始户籍档案等有效证明更正确属错误的记载。']],
    result: ['居民户口簿（更正记载）', '1'],
    materials: [idCard(), hukou(), form('《户口登记项目变更更正申请表》', 'hukou-change', '写明更正前后出生日期和理由'), mat('《出生医学证明》或原始户籍档案等证明材料', '能够证明真实出生日期的最早原始记录')],
  },
  {
    key: 'hukou-book', name: '居民户口簿补领、换领', keywords: ['户口本丢了', '户口本补办'], seq: [7, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '本区家庭户居民户口簿遗失、损坏或者户主变更、登记项目变更需要换发的。',
    legalBasis: [[HUKOU_REG, '第四条']],
    legal: null, legalNote: LOCAL_HUKOU, promise: 0, depth: 'II',
    faq: [['补办户口簿收费吗？', '不收费。'], ['可以委托别人办吗？', '可以由户内成年成员持本人身份证办理。']],
    result: ['居民户口簿', '1'], materials: [idCard('户主或户内成年成员'), form('《居民户口簿补（换）领申请表》', 'hukou-book', '写明补领或换领原因')],
  },
  {
    key: 'residence-permit', name: '居住证申领', keywords: ['居住证', '暂住证'], seq: [8, 0],
    taskType: '07', serverType: ['1'],
    acceptCondition: '离开常住户口所在地到本区居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一，并已办理居住登记的中国公民。',
    legalBasis: [['《居住证暂行条例》', '第二条、第九条、第十条、第十二条', '国务院令第663号']],
    legal: 15, legalUnit: '自然日', promise: 10, depth: 'III', express: true,
    faq: [['居住证有什么用？', '持证人可在居住地享受义务教育、基本公共就业服务、基本公共卫生服务、办理出入境证件等公共服务和便利。'], ['居住证需要签注吗？', '居住证每年签注一次，签注后继续有效；逾期未签注的不影响重新签注。']],
    result: ['居住证', '1'],
    materials: [idCard(), photo('近期免冠白底彩色照片，或现场采集', { need: '2' }), mat('居住地住址证明', '房屋租赁合同、房屋产权证明、宿舍证明之一', { copies: 1 }), mat('就业或就读证明', '劳动合同、营业执照、在校证明之一', { need: '2', copies: 1 })],
  },
  {
    key: 'no-crime-cert', name: '无犯罪记录证明开具', keywords: ['无犯罪证明', '犯罪记录查询'], seq: [9, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '中国公民查询本人有无犯罪记录；单位经本人书面同意可查询其犯罪记录。',
    legalBasis: [['《公安机关办理犯罪记录查询工作规定》', '第三条、第七条、第八条', '公通字〔2021〕19号']],
    legal: 3, promise: 0, depth: 'IV', kiosk: true,
    faq: [['网上开的证明有效吗？', '网上开具的电子证明与纸质证明具有同等效力，可通过二维码核验真伪。'], ['证明的有效期是多久？', '证明反映的是出具时的查询结果，用途单位一般要求3个月内开具。']],
    result: ['无犯罪记录证明', '3'],
    materials: [idCard(), ...agentPapers()],
  },
  {
    key: 'passport-first', name: '普通护照签发（首次申请）', keywords: ['护照', '办护照', '出国'], seq: [10, 1], mainName: '普通护照签发',
    taskType: '01', serverType: ['1'],
    acceptCondition: '因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的中国公民，可在全国任一出入境管理机构申请。',
    legalBasis: [[PASSPORT_LAW, '第五条、第六条'], [EXIT_LAW, '第九条'], ['《国家移民管理局关于推行出入境证件“全国通办”的公告》']],
    legal: 15, legalUnit: '自然日', legalNote: '偏远地区、交通不便或者因特殊情况不能按期签发的，经批准可延长至30日', promise: 7, promiseUnit: '工作日',
    fees: [{ name: '普通护照工本费', amount: 120, unit: '元/本', basis: EXIT_FEE_DOC }],
    depth: 'II', express: true, area: '1',
    faq: [['办护照需要预约吗？', '建议通过“移民局”APP或本中心预约后前来，现场也可取号办理。'], ['未满16周岁怎么办？', '由监护人陪同并提交监护关系证明，护照有效期5年；16周岁以上有效期10年。'], ['国家工作人员能直接申请吗？', '登记备案的国家工作人员须提交所在单位出具的同意出境意见。']],
    result: ['中华人民共和国普通护照', '1'],
    materials: [idCard(), photo('现场免费采集；或提交出入境证件数码照片回执', { originals: 0, need: '2', format: '2' }), form('《中国公民出入境证件申请表》', 'exit-entry-application', '现场采集信息后打印，核对无误后签名'), mat('监护人身份证件及监护关系证明', '未满16周岁的申请人提交', { need: '2' })],
  },
  {
    key: 'passport-renew', name: '普通护照换发、补发', keywords: ['护照到期', '护照丢了'], seq: [10, 2], mainName: '普通护照签发',
    taskType: '01', serverType: ['1'],
    acceptCondition: '护照有效期即将届满、签证页即将使用完毕、护照损毁不能使用、护照遗失或者被盗，或者有正当理由需要换发、补发护照的中国公民。',
    legalBasis: [[PASSPORT_LAW, '第十一条'], [EXIT_LAW, '第九条']],
    legal: 15, legalUnit: '自然日', legalNote: '偏远地区、交通不便或者因特殊情况不能按期签发的，经批准可延长至30日', promise: 7, promiseUnit: '工作日',
    fees: [{ name: '普通护照工本费', amount: 120, unit: '元/本', basis: EXIT_FEE_DOC }],
    depth: 'II', express: true, area: '1',
    faq: [['旧护照上有有效签证怎么办？', '换发时原护照剪角后退还，有效签证可继续与新护照一起使用（以签证国规定为准）。'], ['护照丢失了要先挂失吗？', '应当及时报失，申请补发时填写《护照遗失（被盗）报失表》，原护照作废。']],
    result: ['中华人民共和国普通护照', '1'],
    materials: [idCard(), mat('原普通护照', '换发的交验原护照；遗失被盗的提交报失说明', { paperSize: '原件规格' }), photo('现场免费采集，照片符合出入境证件照片标准', { originals: 0, need: '2', format: '2' }), form('《中国公民出入境证件申请表》', 'exit-entry-application', '现场打印，核对后签名')],
  },
  {
    key: 'hk-macau-permit', name: '往来港澳通行证及签注签发', keywords: ['港澳通行证', '去香港', '去澳门', '港澳签注'], seq: [11, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '因私事前往香港、澳门特别行政区旅游、探亲、商务、学习等的内地居民，可在全国任一出入境管理机构申请。',
    legalBasis: [[EXIT_LAW, '第十条'], ['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', '第三条、第四条']],
    legal: 20, legalUnit: '工作日', legalNote: PERMIT_LEGAL_NOTE, promise: 7, promiseUnit: '工作日',
    fees: [
      { name: '往来港澳通行证（电子证件）工本费', amount: 60, unit: '元/证', basis: HK_FEE_DOC },
      { name: '赴港澳一次有效签注', amount: 15, unit: '元/件', basis: HK_FEE_DOC },
      { name: '赴港澳二次有效签注', amount: 30, unit: '元/件', basis: HK_FEE_DOC },
    ],
    depth: 'II', express: true, area: '1',
    faq: [['签注用完了要重新办证吗？', '不用。通行证在有效期内的，可在自助签注机上当场办理再次签注。'], ['深圳户籍才有一签多行吗？', '商务、探亲、团队旅游、个人旅游签注按证件持有人户籍地和申请类别确定，窗口会告知可申请的签注种类。']],
    result: ['往来港澳通行证及签注', '1'],
    materials: [idCard(), photo('现场免费采集，照片符合出入境证件照片标准', { originals: 0, need: '2', format: '2' }), form('《中国公民出入境证件申请表》', 'exit-entry-application', '现场打印，核对后签名')],
    handles: [
      {
        key: 'hk-macau-permit-new', name: '往来港澳通行证首次申领（含签注）', keywords: ['首次办港澳通行证'],
        acceptCondition: '首次申领或原证件有效期届满、遗失需重新申领的内地居民。',
      },
      {
        key: 'hk-macau-endorse', name: '往来港澳通行证再次签注（自助签注）', keywords: ['港澳再签注', '自助签注'],
        acceptCondition: '持有有效期内电子往来港澳通行证、原签注已使用完毕或即将过期的内地居民，可在自助签注机办理。',
        promise: 0, promiseNote: '团队旅游、个人旅游签注在自助签注机上立等可取；其他签注到窗口申请，7个工作日内签发', kiosk: true, bookable: false, express: false,
        fees: [
          { name: '赴港澳一次有效签注', amount: 15, unit: '元/件', basis: HK_FEE_DOC },
          { name: '赴港澳二次有效签注', amount: 30, unit: '元/件', basis: HK_FEE_DOC },
        ],
        payOnline: true,
        materials: [mat('电子往来港澳通行证', '证件在有效期内，芯片可读', { paperSize: '原件规格' }), idCard()],
        result: ['往来港澳签注', '1'],
      },
    ],
  },
  {
    key: 'taiwan-permit', name: '往来台湾通行证及签注签发', keywords: ['台湾通行证', '去台湾'], seq: [12, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '因探亲、商务、学习、参加交流活动等事由前往台湾地区的大陆居民。',
    legalBasis: [[EXIT_LAW, '第十条'], ['《中国公民往来台湾地区管理办法》', '第四条、第五条', '国务院令第661号修订']],
    legal: 20, legalUnit: '工作日', legalNote: PERMIT_LEGAL_NOTE, promise: 7, promiseUnit: '工作日',
    fees: [
      { name: '往来台湾通行证（电子证件）工本费', amount: 60, unit: '元/证', basis: TW_FEE_DOC },
      { name: '一次有效往来台湾通行证工本费', amount: 15, unit: '元/本', basis: TW_FEE_DOC, note: '仅在不签发电子证件时使用' },
      { name: '赴台一次有效签注', amount: 15, unit: '元/件', basis: TW_FEE_DOC },
      { name: '赴台多次有效签注', amount: 80, unit: '元/件', basis: TW_FEE_DOC },
    ],
    depth: 'II', express: true, area: '1',
    faq: [['赴台签注需要提交什么证明？', '探亲须提交在台亲属关系证明，商务、交流须提交相应邀请或活动证明材料；具体以窗口告知为准。']],
    result: ['往来台湾通行证及签注', '1'],
    materials: [idCard(), photo('现场免费采集，照片符合出入境证件照片标准', { originals: 0, need: '2', format: '2' }), form('《中国公民出入境证件申请表》', 'exit-entry-application', '现场打印，核对后签名'), mat('赴台事由证明材料', '与申请签注种类相符', { need: '2', copies: 1 })],
  },
  {
    key: 'exit-entry-record', name: '出入境记录查询', keywords: ['出入境记录', '出国记录证明'], seq: [13, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '查询本人出入境记录的中国公民；委托他人查询须提交委托书。',
    legalBasis: [[EXIT_LAW, '第五条'], ['《国家移民管理局关于实施出入境记录查询“全国通办”的公告》']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV', kiosk: true, area: '1',
    faq: [['查询结果可以打印吗？', '可以在本中心出入境自助终端刷身份证查询并打印，加盖电子印章。']],
    result: ['出入境记录查询结果', '3'],
    materials: [idCard(), ...agentPapers()],
  },
  {
    key: 'driving-license-renew', name: '机动车驾驶证期满换证', keywords: ['驾照到期', '驾驶证换证'], seq: [14, 1], mainName: '机动车驾驶证核发、审验',
    taskType: '01', serverType: ['1'],
    acceptCondition: '机动车驾驶证有效期满前九十日内，或者因故不能在有效期满前换证的（可延期后换证）。',
    legalBasis: [['《中华人民共和国道路交通安全法》', '第十九条'], [DL_RULES, null, DL_RULES_NO]],
    legal: 1, legalNote: '符合规定的，车辆管理所在一日内换发', promise: 0,
    fees: [{ name: '机动车驾驶证工本费', amount: 10, unit: '元/证', basis: '《国家发展改革委 财政部关于公安部门有关收费标准及有关问题的通知》（发改价格〔2004〕2831号）' }],
    depth: 'IV', express: true, area: '1',
    faq: [['需要体检吗？', '需要提交县级或部队团级以上医疗机构出具的有关身体条件证明，可在“交管12123”上传电子体检信息。'], ['异地可以换证吗？', '可以在全国任一车管所或交警窗口申请。']],
    result: ['中华人民共和国机动车驾驶证', '1'],
    materials: [
      idCard(),
      mat('原机动车驾驶证', '换证时交回原证；网上申请选择邮寄的，由邮政人员送新证时收回', { source: '20', sourceDept: '公安机关交通管理部门', paperSize: '原件规格' }),
      mat('机动车驾驶人身体条件证明', '医疗机构出具，在有效期内；医院已上传电子体检信息的免于提交纸质证明', { sharedExempt: true }),
      photo('白底证件照或交管12123照片回执', { need: '2', originals: 1 }),
    ],
  },
  {
    key: 'driving-license-reissue', name: '机动车驾驶证遗失补证', keywords: ['驾照丢了', '补驾照'], seq: [14, 2], mainName: '机动车驾驶证核发、审验',
    taskType: '01', serverType: ['1'],
    acceptCondition: '机动车驾驶证遗失的驾驶人；驾驶证被依法扣押、扣留或者暂扣期间不得申请补证。',
    legalBasis: [['《中华人民共和国道路交通安全法》', '第十九条'], [DL_RULES, '第六十九条', DL_RULES_NO]],
    legal: 1, legalNote: '符合规定的，车辆管理所在一日内补发；补发后原驾驶证作废', promise: 0,
    fees: [{ name: '机动车驾驶证工本费', amount: 10, unit: '元/证', basis: '《国家发展改革委 财政部关于公安部门有关收费标准及有关问题的通知》（发改价格〔2004〕2831号）' }],
    depth: 'IV', express: true, area: '1',
    faq: [['补证期间可以开车吗？', '可以通过“交管12123”申领电子驾驶证，补证期间凭电子驾驶证驾驶。']],
    result: ['中华人民共和国机动车驾驶证', '1'],
    materials: [idCard(), photo('白底证件照或照片回执', { need: '2', originals: 1 })],
  },
  {
    key: 'hotel-license', name: '旅馆业特种行业许可证核发', keywords: ['旅馆许可', '民宿', '酒店开业'], seq: [15, 0],
    taskType: '01', serverType: ['2', '6'],
    acceptCondition: '在本区开办旅馆、宾馆、民宿等住宿经营场所，已取得营业执照，房屋建筑、消防安全、治安防范设施符合要求的单位或个体工商户。',
    legalBasis: [['《旅馆业治安管理办法》', '第四条'], ['《国务院对确需保留的行政审批项目设定行政许可的决定》', '附件第38项', '国务院令第412号'], ['《中华人民共和国行政许可法》', '第四十二条']],
    legal: 20, promise: 10, visits: 1, depth: 'III',
    faq: [['是否需要现场检查？', '受理后派出所将到经营场所现场核查治安防范设施、旅客住宿登记系统和视频监控安装情况。']],
    result: ['特种行业许可证', '1'],
    materials: [bizLicensePlaceholder(), legalRepIdCopy(), form('《特种行业许可证申请登记表》', 'special-trade', '如实填写经营场所、房间数、床位数、治安负责人'), mat('经营场所产权证明或租赁合同', '面积、地址与申请一致', { copies: 1 }), mat('场所平面图及治安防范设施配置说明', '标明客房、通道、监控点位和消防通道', { materialType: '3' }), mat('治安保卫制度和治安负责人名单', '制度齐全，负责人身份信息真实', { materialType: '3' })],
  },
  {
    key: 'seal-record', name: '公章刻制备案', keywords: ['刻章', '公章', '印章备案'], seq: [16, 0],
    taskType: '10', serverType: ['2', '3', '4', '6'],
    acceptCondition: '依法设立的企业、事业单位、社会组织等需要刻制公章的，由公章刻制企业向公安机关备案；企业开办“一件事”可一并申请，本区新设立企业首套印章免费刻制。',
    legalBasis: [['《国务院关于第三批取消中央指定地方实施行政许可事项的决定》', null, '国发〔2017〕7号'], ['《印铸刻字业暂行管理规则》', '第六条']],
    legal: null, legalNote: '法律、行政法规未规定办结时限', promise: 0, depth: 'IV',
    faq: [['刻章要多少钱？', '本区新开办企业首套公章（公章、财务章、发票专用章、法人章）由政府购买服务免费刻制；其他情形按刻章企业标价收费。'], ['多久能拿到章？', '企业开办一件事中，营业执照签发后当日可领取印章。']],
    result: ['印章备案信息', '3'],
    materials: [bizLicensePlaceholder(), legalRepIdCopy(), ...agentPapers()],
  },
];

function bizLicensePlaceholder() {
  return mat('营业执照或登记证书', '与登记信息一致，可通过数据共享核验', { source: '20', sourceDept: '登记机关', sharedExempt: true, paperSize: '原件规格' });
}

function legalRepIdCopy() {
  return idCard('法定代表人（负责人）', { originals: 0, copies: 1 });
}

export const publicSecurityItems = buildItems('ps', specs);
