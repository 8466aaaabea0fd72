// 人力社保 and 医保: employer and employee registration, retirement, pension transfer, work-ability
// appraisal, labour arbitration and complaints, the start-up subsidy; remote medical care filing,
// medical insurance transfer, chronic disease recognition and medical aid.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, applicant, applicantAgrees, area, bankCard, check, choice, company, date, defineForm, ex, half, idn, money, multi, num, opt, other, phone, proxySection, text, uscc, when } from './common.ts';

const INSURANCES = ['企业职工基本养老保险', '失业保险', '工伤保险', '职工基本医疗保险（含生育保险）'];
const placeAndDates = (prefix: string, label: string, example: string) => text(`${prefix}Place`, label, example, { maxLength: 60, help: '写到省、市（县）' });

const siEmployer = defineForm(
  'employer-insurance',
  'si-employer',
  '社会保险登记表（单位）',
  [
    { title: '单位信息', fields: [...company(), choice('unitType', '单位类型', ['企业', '机关', '事业单位', '社会组织', '个体工商户（有雇工）', '其他'], '企业')] },
    {
      title: '参保信息',
      fields: [
        multi('insurances', '参保险种', INSURANCES, INSURANCES.join(',')),
        half(num('employees', '参保职工人数', '12', { unit: '人', min: 1, max: 1000000 })),
        half(date('startMonth', '开始缴费日期', '2026-12-01')),
        text('bank', '缴费开户银行', ex.bankName, { maxLength: 60 }),
        bankCard('bankAccount', '缴费银行账号'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '用人单位自成立之日起30日内申请社会保险登记；已在市场监管部门“多证合一”登记的，免于单独登记，只补充参保信息。' },
);

const siEmployee = defineForm(
  'employee-insurance',
  'si-employee',
  '参保人员增减表',
  [
    { title: '用人单位', fields: [text('unitName', '单位名称', ex.company, { maxLength: 100 }), uscc('uscc')] },
    {
      title: '职工',
      help: '一名职工一栏；多名职工的，另附清单',
      fields: [
        choice('change', '增减类型', ['新参保', '转入（续保）', '停保（减员）'], '新参保'),
        half(text('workerName', '职工姓名', ex.spouse, { maxLength: 30 })),
        half(phone('workerPhone', '职工手机', ex.spousePhone)),
        idn('workerIdNumber', '职工公民身份号码', ex.spouseId),
        choice('hukouKind', '户口性质', ['本市城镇', '本市农村', '外省市城镇', '外省市农村'], '本市城镇'),
        when('change', ['新参保', '转入（续保）'], date('hiredOn', '用工日期', '2026-11-16', { dateBound: 'notFuture' })),
        when('change', ['新参保', '转入（续保）'], money('wage', '月缴费工资', '6500', { help: '上年度月平均工资；新职工为首月工资' })),
        when('change', '停保（减员）', choice('leaveReason', '减员原因', ['解除（终止）劳动合同', '退休', '死亡', '转出', '其他'], '解除（终止）劳动合同')),
        multi('insurances', '险种', INSURANCES, INSURANCES.join(',')),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '用人单位应自用工之日起30日内为职工办理参保登记。' },
);

const retire = defineForm(
  'retire-approval',
  'retire-application',
  '职工退休申请表',
  [
    { title: '职工', fields: [...applicant({ birth: true }), date('workStart', '参加工作时间', '2005-07-01', { dateBound: 'notFuture' })] },
    {
      title: '退休信息',
      fields: [
        choice('kind', '退休类别', ['到达法定退休年龄', '弹性提前退休', '弹性延迟退休', '特殊工种提前退休', '因病或非因工致残完全丧失劳动能力'], '到达法定退休年龄'),
        date('retireOn', '申请退休日期', '2027-01-15'),
        num('contributionMonths', '累计缴费年限', '252', { unit: '个月', max: 720, help: '含视同缴费年限' }),
        text('unitName', '所在单位', ex.company, { maxLength: 100, help: '灵活就业人员填“灵活就业”' }),
        bankCard('bankAccount', '养老金发放账号（社保卡金融账户或银行卡）'),
      ],
    },
  ],
  {
    rules: [applicantAgrees(true), { kind: 'dateOrder', earlier: 'workStart', later: 'retireOn', message: '退休日期应晚于参加工作时间' }],
    intro: '实施渐进式延迟法定退休年龄后，按出生年月对照表确定法定退休年龄；弹性提前退休最多3年，须缴费满最低年限。',
    signers: ['职工本人', '单位经办人（盖章）'],
  },
);

const pensionTransfer = defineForm(
  'pension-transfer',
  'pension-transfer',
  '基本养老保险关系转移接续申请表',
  [
    { title: '参保人', fields: applicant({ birth: true, address: false }) },
    {
      title: '转移信息',
      fields: [
        choice('scheme', '转出险种', ['企业职工基本养老保险', '机关事业单位养老保险', '城乡居民基本养老保险'], '企业职工基本养老保险'),
        placeAndDates('from', '原参保地', '江苏省南京市鼓楼区'),
        text('fromAgency', '原参保地社保经办机构', '南京市鼓楼区社会保险管理中心', { maxLength: 60 }),
        opt(text('fromAccount', '原社会保障号码或个人编号', ex.id, { maxLength: 20 })),
        placeAndDates('to', '转入地', '浙江省澄州市澜溪区'),
        date('fromStart', '原参保地参保起始日期', '2008-07-01', { dateBound: 'notFuture' }),
        date('fromEnd', '原参保地参保终止日期', '2026-06-30', { dateBound: 'notFuture' }),
      ],
    },
  ],
  { rules: [applicantAgrees(true), { kind: 'dateOrder', earlier: 'fromStart', later: 'fromEnd', message: '终止日期应晚于起始日期' }], intro: '向转入地社保经办机构申请，不需回原参保地办理。' },
);

const appraisal = defineForm(
  'disability-appraisal',
  'disability-appraisal',
  '劳动能力鉴定申请表',
  [
    { title: '申请人', fields: applicant({ birth: true }) },
    {
      title: '鉴定事项',
      fields: [
        choice('kind', '鉴定类别', ['工伤职工劳动能力鉴定', '因病或非因工致残劳动能力鉴定', '再次鉴定', '复查鉴定'], '工伤职工劳动能力鉴定'),
        text('unitName', '用人单位', ex.company, { maxLength: 100 }),
        when('kind', '工伤职工劳动能力鉴定', text('decisionNo', '工伤认定决定书文号', '澜人社工认〔2026〕0123号', { maxLength: 40 })),
        date('injuryDate', '受伤（发病）日期', '2026-03-12', { dateBound: 'notFuture' }),
        text('diagnosis', '诊断', '右手食指、中指离断伤，术后', { maxLength: 200 }),
        multi('items', '申请鉴定的项目', ['劳动功能障碍程度', '生活自理障碍程度', '停工留薪期确认', '配置辅助器具'], '劳动功能障碍程度'),
      ],
    },
    proxySection(),
  ],
  { rules: [applicantAgrees(true)], intro: '工伤职工经治疗伤情相对稳定后存在残疾、影响劳动能力的，应当进行劳动能力鉴定。' },
);

const arbitration = defineForm(
  'labor-arbitration',
  'arbitration',
  '劳动人事争议仲裁申请书',
  [
    { title: '申请人', fields: [...applicant({ birth: true, address: '住所（送达地址）', nation: true })] },
    {
      title: '被申请人',
      fields: [
        text('unitName', '用人单位名称', ex.company, { maxLength: 100 }),
        opt(uscc('uscc')),
        addr('unitAddress', '住所', ex.companyAddress),
        half(text('legalRep', '法定代表人', '陈伟', { maxLength: 30 })),
        half(opt(phone('unitPhone', '联系电话', ex.companyPhone))),
      ],
    },
    {
      title: '仲裁请求和事实理由',
      fields: [
        area('claims', '仲裁请求', '1.裁决被申请人支付2026年8月至10月工资19500元；2.裁决被申请人支付解除劳动合同经济补偿金13000元。', { minLength: 10, maxLength: 1000 }),
        area('facts', '事实和理由', '申请人于2024年3月入职被申请人处任软件工程师，月工资6500元。被申请人自2026年8月起未支付工资，申请人于2026年11月书面通知解除劳动合同。', { minLength: 20, maxLength: 2000 }),
        area('evidence', '证据和证据来源、证人姓名和住所', '1.劳动合同一份；2.工资银行流水；3.解除劳动合同通知书及邮寄凭证。', { maxLength: 1000 }),
        num('respondents', '被申请人人数', '1', { unit: '个', min: 1, max: 20, help: '按被申请人人数提交副本' }),
      ],
    },
  ],
  {
    rules: [applicantAgrees(true)],
    intro: '劳动争议申请仲裁的时效期间为一年，从知道或者应当知道其权利被侵害之日起计算；拖欠劳动报酬的，劳动关系存续期间不受时效限制。',
    declaration: '此致 澄州市澜溪区劳动人事争议仲裁委员会',
  },
);

const laborComplaint = defineForm(
  'labor-complaint',
  'labor-complaint',
  '劳动保障监察投诉书',
  [
    { title: '投诉人', fields: applicant() },
    { title: '被投诉单位', fields: [text('unitName', '单位名称', ex.company, { maxLength: 100 }), addr('unitAddress', '单位地址', ex.companyAddress), opt(text('unitContact', '单位负责人', '陈伟', { maxLength: 30 }))] },
    {
      title: '投诉事项',
      fields: [
        multi('matters', '违法事项', ['拖欠或克扣工资', '未签订书面劳动合同', '未依法缴纳社会保险', '超时加班', '使用童工', '违法收取押金或扣押证件', '其他'], '拖欠或克扣工资'),
        date('since', '发生时间', '2026-08-01', { dateBound: 'notFuture' }),
        half(num('workers', '涉及人数', '6', { unit: '人', min: 1, max: 100000 })),
        half(opt(money('owed', '涉及金额', '39000'))),
        area('facts', '违法事实和请求', '该单位自2026年8月起拖欠本人及其他5名职工工资，经多次催要未付，请求责令支付。', { minLength: 10 }),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '违法行为在二年内未被发现的，不再查处；已申请仲裁或起诉的争议，按仲裁、诉讼程序处理。', signers: ['投诉人'] },
);

const startup = defineForm(
  'startup-subsidy',
  'startup-subsidy',
  '一次性创业补贴申请表',
  [
    { title: '申请人', fields: [...applicant(), choice('group', '人员类别', ['毕业5年内高校毕业生', '登记失业人员', '就业困难人员', '返乡创业农民工', '退役军人', '其他'], '毕业5年内高校毕业生')] },
    {
      title: '创业实体',
      fields: [
        text('unitName', '创业实体名称', ex.company, { maxLength: 100 }),
        uscc('uscc'),
        date('foundedOn', '成立日期', '2025-12-18', { dateBound: 'notFuture' }),
        half(num('employees', '带动就业人数', '3', { unit: '人', max: 10000, help: '依法缴纳社会保险的职工' })),
        half(choice('role', '申请人身份', ['法定代表人', '个体工商户经营者'], '法定代表人')),
        bankCard('bankAccount', '补贴发放账号（创业实体对公账户）'),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '创业实体正常经营1年以上、依法缴纳社会保险的可申请；每人只能享受一次。补贴标准按本市规定。' },
);

// --- 医保 ----------------------------------------------------------------------------------------

const miRemote = defineForm(
  'mi-remote',
  'mi-remote',
  '跨省异地就医登记备案表',
  [
    { title: '参保人', fields: [...applicant({ address: false }), choice('scheme', '参保类型', ['职工基本医疗保险', '城乡居民基本医疗保险'], '职工基本医疗保险')] },
    {
      title: '备案信息',
      fields: [
        choice('kind', '备案类型', ['异地长期居住（异地安置退休、异地长期居住、常驻异地工作）', '临时外出就医（转诊转院、异地急诊抢救、其他临时外出）'], '异地长期居住（异地安置退休、异地长期居住、常驻异地工作）'),
        text('place', '就医地（省、市）', '海南省三亚市', { maxLength: 40 }),
        date('from', '备案开始日期', '2026-12-10'),
        when('kind', '临时外出就医（转诊转院、异地急诊抢救、其他临时外出）', date('to', '备案结束日期', '2027-06-09', { help: '临时外出就医备案有效期不少于6个月' })),
        when('kind', '异地长期居住（异地安置退休、异地长期居住、常驻异地工作）', check('promise', '本人承诺在就医地长期居住，如有不实愿承担责任')),
        addr('remoteAddress', '就医地居住地址', '海南省三亚市吉阳区迎宾路88号3栋1202室'),
      ],
    },
  ],
  { rules: [applicantAgrees(), { kind: 'dateOrder', earlier: 'from', later: 'to', message: '结束日期应晚于开始日期' }], intro: '长期居住备案原则上6个月内不得变更或取消；出院前补办备案的，可直接结算。' },
);

const miTransfer = defineForm(
  'mi-transfer',
  'mi-transfer',
  '基本医疗保障关系转移接续申请表',
  [
    { title: '参保人', fields: applicant({ address: false }) },
    {
      title: '转移信息',
      fields: [
        choice('scheme', '转出地参保类型', ['职工基本医疗保险', '城乡居民基本医疗保险'], '职工基本医疗保险'),
        text('fromPlace', '转出地（省、市、县）', '江苏省南京市鼓楼区', { maxLength: 40 }),
        text('toPlace', '转入地（省、市、县）', '浙江省澄州市澜溪区', { maxLength: 40 }),
        date('stopOn', '转出地停保日期', '2026-06-30', { dateBound: 'notFuture' }),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '在转入地参保后申请，可网上办理，无需回原参保地。' },
);

const miChronic = defineForm(
  'mi-chronic',
  'mi-chronic',
  '门诊慢特病待遇认定申请表',
  [
    { title: '参保人', fields: [...applicant(), choice('scheme', '参保类型', ['职工基本医疗保险', '城乡居民基本医疗保险'], '城乡居民基本医疗保险')] },
    {
      title: '申请病种',
      help: '医师诊断意见一栏由认定医疗机构填写',
      fields: [
        multi('diseases', '申请认定的病种', ['高血压', '糖尿病', '恶性肿瘤门诊治疗', '尿毒症透析', '器官移植术后抗排异', '慢性心力衰竭', '精神障碍', '其他'], '高血压,糖尿病'),
        when('diseases', '其他', text('diseaseOther', '其他病种名称', '类风湿关节炎', { maxLength: 40 })),
        text('hospital', '选定的定点医疗机构', '澄州市澜溪区人民医院', { maxLength: 60 }),
        opt(text('diagnosedAt', '确诊医院', '澄州市第一人民医院', { maxLength: 60 })),
      ],
    },
  ],
  { rules: [applicantAgrees()], signers: ['申请人', '认定医疗机构医师（签名）'] },
);

const medicalAid = defineForm(
  'mi-medical-aid',
  'medical-aid',
  '医疗救助申请表',
  [
    { title: '申请人', fields: [...applicant(), choice('category', '救助对象类别', ['特困人员', '低保对象', '低保边缘家庭成员', '防止返贫监测对象', '因病致贫重病患者', '其他'], '低保对象')] },
    {
      title: '医疗费用',
      fields: [
        text('hospital', '就诊医疗机构', '澄州市第一人民医院', { maxLength: 60 }),
        half(date('admitted', '入院（就诊）日期', '2026-09-03', { dateBound: 'notFuture' })),
        half(date('discharged', '出院日期', '2026-09-21', { dateBound: 'notFuture', required: false })),
        text('diagnosis', '疾病诊断', '急性心肌梗死', { maxLength: 100 }),
        money('total', '医疗总费用', '86000'),
        money('selfPaid', '基本医保、大病保险报销后个人自付', '24000'),
        area('family', '家庭情况', '家庭3人，本人为低保对象，配偶无业，子女在读，无力承担自付费用。', { minLength: 10 }),
        bankCard('bankAccount', '救助金发放账号'),
      ],
    },
    proxySection(),
    { title: '家庭成员（如有）', fields: other('member1', '家庭成员', ex.spouse, ex.spouseId, { relation: '配偶' }).map(opt) },
  ],
  { rules: [applicantAgrees(), { kind: 'dateOrder', earlier: 'admitted', later: 'discharged', message: '出院日期应晚于入院日期' }] },
);

export const socialSecurityForms: readonly FormDefinition[] = [siEmployer, siEmployee, retire, pensionTransfer, appraisal, arbitration, laborComplaint, startup, miRemote, miTransfer, miChronic, medicalAid];
