// English, the form inputs (see zh-CN/form-widgets.ts).
import type { formWidgets as zh } from '../zh-CN/form-widgets.ts';

export const formWidgets: Record<keyof typeof zh, string> = {
};
