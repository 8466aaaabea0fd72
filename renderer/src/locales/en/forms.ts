// English, filling an application at the kiosk (see zh-CN/forms.ts).
import type { forms as zh } from '../zh-CN/forms.ts';

export const forms: Record<keyof typeof zh, string> = {
};
