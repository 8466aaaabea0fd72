// 公安: birth registration, changes to the household register, the 户口簿, the 特种行业 (hotel) licence.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, applicant, applicantAgrees, area, check, choice, company, date, defineForm, ex, half, idn, num, opt, phone, sqm, text, when } from './common.ts';

const birthRegistration = defineForm(
  'hukou-birth',
  'birth-registration',
  '出生登记申报表',
  [
    {
      title: '婴儿',
      fields: [
        half(text('babyName', '姓名', ex.child, { maxLength: 30, help: '姓名用字应为规范汉字，随父姓或母姓' })),
        half(choice('babySex', '性别', ['男', '女'], '女')),
        half(date('babyBirth', '出生日期', '2026-11-02', { dateBound: 'notFuture' })),
        half(text('babyNation', '民族', '汉', { maxLength: 10, help: '父母民族不同的，按父母共同的意见选其一' })),
        text('birthPlace', '出生地', '浙江省澄州市', { maxLength: 40, help: '写到县（市、区）' }),
        text('birthCertNo', '出生医学证明编号', 'Q330012345', { pattern: '[A-Z]\\d{9}', patternMessage: '出生医学证明编号为1个字母加9位数字' }),
        addr('hukouAddress', '申报户口地址', ex.address),
        choice('follows', '随父或随母落户', ['随父', '随母'], '随父'),
        choice('wedlock', '婚生或非婚生', ['婚生（交结婚证）', '非婚生育（交非婚生育说明；随父落户的另交亲子鉴定证明）'], '婚生（交结婚证）'),
      ],
    },
    {
      title: '父母',
      fields: [
        half(text('fatherName', '父亲姓名', ex.name, { maxLength: 30 })),
        idn('fatherIdNumber', '父亲公民身份号码', ex.id),
        half(text('motherName', '母亲姓名', ex.spouse, { maxLength: 30 })),
        idn('motherIdNumber', '母亲公民身份号码', ex.spouseId),
      ],
    },
    {
      title: '申报人',
      fields: [
        half(text('name', '申报人姓名', ex.name, { maxLength: 30, prefillFrom: 'name' })),
        half(choice('relation', '与婴儿关系', ['父亲', '母亲', '其他监护人'], '父亲')),
        idn('idNumber', '申报人公民身份号码', ex.id, { prefillFrom: 'idNumber' }),
        phone('phone', '联系电话', ex.phone),
      ],
    },
  ],
  {
    rules: [{ kind: 'differs', fields: ['fatherIdNumber', 'motherIdNumber'], message: '父母的身份证号码不能相同' }],
    intro: '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。',
    signers: ['申报人'],
  },
);

const hukouChange = defineForm(
  'hukou-name',
  'hukou-change',
  '户口登记项目变更更正申请表',
  [
    { title: '申请人', fields: applicant({ birth: true, address: '户口所在地' }) },
    {
      title: '变更更正事项',
      fields: [
        choice('item', '变更更正项目', ['姓名', '出生日期', '民族', '性别', '出生地', '其他'], '姓名'),
        when('item', '其他', text('itemOther', '其他项目', '曾用名', { maxLength: 20 })),
        text('before', '变更更正前', '张小明', { maxLength: 50 }),
        text('after', '变更更正后', ex.name, { maxLength: 50 }),
        area('reason', '理由及依据', '原登记姓名与本人学历证书、出生医学证明不一致，申请按出生医学证明更正。', { minLength: 10, maxLength: 300 }),
        opt(text('guardian', '监护人姓名（未满18周岁的填写）', ex.spouse, { maxLength: 30 })),
      ],
    },
  ],
  { rules: [applicantAgrees(true)], intro: '年满18周岁的公民变更姓名的，一般不予办理，确有正当理由的除外。', signers: ['申请人（监护人）'] },
);

const hukouBook = defineForm(
  'hukou-book',
  'hukou-book',
  '居民户口簿补（换）领申请表',
  [
    { title: '申请人', fields: [...applicant({ address: '户口所在地' }), choice('isHead', '是否户主', ['是户主', '户内成员（经户主同意）'], '是户主')] },
    {
      title: '补换领信息',
      fields: [
        choice('matter', '申请事项', ['补领', '换领'], '补领'),
        when('matter', '补领', choice('lostReason', '补领原因', ['遗失', '被盗', '灭失'], '遗失')),
        when('matter', '换领', choice('renewReason', '换领原因', ['破损', '页面用完', '户主变更', '地址变更'], '破损')),
        when('isHead', '户内成员（经户主同意）', text('headName', '户主姓名', ex.name, { maxLength: 30 })),
        num('members', '户内人数', '3', { unit: '人', min: 1, max: 50 }),
      ],
    },
  ],
  { rules: [applicantAgrees()] },
);

const specialTrade = defineForm(
  'hotel-license',
  'special-trade',
  '特种行业许可证申请登记表（旅馆业）',
  [
    { title: '经营单位', fields: company({ name: '单位名称（字号）', rep: '法定代表人（经营者）', address: '经营地址' }) },
    {
      title: '经营情况',
      fields: [
        half(num('rooms', '客房数', '40', { unit: '间', min: 1, max: 10000 })),
        half(num('beds', '床位数', '68', { unit: '张', min: 1, max: 20000 })),
        half(sqm('floorArea', '营业面积', '1800')),
        half(num('staff', '从业人员', '15', { unit: '人', max: 10000 })),
        half(text('securityHead', '治安保卫负责人', ex.agent, { maxLength: 30 })),
        half(phone('securityPhone', '治安负责人电话', ex.agentPhone)),
        check('registrationSystem', '已安装旅馆业治安管理信息系统，落实住宿登记制度'),
        check('fireOk', '经营场所符合消防安全要求'),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '开办旅馆，房屋建筑、消防设备、出入口和通道等必须符合消防治安要求，经公安机关审查批准取得特种行业许可证后方可经营。' },
);

export const publicSecurityForms: readonly FormDefinition[] = [birthRegistration, hukouChange, hukouBook, specialTrade];
