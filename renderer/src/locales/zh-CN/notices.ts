// zh-CN, the hall's notices on home.
export const notices = {
  'notices.title': '大厅公告',
  'notices.more': '点击查看全文',
  'notices.close': '关闭',
} as const;
