// The hall's queue set-up: business categories (业务类别) with prefixes, quotas and hours, the
// windows serving them and the staff on duty. Names and staff ids are fictional.
import type { BusinessCategory, PriorityRule, SlotQuota, Staff, Window } from '../../domain/catalogue.ts';
import { deptOf, type DeptKey } from './departments.ts';
import { hall } from './hall.ts';

const WEEKDAYS = { weekdays: [1, 2, 3, 4, 5], periods: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:30' }] };
const SATURDAY = { weekdays: [6], periods: [{ from: '09:00', to: '12:00' }] };

const rule = (code: string, label: string, basis: PriorityRule['basis'], mark: string, minAge: number | null = null): PriorityRule =>
  ({ code, label, basis, mark, minAge });

/** Who may take a 绿色通道 ticket (configurable per hall). */
export const greenChannelRules: readonly PriorityRule[] = [
  rule('elderly', '70周岁以上老年人', 'age', '绿色通道', 70),
  rule('disabled', '残疾人（持残疾人证）', 'certificate', '绿色通道'),
  rule('pregnant', '孕晚期孕妇', 'certificate', '绿色通道'),
  rule('military', '现役军人、退役军人及其他优抚对象（持证）', 'certificate', '绿色通道'),
  rule('firefighter', '国家综合性消防救援队伍人员（持证）', 'certificate', '绿色通道'),
];
const appointmentRule = rule('appointment', '网上预约按时签到', 'appointment', '预约');
const onlineRule = rule('online', '网上申办、到厅提交材料', 'onlineApplication', '网办');

function slots(...parts: [from: string, to: string, quota: number][]): SlotQuota[] {
  return parts.map(([from, to, quota]) => ({ from, to, quota }));
}

interface CategorySpec {
  id: string;
  name: string;
  description: string;
  prefix: string;
  floor: keyof typeof hall.floors;
  depts: DeptKey[];
  /** Item keys served here besides the departments' own items. */
  extraItems?: string[];
  /** Item keys of those departments served elsewhere. */
  excludeItems?: string[];
  windows: string[];
  dailyQuota: number | null;
  slotQuotas: SlotQuota[];
  saturday: boolean;
  avgServiceMinutes: number;
  green?: boolean;
  /** 综合出件: collecting the result of a finished case; serves no item of its own. */
  collection?: boolean;
  realName: BusinessCategory['realName'];
}

const standardSlots = (q: number) => slots(['08:30', '10:00', q], ['10:00', '12:00', q], ['13:30', '15:30', q], ['15:30', '17:30', q]);

export const categorySpecs: readonly CategorySpec[] = [
  {
    id: 'general', name: '综合受理', prefix: 'A', floor: 'A', depts: ['ca', 'hc', 'dpf', 'edu', 'va', 'jus'],
    description: '民政、卫生健康、残联、教育、退役军人、法律援助等事项“无差别”综合受理',
    windows: ['w01', 'w02', 'w03', 'w04', 'w05', 'w06'], dailyQuota: 320, slotQuotas: standardSlots(70), saturday: false,
    avgServiceMinutes: 8, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: 3 },
  },
  {
    id: 'social', name: '社保医保', prefix: 'B', floor: 'C', depts: ['hrss', 'mi'],
    description: '就业、社会保险、社保卡、医疗保险业务',
    windows: ['w16', 'w17', 'w18', 'w19', 'w20', 'w21'], dailyQuota: 360, slotQuotas: standardSlots(80), saturday: true,
    avgServiceMinutes: 10, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: 3 },
  },
  {
    id: 'fund', name: '住房公积金', prefix: 'C', floor: 'D', depts: ['hf'],
    description: '住房公积金缴存、提取、贷款、转移接续',
    windows: ['w22', 'w23', 'w24'], dailyQuota: 180, slotQuotas: standardSlots(40), saturday: false,
    avgServiceMinutes: 9, realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: 2 },
  },
  {
    id: 'estate', name: '不动产登记', prefix: 'D', floor: 'E', depts: ['nr'], extraItems: ['tax-deed', 'house-contract-filing'],
    description: '不动产交易、缴税、登记“一窗受理”',
    windows: ['w25', 'w26', 'w27', 'w28', 'w29', 'w30'], dailyQuota: 200, slotQuotas: standardSlots(45), saturday: true,
    avgServiceMinutes: 20, realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: 2 },
  },
  {
    id: 'business', name: '企业开办', prefix: 'E', floor: 'B', depts: ['amr', 'tob'], extraItems: ['seal-record', 'tax-new-taxpayer', 'tax-invoice', 'employer-insurance', 'hf-unit-register'],
    description: '企业开办、变更、注销“一窗通办”，食品经营、药品零售、烟草专卖许可',
    windows: ['w12', 'w13', 'w14', 'w15'], dailyQuota: 160, slotQuotas: standardSlots(35), saturday: true,
    avgServiceMinutes: 25, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: 5 },
  },
  {
    id: 'police', name: '公安户政出入境', prefix: 'F', floor: 'A', depts: ['ps'], excludeItems: ['seal-record'],
    description: '居民身份证、户口、居住证、出入境证件、驾驶证业务',
    windows: ['w07', 'w08', 'w09', 'w10'], dailyQuota: 240, slotQuotas: standardSlots(55), saturday: true,
    avgServiceMinutes: 7, realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: 2 },
  },
  {
    id: 'tax', name: '税务', prefix: 'G', floor: 'F', depts: ['tax'], excludeItems: ['tax-deed'],
    description: '办税缴费、发票、个税汇算、社保费缴纳',
    windows: ['w31', 'w32', 'w33', 'w34'], dailyQuota: 220, slotQuotas: standardSlots(50), saturday: false,
    avgServiceMinutes: 12, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: 3 },
  },
  {
    id: 'project', name: '工程建设项目', prefix: 'H', floor: 'F', depts: ['con', 'tr', 'um', 'env', 'drc', 'em', 'ct'], excludeItems: ['house-contract-filing'],
    description: '工程建设项目审批、交通运输、市政市容、生态环境、应急、文化旅游许可',
    windows: ['w35', 'w36'], dailyQuota: 80, slotQuotas: standardSlots(18), saturday: false,
    avgServiceMinutes: 30, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: 5 },
  },
  {
    id: 'green', name: '绿色通道', prefix: 'V', floor: 'A', depts: [],
    description: '老年人、残疾人、孕妇、军人、消防救援人员等优先办理，可办理本中心各类业务',
    windows: ['w11', 'w01'], dailyQuota: null, slotQuotas: [], saturday: true, green: true,
    avgServiceMinutes: 10, realName: { required: true, oneUnservedPerId: true, perPersonDailyLimit: null },
  },
  {
    id: 'collection', name: '综合出件', prefix: 'Q', floor: 'A', depts: [], collection: true,
    description: '已办结事项的证照、批文等办理结果统一领取（凭身份证或受理回执）',
    windows: ['w37', 'w38'], dailyQuota: null, slotQuotas: [], saturday: true,
    avgServiceMinutes: 3, realName: { required: false, oneUnservedPerId: true, perPersonDailyLimit: null },
  },
];

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏';
const givenNames = [
  '思远', '晓燕', '雨桐', '建华', '佳怡', '子豪', '静雯', '国栋', '海燕', '文博', '婧涵', '振宇', '丽萍', '一鸣', '梦琪', '志刚',
  '欣然', '浩宇', '秀英', '俊杰', '诗涵', '春梅', '明轩', '雅琴', '天佑', '晓东', '慧敏', '宏伟', '若曦', '德明', '淑芬', '嘉诚',
  '梓萱', '学军', '心怡', '立新',
];
const positions: Record<string, string> = {
  general: '综合受理员', social: '社保医保经办员', fund: '公积金经办员', estate: '不动产登记受理员',
  business: '企业开办帮办员', police: '户政民警', tax: '税务专员', project: '项目审批专员', green: '帮办代办员',
  collection: '出件窗口工作人员',
};
const deptForCategory: Record<string, string> = {
  general: '澄州市澜溪区政务服务中心', social: '澄州市澜溪区人力资源和社会保障局', fund: '澄州市住房公积金管理中心',
  estate: '澄州市澜溪区自然资源局', business: '澄州市澜溪区市场监督管理局', police: '澄州市公安局澜溪分局',
  tax: '国家税务总局澄州市澜溪区税务局', project: '澄州市澜溪区住房和城乡建设局', green: '澄州市澜溪区政务服务中心',
  collection: '澄州市澜溪区政务服务中心',
};

