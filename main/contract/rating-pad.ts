// The rating pad's (评价器) and window caller's part of the contract: what was pressed on it.
import { z } from 'zod';

export const ratingPadPressedSchema = z.discriminatedUnion('kind', [
  z.object({
    deviceId: z.string(),
    kind: z.literal('rating'),
    level: z.enum(['verySatisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied']),
  }),
  z.object({
    deviceId: z.string(),
    kind: z.literal('key'),
    key: z.enum(['callNext', 'recall', 'skip', 'transfer', 'pause', 'confirm', 'requestRating']),
  }),
]);
export type RatingPadPressed = z.output<typeof ratingPadPressedSchema>;

export const ratingPadPart = {
  methods: {},
  events: {
    /** A rating or a window key was pressed on a pad. */
    'ratingPad.pressed': ratingPadPressedSchema,
  },
} as const;
