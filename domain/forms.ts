// Application forms (申报材料表单化): the definition the platform publishes per form, what a citizen's
// filled values look like, and what the terminal hands in. Versioned like the catalogue; a form is
// reached from the guide through a material's `blankForm` reference (see formRefOf).
//
// The rules that read a definition (validation, conditions, pre-fill from the ID card) are zod-free,
// in form-rules.ts, so the kiosk's screens run the very same checks as the core and the platform.
import { z } from 'zod';

/** Fields of the ID card a form field may be pre-filled from. */
export const idCardFields = ['name', 'sex', 'nation', 'birthDate', 'address', 'idNumber', 'issuer', 'validFrom', 'validTo'] as const;
export type IdCardField = (typeof idCardFields)[number];

/**
 * text: one line; textarea: several lines; number: digits (decimals by `decimals`); date: YYYY-MM-DD;
 * choice: one of `options`; multiChoice: any of `options`; checkbox: a yes/no declaration (勾选);
 * idNumber: a resident ID number (check character checked); phone: a mobile or fixed-line number;
 * address: a region (province/city/county, GB/T 2260) and the detail (street, number);
 * signature: drawn on the touchscreen, kept as vector strokes.
 */
export const formFieldTypes = ['text', 'textarea', 'number', 'date', 'choice', 'multiChoice', 'checkbox', 'idNumber', 'phone', 'address', 'signature'] as const;
export type FormFieldType = (typeof formFieldTypes)[number];

const fieldIdSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'letters, digits and _; starting with a letter');

/** "When field X has the value V (or one of V...)". A checkbox compares with true/false. */
export const formConditionSchema = z
  .object({
    field: fieldIdSchema,
    /** A choice's value, a multiChoice containing it, a checkbox's true/false; an array: any of them. */
    is: z.union([z.string().min(1), z.boolean(), z.array(z.string().min(1)).min(1)]),
  })
  .strict();
export type FormCondition = z.output<typeof formConditionSchema>;

/** Where a date may lie, relative to the day the form is filled. */
export const dateBounds = ['any', 'notFuture', 'notPast'] as const;

export const formOptionSchema = z.object({ value: z.string().min(1).max(40), label: z.string().min(1).max(60) }).strict();

export const formFieldSchema = z
  .object({
    id: fieldIdSchema,
    label: z.string().min(1).max(60),
    type: z.enum(formFieldTypes),
    required: z.boolean().default(false),
    /** Required only when the condition holds (选择邮寄时填写邮寄地址). */
    requiredWhen: formConditionSchema.optional(),
    /** Shown (and submitted) only when the condition holds; a hidden field's value is dropped. */
    showWhen: formConditionSchema.optional(),
    /** 填写说明: what to write here, in the words of the paper form's notes. */
    help: z.string().max(300).optional(),
    /**
     * 示范文本: a filled example, shown beside the field and printed on the form's sample (样表).
     * A checkbox's example is "true"; a choice's is an option value; an address's is the whole address.
     */
    example: z.string().min(1).max(300),
    /** A unit printed after the value (元, 人, 平方米). */
    unit: z.string().max(10).optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    /** A regular expression the whole value must match (JavaScript syntax), with what to tell the citizen. */
    pattern: z.string().max(200).optional(),
    patternMessage: z.string().max(100).optional(),
    /** number: bounds and decimals allowed (0: whole numbers). */
    min: z.number().optional(),
    max: z.number().optional(),
    decimals: z.number().int().min(0).max(4).default(0),
    /** date: relative to the day of filling. */
    dateBound: z.enum(dateBounds).default('any'),
    /** choice and multiChoice. */
    options: z.array(formOptionSchema).max(40).optional(),
    prefillFrom: z.enum(idCardFields).optional(),
    /** Printed layout: a half-width cell sits beside the next half-width one; full takes the row. */
    print: z.object({ span: z.enum(['half', 'full']).default('full') }).strict().default({ span: 'full' }),
  })
  .strict()
  .superRefine((f, ctx) => {
    const choosing = f.type === 'choice' || f.type === 'multiChoice';
    if (choosing && !f.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${f.type} field needs options` });
    if (!choosing && f.options !== undefined) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${f.type} field has no options` });
    if (choosing && f.options) {
      const values = f.options.map((o) => o.value);
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'an option value is listed twice' });
    }
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern);
      } catch {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'not a valid regular expression' });
      }
      if (f.patternMessage === undefined) ctx.addIssue({ code: 'custom', path: ['patternMessage'], message: 'a pattern needs the words that tell the citizen what to write' });
    }
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['min'], message: 'min is above max' });
    if (f.type === 'signature' && f.prefillFrom) ctx.addIssue({ code: 'custom', path: ['prefillFrom'], message: 'a signature is never pre-filled' });
  });