interface WindowPlan {
  id: string;
  categoryIds: string[];
  floor: keyof typeof hall.floors;
  label: string;
}

function windowPlans(): WindowPlan[] {
  const plans = new Map<string, WindowPlan>();
  for (const c of categorySpecs) {
    for (const w of c.windows) {
      const existing = plans.get(w);
      if (existing) existing.categoryIds.push(c.id);
      else plans.set(w, { id: w, categoryIds: [c.id], floor: c.floor, label: c.name });
    }
  }
  return [...plans.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** A few windows are closed (no staff) so queue logic sees a realistic hall. */
const CLOSED = new Set(['w06', 'w21', 'w30', 'w36']);

export function buildQueueSetup(): { windows: Window[]; staff: Staff[] } {
  const windows: Window[] = [];
  const staff: Staff[] = [];
  for (const [i, plan] of windowPlans().entries()) {
    const number = plan.id.slice(1);
    const primary = plan.categoryIds[0] ?? 'general';
    let staffId: string | null = null;
    if (!CLOSED.has(plan.id)) {
      staffId = `LX${String(2001 + i).padStart(4, '0')}`;
      const given = givenNames[i % givenNames.length] ?? '明';
      staff.push({
        id: staffId,
        name: `${surnames.charAt((i * 7) % surnames.length)}${given}`,
        gender: i % 3 === 1 ? '男' : '女',
        deptName: deptForCategory[primary] ?? hall.name,
        position: positions[primary] ?? '综合受理员',
        stars: 3 + ((i * 5) % 3),
      });
    }
    windows.push({
      id: plan.id,
      number,
      name: `${plan.label}${Number(number)}号窗口`,
      area: hall.floors[plan.floor],
      categoryIds: plan.categoryIds,
      staffId,
    });
  }
  // Back-office staff who stand in when a window opens.
  for (let j = 0; j < 4; j++) {
    staff.push({
      id: `LX${String(2101 + j).padStart(4, '0')}`,
      name: `${surnames.charAt((j * 11 + 3) % surnames.length)}${givenNames[(j * 5 + 2) % givenNames.length] ?? '明'}`,
      gender: j % 2 === 0 ? '男' : '女',
      deptName: hall.name,
      position: j === 0 ? '大厅值班长' : '机动受理员',
      stars: 5,
    });
  }
  return { windows, staff };
}

export function buildCategories(
  itemIdsFor: (spec: CategorySpec) => string[],
): BusinessCategory[] {
  return categorySpecs.map((c, i) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    prefix: c.prefix,
    start: 1,
    // 900-999 are left to the terminals, numbering offline from their reserved ranges.
    end: 899,
    dailyQuota: c.dailyQuota,
    slotQuotas: c.slotQuotas,
    hours: c.saturday ? [WEEKDAYS, SATURDAY] : [WEEKDAYS],
    area: hall.floors[c.floor],
    deptNames: c.green || c.collection ? [hall.name] : c.depts.map((d) => deptOf(d).name),
    windowIds: c.windows,
    avgServiceMinutes: c.avgServiceMinutes,
    priorityRules: c.green ? [...greenChannelRules] : c.collection ? [] : [appointmentRule, onlineRule],
    realName: c.realName,
    itemIds: itemIdsFor(c),
    exhaustedNotice: '排队号已取完，若窗口空闲可直接到窗口办理',
    appointmentCheckIn: { earlyMinutes: 30, lateMinutes: 15 },
    purpose: c.collection ? 'resultCollection' : 'service',
    // 办事预约: the businesses served at windows take appointments, 20 places a half-day, 5 working days ahead.
    appointments: c.green || c.collection ? null : { morning: 20, afternoon: 20, days: 5 },
    sortOrder: i + 1,
  }));
}

export type { CategorySpec };
