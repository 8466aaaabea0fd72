// The QR/barcode scanner's part of the contract: what it read.
import { z } from 'zod';

export const codeScannedSchema = z.object({
  deviceId: z.string(),
  kind: z.enum(['url', 'caseNumber', 'idNumber', 'appointment', 'other']),
  /** The code as read; for an ID number, the masked form only. */
  value: z.string(),
});
export type CodeScanned = z.output<typeof codeScannedSchema>;

export const scannerPart = {
  methods: {},
  events: {
    /** A code was read by a scanner (an ID number only masked). */
    'scanner.scanned': codeScannedSchema,
  },
} as const;
