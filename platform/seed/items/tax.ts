// 国家税务总局澄州市澜溪区税务局 (办税服务厅): 新办纳税人, 发票, 个税汇算, 契税, 证明, 注销, 社保费.
import { buildItems, type Basis, type ItemSpec } from '../build.ts';
import { agentPapers, bizLicense, form, idCard, legalRepId, mat } from '../materials.ts';

const ADMIN_LAW = '《中华人民共和国税收征收管理法》';
const INVOICE_REG: Basis = ['《中华人民共和国发票管理办法》', null, '国务院令第764号，2023年修订'];
const NO_LIMIT = '法律、行政法规未规定办结时限';
const taxFaq: [string, string][] = [
  ['可以不来大厅吗？', '绝大多数业务可通过电子税务局、个人所得税APP办理；本厅设有自助办税区，工作人员可现场指导。'],
];

const specs: ItemSpec[] = [
  {
    key: 'tax-new-taxpayer', name: '新办纳税人“套餐式”服务', keywords: ['税务报到', '税务登记', '新办企业税务'], seq: [1, 0],
    taskType: '20', serverType: ['2', '6'],
    acceptCondition: '已领取营业执照的新办企业、个体工商户等纳税人，首次办理涉税事项时一次性完成登记信息确认、财务会计制度备案、税（费）种认定、发票票种核定、实名办税等事项。',
    legalBasis: [[ADMIN_LAW, '第十五条、第二十条'], ['《中华人民共和国税收征收管理法实施细则》', '第十二条'], INVOICE_REG],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV',
    faq: [...taxFaq, ['需要单独办税务登记证吗？', '不需要。实行“多证合一”后，营业执照即具有税务登记证的作用，只需确认登记信息。']],
    result: ['税务事项通知书（套餐业务办理结果）', '3'],
    materials: [bizLicense(), legalRepId({ sharedExempt: true, acceptance: '法定代表人、财务负责人、办税人员完成实名认证' }), form('《新办纳税人涉税事项综合申请表》', 'tax-new', '勾选需要办理的事项，加盖公章'), mat('财务会计制度及核算软件备案材料', '在套餐中一并报送，实行承诺制的可后补', { need: '3', materialType: '3' })],
  },
  {
    key: 'tax-invoice', name: '发票票种核定及数电发票额度调整', keywords: ['领发票', '发票额度', '数电发票'], seq: [2, 0],
    taskType: '10', serverType: ['1', '2', '6'],
    acceptCondition: '已办理信息确认的纳税人需要开具发票的；使用全面数字化的电子发票（数电发票）的纳税人，开票额度不足时可申请调整。',
    legalBasis: [INVOICE_REG, ['《中华人民共和国发票管理办法实施细则》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true,
    faq: [...taxFaq, ['数电发票还需要领用吗？', '不需要领用和税控设备，税务机关按纳税人风险和经营情况赋予开票额度，登录电子税务局即可开具。']],
    result: ['发票票种核定或额度调整结果', '3'],
    materials: [mat('经办人身份证件', '已完成实名办税认证', { source: '20', sourceDept: '公安机关', paperSize: '原件规格' }), form('《纳税人领用发票票种核定表》', 'tax-invoice', '填写发票种类、数量或申请额度'), ...agentPapers()],
  },
  {
    key: 'tax-invoice-agent', name: '代开增值税发票', keywords: ['代开发票', '个人开发票'], seq: [3, 0],
    taskType: '10', serverType: ['1', '2', '6'],
    acceptCondition: '已办理税务登记但不能自行开具发票的小规模纳税人，以及临时取得应税收入、需要开具发票的自然人等。',
    legalBasis: [INVOICE_REG, ['《国家税务总局关于加强和规范税务机关代开普通发票工作的通知》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, payOnline: false,
    faq: [...taxFaq, ['代开发票要交税吗？', '代开时按规定征收增值税及附加、代征个人所得税等，符合小规模纳税人减免政策的享受优惠。']],
    result: ['增值税发票', '3'],
    materials: [idCard('申请人或经办人'), form('《代开增值税发票缴纳税款申报单》', 'tax-agent-invoice', '如实填写购买方信息、货物或服务名称、金额'), mat('合同或交易证明', '与开票内容一致的合同、协议等', { need: '2', copies: 1 })],
  },
  {
    key: 'tax-general-taxpayer', name: '增值税一般纳税人登记', keywords: ['一般纳税人', '认定一般纳税人'], seq: [4, 0],
    taskType: '10', serverType: ['2', '6'],
    acceptCondition: '年应税销售额超过规定标准（500万元）的纳税人应当办理登记；未超过标准但会计核算健全、能够提供准确税务资料的纳税人可以申请登记。',
    legalBasis: [['《增值税一般纳税人登记管理办法》', '第二条、第三条、第五条', '国家税务总局令第43号'], ['《中华人民共和国增值税法》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV',
    faq: [['登记后可以转回小规模吗？', '除国家税务总局另有规定外，纳税人登记为一般纳税人后，不得转为小规模纳税人。']],
    result: ['增值税一般纳税人登记结果', '3'],
    materials: [form('《增值税一般纳税人登记表》', 'tax-general', '选择一般纳税人资格生效之日')],
  },
  {
    key: 'tax-iit-annual', name: '个人所得税综合所得年度汇算', keywords: ['个税汇算', '个税退税', '个人所得税'], seq: [5, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '取得工资薪金、劳务报酬、稿酬、特许权使用费综合所得的居民个人，在取得所得的次年3月1日至6月30日内办理年度汇算；需补税且年收入超过12万元或补税金额超过400元的须办理，需退税的自愿办理。',
    legalBasis: [['《中华人民共和国个人所得税法》', '第六条、第十条、第十一条'], ['《中华人民共和国个人所得税法实施条例》', '第二十五条']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, bookable: true, payOnline: false,
    faq: [['退税多久到账？', '税务机关审核后将退税款退至申报的银行账户，一般在提交申请后的一段时间内到账，可在APP中查看进度。'], ['老人不会用手机怎么办？', '可以携带身份证到办税厅自助区，由工作人员协助办理；也可以委托子女通过APP代为办理。']],
    result: ['个人所得税年度汇算申报结果', '3'],
    materials: [idCard(), mat('专项附加扣除信息', '子女教育、继续教育、大病医疗、住房贷款利息或租金、赡养老人、3岁以下婴幼儿照护等，可在APP中填报', { need: '2', format: '2', originals: 0 }), mat('本人银行账户', '用于退税，须为本人名下境内I类账户', { need: '2', paperSize: null })],
  },
  {
    key: 'tax-deed', name: '契税申报', keywords: ['契税', '买房交税'], seq: [6, 0],
    taskType: '04', serverType: ['1', '2'],
    acceptCondition: '在中华人民共和国境内转移土地、房屋权属，承受的单位和个人，在依法办理土地、房屋权属登记手续前申报缴纳契税。',
    legalBasis: [['《中华人民共和国契税法》', '第一条、第三条、第六条、第九条、第十条'], ['《财政部 税务总局 住房城乡建设部关于促进房地产市场平稳健康发展有关税收政策的公告》', null, '2024年第16号']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'III', payOnline: false,
    faq: [['可以和不动产登记一起办吗？', '可以。不动产登记区的“一窗受理”窗口同步办理交易、纳税和登记。'], ['家庭唯一住房的税率是多少？', '个人购买家庭唯一住房，面积为140平方米及以下的减按1%，140平方米以上的减按1.5%。']],
    result: ['契税完税凭证', '3'],
    materials: [idCard('承受方'), mat('房屋权属转移合同', '网签备案合同，可共享核验', { sharedExempt: true }), mat('家庭住房情况查询结果', '享受优惠时由系统查询，申请人书面承诺', { sharedExempt: true, source: '20', sourceDept: '不动产登记机构' })],
  },
  {
    key: 'tax-payment-cert', name: '开具税收完税证明', keywords: ['完税证明', '纳税证明'], seq: [7, 0],
    taskType: '20', serverType: ['1', '2', '6'],
    acceptCondition: '已缴纳税款的纳税人需要证明其纳税情况的；个人可开具个人所得税纳税记录。',
    legalBasis: [['《税收票证管理办法》', null, '国家税务总局令第28号']],
    legal: 0, promise: 0, depth: 'IV', kiosk: true, bookable: false,
    faq: [['个税纳税记录在哪里开？', '可以在个人所得税APP、电子税务局或本厅自助终端开具，带有二维码，可验证真伪。']],
    result: ['税收完税证明或纳税记录', '3'],
    materials: [idCard()],
  },
  {
    key: 'tax-cross-region', name: '跨区域涉税事项报告', keywords: ['外经证', '异地施工'], seq: [8, 0],
    taskType: '10', serverType: ['2', '6'],
    acceptCondition: '纳税人跨省（自治区、直辖市和计划单列市）临时从事生产经营活动的，向机构所在地的税务机关填报《跨区域涉税事项报告表》；在省内跨县经营的按本省规定执行。',
    legalBasis: [['《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》', null, '税总发〔2017〕103号']],
    legal: 0, promise: 0, depth: 'IV',
    faq: [['有效期多久？', '跨区域涉税事项报告有效期限一般为合同有效期；无合同的默认180天，可以延期。']],
    result: ['跨区域涉税事项报告表', '3'],
    materials: [form('《跨区域涉税事项报告表》', 'tax-cross', '填写经营地、合同金额、有效期限'), mat('跨区域经营合同', '在电子税务局填报合同信息的可不提交纸质件', { need: '2', copies: 1 })],
  },
  {
    key: 'tax-cancel', name: '清税申报（税务注销）', keywords: ['税务注销', '清税证明'], seq: [9, 0],
    taskType: '10', serverType: ['2', '6'],
    acceptCondition: '纳税人因解散、破产、撤销等情形依法终止纳税义务的，办理市场主体注销前向税务机关申报办理清税；未办理过涉税事宜或无欠税（滞纳金、罚款）且无未缴销发票的，可适用即时办结或承诺制容缺办理。',
    legalBasis: [[ADMIN_LAW, '第十六条'], ['《国家税务总局关于进一步优化办理企业税务注销程序的通知》', null, '税总发〔2019〕64号']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV',
    faq: [['什么情况下能即时出清税证明？', '未办理过涉税事宜，或办理过涉税事宜但未领用发票、无欠税（滞纳金）及罚款的纳税人，可即时办结。']],
    result: ['清税证明', '3'],
    materials: [form('《清税申报表》', 'tax-cancel', '经办人签名并加盖公章'), mat('发票缴销和税款结清情况', '发票已缴销、税款已结清，由税务系统核验，无需另行提交', { source: '20', sourceDept: '税务部门', sharedExempt: true, format: '2', originals: 0 }), ...agentPapers()],
  },
  {
    key: 'tax-vehicle-purchase', name: '车辆购置税申报', keywords: ['买车交税', '车购税'], seq: [10, 0],
    taskType: '04', serverType: ['1', '2'],
    acceptCondition: '在中华人民共和国境内购置汽车、有轨电车、汽车挂车、排气量超过150毫升的摩托车的单位和个人，自纳税义务发生之日起60日内申报缴纳；购置新能源汽车按规定享受减免。',
    legalBasis: [['《中华人民共和国车辆购置税法》', '第一条、第四条、第九条、第十一条、第十二条']],
    legal: 0, promise: 0, depth: 'IV', payOnline: false,
    faq: [['新能源汽车要交吗？', '2024年1月1日至2025年12月31日购置的新能源汽车免征，2026年1月1日至2027年12月31日购置的减半征收，具体以财政部、税务总局公告为准。']],
    result: ['车辆购置税完税信息', '3'],
    materials: [idCard('车主'), mat('机动车销售统一发票', '发票信息与车辆一致，可通过发票系统核验', { sharedExempt: true }), mat('车辆合格证明', '国产车提交整车出厂合格证，进口车提交进口证明', { sharedExempt: true })],
  },
  {
    key: 'tax-social-fee', name: '社会保险费申报缴纳（灵活就业人员、城乡居民）', keywords: ['交社保费', '缴医保费', '灵活就业缴费'], seq: [11, 0],
    taskType: '04', serverType: ['1'],
    acceptCondition: '已办理社会保险参保登记的灵活就业人员、城乡居民，按规定申报缴纳社会保险费；可以按月、按季或按年缴纳。',
    legalBasis: [['《中华人民共和国社会保险法》', '第五十九条、第六十条'], ['《社会保险费征缴暂行条例》']],
    legal: 0, promise: 0, depth: 'IV', kiosk: true, bookable: false, payOnline: false,
    faq: [['在哪里交最方便？', '可以通过电子税务局APP、微信、支付宝、银行网点或本厅自助终端缴纳，缴费后即时可查。']],
    result: ['社会保险费缴费凭证', '3'],
    materials: [idCard()],
  },
];

export const taxItems = buildItems('tax', specs);