export type FormField = z.output<typeof formFieldSchema>;

/**
 * Rules across fields, each with the words shown under the first field it names.
 * dateOrder: `earlier` is on or before `later`; differs: the two values are not the same (the
 * emergency contact's phone is not the applicant's); atLeastOne: one of the fields is filled;
 * idNumberAgrees: the birth date and/or sex fields agree with the ID number (GB 11643 digits 7-14, 17).
 */
export const formRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dateOrder'), earlier: fieldIdSchema, later: fieldIdSchema, message: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('differs'), fields: z.tuple([fieldIdSchema, fieldIdSchema]), message: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('atLeastOne'), fields: z.array(fieldIdSchema).min(2), message: z.string().min(1).max(100) }).strict(),
  z
    .object({ kind: z.literal('idNumberAgrees'), idNumber: fieldIdSchema, birthDate: fieldIdSchema.optional(), sex: fieldIdSchema.optional(), message: z.string().min(1).max(100) })
    .strict(),
]);
export type FormRule = z.output<typeof formRuleSchema>;

export const formSectionSchema = z
  .object({
    title: z.string().min(1).max(60),
    /** A line under the title (本栏由委托代理人填写). */
    help: z.string().max(300).optional(),
    fields: z.array(formFieldSchema).min(1).max(40),
  })
  .strict();

export const formDefinitionSchema = z
  .object({
    /** The document key the catalogue's materials name: blankForm `forms/<id>.pdf`, sample `forms/<id>-sample.pdf`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and -'),
    /** The service item the form chiefly belongs to (a form may serve several: see the materials' references). */
    itemId: z.string().min(1).max(64),
    /** As printed, without 《》: 户口迁移申请表. */
    title: z.string().min(1).max(100),
    version: z.number().int().positive(),
    /** 填表须知: read before filling; printed under the title. */
    intro: z.string().max(600).optional(),
    sections: z.array(formSectionSchema).min(1).max(20),
    rules: z.array(formRuleSchema).default([]),
    print: z
      .object({
        /** The declaration printed above the signature (本人承诺所填内容真实...). */
        declaration: z.string().max(300).optional(),
        /** Signature lines: who signs. */
        signers: z.array(z.string().min(1).max(30)).min(1).max(4).default(['申请人']),
        /** Print the item's materials checklist from the guide under the form. */
        materials: z.boolean().default(true),
      })
      .strict()
      .default({ signers: ['申请人'], materials: true }),
  })
  .strict()
  .superRefine((form, ctx) => {
    const fields = new Map<string, FormField>();
    form.sections.forEach((s, si) =>
      s.fields.forEach((f, fi) => {
        if (fields.has(f.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'id'], message: `field id "${f.id}" is used twice` });
        fields.set(f.id, f);
      }),
    );
    const known = (id: string, path: (string | number)[]): void => {
      if (!fields.has(id)) ctx.addIssue({ code: 'custom', path, message: `no field "${id}" in this form` });
    };
    form.sections.forEach((s, si) =>
      s.fields.forEach((f, fi) => {
        for (const key of ['requiredWhen', 'showWhen'] as const) {
          const c = f[key];
          if (!c) continue;
          known(c.field, ['sections', si, 'fields', fi, key, 'field']);
          if (c.field === f.id) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, key], message: 'a field cannot depend on itself' });
        }
      }),
    );
    form.rules.forEach((r, ri) => {
      const ids = r.kind === 'dateOrder' ? [r.earlier, r.later] : r.kind === 'idNumberAgrees' ? [r.idNumber, r.birthDate, r.sex].filter((x) => x !== undefined) : r.fields;
      ids.forEach((id) => known(id, ['rules', ri]));
    });
  });
