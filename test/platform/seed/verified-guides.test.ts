// The seed guides checked against published rules on 2026-12-06 and 2026-12-07 (platform/seed/README.md, "Checked
// against published guides"): each test pins a fact a citizen acts on, so a later edit cannot
// silently undo it. Facts come from the sources listed in the README, not from the seed itself.
import { describe, expect, it } from 'vitest';
import type { ServiceItem, TimeLimit } from '../../../domain/catalogue.ts';
import { seedItems } from '../../../platform/seed/index.ts';

function item(key: string): ServiceItem {
  const found = seedItems.find((s) => s.key === key);
  if (found === undefined) throw new Error(`no seed item ${key}`);
  return found.item;
}

function fee(key: string, name: string) {
  const f = item(key).fees.find((x) => x.name.includes(name));
  if (f === undefined) throw new Error(`${key}: no fee named like ${name}`);
  return f;
}

function material(key: string, name: string) {
  const m = item(key).materials.find((x) => x.name.includes(name));
  if (m === undefined) throw new Error(`${key}: no material named like ${name}`);
  return m;
}

const limit = (l: TimeLimit) => [l.days, l.unit];
const ID_FEE_DOC = '发改价格〔2003〕2322号';

describe('居民身份证 (居民身份证法 第十二条; 发改价格〔2003〕2322号; 2018 free first application)', () => {
  it('issues within 60 days by law for 首次申领, 换领 and 补领', () => {
    for (const key of ['idcard-first', 'idcard-renew', 'idcard-reissue']) {
      expect(limit(item(key).legalLimit), key).toEqual([60, '自然日']);
    }
  });

  it('charges nothing for 首次申领, and says on what basis', () => {
    const first = item('idcard-first');
    expect(first.isFee).toBe(false);
    expect(first.fees).toEqual([]);
    expect(first.legalBasis.map((b) => b.name)).toContain('《财政部 国家发展改革委关于停征免征和调整部分行政事业性收费有关政策的通知》');
  });

  it('charges 20 元 for 换领 on expiry or change, 40 元 for damage and for 补领, with the 2322号 basis', () => {
    expect(fee('idcard-renew', '有效期满').amount).toBe(20);
    expect(fee('idcard-renew', '有效期满').basis).toContain(ID_FEE_DOC);
    expect(fee('idcard-renew', '损坏').amount).toBe(40);
    expect(fee('idcard-reissue', '丢失补领').amount).toBe(40);
    expect(fee('idcard-reissue', '丢失补领').basis).toContain(ID_FEE_DOC);
  });

  it('issues a 临时居民身份证 within 3 days for 10 元 against the 户口簿 and a photo', () => {
    const temp = item('idcard-temp');
    expect(limit(temp.legalLimit)).toEqual([3, '自然日']);
    expect(fee('idcard-temp', '临时居民身份证').amount).toBe(10);
    expect(fee('idcard-temp', '临时居民身份证').basis).toContain(ID_FEE_DOC);
    expect(material('idcard-temp', '居民户口簿').need).toBe('1');
    expect(material('idcard-temp', '照片').need).toBe('1');
  });
});

describe('出生登记', () => {
  it('asks for the 出生医学证明, the declaring parent’s ID and the 户口簿 of the parent the baby follows', () => {
    expect(material('hukou-birth', '出生医学证明').need).toBe('1');
    expect(material('hukou-birth', '申报人').need).toBe('1');
    expect(material('hukou-birth', '落户方').need).toBe('1');
    expect(material('hukou-birth', '结婚证').need).toBe('2');
    expect(item('hukou-birth').isFee).toBe(false);
  });
});

