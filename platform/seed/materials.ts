// Shared material definitions: the documents most guides ask for, written once. Each helper returns
// a complete material record (every field set); `mat` is the general form.
import type { Material } from '../../domain/catalogue.ts';

/** Complete material records (every field set), so seed items are already in the schema's output shape. */
export type MaterialIn = Material;

export interface MatOpts {
  materialType?: '1' | '2' | '3';
  format?: '1' | '2' | '3';
  source?: '10' | '20' | '99';
  sourceDept?: string | null;
  need?: '1' | '2' | '3';
  originals?: number;
  copies?: number;
  paperSize?: MaterialIn['paperSize'];
  fillNotes?: string | null;
  blankForm?: string | null;
  sample?: string | null;
  sharedExempt?: boolean;
  /** Replaces the helper's acceptance standard. */
  acceptance?: string;
}

/** A material: a certificate the applicant brings, one original, unless told otherwise. */
export function mat(name: string, acceptanceStandard: string, o: MatOpts = {}): MaterialIn {
  return {
    name,
    materialType: o.materialType ?? '1',
    format: o.format ?? '1',
    source: o.source ?? '10',
    sourceDept: o.sourceDept ?? null,
    need: o.need ?? '1',
    originals: o.originals ?? 1,
    copies: o.copies ?? 0,
    paperSize: o.paperSize === undefined ? 'A4' : o.paperSize,
    fillNotes: o.fillNotes ?? null,
    blankForm: o.blankForm ?? null,
    sample: o.sample ?? null,
    acceptanceStandard: o.acceptance ?? acceptanceStandard,
    sharedExempt: o.sharedExempt ?? false,
  };
}

/** An application form the hall provides: blank form and filled sample on file, printable at the kiosk. */
export function form(
  name: string,
  file: string,
  fillNotes: string,
  o: MatOpts = {},
): MaterialIn {
  return mat(name, '表格填写完整、字迹清楚，申请人签字（单位加盖公章），不得涂改', {
    materialType: '2',
    source: '99',
    blankForm: `forms/${file}.pdf`,
    sample: `forms/${file}-sample.pdf`,
    ...o,
    fillNotes,
  });
}

/** 居民身份证 of the applicant (or of someone else: who). */
export function idCard(who = '申请人', o: MatOpts = {}): MaterialIn {
  return mat(`${who}居民身份证`, '证件真实有效且在有效期内，人证一致；可用临时居民身份证代替', {
    source: '20',
    sourceDept: '公安机关',
    paperSize: '原件规格',
    ...o,
  });
}

/** 居民户口簿 */
export function hukou(who = '申请人', o: MatOpts = {}): MaterialIn {
  return mat(`${who}居民户口簿`, '户口簿真实有效，户主页及本人页齐全，信息与身份证一致', {
    source: '20',
    sourceDept: '公安机关',
    paperSize: '原件规格',
    ...o,
  });
}

/** Power of attorney and the agent's ID, needed only when someone else applies. */
export function agentPapers(o: MatOpts = {}): MaterialIn[] {
  return [
    mat('授权委托书', '委托人签名（单位加盖公章），写明委托事项、权限和期限', {
      materialType: '2',
      need: '2',
      blankForm: 'forms/authorisation.pdf',
      sample: 'forms/authorisation-sample.pdf',
      fillNotes: '委托他人代办时提交；委托事项应与所办事项一致',
      ...o,
    }),
    mat('受托人居民身份证', '委托他人代办时提交；证件真实有效', { need: '2', source: '20', sourceDept: '公安机关', paperSize: '原件规格', ...o }),
  ];
}

/** 营业执照 of a company applicant: fetched through the market register, no copy needed. */
export function bizLicense(o: MatOpts = {}): MaterialIn {
  return mat('营业执照', '与登记信息一致，在存续状态；可通过电子营业执照或数据共享核验', {
    source: '20',
    sourceDept: '市场监督管理部门',
    sharedExempt: true,
    paperSize: '原件规格',
    ...o,
  });
}

/** 法定代表人身份证明 for a legal-person applicant. */
export function legalRepId(o: MatOpts = {}): MaterialIn {
  return mat('法定代表人居民身份证', '法定代表人本人办理时提交原件；委托办理时提交复印件并加盖公章', {
    source: '20',
    sourceDept: '公安机关',
    paperSize: '原件规格',
    ...o,
  });
}

/** A recent colour photo. */
export function photo(spec: string, o: MatOpts = {}): MaterialIn {
  return mat('近期免冠彩色照片', spec, { paperSize: null, originals: 2, ...o });
}

/** 不动产权证书 / 房屋所有权证. */
export function propertyCert(o: MatOpts = {}): MaterialIn {
  return mat('不动产权证书（或房屋所有权证、国有土地使用证）', '权利人、坐落与登记簿一致，无涂改', {
    source: '20',
    sourceDept: '不动产登记机构',
    paperSize: '原件规格',
    ...o,
  });
}

/** 结婚证 */
export function marriageCert(o: MatOpts = {}): MaterialIn {
  return mat('结婚证', '双方结婚证原件；婚姻状况可通过全国婚姻登记信息系统核验的免于提交', {
    source: '20',
    sourceDept: '婚姻登记机关',
    paperSize: '原件规格',
    ...o,
  });
}

/** 社会保障卡 */
export function ssCard(o: MatOpts = {}): MaterialIn {
  return mat('社会保障卡（或电子社保卡）', '卡片在有效期内，已启用金融功能的应为本人卡', {
    source: '20',
    sourceDept: '人力资源社会保障部门',
    paperSize: '原件规格',
    need: '2',
    ...o,
  });
}

/** A bank account to pay money into. */
export function bankAccount(o: MatOpts = {}): MaterialIn {
  return mat('申请人本人银行账户信息（银行卡或存折）', '户名与申请人一致，账户状态正常；已有社会保障卡金融账户的可不提交', {
    need: '2',
    paperSize: null,
    ...o,
  });
}
