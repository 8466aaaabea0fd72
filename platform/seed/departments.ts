// The departments with windows in the hall. Codes are fictional 统一社会信用代码 with correct check
// characters (organisation code and USCC), in the district's or the city's division.
import type { Department } from '../../domain/catalogue.ts';
import { agencyUscc } from './codes.ts';
import { hall } from './hall.ts';

export interface SeedDepartment extends Department {
  /** Short key the seed files use. */
  readonly key: DeptKey;
  /** 4-digit domain used in the 基本编码 (see codes.ts catalogCode). */
  readonly domain: string;
  /** Service area in the hall (a key of hall.floors). */
  readonly floor: keyof typeof hall.floors;
}

export type DeptKey =
  | 'ps' | 'amr' | 'hrss' | 'mi' | 'hf' | 'nr' | 'ca' | 'tax' | 'hc' | 'dpf' | 'tr'
  | 'con' | 'edu' | 'va' | 'um' | 'env' | 'drc' | 'em' | 'tob' | 'ct' | 'jus';

const A = hall.areaCode;
const CITY = hall.cityAreaCode;
const HOURS = hall.hours;

function dept(
  key: DeptKey,
  domain: string,
  floor: keyof typeof hall.floors,
  name: string,
  shortName: string,
  uscc: string,
  phones: [consult: string, supervise: string],
  opts: { deptType?: string; useLevel?: string; areaCode?: string; counter?: string; hours?: string } = {},
): SeedDepartment {
  return {
    key,
    domain,
    floor,
    code: uscc,
    name,
    shortName,
    deptType: opts.deptType ?? '1',
    useLevel: opts.useLevel ?? '4',
    areaCode: opts.areaCode ?? A,
    address: `${hall.address}${hall.name}${hall.floors[floor]}${opts.counter ?? `${shortName}窗口`}`,
    hours: opts.hours ?? HOURS,
    consultPhone: phones[0],
    supervisePhone: phones[1],
  };
}

export const departments: readonly SeedDepartment[] = [
  dept('ps', '1001', 'A', '澄州市公安局澜溪分局', '公安分局', agencyUscc('11', A, '73521046'), ['0589-86015110', '0589-86021110'],
    { counter: '公安户政、出入境窗口' }),
  dept('amr', '1002', 'B', '澄州市澜溪区市场监督管理局', '区市场监管局', agencyUscc('11', A, '73521062'), ['0589-86015315', '0589-86022315'],
    { counter: '企业开办专区' }),
  dept('hrss', '1003', 'C', '澄州市澜溪区人力资源和社会保障局', '区人力社保局', agencyUscc('11', A, '73521089'), ['0589-86015333', '0589-86022333'],
    { counter: '社保就业窗口' }),
  dept('mi', '1004', 'C', '澄州市澜溪区医疗保障局', '区医保局', agencyUscc('11', A, 'MB1C2738'), ['0589-86015199', '0589-86022199'],
    { counter: '医保窗口' }),
  dept('hf', '1005', 'D', '澄州市住房公积金管理中心', '市公积金中心', agencyUscc('12', CITY, '47081235'), ['0589-86015880', '0589-86022880'],
    { deptType: '2', useLevel: '3', areaCode: CITY, counter: '住房公积金澜溪管理部窗口' }),
  dept('nr', '1006', 'E', '澄州市澜溪区自然资源局', '区自然资源局', agencyUscc('11', A, '73521117'), ['0589-86015566', '0589-86022566'],
    { counter: '不动产登记中心窗口' }),
  dept('ca', '1007', 'C', '澄州市澜溪区民政局', '区民政局', agencyUscc('11', A, '73521125'), ['0589-86015520', '0589-86022520'],
    { counter: '民政窗口（婚姻登记处在本中心二楼西侧）' }),
  dept('tax', '1008', 'F', '国家税务总局澄州市澜溪区税务局', '区税务局', agencyUscc('11', A, '58307726'), ['12366', '0589-86022366'],
    { counter: '税务办税服务厅' }),
  dept('hc', '1009', 'C', '澄州市澜溪区卫生健康局', '区卫健局', agencyUscc('11', A, '73521141'), ['0589-86015120', '0589-86022120'],
    { counter: '卫生健康窗口' }),
  dept('dpf', '1010', 'C', '澄州市澜溪区残疾人联合会', '区残联', agencyUscc('13', A, '73521168'), ['0589-86015255', '0589-86022255'],
    { deptType: '2', counter: '残联窗口' }),
  dept('tr', '1011', 'F', '澄州市澜溪区交通运输局', '区交通运输局', agencyUscc('11', A, '73521184'), ['0589-86015168', '0589-86022168'],
    { counter: '交通运输窗口' }),
  dept('con', '1012', 'F', '澄州市澜溪区住房和城乡建设局', '区住建局', agencyUscc('11', A, '73521192'), ['0589-86015228', '0589-86022228'],
    { counter: '工程建设项目审批窗口' }),
  dept('edu', '1013', 'C', '澄州市澜溪区教育局', '区教育局', agencyUscc('11', A, '73521205'), ['0589-86015201', '0589-86022201'],
    { counter: '教育窗口' }),
  dept('va', '1014', 'C', '澄州市澜溪区退役军人事务局', '区退役军人事务局', agencyUscc('11', A, 'MB1C2746'), ['0589-86015081', '0589-86022081'],
    { counter: '退役军人服务窗口' }),
  dept('um', '1015', 'F', '澄州市澜溪区综合行政执法局', '区综合执法局', agencyUscc('11', A, 'MB1C2754'), ['0589-86015319', '0589-86022319'],
    { counter: '市政市容窗口' }),
  dept('env', '1016', 'F', '澄州市生态环境局澜溪分局', '生态环境分局', agencyUscc('11', A, 'MB1C2762'), ['0589-86015369', '0589-86022369'],
    { counter: '生态环境窗口' }),
  dept('drc', '1017', 'F', '澄州市澜溪区发展和改革局', '区发改局', agencyUscc('11', A, '73521213'), ['0589-86015210', '0589-86022210'],
    { counter: '投资项目窗口' }),
  dept('em', '1018', 'F', '澄州市澜溪区应急管理局', '区应急管理局', agencyUscc('11', A, 'MB1C2770'), ['0589-86015350', '0589-86022350'],
    { counter: '应急管理窗口' }),
  dept('tob', '1019', 'B', '澄州市澜溪区烟草专卖局', '区烟草专卖局', agencyUscc('11', A, '14692037'), ['0589-86015012', '0589-86022012'],
    { counter: '烟草专卖许可窗口' }),
  dept('ct', '1020', 'F', '澄州市澜溪区文化和广电旅游体育局', '区文广旅体局', agencyUscc('11', A, '73521221'), ['0589-86015301', '0589-86022301'],
    { counter: '文化旅游窗口' }),
  dept('jus', '1021', 'C', '澄州市澜溪区司法局', '区司法局', agencyUscc('11', A, '73521248'), ['0589-86015148', '0589-86022148'],
    { counter: '公共法律服务窗口' }),
];

const byKey = new Map(departments.map((d) => [d.key, d]));

export function deptOf(key: DeptKey): SeedDepartment {
  const d = byKey.get(key);
  if (!d) throw new Error(`unknown department key ${key}`);
  return d;
}

/** The department records alone, as the contract defines them. */
export function departmentRecords(): Department[] {
  return departments.map(({ key: _k, domain: _d, floor: _f, ...rest }) => rest);
}
