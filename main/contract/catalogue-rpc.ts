// What the screens ask of the catalogue cache: search, an item's guide, themes and departments, and
// how fresh the copy is.
import { z } from 'zod';
import { audienceSchema, departmentSchema, serviceItemSchema, themeSchema } from '../../domain/catalogue.ts';
import { method } from './define.ts';

export const itemHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['main', 'sub', 'handle']),
  deptName: z.string(),
  kioskHandled: z.boolean(),
  bookable: z.boolean(),
  isOnline: z.boolean(),
  /** 到办事现场次数: how many times the citizen must come to the hall (0: never). */
  visitsRequired: z.number().int().min(0).max(2),
  /** Why it matched: the field and how (for highlighting and for the developer page). */
  match: z.object({ field: z.string(), kind: z.enum(['exact', 'prefix', 'substring']) }),
});
export type ItemHit = z.infer<typeof itemHitSchema>;

/** An item in a theme's or a department's list: what a result shows, without why it matched. */
export const itemListingSchema = itemHitSchema.omit({ match: true });
export type ItemListing = z.infer<typeof itemListingSchema>;

/** Where a guide can be printed: the A4 document printer (the whole guide) or the ticket printer (a materials checklist slip). */
export const guidePrintTargetSchema = z.enum(['a4', 'slip']);
export type GuidePrintTarget = z.infer<typeof guidePrintTargetSchema>;

export const guideTakeAwaySchema = z.object({
  /** The guide on a phone (config `catalogue.guideUrl` filled in); null when the hall has none. */
  guideUrl: z.string().nullable(),
  /** The printers this terminal has for a guide, best first; empty: only the QR. */
  print: z.array(guidePrintTargetSchema),
});
export type GuideTakeAway = z.infer<typeof guideTakeAwaySchema>;

export const guidePrintedSchema = z.object({
  to: guidePrintTargetSchema,
  /** The printer's job id, when it gives one. */
  jobId: z.string().nullable(),
});
export type GuidePrinted = z.infer<typeof guidePrintedSchema>;

export const cataloguePart = {
  methods: {
    'catalogue.search': method({
      summary: 'Search the cached catalogue: Chinese substrings, pinyin (full or initials), item codes; ranked.',
      input: z
        .object({
          query: z.string().max(100),
          themeId: z.string().max(64).optional(),
          deptCode: z.string().max(64).optional(),
          audience: audienceSchema.optional(),
          limit: z.number().int().min(1).max(100).default(20),
        })
        .strict(),
      output: z.object({ hits: z.array(itemHitSchema) }),
    }),
    'catalogue.getItem': method({
      summary: 'One service item with its whole guide (办事指南).',
      input: z.object({ id: z.string().min(1).max(64) }).strict(),
      output: serviceItemSchema,
    }),
    'catalogue.listThemes': method({
      summary: 'Life-event themes (出生, 就业, 开办企业...) with their items in order.',
      input: z.object({}).strict(),
      output: z.array(themeSchema),
    }),
    'catalogue.listDepartments': method({
      summary: 'Departments present in the catalogue.',
      input: z.object({}).strict(),
      output: z.array(departmentSchema),
    }),
    'catalogue.browse': method({
      summary: "A life-event theme's items in the theme's order, or a department's items by name; optionally only those for persons or enterprises.",
      input: z
        .object({
          themeId: z.string().min(1).max(64).optional(),
          deptCode: z.string().min(1).max(64).optional(),
          audience: audienceSchema.optional(),
          limit: z.number().int().min(1).max(500).default(300),
        })
        .strict()
        .refine((i) => (i.themeId === undefined) !== (i.deptCode === undefined), { message: 'give either themeId or deptCode, not both or neither' }),
      output: z.object({ items: z.array(itemListingSchema), total: z.number().int().min(0) }),
    }),
    'catalogue.guideTakeAway': method({
      summary: "How a citizen can take an item's guide away: its phone link (QR) and the printers that can print it.",
      input: z.object({ id: z.string().min(1).max(64) }).strict(),
      output: guideTakeAwaySchema,
    }),
    'catalogue.printGuide': method({
      summary: "Prints an item's guide: the whole guide on the A4 printer, or its materials checklist on the ticket printer.",
      input: z.object({ id: z.string().min(1).max(64), to: guidePrintTargetSchema }).strict(),
      output: guidePrintedSchema,
    }),
  },
  events: {},
} as const;
