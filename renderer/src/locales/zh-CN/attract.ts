// zh-CN, the attract loop over the untouched home screen (kiosk/attract).
export const attract = {
  'attract.touch': '请触摸屏幕开始办理',
  'attract.label': '大厅宣传展示，触摸屏幕回到首页',
} as const;
