// SW3: the reader's own status byte in every response (SW1 SW2 relay the card's APDU status and are
// 00 00 except for some card-side failures). Kept as data: meaning and the error code it maps to.
import { kioskError, type ErrorCode, type KioskError } from '../../domain/errors.ts';

export const SW3_OK = 0x90;
export const SW3_FIND_OK = 0x9f;

export interface Sw3Entry {
  /** Chinese wording of the SAM module documentation. */
  readonly meaning: string;
  readonly english: string;
  /** null for the two success codes. */
  readonly code: ErrorCode | null;
}

export const sw3Table: ReadonlyMap<number, Sw3Entry> = new Map<number, Sw3Entry>([
  [0x90, { meaning: '操作成功', english: 'success', code: null }],
  [0x9f, { meaning: '寻找证/卡成功', english: 'card found', code: null }],
  [0x91, { meaning: '证/卡中此项无内容', english: 'no such item on the card', code: 'idcard.noContent' }],
  [0x10, { meaning: '接收业务终端数据的校验和错', english: 'reader received a bad checksum', code: 'idcard.checksum' }],
  [0x11, { meaning: '接收业务终端数据的长度错', english: 'reader received a bad length', code: 'idcard.length' }],
  [0x21, { meaning: '接收业务终端的命令错误', english: 'command not understood', code: 'idcard.commandRejected' }],
  [0x23, { meaning: '越权操作', english: 'operation not authorised', code: 'idcard.samFailure' }],
  [0x24, { meaning: '无法识别的错误', english: 'unrecognised error', code: 'idcard.readFailed' }],
  [0x31, { meaning: '证/卡认证机具失败', english: 'card failed to authenticate the reader', code: 'idcard.authFailed' }],
  [0x32, { meaning: '机具认证证/卡失败', english: 'reader failed to authenticate the card', code: 'idcard.authFailed' }],
  [0x33, { meaning: '信息验证错误', english: 'information verification failed', code: 'idcard.authFailed' }],
  [0x3f, { meaning: '信息长度错误', english: 'information length error', code: 'idcard.length' }],
  [0x40, { meaning: '无法识别的卡类型', english: 'unknown card type', code: 'idcard.unknownCardType' }],
  [0x41, { meaning: '读证/卡操作失败', english: 'reading the card failed', code: 'idcard.readFailed' }],
  [0x60, { meaning: 'SAM自检失败,不能接收命令', english: 'SAM self-test failed', code: 'idcard.samFailure' }],
  [0x66, { meaning: 'SAM未经授权,无法使用', english: 'SAM not authorised', code: 'idcard.samFailure' }],
  [0x80, { meaning: '寻找证/卡失败', english: 'no card found', code: 'idcard.noCard' }],
  [0x81, { meaning: '选取证/卡失败', english: 'selecting the card failed', code: 'idcard.noCard' }],
]);

export function isSuccess(sw3: number): boolean {
  return sw3 === SW3_OK || sw3 === SW3_FIND_OK;
}

/** Whether the status says the SAM module itself is unusable (the reader, not the card). */
export function isSamFault(sw3: number): boolean {
  return sw3 === 0x60 || sw3 === 0x66 || sw3 === 0x23;
}

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');

/** The error a non-success status stands for; unlisted codes become `idcard.readFailed`. */
export function sw3Error(sw3: number, sw1 = 0, sw2 = 0): KioskError {
  const entry = sw3Table.get(sw3);
  const status = `${hex(sw1)} ${hex(sw2)} ${hex(sw3)}`;
  if (!entry) return kioskError('idcard.readFailed', `reader status ${status}: not a documented SW3`, { sw1, sw2, sw3 });
  return kioskError(entry.code ?? 'internal', `reader status ${status}: ${entry.english} (${entry.meaning})`, { sw1, sw2, sw3 });
}
