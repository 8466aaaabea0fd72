// The ID-card reader's part of the contract: the card on the reader, as a screen may show it:
// masked, never the full number or name.
import { z } from 'zod';
import { method } from './define.ts';
import { hasValidCheckDigit } from '../../domain/id-number.ts';

/**
 * An ID number typed on the screen (when the card cannot be read): 17 digits and a check character
 * that matches them (GB 11643). Every method that takes a typed number uses this one schema, so a wrong
 * check digit is refused with the same clear words wherever it is typed.
 */
export const typedIdNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{17}[\dX]$/, 'an ID number: 17 digits and a check character')
  .refine(hasValidCheckDigit, 'the ID number\'s check character (the 18th) does not match the first 17 digits (GB 11643)');

export const cardHolderSchema = z.object({
  cardType: z.enum(['resident', 'permit', 'foreign']),
  /** 张*明 */
  nameMasked: z.string(),
  /** 110105********1234 */
  idMasked: z.string(),
  /** Past its 有效期限: the valid-to date (YYYY-MM-DD) it expired on; null while valid (or 长期). */
  expiredOn: z.string().nullable(),
});
export type CardHolder = z.output<typeof cardHolderSchema>;

export const cardStateSchema = z.object({
  /** The card read for this visit, masked; null without one. */
  holder: cardHolderSchema.nullable(),
  /** The visit ended but the card still lies on the reader: ask for it to be taken. */
  cardLeft: z.boolean(),
});
export type CardState = z.output<typeof cardStateSchema>;

export const identityPart = {
  methods: {
    'idcard.current': method({
      summary: 'The card on the reader now (masked), and whether one was left behind.',
      input: z.object({}).strict(),
      output: cardStateSchema,
    }),
    'idcard.forget': method({
      summary: 'The visit ended (finished or idle): forget the card until it is put on the reader again.',
      input: z.object({}).strict(),
      output: z.null(),
    }),
  },
  events: {
    /** A card was read, lifted, or left behind when its visit ended. */
    'idcard.changed': cardStateSchema,
  },
} as const;
