// 卫生健康, 残联, 教育 and 司法: the 出生医学证明 reissue, public-place hygiene, clinics, doctors and
// nurses; assistive devices; student aid and school transfer; legal aid's statement of hardship.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, applicant, applicantAgrees, area, check, choice, company, date, defineForm, ex, half, idn, minor, money, multi, num, opt, other, phone, sign, sqm, text, when } from './common.ts';

const birthCert = defineForm(
  'birth-cert-reissue',
  'birth-cert-reissue',
  '出生医学证明补发（换发）申请表',
  [
    {
      title: '新生儿',
      fields: [
        ...minor('child', '新生儿', { id: false }),
        date('childBirth', '出生日期', '2018-09-08', { dateBound: 'notFuture' }),
        text('hospital', '出生医院', '澄州市妇幼保健院', { maxLength: 60 }),
        opt(text('oldNo', '原出生医学证明编号', 'M330012345', { pattern: '[A-Z]\\d{9}', patternMessage: '编号为1个字母加9位数字' })),
      ],
    },
    {
      title: '父母',
      fields: [half(text('motherName', '母亲姓名', ex.spouse, { maxLength: 30 })), idn('motherIdNumber', '母亲公民身份号码', ex.spouseId), half(text('fatherName', '父亲姓名', ex.name, { maxLength: 30 })), idn('fatherIdNumber', '父亲公民身份号码', ex.id)],
    },
    {
      title: '申请事项',
      fields: [
        choice('matter', '申请事项', ['补发（遗失）', '换发（损毁、信息错误）'], '补发（遗失）'),
        when('matter', '换发（损毁、信息错误）', text('wrong', '需更正的内容', '母亲姓名错写为“李方”', { maxLength: 100 })),
        check('notUsed', '原证未用于户口登记以外的用途（换发时交回原证）'),
        phone('phone', '申请人联系电话', ex.phone),
      ],
    },
  ],
  { rules: [{ kind: 'differs', fields: ['motherIdNumber', 'fatherIdNumber'], message: '父母的身份证号码不能相同' }], signers: ['监护人（父亲或母亲）'] },
);

