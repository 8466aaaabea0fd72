// 区卫生健康局, 区残联, 区教育局, 区退役军人事务局, 区司法局: services to people beyond 户政 and 社保.
import { buildItems, type ItemSpec } from '../build.ts';
import { bankAccount, form, hukou, idCard, mat, photo } from '../materials.ts';

const NO_LIMIT = '法律、行政法规未规定办结时限';
const DISABILITY_CARD = '《中华人民共和国残疾人证管理办法》';
const DISABILITY_LAW = '《中华人民共和国残疾人保障法》';

const health: ItemSpec[] = [
  {
    key: 'birth-cert-reissue', name: '《出生医学证明》补发、换发', keywords: ['出生证明补办', '出生证丢了'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '2014年1月1日以后在本区助产机构出生、《出生医学证明》遗失需补发，或者因信息错误、破损需换发的新生儿监护人；已办理出生登记的补发后须到公安机关登记。',
    legalBasis: [['《中华人民共和国母婴保健法》', '第二十三条'], ['《国家卫生计生委 公安部关于启用和规范管理新版〈出生医学证明〉的通知》', null, '国卫妇幼发〔2013〕52号']],
    legal: null, legalNote: NO_LIMIT, promise: 10, depth: 'II', visits: 1,
    faq: [['首次签发在哪里办？', '首次签发由孩子出生的助产医疗机构办理，可通过“出生一件事”一并申请。'], ['补发需要登报吗？', '不需要登报，签发机构在系统中作废原证编号。']],
    result: ['出生医学证明', '1'],
    materials: [idCard('父母双方'), form('《出生医学证明》补发（换发）申请表', 'birth-cert-reissue', '监护人签名'), mat('原《出生医学证明》', '换发的交回原证；遗失补发的免于提交', { need: '2' }), mat('婴儿出生时的住院病历摘要', '由婴儿出生的助产机构出具并盖章，载明出生时间和父母信息', { copies: 1 }), hukou('婴儿', { need: '2', fillNotes: '已落户的提交' })],
  },
  {
    key: 'birth-service-registration', name: '生育登记', keywords: ['生育登记', '准生证', '怀孕登记'], seq: [2, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '生育第一个、第二个或第三个子女的夫妻，可在孕前、孕期或者孩子出生后自愿登记；一方户籍在本区或在本区居住的均可办理。',
    legalBasis: [['《中华人民共和国人口与计划生育法》', '第十八条'], ['《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'IV', kiosk: true, area: '2',
    faq: [['不登记会影响孩子落户吗？', '不会。生育登记实行自愿登记，不作为落户、入学等的前置条件。']],
    result: ['生育登记服务信息', '3'],
    materials: [idCard('夫妻双方'), mat('夫妻双方基本信息和子女情况', '在线填报，承诺真实', { format: '2', materialType: '2', originals: 0 })],
  },
  {
    key: 'childcare-subsidy', name: '育儿补贴申领', keywords: ['育儿补贴', '生娃补贴', '3岁以下补贴'], seq: [3, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '自2025年1月1日起，对3周岁以下婴幼儿，按每孩每年3600元的标准发放育儿补贴，至其满3周岁；由婴幼儿父母一方或其他监护人向婴幼儿户籍所在地申请。',
    legalBasis: [['《育儿补贴制度实施方案》'], ['《中华人民共和国人口与计划生育法》', '第二十七条']],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'IV', kiosk: true,
    faq: [['补贴要交个税吗？', '育儿补贴免征个人所得税，不计入低保等社会救助对象家庭收入。'], ['2025年以前出生的孩子能领吗？', '2025年1月1日前出生、不满3周岁的婴幼儿，按应补贴月数折算发放。']],
    result: ['育儿补贴审核发放结果', '3'],
    materials: [idCard('申请人（父母一方或监护人）'), mat('婴幼儿户籍和出生信息', '通过公安户籍、出生医学证明信息共享核验', { sharedExempt: true, source: '20', sourceDept: '公安机关、卫生健康部门', format: '2', originals: 0 }), bankAccount({ need: '1', acceptance: '申请人本人名下社会保障卡金融账户或银行账户' })],
  },
  {
    key: 'public-place-health', name: '公共场所卫生许可', keywords: ['卫生许可证', '美容美发', '游泳馆', '宾馆卫生'], seq: [4, 0],
    taskType: '01', serverType: ['1', '2', '6'],
    acceptCondition: '在本区经营宾馆、旅店、招待所，公共浴室、美容美发场所，游泳场（馆）等仍实行卫生许可管理的公共场所，场所布局、卫生设施和从业人员健康符合卫生标准的经营者。饭馆、咖啡馆、影剧院、体育场馆、商场等场所已取消卫生许可。',
    legalBasis: [['《公共场所卫生管理条例》', '第四条、第八条'], ['《公共场所卫生管理条例实施细则》', '第二十二条、第二十三条']],
    legal: 20, legalUnit: '自然日', legalNote: '自受理申请之日起20日内作出决定', promise: 5, depth: 'III',
    faq: [['可以先拿证后检查吗？', '实行告知承诺制，申请人承诺符合条件的当场发证，之后组织现场核查。'], ['许可证有效期？', '公共场所卫生许可证有效期限为4年。']],
    result: ['公共场所卫生许可证', '1'],
    materials: [form('《公共场所卫生许可申请书》', 'public-place-health', '法定代表人或负责人签名'), mat('营业执照', '营业执照信息与申请一致，可通过数据共享核验', { sharedExempt: true, source: '20', sourceDept: '市场监督管理部门' }), mat('场所平面图和卫生设施布局说明', '标明功能间和卫生设施', { materialType: '3' }), mat('公共场所卫生检测或者评价报告', '具有资质的检测机构出具', { copies: 1 }), mat('卫生管理制度', '包括从业人员健康管理、清洗消毒等', { materialType: '3' })],
  },
  {
    key: 'clinic-filing', name: '诊所备案', keywords: ['开诊所', '个体诊所'], seq: [5, 0],
    taskType: '10', serverType: ['1', '2', '6'],
    acceptCondition: '具有相应执业资格并经注册后从事5年以上同一专业临床工作的医师等，设置诊所的；诊所执业前向所在地县级卫生健康主管部门备案。',
    legalBasis: [['《医疗机构管理条例》', '第九条、第十一条', '国务院令第752号修订'], ['《诊所备案管理暂行办法》', null, '国卫医政发〔2022〕33号']],
    legal: 0, promise: 0, depth: 'III',
    faq: [['备案后多久可以开业？', '材料齐全的当场备案，发放诊所备案凭证后即可开展执业活动；卫生健康部门在30日内进行现场核查。']],
    result: ['诊所备案凭证', '1'],
    materials: [form('《诊所备案信息表》', 'clinic-filing', '填写诊所名称、地址、诊疗科目，负责人签名'), mat('医师执业证书', '主要负责人为具有相应资质的医师', { copies: 1 }), mat('诊所房屋平面布局图', '面积、布局符合诊所基本标准', { materialType: '3' }), mat('诊所用房产权证明或使用证明', '产权证或租赁合同，诊所用房地址与备案信息一致', { copies: 1 }), mat('诊所规章制度', '包括医疗质量、感染防控等制度', { materialType: '3' })],
  },
  {
    key: 'doctor-register', name: '医师执业注册', keywords: ['医师注册', '执业证书'], seq: [6, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '取得医师资格，拟在本区医疗卫生机构执业的人员；医疗卫生机构可以为本机构中的申请人集体办理注册手续。',
    legalBasis: [['《中华人民共和国医师法》', '第十三条、第十四条、第十五条'], ['《医师执业注册管理办法》', null, '国家卫生和计划生育委员会令第13号']],
    legal: 20, legalNote: '自受理申请之日起20个工作日内准予注册或书面通知不予注册', promise: 5, depth: 'IV',
    faq: [['变更执业地点要重新注册吗？', '医师变更执业地点、执业类别、执业范围的，应当办理变更注册；在医联体内多机构执业的不需要重复注册。']],
    result: ['医师执业证书（电子证照）', '1'],
    materials: [form('《医师执业注册申请审核表》', 'doctor-register', '拟执业机构签署意见并盖章'), mat('医师资格证书', '医师资格证书信息与申请人一致，可联网核验', { sharedExempt: true }), mat('健康体检证明', '县级以上医疗机构6个月内出具', { copies: 0 }), photo('近6个月2寸免冠正面照片', { originals: 1, need: '2' })],
  },
  {
    key: 'nurse-register', name: '护士执业注册', keywords: ['护士注册', '护士执业证'], seq: [7, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '具有完全民事行为能力，完成规定的护理学专业学习并取得学历证书，通过护士执业资格考试，符合健康标准，拟在本区医疗卫生机构执业的人员；应当自通过考试之日起3年内提出申请。',
    legalBasis: [['《护士条例》', '第七条、第八条、第十条', '国务院令第517号'], ['《护士执业注册管理办法》']],
    legal: 20, legalNote: '自收到申请之日起20个工作日内作出决定', promise: 5, depth: 'IV',
    faq: [['注册有效期多久？', '护士执业注册有效期为5年，期满前30日内申请延续注册。']],
    result: ['护士执业证书（电子证照）', '1'],
    materials: [form('《护士执业注册申请审核表》', 'nurse-register', '拟执业机构签署意见'), mat('护士执业资格考试成绩合格证明', '考试成绩合格且在3年有效期内，可联网核验', { sharedExempt: true }), mat('学历证书', '护理、助产专业中专以上学历，可通过学信网联网核验', { sharedExempt: true }), mat('健康体检证明', '由县级以上医疗机构6个月内出具，结论符合执业要求', { copies: 0 })],
  },
];

const disabled: ItemSpec[] = [
  {
    key: 'disability-card-new', name: '残疾人证新办', keywords: ['残疾证', '办残疾证'], seq: [1, 1], mainName: '残疾人证办理',
    taskType: '20', serverType: ['1'],
    acceptCondition: '符合残疾标准的视力、听力、言语、肢体、智力、精神及多重残疾人，由本人或监护人向户籍所在地县级残联申请，经指定医疗机构评定残疾类别和等级。',
    legalBasis: [[DISABILITY_LAW, '第二条'], [DISABILITY_CARD]],
    legal: null, legalNote: NO_LIMIT, promise: 7, promiseNote: '自区残联收到申请表和评定表之日起计算（按山东省淄博市张店区残联公布的时限）', depth: 'III', visits: 2, express: true, area: '2',
    steps: [
      { name: '受理', description: '申请人线上或窗口提交申请，领取评定通知', role: '区残联窗口', limit: '即时' },
      { name: '评定', description: '到指定医疗机构进行残疾评定，评定机构出具评定结论', role: '残疾评定机构', limit: '按评定机构安排' },
      { name: '审核', description: '区残联审核评定结论，符合标准的予以公示', role: '区残联', limit: '5个工作日' },
      { name: '制证', description: '制作第三代残疾人证（含电子证照）', role: '区残联', limit: '2个工作日' },
      { name: '送达', description: '窗口领取或邮寄送达', role: '区残联窗口', limit: '制证完成后' },
    ],
    faq: [['评定要钱吗？', '残疾评定费用按本市规定减免，低保家庭等困难群体免收。'], ['持证能享受哪些政策？', '可按规定申请两项补贴、康复救助、辅助器具适配、就业扶持和公共交通优待等。']],
    result: ['中华人民共和国残疾人证', '1'],
    materials: [
      idCard('残疾人'),
      hukou('残疾人'),
      photo('近期2寸白底免冠彩色照片', { originals: 3, need: '1' }),
      form('《中华人民共和国残疾人证申请表》', 'disability-card', '申请人或监护人签名'),
      mat('《残疾评定表》', '由区残联指定的医疗机构评定后填写，载明残疾类别、等级和评定医师签名', { source: '99', sourceDept: '残疾评定机构' }),
    ],
  },
  {
    key: 'disability-card-renew', name: '残疾人证换领', keywords: ['残疾证到期', '残疾证换证'], seq: [1, 2], mainName: '残疾人证办理',
    taskType: '20', serverType: ['1'],
    acceptCondition: '残疾人证有效期满（有效期10年）、残疾类别等级变化需重新评定，或者证件损坏的持证人。',
    legalBasis: [[DISABILITY_CARD]],
    legal: null, legalNote: NO_LIMIT, promise: 10, depth: 'III', express: true, area: '2',
    faq: [['到期前多久可以换？', '有效期满前90日内可以申请换领。']],
    result: ['中华人民共和国残疾人证', '1'],
    materials: [idCard('残疾人'), mat('原残疾人证', '交回原残疾人证，证件信息与申请人一致', { paperSize: '原件规格' }), photo('近期2寸白底免冠彩色照片', { originals: 2 })],
  },
  {
    key: 'disability-card-transfer', name: '残疾人证迁移', keywords: ['残疾证迁移', '残疾证户口迁移'], seq: [1, 3], mainName: '残疾人证办理',
    taskType: '20', serverType: ['1'],
    acceptCondition: '持证残疾人户籍迁入本区的，可在迁入地直接申请残疾人证迁移，无需回迁出地办理。',
    legalBasis: [[DISABILITY_CARD], ['《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》', null, '国办发〔2020〕35号']],
    legal: null, legalNote: NO_LIMIT, promise: 10, depth: 'IV', area: '2',
    faq: [['迁移后证号会变吗？', '残疾人证号码为本人身份证号加残疾类别等级码，迁移后证号不变，发证机关变更。']],
    result: ['中华人民共和国残疾人证（迁入地）', '1'],
    materials: [idCard('残疾人'), mat('原残疾人证', '原残疾人证在有效期内，信息与申请人一致', { paperSize: '原件规格' }), hukou('残疾人', { sharedExempt: true })],
  },
  {
    key: 'assistive-device', name: '残疾人辅助器具适配补贴申请', keywords: ['轮椅', '助听器', '辅具补贴'], seq: [2, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '持有残疾人证、经评估需要配置辅助器具（如轮椅、助听器、假肢矫形器、助视器等）的本区户籍残疾人；困难残疾人优先。',
    legalBasis: [[DISABILITY_LAW], ['《残疾预防和残疾人康复条例》', null, '国务院令第675号']],
    legal: null, legalNote: NO_LIMIT, promise: 15, depth: 'III',
    faq: [['可以自己买了再报销吗？', '按本市规定，可在签约适配机构直接结算，也可按目录标准申请补贴。']],
    result: ['辅助器具适配补贴审核结果', '3'],
    materials: [idCard('残疾人'), mat('残疾人证', '残疾人证在有效期内，可通过数据共享核验', { sharedExempt: true }), form('《残疾人辅助器具适配申请表》', 'assistive-device', '填写需求，附评估意见')],
  },
];

const education: ItemSpec[] = [
  {
    key: 'school-enroll', name: '义务教育阶段新生入学登记', keywords: ['小学报名', '初中报名', '上学', '入学'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '当年8月31日前年满6周岁的适龄儿童（小学一年级）和本区小学毕业生（初中一年级），由父母或者其他法定监护人按本区年度招生方案登记；随迁子女持居住证按规定入学。',
    legalBasis: [['《中华人民共和国义务教育法》', '第五条、第十一条、第十二条']],
    legal: null, legalNote: NO_LIMIT, promise: 20, promiseNote: '按本区年度招生工作安排公布结果', depth: 'IV', kiosk: true,
    faq: [['要交户口本原件吗？', '通过户籍、不动产、居住证信息共享核验，网上报名无需上传原件。'], ['随迁子女怎么入学？', '父母一方持本区居住证，按本区随迁子女入学办法登记，统筹安排学位。']],
    result: ['入学登记结果（学位安排通知）', '3'],
    materials: [hukou('适龄儿童', { sharedExempt: true }), mat('房产证明或居住证', '用于确定施教区，可共享核验', { sharedExempt: true }), idCard('监护人')],
  },
  {
    key: 'teacher-cert', name: '教师资格认定（幼儿园、小学、初级中学）', keywords: ['教师资格证', '教资认定'], seq: [2, 0],
    taskType: '01', serverType: ['1'],
    acceptCondition: '遵守宪法和法律、热爱教育事业，具有良好的思想品德，具备规定学历，通过国家中小学教师资格考试或符合免考条件，普通话水平达到二级乙等以上，身体健康的中国公民；在户籍、居住证或任教学校所在地申请。',
    legalBasis: [['《中华人民共和国教师法》', '第十条、第十一条、第十三条'], ['《教师资格条例》', '第十三条'], ['《〈教师资格条例〉实施办法》']],
    legal: 30, legalUnit: '自然日', legalNote: '自受理期限终止之日起30日内作出决定', promise: 20, depth: 'III', express: true,
    faq: [['什么时候可以申请？', '每年春季和秋季各开放一次，具体以本市公告为准。'], ['证书可以邮寄吗？', '可以选择邮寄送达。']],
    result: ['教师资格证书', '1'],
    materials: [idCard(), mat('学历证书', '可通过学信网联网核验', { sharedExempt: true }), mat('普通话水平测试等级证书', '二级乙等以上，可联网核验', { sharedExempt: true }), mat('体检合格证明', '由教育部门指定的县级以上医院出具，结论为合格', { copies: 0 }), photo('近期1寸白底免冠彩色照片（电子版）', { format: '2', originals: 0 })],
  },
  {
    key: 'student-aid', name: '家庭经济困难学生资助申请', keywords: ['助学金', '学生资助', '困难补助'], seq: [3, 0],
    taskType: '05', serverType: ['1'],
    acceptCondition: '在本区就读学前教育、义务教育、普通高中的家庭经济困难学生，低保家庭、特困供养、孤残儿童、残疾学生等优先资助。',
    legalBasis: [['《学生资助资金管理办法》', null, '财教〔2021〕310号']],
    legal: null, legalNote: NO_LIMIT, promise: 20, depth: 'III',
    faq: [['在哪里申请？', '一般在学生就读学校申请，由学校认定后报区教育局审核。']],
    result: ['学生资助审核结果', '3'],
    materials: [form('《家庭经济困难学生认定申请表》', 'student-aid', '学生或监护人签名，写明家庭经济情况'), idCard('监护人'), mat('特殊困难群体证明', '低保、特困、残疾等证明，可共享核验', { need: '2', sharedExempt: true })],
  },
  {
    key: 'school-transfer', name: '义务教育阶段学生转学', keywords: ['转学', '学籍转接'], seq: [4, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '因户籍迁移、随父母工作调动或居住地变化等原因需要转学的义务教育阶段学生，由转入学校同意接收后办理学籍转接。',
    legalBasis: [['《中华人民共和国义务教育法》', '第十二条'], ['《中小学生学籍管理办法》', null, '教基一〔2013〕7号']],
    legal: null, legalNote: NO_LIMIT, promise: 10, depth: 'III',
    faq: [['跨省转学要回原学校吗？', '不需要，转入学校通过全国中小学生学籍信息管理系统发起转学申请，转出学校和教育部门网上审核。']],
    result: ['学籍转接结果', '3'],
    materials: [form('《义务教育阶段学生转学申请表》', 'school-transfer', '监护人签名，转入学校签署接收意见'), idCard('监护人'), hukou('学生', { need: '2', sharedExempt: true })],
  },
];

const veterans: ItemSpec[] = [
  {
    key: 'va-card', name: '退役军人优待证申领', keywords: ['优待证', '退役军人证'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '户籍在本区的退役军人、烈士遗属、因公牺牲军人遗属、病故军人遗属等，未受过开除军籍处分或依法被判处刑罚正在服刑的。',
    legalBasis: [['《中华人民共和国退役军人保障法》', '第六十二条'], ['《退役军人、其他优抚对象优待证管理办法（试行）》']],
    legal: null, legalNote: NO_LIMIT, promise: 30, promiseNote: '由省级集中制证，制发后通知领取', depth: 'III', express: true,
    faq: [['持证能享受哪些优待？', '可按规定享受公共交通、文化旅游、医疗等方面的优待，具体以公布的优待目录为准。']],
    result: ['中华人民共和国退役军人优待证', '1'],
    materials: [idCard(), photo('近期2寸白底免冠彩色照片（电子版）', { format: '2', originals: 0 }), mat('退役证件', '退伍证、转业证或复员证等，已采集信息的免于提交', { need: '2', sharedExempt: true })],
  },
  {
    key: 'va-report', name: '退役士兵报到', keywords: ['退伍报到', '退役报到'], seq: [2, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '退出现役安置到本区的自主就业、安排工作等退役士兵，应当自退出现役之日起30日内，持退役证件到安置地退役军人事务部门报到。',
    legalBasis: [['《中华人民共和国退役军人保障法》'], ['《退役士兵安置条例》', null, '国务院 中央军委令第608号']],
    legal: null, legalNote: NO_LIMIT, promise: 0, depth: 'II',
    faq: [['报到后户口怎么办？', '报到时一并办理户口登记指引，凭退役证件到派出所办理户口登记。']],
    result: ['退役士兵报到登记', '3'],
    materials: [idCard(), mat('退出现役证件和介绍信', '部队开具，信息一致', { copies: 1 })],
  },
];

const justice: ItemSpec[] = [
  {
    key: 'legal-aid', name: '法律援助申请', keywords: ['法律援助', '免费律师', '打官司没钱'], seq: [1, 0],
    taskType: '20', serverType: ['1'],
    acceptCondition: '因经济困难没有委托代理人，请求给付赡养费、抚养费、扶养费，请求支付劳动报酬，请求工伤赔偿，请求认定公民无民事行为能力，请求给予社会保险待遇等事项的当事人；英雄烈士近亲属维护英烈名誉等特定情形不受经济困难条件限制。',
    legalBasis: [['《中华人民共和国法律援助法》', '第三十一条、第三十二条、第四十一条、第四十三条']],
    legal: 7, legalUnit: '自然日', legalNote: '自收到申请之日起7日内进行审查，作出是否给予法律援助的决定', promise: 3, depth: 'III',
    faq: [['经济困难怎么证明？', '申请人如实说明经济困难状况并作出承诺，法律援助机构通过信息共享核查；低保、特困等人员免予核查。'], ['农民工讨薪能申请吗？', '请求支付劳动报酬的，不受经济困难条件限制，即可申请。']],
    result: ['给予（不予）法律援助决定书', '2'],
    materials: [idCard(), form('《法律援助申请表》', 'legal-aid', '如实填写案情和经济状况，申请人签名'), form('《经济困难状况说明表》', 'legal-aid-economy', '申请人承诺所填内容真实', { need: '2' }), mat('与所申请法律援助事项有关的证明、证据材料', '如劳动合同、欠条、判决书等', { copies: 1, materialType: '3' })],
  },
];

export const peopleServiceItems = [
  ...buildItems('hc', health),
  ...buildItems('dpf', disabled),
  ...buildItems('edu', education),
  ...buildItems('va', veterans),
  ...buildItems('jus', justice),
];
