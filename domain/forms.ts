// Application forms (申请表): what a kiosk renders, validates and prints, and which ID-card field
// pre-fills which form field. Versioned with the catalogue.
import { z } from 'zod';

/** Fields of the ID card a form field may be pre-filled from. */
export const idCardFields = ['name', 'sex', 'nation', 'birthDate', 'address', 'idNumber', 'issuer', 'validFrom', 'validTo'] as const;

export const formFieldTypes = ['text', 'textarea', 'number', 'date', 'select', 'checkbox', 'idNumber', 'phone', 'address'] as const;

export const formFieldSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/),
    label: z.string().min(1).max(60),
    type: z.enum(formFieldTypes),
    required: z.boolean().default(false),
    help: z.string().max(300).optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    /** A regular expression the value must match (JavaScript syntax, whole value). */
    pattern: z.string().max(200).optional(),
    patternMessage: z.string().max(100).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).optional(),
    prefillFrom: z.enum(idCardFields).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.type === 'select' && !f.options?.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs options' });
    if (f.pattern !== undefined) {
      try {
        new RegExp(f.pattern);
      } catch {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'not a valid regular expression' });
      }
    }
  });
export type FormField = z.output<typeof formFieldSchema>;

export const formDefinitionSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** The service item the form belongs to. */
    itemId: z.string().min(1).max(64),
    title: z.string().min(1).max(100),
    version: z.number().int().positive(),
    sections: z.array(z.object({ title: z.string().min(1).max(60), fields: z.array(formFieldSchema).min(1) }).strict()).min(1),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((s, si) =>
      s.fields.forEach((f, fi) => {
        if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'fields', fi, 'id'], message: `field id "${f.id}" is used twice` });
        seen.add(f.id);
      }),
    );
  });
export type FormDefinition = z.output<typeof formDefinitionSchema>;
/** What an author writes (defaults not yet applied). */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** A filled form as the terminal submits it. Values are strings as typed (numbers and dates too). */
export const formSubmissionSchema = z
  .object({
    formId: z.string().min(1).max(64),
    formVersion: z.number().int().positive(),
    values: z.record(z.string(), z.union([z.string().max(2000), z.boolean()])),
    submittedAt: z.string().datetime({ offset: true }),
  })
  .strict();
export type FormSubmission = z.output<typeof formSubmissionSchema>;
