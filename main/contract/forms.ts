// The forms part of the contract (申报材料表单化): a citizen fills an application at the kiosk, pre-filled
// from the ID card, signs it on the screen, and hands it in with how the result should reach them; the
// A4 application is printed (or offered as a phone download) and a receipt slip carries the submission id.
//
// The draft lives only in the screen's memory: the core receives the values once, at submit, validates
// them with the form's own rules (domain/form-rules.ts) and seals them in the outbox. Nothing personal
// of a draft is written to disk, and a visit's submissions are forgotten by the core when it ends.
import { z } from 'zod';
import { method } from './define.ts';
import { deliveryChoiceSchema, formDefinitionSchema, formValuesSchema, signatureValueSchema } from '../../domain/forms.ts';

/** A form an item's guide offers: a material of the guide with a fillable form. */
export const itemFormSchema = z.object({
  formId: z.string(),
  /** As printed, without 《》. */
  title: z.string(),
  version: z.number().int().positive(),
  /** The guide's material this form is (申请表 as the checklist names it). */
  materialName: z.string(),
});
export type ItemForm = z.output<typeof itemFormSchema>;

export const itemFormsSchema = z.object({
  itemId: z.string(),
  itemName: z.string(),
  /** 实施编码 (or 业务办理项编码), printed on the application. */
  itemCode: z.string(),
  /** The item sends its result by express (物流快递); when false only collection at the window is offered, and forms.submit refuses express (form.invalid, field "delivery"). */
  expressDelivery: z.boolean(),
  forms: z.array(itemFormSchema),
});
export type ItemForms = z.output<typeof itemFormsSchema>;

/** A form this kiosk can fill, for one item that offers it: a row of the home's 填写申请表 list. */
export const listedFormSchema = itemFormSchema.extend({
  itemId: z.string(),
  itemName: z.string(),
  /** How often citizens opened the item on this terminal: the list's order, most used first. */
  uses: z.number().int().nonnegative(),
});
export type ListedForm = z.output<typeof listedFormSchema>;

export const formsListInputSchema = z
  .object({
    /** Words of the form's title or the item's name, or their pinyin or initials (hkqy: 户口迁移); empty: every form. */
    query: z.string().max(64).default(''),
    limit: z.number().int().min(1).max(200).default(60),
  })
  .strict();
export type FormsListInput = z.input<typeof formsListInputSchema>;

export const formsListSchema = z.object({
  /** Most used item first, then by title (the collation of zh-CN: pinyin order). */
  forms: z.array(listedFormSchema),
  /** How many match in all; more than `forms.length` when the limit cut the list. */
  total: z.number().int().nonnegative(),
});
export type FormsList = z.output<typeof formsListSchema>;

export const formSubmitInputSchema = z
  .object({
    formId: z.string().min(1).max(64),
    /** The version the screen rendered: refused (form.outdated) if the catalogue has moved on meanwhile. */
    formVersion: z.number().int().positive(),
    itemId: z.string().min(1).max(64),
    values: formValuesSchema,
    delivery: deliveryChoiceSchema,
    /** The pad's signature when the form has no signature field of its own (it then goes in `values`). */
    signature: signatureValueSchema.nullable().default(null),
  })
  .strict();
export type FormSubmitInput = z.input<typeof formSubmitInputSchema>;

export const formSubmittedSchema = z.object({
  /** F<terminal code>-<yyyymmdd>-<nnnn>: on the receipt slip, in the A4 form's QR; what the citizen quotes. */
  submissionId: z.string(),
  /** ISO instant. */
  submittedAt: z.string(),
  /** delivered: the platform has it; queued: sealed on this kiosk, sent when the network is back. */
  state: z.enum(['delivered', 'queued']),
  /** The receipt slip on the ticket printer: printed, or why not (the screen then shows the id large). */
  receipt: z.enum(['printed', 'noPrinter', 'failed']),
  receiptError: z.string().nullable(),
  /** This kiosk has an A4 printer for the application (forms.print). */
  canPrint: z.boolean(),
  /** Where a phone downloads the PDF (the QR), when the kiosk has no A4 printer; null when it has one. */
  downloadUrl: z.string().nullable(),
  /** Items waiting for the platform, this one included if queued. */
  waiting: z.number().int().nonnegative(),
});
export type FormSubmitted = z.output<typeof formSubmittedSchema>;

/** A print job on the A4 printer, as the screen follows it. */
export const formPrintJobSchema = z.object({
  jobId: z.string(),
  /** queued/printing: wait; done: take the pages; failed: `error` says why (printer.paperOut...). */
  state: z.enum(['queued', 'printing', 'done', 'failed']),
  error: z.string().nullable(),
  pages: z.number().int().positive(),
});
export type FormPrintJob = z.output<typeof formPrintJobSchema>;

export const formsPart = {
  methods: {
    'forms.forItem': method({
      summary: "The fillable forms of an item's guide (its materials with a form), from the local catalogue (works offline).",
      input: z.object({ itemId: z.string().min(1).max(64) }).strict(),
      output: itemFormsSchema,
    }),
    'forms.list': method({
      summary:
        "Every form this kiosk can fill with the item it is for (each item's materials with a fillable form, as forms.forItem finds them), matched by the form's title, the item's name, or their pinyin or initials; from the local catalogue (works offline).",
      input: formsListInputSchema,
      output: formsListSchema,
    }),
    'forms.definition': method({
      summary: 'A form definition as synced from the platform: sections, fields, rules, help and examples.',
      input: z.object({ formId: z.string().min(1).max(64) }).strict(),
      output: formDefinitionSchema,
    }),
    'forms.prefill': method({
      summary:
        "Values from the ID card on the reader for the fields the form fills from it (name, sex, nation, birth date, address, ID number...). Refused without a card (idcard.noCard) or with an expired one (idcard.expired). In clear: the citizen's own data, for their screen only.",
      input: z.object({ formId: z.string().min(1).max(64) }).strict(),
      output: z.object({ values: formValuesSchema, filled: z.array(z.string()) }),
    }),
    'forms.submit': method({
      summary:
        'Hand in a filled form with the delivery choice: validated by the form rules (form.invalid lists each problem), given a submission id, rendered as the A4 application, sealed in the outbox with its PDF (delivered exactly once), a receipt slip printed.',
      input: formSubmitInputSchema,
      output: formSubmittedSchema,
    }),
    'forms.print': method({
      summary: 'Print the A4 application of a form handed in during this visit, on the document printer (CUPS). Answers the job to follow.',
      input: z.object({ submissionId: z.string().min(1).max(90) }).strict(),
      output: formPrintJobSchema,
    }),
    'forms.printBlank': method({
      summary: "Print a form's blank (空白表格) or its filled sample (示例样表, the examples) for an item, on the A4 printer.",
      input: z.object({ formId: z.string().min(1).max(64), itemId: z.string().min(1).max(64), sample: z.boolean() }).strict(),
      output: formPrintJobSchema,
    }),
    'forms.printJob': method({
      summary: 'The state of a print job started by forms.print or forms.printBlank.',
      input: z.object({ jobId: z.string().min(1).max(80) }).strict(),
      output: formPrintJobSchema,
    }),
  },
  events: {},
} as const;