describe('出入境证件 (护照法 第六条; 国家移民管理局 7个工作日; 1186号, 914号, 1931号)', () => {
  it('promises 普通护照 in 7 working days against a legal 15 days, for 120 元', () => {
    for (const key of ['passport-first', 'passport-renew']) {
      expect(limit(item(key).legalLimit), key).toEqual([15, '自然日']);
      expect(limit(item(key).promiseLimit), key).toEqual([7, '工作日']);
      expect(fee(key, '普通护照').amount, key).toBe(120);
      expect(fee(key, '普通护照').basis, key).toContain('发改价格〔2019〕914号');
    }
    expect(material('passport-renew', '原普通护照').need).toBe('1');
  });

  it('promises 往来港澳 and 往来台湾 permits in 7 working days, at most 20 working days', () => {
    for (const key of ['hk-macau-permit', 'hk-macau-permit-new', 'taiwan-permit']) {
      expect(limit(item(key).promiseLimit), key).toEqual([7, '工作日']);
      expect(limit(item(key).legalLimit), key).toEqual([20, '工作日']);
    }
    expect(item('hk-macau-endorse').promiseLimit.days).toBe(0);
  });

  it('charges 60 元 a 往来港澳通行证, 15 元 and 30 元 for one- and two-entry 签注, citing 1186号 and 914号', () => {
    expect(fee('hk-macau-permit', '通行证').amount).toBe(60);
    expect(fee('hk-macau-permit', '一次有效').amount).toBe(15);
    expect(fee('hk-macau-permit', '二次有效').amount).toBe(30);
    for (const f of item('hk-macau-permit').fees) {
      expect(f.basis).toContain('发改价格〔2017〕1186号');
      expect(f.basis).toContain('发改价格〔2019〕914号');
    }
    expect(item('hk-macau-endorse').fees.map((f) => f.amount)).toEqual([15, 30]);
  });

  it('charges 60 元 a 往来台湾通行证, 15 元 a one-entry and 80 元 a multi-entry 签注, citing 1931号', () => {
    expect(fee('taiwan-permit', '电子证件').amount).toBe(60);
    expect(fee('taiwan-permit', '一次有效签注').amount).toBe(15);
    expect(fee('taiwan-permit', '多次有效签注').amount).toBe(80);
    for (const f of item('taiwan-permit').fees) expect(f.basis).toContain('发改价格规〔2019〕1931号');
  });
});

describe('机动车驾驶证 (公安部令第162号, in force since 2022-04-01)', () => {
  it('cites the 2021 rules, not a number that does not govern driving licences', () => {
    for (const key of ['driving-license-renew', 'driving-license-reissue']) {
      const rules = item(key).legalBasis.find((b) => b.name === '《机动车驾驶证申领和使用规定》');
      expect(rules?.docNumber, key).toBe('公安部令第162号');
      expect(item(key).legalLimit.days, key).toBe(1);
      expect(fee(key, '工本费').amount, key).toBe(10);
    }
  });

  it('lists the old licence, the ID and the 身体条件证明 for 期满换证', () => {
    expect(material('driving-license-renew', '原机动车驾驶证')).toMatchObject({ need: '1', originals: 1 });
    expect(material('driving-license-renew', '居民身份证').need).toBe('1');
    expect(material('driving-license-renew', '身体条件证明').need).toBe('1');
  });

  it('needs only the ID for 遗失补证', () => {
    expect(item('driving-license-reissue').materials.filter((m) => m.need === '1').map((m) => m.name)).toEqual(['申请人居民身份证']);
  });
});

describe('婚姻登记 (婚姻登记条例, 国务院令第804号, from 2025-05-10)', () => {
  it('registers a marriage on the ID card and the signed declaration alone, free of charge', () => {
    const marriage = item('marriage-register');
    expect(marriage.isFee).toBe(false);
    expect(marriage.materials.filter((m) => m.need === '1').map((m) => m.name)).toEqual(['男女双方居民身份证', '《申请结婚登记声明书》']);
    expect(marriage.materials.some((m) => m.name.includes('户口簿'))).toBe(false);
  });

  it('registers a divorce on the ID cards and the 结婚证, without the 户口簿', () => {
    const divorce = item('divorce-register');
    expect(material('divorce-register', '居民身份证').need).toBe('1');
    expect(material('divorce-register', '结婚证').need).toBe('1');
    expect(divorce.materials.some((m) => m.name.includes('户口簿'))).toBe(false);
  });
});

describe('残疾人证新办 (淄博市张店区残联 guide)', () => {
  it('asks for the ID, the 户口簿, three photos, the application and the 评定表, and promises 7 working days', () => {
    expect(material('disability-card-new', '居民户口簿')).toMatchObject({ need: '1', sharedExempt: false });
    expect(material('disability-card-new', '照片').originals).toBe(3);
    expect(material('disability-card-new', '残疾评定表').need).toBe('1');
    expect(limit(item('disability-card-new').promiseLimit)).toEqual([7, '工作日']);
  });
});

