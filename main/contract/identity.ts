// The ID-card reader's part of the contract: the card on the reader, as a screen may show it:
// masked, never the full number or name.
import { z } from 'zod';
import { method } from './define.ts';

export const cardHolderSchema = z.object({
  cardType: z.enum(['resident', 'permit', 'foreign']),
  /** 张*明 */
  nameMasked: z.string(),
  /** 110105********1234 */
  idMasked: z.string(),
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