const publicPlace = defineForm(
  'public-place-health',
  'public-place-health',
  '公共场所卫生许可申请书',
  [
    { title: '经营单位', fields: company({ rep: '法定代表人（负责人）', address: '经营地址' }) },
    {
      title: '场所情况',
      fields: [
        choice('kind', '场所类别', ['宾馆、旅店、招待所', '公共浴室', '理发店、美容店', '游泳场（馆）', '其他'], '宾馆、旅店、招待所'),
        half(sqm('floorArea', '经营面积', '1800')),
        half(num('staff', '从业人员', '15', { unit: '人', max: 10000 })),
        half(num('withHealthCert', '持健康合格证明人数', '15', { unit: '人', max: 10000 })),
        half(text('hygieneHead', '卫生管理人员', ex.agent, { maxLength: 30 })),
        check('inspection', '已委托检测机构出具卫生检测（评价）报告'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '公共场所卫生许可证有效期4年。' },
);

const clinic = defineForm(
  'clinic-filing',
  'clinic-filing',
  '诊所备案信息表',
  [
    {
      title: '诊所',
      fields: [
        text('clinicName', '诊所名称', '澄州澜溪明远内科诊所', { maxLength: 60 }),
        addr('clinicAddress', '地址', '浙江省澄州市澜溪区文昌路26号1楼'),
        multi('subjects', '诊疗科目', ['内科', '外科', '妇科', '儿科', '口腔科', '中医科', '医学检验科', '医学影像科', '其他'], '内科'),
        half(sqm('floorArea', '建筑面积', '80')),
        half(num('beds', '诊疗床', '2', { unit: '张', max: 20 })),
        choice('nature', '经营性质', ['营利性', '非营利性'], '营利性'),
      ],
    },
    {
      title: '负责人',
      fields: [
        ...applicant({ address: false }),
        text('license', '医师执业证书编码', '110330100012345', { pattern: '\\d{15}', patternMessage: '医师执业证书编码为15位数字' }),
        num('practiceYears', '取得执业证书后从事临床工作年限', '8', { unit: '年', min: 5, max: 70, help: '须满5年，取得中级以上职称' }),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '诊所实行备案管理，备案后即可执业；符合条件的当场发放诊所备案凭证。', signers: ['诊所负责人'] },
);

const practitioner = (itemKey: string, id: string, title: string, what: string, licence: { label: string; example: string; pattern: string; message: string }, scopes: string[]) =>
  defineForm(
    itemKey,
    id,
    title,
    [
      { title: '申请人', fields: [...applicant({ birth: true, address: false }), text('license', licence.label, licence.example, { pattern: licence.pattern, patternMessage: licence.message })] },
      {
        title: '执业注册',
        fields: [
          choice('matter', '申请事项', ['首次注册', '变更注册', '延续注册', '重新注册'], '首次注册'),
          text('institution', '拟执业机构', '澄州市澜溪区人民医院', { maxLength: 60 }),
          choice('scope', `${what}执业范围`, scopes, scopes[0]!),
          when('matter', '变更注册', text('oldInstitution', '原执业机构', '澄州市第一人民医院', { maxLength: 60 })),
        ],
      },
    ],
    { rules: [applicantAgrees(true)], signers: ['申请人', '拟执业机构意见（盖章）'] },
  );

const doctor = practitioner(
  'doctor-register',
  'doctor-register',
  '医师执业注册申请审核表',
  '医师',
  { label: '医师资格证书编码', example: '202333110330102198503152316', pattern: '\\d{27}', message: '医师资格证书编码为27位数字' },
  ['内科专业', '外科专业', '妇产科专业', '儿科专业', '全科医学专业', '口腔专业', '中医专业', '其他'],
);

const nurse = practitioner(
  'nurse-register',
  'nurse-register',
  '护士执业注册申请审核表',
  '护士',
  { label: '护士执业资格考试成绩合格证明编号', example: '2026330100123', pattern: '\\d{10,20}', message: '填写成绩合格证明上的编号（数字）' },
  ['护理'],
);

const assistive = defineForm(
  'assistive-device',
  'assistive-device',
  '残疾人辅助器具适配申请表',
  [
    { title: '申请人', fields: [...applicant(), text('disabilityCard', '残疾人证号', `${ex.id}44`, { pattern: '\\d{17}[\\dX]\\d{2}', patternMessage: '残疾人证号为身份证号加2位数字' })] },
    {
      title: '需求',
      fields: [
        choice('category', '残疾类别', ['视力', '听力', '言语', '肢体', '智力', '精神', '多重'], '肢体'),
        multi('devices', '需要的辅助器具', ['轮椅', '助行器', '拐杖', '助听器', '盲杖', '放大镜', '假肢', '矫形器', '护理床', '其他'], '轮椅'),
        area('need', '需求说明', '下肢行走困难，外出需要轮椅代步。', { maxLength: 300 }),
        opt(text('assessment', '评估机构意见', '建议配置手动轮椅一台', { maxLength: 200, help: '由辅助器具评估人员填写' })),
      ],
    },
    { title: '监护人或代理人（如有）', fields: other('guardian', '监护人', ex.spouse, ex.spouseId, { phone: ex.spousePhone }).map((f) => ({ ...f, required: false })) },
  ],
  { rules: [applicantAgrees()], signers: ['申请人（监护人）'] },
);

const studentAid = defineForm(
  'student-aid',
  'student-aid',
  '家庭经济困难学生认定申请表',
  [
    {
      title: '学生',
      fields: [
        ...minor('student', '学生'),
        text('school', '就读学校', '澄州市澜溪区文昌小学', { maxLength: 60 }),
        text('grade', '年级班级', '三年级2班', { maxLength: 20 }),
      ],
    },
    {
      title: '家庭经济情况',
      fields: [
        half(num('members', '家庭人口', '3', { unit: '人', min: 1, max: 20 })),
        half(money('yearIncome', '家庭年收入', '26000')),
        multi('special', '特殊情况', ['低保家庭', '特困供养', '孤儿或事实无人抚养儿童', '残疾学生或残疾人子女', '防止返贫监测对象', '遭受重大灾害或突发意外', '其他'], '低保家庭'),
        area('situation', '家庭经济困难情况说明', '父亲因病长期无法工作，家庭主要靠母亲打零工维持，享受低保。', { minLength: 10, maxLength: 500 }),
      ],
    },
    { title: '监护人', fields: [...applicant({ address: '家庭住址' }), text('relation', '与学生关系', '父亲', { maxLength: 10 })] },
  ],
  { rules: [applicantAgrees()], declaration: '本人承诺所填家庭经济情况真实；如有虚假，愿退还所获资助。', signers: ['学生或监护人'] },
);

const schoolTransfer = defineForm(
  'school-transfer',
  'school-transfer',
  '义务教育阶段学生转学申请表',
  [
    {
      title: '学生',
      fields: [
        ...minor('student', '学生'),
        text('studentNo', '全国中小学生学籍号', `G${ex.childId}`, { pattern: 'G\\d{17}[\\dX]', patternMessage: '学籍号为G加身份证号' }),
        text('grade', '现就读年级', '三年级', { maxLength: 10 }),
      ],
    },
    {
      title: '转学信息',
      fields: [
        text('fromSchool', '转出学校', '南京市鼓楼区某小学', { maxLength: 60 }),
        text('toSchool', '转入学校', '澄州市澜溪区文昌小学', { maxLength: 60 }),
        choice('reason', '转学原因', ['户籍迁移', '随父母工作调动', '家庭住址变更', '其他'], '家庭住址变更'),
        when('reason', '其他', text('reasonOther', '其他原因', '投靠祖父母', { maxLength: 60 })),
      ],
    },
    { title: '监护人', fields: [...applicant({ address: '现住址' }), text('relation', '与学生关系', '父亲', { maxLength: 10 })] },
  ],
  { rules: [applicantAgrees()], intro: '转入学校签署接收意见后，由转出学校在学籍系统中办理转出。', signers: ['监护人', '转出学校意见（盖章）', '转入学校意见（盖章）'] },
);

const legalAidEconomy = defineForm(
  'legal-aid',
  'legal-aid-economy',
  '法律援助经济困难状况说明表',
  [
    { title: '申请人', fields: [...applicant(), num('members', '家庭人口', '3', { unit: '人', min: 1, max: 20 })] },
    {
      title: '经济状况',
      fields: [
        money('monthlyIncome', '家庭月人均收入', '900', { max: 1000000 }),
        multi('categories', '属于以下情形', ['最低生活保障对象', '特困供养人员', '残疾人', '农民工请求支付劳动报酬或工伤赔偿', '其他'], '农民工请求支付劳动报酬或工伤赔偿'),
        num('houses', '自有住房', '1', { unit: '套', max: 20 }),
        opt(money('deposits', '存款', '5000')),
        check('truthful', '本人承诺所填经济状况真实，如有虚假，愿承担法律援助费用及相应责任'),
        sign('signature', '申请人签名'),
      ],
    },
  ],
  { rules: [applicantAgrees()], intro: '经济困难的标准按本省规定；属于免予核查经济困难状况情形的，只勾选情形，不填收入。', declaration: '本人承诺以上所填内容真实。' },
);

export const peopleServiceForms: readonly FormDefinition[] = [birthCert, publicPlace, clinic, doctor, nurse, assistive, studentAid, schoolTransfer, legalAidEconomy];