describe('最低生活保障 (社会救助暂行办法 第十一条; 民发〔2021〕57号 as published by 郑州 and 连云区)', () => {
  it('is applied for at the township or street office and confirmed within 30 working days at most', () => {
    const dibao = item('dibao');
    expect(limit(dibao.legalLimit)).toEqual([30, '工作日']);
    expect(dibao.steps[0]?.role).toContain('街道（乡镇）');
    expect(dibao.steps.find((s) => s.name === '公示')?.description).toContain('7天');
  });

  it('pays from the month after the decision to grant it, not after the application, and tells a refusal within 3 working days', () => {
    const steps = item('dibao').steps;
    const confirm = steps.find((s) => s.name === '确认')!.description;
    expect(confirm).toContain('确认同意决定之日的下月起');
    expect(confirm).not.toContain('申请次月');
    expect(steps.find((s) => s.name === '送达')!.description).toContain('3个工作日内书面告知并说明理由');
  });
});

describe('住房公积金 (住房公积金管理条例 第二十四条、第二十五条、第二十六条)', () => {
  const withdrawKeys = ['hf-withdraw', 'hf-withdraw-buy', 'hf-withdraw-loan', 'hf-withdraw-rent', 'hf-withdraw-retire', 'hf-withdraw-abroad', 'hf-withdraw-death', 'hf-withdraw-disability'];

  it('decides on a withdrawal within 3 days of accepting it, for every kind of withdrawal', () => {
    for (const key of withdrawKeys) {
      expect(limit(item(key).legalLimit), key).toEqual([3, '自然日']);
      expect(item(key).legalBasis.some((b) => b.name === '《住房公积金管理条例》'), key).toBe(true);
    }
    expect(item('hf-withdraw').legalBasis[0]?.articles).toContain('第二十四条');
    expect(item('hf-withdraw').legalBasis[0]?.articles).toContain('第二十五条');
  });

  it('lists the six statutory grounds and lets heirs withdraw after a death', () => {
    const cond = item('hf-withdraw').acceptCondition;
    for (const ground of ['购买、建造、翻建、大修自住住房', '离休、退休', '完全丧失劳动能力并与单位终止劳动关系', '出境定居', '偿还购房贷款本息', '房租超出家庭工资收入']) {
      expect(cond, ground).toContain(ground);
    }
    expect(item('hf-withdraw-death').acceptCondition).toContain('继承人、受遗赠人');
  });

  it('closes the account when the whole balance is taken on retirement, incapacity or emigration', () => {
    for (const key of ['hf-withdraw-retire', 'hf-withdraw-disability', 'hf-withdraw-abroad']) {
      expect(item(key).acceptCondition, key).toContain('注销');
    }
  });

  it('decides on a loan within 15 days of accepting it (第二十六条)', () => {
    expect(limit(item('hf-loan').legalLimit)).toEqual([15, '自然日']);
    expect(item('hf-loan').legalBasis[0]?.articles).toContain('第二十六条');
  });
});

describe('不动产登记费 (发改价格规〔2016〕2559号, as published by 泰安 and 行唐 不动产登记 pages)', () => {
  const FEE_DOC = '发改价格规〔2016〕2559号';

  it('charges 80 元 a case for homes, 550 元 for other property and 10 元 for each certificate after the first, on transfer', () => {
    for (const key of ['re-transfer', 're-transfer-sale']) {
      expect(fee(key, '住宅类').amount, key).toBe(80);
      expect(fee(key, '非住宅类').amount, key).toBe(550);
      expect(fee(key, '工本费').amount, key).toBe(10);
      for (const f of item(key).fees) expect(f.basis, key).toContain(FEE_DOC);
    }
    expect(fee('re-transfer', '非住宅类').note).toContain('小微企业');
    expect(fee('re-transfer', '住宅类').note).toContain('车库、车位、储藏室按80元/件');
  });

  it('charges a mortgage on a home as a 住宅 case (80 元) and no certificate fee, since it issues a 登记证明', () => {
    expect(fee('re-mortgage', '住宅类').amount).toBe(80);
    expect(fee('re-mortgage', '非住宅类').amount).toBe(550);
    expect(item('re-mortgage').fees.some((f) => f.name.includes('工本费'))).toBe(false);
  });

  it('charges nothing to cancel a mortgage or for a 预告登记', () => {
    expect(item('re-mortgage-cancel').isFee).toBe(false);
    expect(item('re-presale').isFee).toBe(false);
  });

  it('charges spouses changing the owners only the certificate fee', () => {
    expect(item('re-transfer-spouse').fees.map((f) => f.name)).toEqual(['不动产权证书工本费']);
  });
});

