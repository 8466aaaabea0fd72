// How a serial QR/barcode scanner frames what it reads. Scanners are programmed (by scanning setup
// codes from their manual) to add a terminator and optionally a prefix/suffix; this must match.
// The zod schema is for config/ to embed; the codec and driver take the parsed value.
import { z } from 'zod';

const byte = z.number().int().min(0).max(0xff);

const lineShape = {
  /** What ends a code: CR (0D), LF (0A) or CR LF. */
  terminator: z.enum(['CR', 'LF', 'CRLF']).default('CR'),
  /** Bytes the scanner puts before every code (e.g. STX 02, or an AIM id); stripped when present. */
  prefix: z.array(byte).max(16).default([]),
  /** Bytes the scanner puts after every code, before the terminator (e.g. ETX 03); stripped when present. */
  suffix: z.array(byte).max(16).default([]),
  /** Longest code accepted, in bytes, prefix and suffix excluded. */
  maxLength: z.number().int().min(1).max(8192).default(1024),
  /** Character set of the code's bytes: UTF-8, or GB18030 (older scanners, GBK-era QR codes). */
  encoding: z.enum(['utf8', 'gb18030']).default('utf8'),
};

/** CR or LF inside a prefix or suffix would end a line in the middle of it. */
function noLineBreaks(c: { prefix: number[]; suffix: number[] }, ctx: z.RefinementCtx): void {
  for (const key of ['prefix', 'suffix'] as const) {
    const at = c[key].findIndex((b) => b === 0x0d || b === 0x0a);
    if (at >= 0) ctx.addIssue({ code: 'custom', path: [key, at], message: 'CR (0x0D) and LF (0x0A) are terminators, not prefix or suffix bytes' });
  }
}

export const scannerLineConfigSchema = z.strictObject(lineShape).superRefine(noLineBreaks);

export type ScannerLineConfig = z.output<typeof scannerLineConfigSchema>;

export const scannerConfigSchema = z
  .strictObject({
    ...lineShape,
    /** A partial code with no new byte for this long is dropped (`scanner.incomplete`). */
    lineTimeoutMs: z.number().int().min(10).max(60_000).default(500),
    /** The same code read again within this window is ignored (a phone held under the scanner). 0: off. */
    repeatWindowMs: z.number().int().min(0).max(60_000).default(1500),
  })
  .superRefine(noLineBreaks);

export type ScannerConfig = z.output<typeof scannerConfigSchema>;

/** The defaults, for code that builds a scanner without a config file. */
export const defaultScannerConfig: ScannerConfig = scannerConfigSchema.parse({});
