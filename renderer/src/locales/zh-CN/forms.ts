// zh-CN, filling an application at the kiosk (renderer/src/kiosk/forms/).
export const forms = {
} as const;