describe('市场主体登记 (市场主体登记管理条例 第十六条、第十九条, as explained by 深圳市盐田区; 促进个体工商户发展条例)', () => {
  it('registers on the spot, or within 3 working days, extendable once by 3 working days', () => {
    for (const key of ['company-setup', 'individual-setup']) {
      expect(limit(item(key).legalLimit), key).toEqual([3, '工作日']);
    }
    expect(item('company-setup').legalLimit.note).toContain('再延长3个工作日');
  });

  it('asks a company for the application, the 章程, the founders’ identity papers and the 住所 papers (第十六条)', () => {
    expect(material('company-setup', '申请书').need).toBe('1');
    expect(material('company-setup', '公司章程').need).toBe('1');
    expect(material('company-setup', '股东主体资格证明').need).toBe('1');
    expect(material('company-setup', '住所').need).toBe('1');
  });

  it('lets a 个体工商户 be run by one person or a family, and cites the articles that say so', () => {
    expect(item('individual-setup').acceptCondition).toContain('个人经营或家庭经营');
    const rules = item('individual-setup').legalBasis.find((b) => b.name === '《促进个体工商户发展条例》');
    expect(rules?.articles).toBe('第二条、第六条');
    expect(rules?.docNumber).toBe('国务院令第755号');
  });

  it('publishes a company’s 简易注销 for 20 days; a 个体工商户’s needs no publication', () => {
    expect(item('company-cancel').faq.find((f) => f.question.includes('简易注销'))?.answer).toContain('20日');
    expect(item('individual-cancel').acceptCondition).toContain('无需公示');
  });
});

describe('食品经营许可和备案 (食品经营许可和备案管理办法, 总局令第78号, 第四条、第五条、第二十三条)', () => {
  it('needs no licence for selling only prepackaged food, and a licence lasts 5 years', () => {
    expect(item('food-license-new').acceptCondition).toContain('仅销售预包装食品的实行备案，不需要许可');
    expect(item('food-license-new').faq.find((f) => f.question.includes('有效期'))?.answer).toContain('5年');
  });

  it('files 仅销售预包装食品 with the 营业执照 or before selling starts, and the filing lapses once a licence is granted', () => {
    const cond = item('food-prepack-filing').acceptCondition;
    expect(cond).toContain('县级以上地方市场监督管理部门');
    expect(cond).toContain('开展销售活动前');
    expect(cond).toContain('备案自行失效');
    expect(cond).not.toContain('办理主体登记后');
    expect(item('food-prepack-filing').isFee).toBe(false);
  });
});

describe('社会保险登记 (社会保险法 第十条、第五十七条、第五十八条、第六十条, as published by 北京市人力资源和社会保障局)', () => {
  it('has the employer register each worker within 30 days of hiring (第五十八条第一款)', () => {
    const employee = item('employee-insurance');
    expect(employee.acceptCondition).toContain('自用工之日起30日内');
    expect(employee.legalBasis[0]?.articles).toContain('第五十八条');
  });

  it('lets flexible workers register themselves for the 职工 pension, citing the registration article (第十条、第五十八条第二款)', () => {
    const flexible = item('flexible-pension');
    for (const who of ['无雇工的个体工商户', '非全日制从业人员', '其他灵活就业人员']) expect(flexible.acceptCondition, who).toContain(who);
    expect(flexible.legalBasis[0]?.articles).toBe('第十条、第五十八条、第六十条');
  });

  it('reviews an employer’s own registration within 15 days (第五十七条)', () => {
    expect(limit(item('employer-insurance').legalLimit)).toEqual([15, '自然日']);
  });
});

describe('城乡居民医保参保登记 (local practice as published for 宜昌; no national text found)', () => {
  it('is for residents not in the 职工 scheme, paid in the autumn collection period, with newborns covered from birth if enrolled within 90 days', () => {
    const resident = item('mi-resident-register');
    expect(resident.acceptCondition).toContain('未参加职工基本医疗保险');
    expect(resident.faq.find((f) => f.question.includes('什么时候缴费'))?.answer).toContain('9月至12月');
    const newborn = item('mi-newborn').acceptCondition;
    expect(newborn).toContain('90日内');
    expect(newborn).toContain('自出生之日起');
  });
});
