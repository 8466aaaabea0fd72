// The sample hall's notices (大厅公告), dated around the business date the platform is seeded on: two
// current ones, one urgent, and one that starts next week (not shown yet).
import type { Notice } from '../../domain/notices.ts';
import { addWorkingDays } from './calendar.ts';

const at = (date: string, time = '00:00') => `${date}T${time}:00+08:00`;

export function sampleNotices(businessDate: string): Notice[] {
  const past = addWorkingDays(businessDate, -5);
  const soon = addWorkingDays(businessDate, 5);
  const later = addWorkingDays(businessDate, 30);
  return [
    {
      id: 'n-system-upgrade',
      title: '系统升级期间暂停不动产网上预约',
      body: '因不动产登记系统升级，本周六 09:00 至 12:00 暂停不动产登记网上预约和自助查询。现场取号不受影响。给您带来不便，敬请谅解。\n咨询电话：0571-12345',
      validFrom: at(past),
      validTo: at(later),
      priority: 8,
    },
    {
      id: 'n-elderly',
      title: '70周岁以上老人可走绿色通道',
      body: '年满70周岁的老年人，在取号机上放置身份证即可领取绿色通道号，优先办理。\n残疾人、孕晚期孕妇、现役军人和退役军人等优抚对象、消防救援人员，请到一楼服务台出示证件，由工作人员为您取绿色通道号。\n大厅提供免费帮办代办服务，有需要请找穿红马甲的志愿者。',
      validFrom: at(past),
      validTo: null,
      priority: 5,
    },
    {
      id: 'n-holiday-hours',
      title: '元旦假期办公时间调整',
      body: '元旦假期（1月1日至1月3日）大厅暂停对外办公，1月4日起恢复正常。假期内可通过“浙里办”App办理部分事项。',
      validFrom: at(soon),
      validTo: at(later),
      priority: 6,
    },
  ];
}
