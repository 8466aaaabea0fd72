// zh-CN, the home screen: the hall's tasks. The default language: every key starts here.
export const home = {
  'entry.ticket': '排队取号',
  'entry.ticket.note': '选择业务，领取排队号',
  'entry.ticket.waiting': '现在共有 {n} 人在等候',
  'home.welcome': '您好，欢迎办理业务',
  'home.hint': '请点击下方按钮',
  'home.accessibility': '大字 · 高对比',
  'home.accessibility.note': '看不清？点这里放大文字',
  'home.language': '语言 · Language',
  'home.language.note': 'English · ئۇيغۇرچە',
  'home.takeTicket': '请选择要办理的业务',
  'home.more': '更多服务',
  'home.noCategories': '暂时无法取号，请到咨询台',
  'home.offline': '网络中断：标有“离线取号”的业务仍可取号，发放的是离线票',
  'home.offlineNone': '网络中断，暂时无法取号，请到咨询台',
} as const;
