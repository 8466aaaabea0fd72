// zh-CN, the form inputs: date, address with the region picker, signature pad (renderer/src/kiosk/forms/widgets/).
export const formWidgets = {
} as const;
