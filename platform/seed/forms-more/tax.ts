// 税务: the new taxpayer's papers, invoices, 一般纳税人, cross-region reports and 清税.
import type { FormDefinition } from '../../../domain/forms.ts';
import { addr, agentSection, area, check, choice, date, defineForm, ex, half, money, multi, num, opt, phone, text, uscc, when } from './common.ts';

const taxpayer = () => [text('unitName', '纳税人名称', ex.company, { maxLength: 100 }), uscc('uscc', '纳税人识别号（统一社会信用代码）')];

const taxNew = defineForm(
  'tax-new-taxpayer',
  'tax-new',
  '新办纳税人涉税事项综合申请表',
  [
    { title: '纳税人', fields: [...taxpayer(), addr('unitAddress', '生产经营地址', ex.companyAddress)] },
    {
      title: '办理事项',
      fields: [
        multi('matters', '勾选需要办理的事项', ['登记信息确认', '财务会计制度及核算软件备案', '纳税人存款账户账号报告', '增值税一般纳税人登记', '发票票种核定', '增值税税控系统专用设备初始发行', '发票领用'], '登记信息确认,纳税人存款账户账号报告,发票票种核定,发票领用'),
        when('matters', '纳税人存款账户账号报告', text('bank', '开户银行', ex.bankName, { maxLength: 60 })),
        when('matters', '纳税人存款账户账号报告', text('bankAccount', '银行账号', ex.bankAccount, { pattern: '\\d{12,25}', patternMessage: '银行账号为12至25位数字' })),
        when('matters', '财务会计制度及核算软件备案', choice('accounting', '适用的会计制度', ['小企业会计准则', '企业会计准则', '民间非营利组织会计制度', '其他'], '小企业会计准则')),
        half(text('financeHead', '财务负责人', ex.spouse, { maxLength: 30 })),
        half(phone('financePhone', '财务负责人电话', ex.spousePhone)),
        opt(text('taxOfficer', '办税人员', ex.agent, { maxLength: 30 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, intro: '新办纳税人首次办理涉税事项时，可一次勾选多个事项合并办理。' },
);

const INVOICES = ['增值税专用发票（电子）', '普通发票（电子）', '增值税专用发票（纸质）', '增值税普通发票（纸质）', '机动车销售统一发票'];

const taxInvoice = defineForm(
  'tax-invoice',
  'tax-invoice',
  '纳税人领用发票票种核定表',
  [
    { title: '纳税人', fields: taxpayer() },
    {
      title: '发票',
      fields: [
        multi('kinds', '发票种类', INVOICES, '增值税专用发票（电子）,普通发票（电子）'),
        when('kinds', ['增值税专用发票（纸质）', '增值税普通发票（纸质）'], num('monthlyCopies', '每月最高领用数量（纸质）', '25', { unit: '份', min: 1, max: 10000 })),
        when('kinds', ['增值税专用发票（纸质）', '增值税普通发票（纸质）'], choice('maxValue', '单份发票最高开票限额', ['十万元', '一百万元', '一千万元'], '十万元')),
        when('kinds', ['增值税专用发票（电子）', '普通发票（电子）'], money('creditLine', '申请的发票总额度（每月）', '1000000', { help: '数电发票按总额度管理' })),
        half(text('issuer', '领票人姓名', ex.agent, { maxLength: 30 })),
        half(phone('issuerPhone', '领票人电话', ex.agentPhone)),
      ],
    },
  ],
  { unit: true, signers: ['经办人签字', '纳税人（签章）'] },
);

const taxAgentInvoice = defineForm(
  'tax-invoice-agent',
  'tax-agent-invoice',
  '代开增值税发票缴纳税款申报单',
  [
    {
      title: '销售方（申请代开人）',
      fields: [
        half(text('name', '姓名或名称', ex.name, { maxLength: 100, prefillFrom: 'name' })),
        half(phone('phone', '联系电话', ex.phone)),
        text('sellerId', '身份证号或纳税人识别号', ex.id, { pattern: '[0-9A-Z]{18}', patternMessage: '填写18位身份证号码或统一社会信用代码', prefillFrom: 'idNumber' }),
      ],
    },
    { title: '购买方', fields: [text('buyerName', '购买方名称', ex.company, { maxLength: 100 }), uscc('buyerUscc', '购买方纳税人识别号')] },
    {
      title: '货物或服务',
      fields: [
        text('goods', '货物（劳务、服务）名称', '房屋租赁服务', { maxLength: 60 }),
        half(money('amount', '金额（不含税）', '9523.81')),
        half(choice('rate', '征收率', ['1%', '3%', '5%'], '5%')),
        opt(text('contractNo', '合同编号', 'ZL-2026-018', { maxLength: 40 })),
      ],
    },
  ],
  { intro: '申请人对填报内容的真实性负责。', signers: ['申请代开人'] },
);

const taxGeneral = defineForm(
  'tax-general-taxpayer',
  'tax-general',
  '增值税一般纳税人登记表',
  [
    { title: '纳税人', fields: [...taxpayer(), half(text('legalRep', '法定代表人', ex.name, { maxLength: 30 })), half(text('financeHead', '财务负责人', ex.spouse, { maxLength: 30 }))] },
    {
      title: '登记信息',
      fields: [
        choice('kind', '纳税人类别', ['企业', '非企业性单位', '个体工商户', '其他'], '企业'),
        choice('business', '主营业务类别', ['工业', '商业', '服务业', '其他'], '服务业'),
        money('sales', '年应税销售额', '6200000', { max: 10_000_000_000 }),
        choice('effective', '一般纳税人资格生效之日', ['当月1日', '次月1日'], '次月1日'),
        check('accounts', '会计核算健全，能够提供准确税务资料'),
      ],
    },
  ],
  { unit: true, intro: '年应税销售额超过500万元的，应当在申报期结束后15日内办理登记；未超过的可自愿登记。', signers: ['经办人签字', '纳税人（签章）'] },
);

const taxCross = defineForm(
  'tax-cross-region',
  'tax-cross',
  '跨区域涉税事项报告表',
  [
    { title: '纳税人', fields: taxpayer() },
    {
      title: '跨区域经营',
      fields: [
        addr('place', '跨区域经营地址', '江苏省苏州市工业园区星湖街328号'),
        text('contractName', '合同名称', '办公楼弱电系统集成工程合同', { maxLength: 100 }),
        half(money('contractAmount', '合同金额', '1200000', { max: 10_000_000_000 })),
        half(choice('manner', '经营方式', ['建筑安装', '装饰修饰', '修理修配', '加工', '批发零售', '其他'], '建筑安装')),
        date('from', '合同有效期起', '2026-12-15'),
        date('to', '合同有效期止', '2027-06-30'),
      ],
    },
  ],
  { unit: true, rules: [{ kind: 'dateOrder', earlier: 'from', later: 'to', message: '有效期止应晚于有效期起' }], signers: ['经办人签字', '纳税人（签章）'] },
);

const taxCancel = defineForm(
  'tax-cancel',
  'tax-cancel',
  '清税申报表',
  [
    { title: '纳税人', fields: [...taxpayer(), half(text('legalRep', '法定代表人（负责人）', ex.name, { maxLength: 30 })), half(text('financeHead', '财务负责人', ex.spouse, { maxLength: 30 }))] },
    {
      title: '清税事项',
      fields: [
        choice('reason', '注销原因', ['决议解散', '营业期限届满', '被吊销营业执照', '合并或分立', '其他'], '决议解散'),
        check('filed', '已结清应纳税款、滞纳金、罚款，已缴销发票和税控设备'),
        opt(area('note', '附送资料和说明', '已缴销全部未使用发票；税控设备已注销。', { maxLength: 300 })),
      ],
    },
    agentSection(),
  ],
  { unit: true, declaration: '本纳税人承诺以上内容真实、可靠、完整，并愿承担相应法律责任。', signers: ['经办人签字', '法定代表人（负责人）签字', '纳税人（签章）'] },
);

export const taxForms: readonly FormDefinition[] = [taxNew, taxInvoice, taxAgentInvoice, taxGeneral, taxCross, taxCancel];
