// zh-CN, printing failures, said the same on every screen that prints (tickets, guides, case
// progress): what happened and what to do now. A screen that offers another way (the guide's QR) shows it beside.
export const printing = {
  'error.device.notConfigured': '本机没有这台打印机，请到咨询台',
  'error.printer.paperOut': '打印机没有纸了，暂时无法打印，请找工作人员加纸',
  'error.printer.coverOpen': '打印机盖子开着，暂时无法打印，请找工作人员处理',
  'error.printer.offline': '打印机没有连接，暂时无法打印，请到咨询台',
  'error.printer.error': '打印机出现故障，暂时无法打印，请到咨询台',
  'error.document.printFailed': '打印没有成功，请找工作人员帮助',
  'error.document.printerRejecting': '打印机暂停使用，请到咨询台',
  'error.document.cupsUnavailable': '打印服务没有运行，请到咨询台',
  'error.document.printerNotFound': '找不到打印机，请到咨询台',
} as const;