export type FormDefinition = z.output<typeof formDefinitionSchema>;
/** What an author writes (defaults not yet applied). */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

// ---------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------

/** An address: the region picked (GB/T 2260 county-level code and its full name) and the rest typed. */
export const addressValueSchema = z
  .object({
    /** 6 digits, the county (or city) picked; null when only typed (a card's address, not yet matched). */
    regionCode: z.string().regex(/^\d{6}$/).nullable(),
    /** 浙江省杭州市西湖区: the picked region's names; empty when regionCode is null. */
    regionName: z.string().max(60),
    /** The street, building and room; with regionCode null, the whole address. */
    detail: z.string().max(120),
  })
  .strict();
export type AddressValue = z.output<typeof addressValueSchema>;

/**
 * A signature drawn on the touchscreen: strokes of points in the pad's own units (origin top left),
 * so the PDF draws it as vector paths at any size. Never an image.
 */
export const signatureValueSchema = z
  .object({
    width: z.number().int().min(100).max(4000),
    height: z.number().int().min(50).max(2000),
    strokes: z.array(z.array(z.tuple([z.number().min(0), z.number().min(0)])).min(1).max(2000)).min(1).max(200),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.strokes.some((st) => st.some(([x, y]) => x > s.width || y > s.height))) ctx.addIssue({ code: 'custom', message: 'a point lies outside the pad' });
  });
export type SignatureValue = z.output<typeof signatureValueSchema>;

/** One field's value: strings as typed (numbers and dates too), a checkbox's boolean, a multiChoice's values. */
export const formValueSchema = z.union([z.string().max(2000), z.boolean(), z.array(z.string().min(1).max(40)).max(40), addressValueSchema, signatureValueSchema]);
export type FormValue = z.output<typeof formValueSchema>;
export const formValuesSchema = z.record(fieldIdSchema, formValueSchema);
export type FormValues = z.output<typeof formValuesSchema>;

/** How the citizen gets the result (结果送达): at the window, or by express (物流快递) to an address. */
export const deliveryChoiceSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('window') }).strict(),
  z
    .object({
      method: z.literal('express'),
      recipient: z.string().trim().min(1).max(30),
      phone: z.string().trim().regex(/^1[3-9]\d{9}$/, 'an 11-digit mobile number'),
      address: addressValueSchema.refine((a) => a.regionCode !== null && a.detail.trim().length >= 2, 'express needs a region picked and the street address'),
    })
    .strict(),
]);
export type DeliveryChoice = z.output<typeof deliveryChoiceSchema>;

/** The submission id the terminal makes, printed on the receipt and in the form's QR: F + terminal code + yyyymmdd + 4-digit sequence. */
export const submissionIdSchema = z.string().max(90).regex(/^F[A-Z0-9]{1,64}-\d{8}-\d{4}$/, 'F<terminal code>-<yyyymmdd>-<nnnn>');

/** A filled form as the terminal submits it (outbox → platform). */
export const formSubmissionSchema = z
  .object({
    submissionId: submissionIdSchema,
    formId: z.string().min(1).max(64),
    formVersion: z.number().int().positive(),
    /** The service item applied for (the form may serve several). */
    itemId: z.string().min(1).max(64),
    values: formValuesSchema,
    delivery: deliveryChoiceSchema,
    /**
     * The applicant's signature drawn on the kiosk's pad, for a form without a signature field of its
     * own (most paper forms have a line to sign on, not a field): drawn on the A4 application. Absent in
     * submissions made before it was carried: null.
     */
    signature: signatureValueSchema.nullable().default(null),
    submittedAt: z.string().datetime({ offset: true }),
    /** The printed application (A4 PDF), base64; the platform keeps it for the window and the phone download. */
    pdf: z.string().max(2_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    /** SHA-256 (hex) of the phone download token printed in the QR; the platform never sees the token. */
    downloadTokenHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  })
  .strict();
export type FormSubmission = z.output<typeof formSubmissionSchema>;

// formRefOf lives in the zod-free form-refs.ts (the kiosk's guide uses it); here for the schema's users.
export { formRefOf } from './form-refs.ts';
