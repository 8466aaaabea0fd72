// zh-CN, the closed screen outside the hall's opening hours (kiosk and call display): the hours, when
// it opens next, and that nothing can be done now.
export const closed = {
  'closed.heading': '现在不在服务时间',
  'closed.hoursLabel': '本机服务时间',
  'closed.hoursToday': '今日 {hours}',
  'closed.restToday': '今日休息',
  'closed.nextLabel': '下次开放',
  'closed.opensToday': '今天 {at}',
  'closed.opensTomorrow': '明天 {at}',
  'closed.opensOn': '{day} {at}',
  'closed.opensUnknown': '请咨询大厅工作人员',
  'closed.comeBack': '现在不能取号，也不能办理业务。请在开放时间再来。',
  'closed.touch': '轻触屏幕查看说明',
  'closed.display.heading': '现在不在服务时间，暂停叫号',
  'closed.display.hoursLabel': '大厅服务时间',
} as const;
