// The SAM module's commands (CMD PARA) as data, and their ready-made frames.
import { encodeCommand } from './frame.codec.ts';

export const commands = {
  samReset: { cmd: 0x10, para: 0xff },
  samStatus: { cmd: 0x11, para: 0xff },
  samId: { cmd: 0x12, para: 0xff },
  findCard: { cmd: 0x20, para: 0x01 },
  selectCard: { cmd: 0x20, para: 0x02 },
  readText: { cmd: 0x30, para: 0x01 },
  readNewestAddress: { cmd: 0x30, para: 0x03 },
  readWithFingerprint: { cmd: 0x30, para: 0x10 },
} as const;

export type CommandName = keyof typeof commands;

export function commandFrame(name: CommandName): Uint8Array {
  const { cmd, para } = commands[name];
  return encodeCommand(cmd, para);
}

/** Which command a received CMD PARA is, if any. */
export function commandName(cmd: number, para: number): CommandName | null {
  for (const [name, c] of Object.entries(commands) as [CommandName, { cmd: number; para: number }][]) {
    if (c.cmd === cmd && c.para === para) return name;
  }
  return null;
}

/** The SAM id is 16 bytes; readers show it as `05.01-20101111-0012345678-2157498467`. */
export const SAM_ID_LENGTH = 16;

function u16le(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32le(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

/**
 * Formats the SAM id as vendor tools print it: two little-endian u16 then three little-endian u32,
 * zero padded to 2, 2, 8, 10 and 10 digits. The layout is a vendor convention; the raw bytes are
 * authoritative.
 */
export function formatSamId(bytes: Uint8Array): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(u16le(bytes, 0), 2)}.${pad(u16le(bytes, 2), 2)}-${pad(u32le(bytes, 4), 8)}-${pad(u32le(bytes, 8), 10)}-${pad(u32le(bytes, 12), 10)}`;
}
