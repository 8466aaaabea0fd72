// zh-CN, what the kiosk says aloud (renderer/src/voice): short, one thing each, as a hall's staff would
// say it. The build turns each into a clip with espeak-ng where the browser has no Chinese voice.
export const voice = {
  'voice.welcome': '您好，欢迎办理业务，请点击屏幕上的按钮',
  'voice.yourNumber': '您的号码是',
  /** Said after the number's digits, as a hall calls it (A 零二三 号). */
  'voice.numberSuffix': '号',
  'voice.takeSlip': '请取走您的凭条',
  'voice.notPrinted': '凭条没有打印出来，请记下屏幕上的号码',
  'voice.idle': '长时间没有操作，马上返回首页，如需继续请点击屏幕',
  /** The clip said for any failure; with a browser voice the failure's own words are said instead. */
  'voice.failure': '没有办成，请看屏幕上的提示',
  'voice.helpCalled': '已通知工作人员，请在这里稍等',
  'voice.helpComing': '工作人员已收到，正在赶来，请稍等',
  /** The hall display's call (renderer/src/voice/call-announcement.ts): 请 A 零二三 号 到 三 号窗口 办理. */
  'voice.callPlease': '请',
  'voice.callTo': '到',
  'voice.callWindow': '号窗口',
  'voice.callServe': '办理',
} as const;
