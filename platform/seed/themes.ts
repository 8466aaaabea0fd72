// Life events (人生事件) and enterprise stages (企业全生命周期): the themes the kiosk shows as tiles.
// Each lists seed item keys in the order a citizen usually handles them (一件事一次办).
export interface ThemeSpec {
  readonly code: string;
  readonly name: string;
  readonly audience: 'person' | 'enterprise';
  readonly description: string;
  readonly itemKeys: readonly string[];
}

export const themeSpecs: readonly ThemeSpec[] = [
  {
    code: 'birth', name: '出生', audience: 'person',
    description: '新生儿出生一件事：出生医学证明、户口登记、医保参保、社保卡申领、育儿补贴一次办。',
    itemKeys: ['hukou-birth', 'mi-newborn', 'sscard-apply', 'childcare-subsidy', 'birth-cert-reissue'],
  },
  {
    code: 'maternity', name: '生育', audience: 'person',
    description: '生育登记、生育津贴和育儿补贴。',
    itemKeys: ['birth-service-registration', 'mi-maternity', 'childcare-subsidy', 'hukou-birth', 'mi-newborn'],
  },
  {
    code: 'school', name: '上学', audience: 'person',
    description: '义务教育入学、转学、学生资助，以及随迁子女入学所需的居住证和租赁备案。',
    itemKeys: ['school-enroll', 'school-transfer', 'student-aid', 'residence-permit', 'rental-filing'],
  },
  {
    code: 'employment', name: '就业', audience: 'person',
    description: '就业失业登记、失业保险金、就业创业补贴、人才落户、档案和劳动维权。',
    itemKeys: [
      'employment-registration', 'unemployment-registration', 'unemployment-benefit', 'employment-card', 'flexible-pension',
      'archive-transfer', 'hukou-move-talent', 'training-subsidy', 'skill-upgrade-subsidy', 'startup-subsidy',
      'labor-arbitration', 'labor-complaint', 'work-injury', 'si-record-print',
    ],
  },
  {
    code: 'marriage', name: '结婚', audience: 'person',
    description: '结婚登记、补领婚姻登记证、夫妻投靠落户和房产加名。',
    itemKeys: ['marriage-register', 'marriage-cert-reissue', 'hukou-move-spouse', 're-transfer-spouse'],
  },
  {
    code: 'housing', name: '住房', audience: 'person',
    description: '买房、卖房、租房：网签、缴税、过户、抵押、公积金贷款和提取、公租房、购房落户。',
    itemKeys: [
      'house-contract-filing', 'tax-deed', 're-transfer-sale', 're-transfer-new', 'hf-loan', 're-mortgage',
      'hf-withdraw-buy', 'hf-withdraw-loan', 're-mortgage-cancel', 'hf-withdraw-rent', 'rental-filing', 'public-rental',
      're-query', 'hukou-move-house', 're-presale',
    ],
  },
  {
    code: 'retirement', name: '退休', audience: 'person',
    description: '退休申请、养老金申领、公积金销户提取、异地安置就医备案和高龄津贴。',
    itemKeys: ['retire-approval', 'pension-claim', 'hf-withdraw-retire', 'mi-remote-long', 'resident-pension-claim', 'elderly-allowance'],
  },
  {
    code: 'after-death', name: '身后事', audience: 'person',
    description: '身后一件事：户口注销、殡葬费用减免、丧葬补助金和抚恤金、公积金和房产继承。',
    itemKeys: ['hukou-death', 'funeral-subsidy', 'funeral-allowance', 'hf-withdraw-death', 're-transfer-inherit'],
  },
  {
    code: 'disability', name: '助残', audience: 'person',
    description: '残疾人证办理、两项补贴和辅助器具适配。',
    itemKeys: ['disability-card-new', 'disability-card-renew', 'disability-card-transfer', 'disability-subsidy', 'assistive-device'],
  },
  {
    code: 'assistance', name: '社会救助', audience: 'person',
    description: '低保、特困供养、临时救助、医疗救助、困境儿童保障和法律援助。',
    itemKeys: ['dibao', 'tekun', 'temp-aid', 'mi-medical-aid', 'unattended-child', 'legal-aid'],
  },
  {
    code: 'travel', name: '出行出境', audience: 'person',
    description: '护照、港澳台通行证和签注、出入境记录、驾驶证换证补证。',
    itemKeys: ['passport-first', 'passport-renew', 'hk-macau-permit-new', 'hk-macau-endorse', 'taiwan-permit', 'exit-entry-record', 'driving-license-renew', 'driving-license-reissue'],
  },
  {
    code: 'documents', name: '证件证明', audience: 'person',
    description: '身份证、户口簿、居住证、无犯罪记录证明及各类参保缴存证明。',
    itemKeys: ['idcard-first', 'idcard-renew', 'idcard-reissue', 'idcard-temp', 'hukou-book', 'residence-permit', 'no-crime-cert', 'si-record-print', 'mi-cert-print', 'hf-deposit-cert', 'tax-payment-cert'],
  },
  {
    code: 'open-business', name: '开办企业', audience: 'enterprise',
    description: '企业开办一件事：名称申报、设立登记、公章刻制、税务、社保、公积金一次办，当日办结。',
    itemKeys: ['enterprise-name', 'company-setup', 'seal-record', 'tax-new-taxpayer', 'tax-invoice', 'employer-insurance', 'hf-unit-register'],
  },
  {
    code: 'open-restaurant', name: '开餐饮店', audience: 'enterprise',
    description: '开餐饮店一件事：营业执照、食品经营许可、户外招牌和税务。',
    itemKeys: ['individual-setup', 'food-license-new', 'outdoor-ad', 'tax-new-taxpayer'],
  },
  {
    code: 'open-store', name: '开便利店', audience: 'enterprise',
    description: '开便利店一件事：营业执照、食品经营备案或许可、烟草专卖零售许可。',
    itemKeys: ['individual-setup', 'food-prepack-filing', 'tobacco-retail', 'tax-new-taxpayer'],
  },
  {
    code: 'hiring', name: '员工招聘', audience: 'enterprise',
    description: '招用员工：参保增员、就业登记、公积金开户和基数调整。',
    itemKeys: ['employee-insurance', 'employment-registration', 'hf-account-open', 'hf-base-adjust'],
  },
  {
    code: 'business-change', name: '企业变更', audience: 'enterprise',
    description: '名称、住所、法定代表人、注册资本、经营范围变更和备案。',
    itemKeys: ['company-change-name', 'company-change-address', 'company-change-rep', 'company-change-capital', 'company-change-scope', 'company-filing', 'food-license-change'],
  },
  {
    code: 'business-exit', name: '企业注销', audience: 'enterprise',
    description: '企业注销一件事：清税、许可注销、简易注销或一般注销。',
    itemKeys: ['tax-cancel', 'food-license-cancel', 'company-cancel-simple', 'company-cancel-normal', 'individual-cancel'],
  },
  {
    code: 'construction', name: '工程建设', audience: 'enterprise',
    description: '工程建设项目审批：备案、环评、施工许可、道路挖掘、消防验收、竣工备案和首次登记。',
    itemKeys: ['project-filing', 'eia-report-form', 'construction-permit', 'road-excavation', 'construction-waste', 'fire-acceptance', 'completion-filing', 're-first'],
  },
];
