// Personal fields of a record sealed inside its JSON body (lib/sealed-box.ts), so the rest of the body
// stays queryable (json_extract on a reference or a rating time) while a name, a phone, a text or a
// form's values are never on disk in clear. A sealed value is a string `sealed:<base64>`; a value
// without the prefix (a row written before sealing) reads as it is.
import type { SealedBox } from '../../lib/sealed-box.ts';

const PREFIX = 'sealed:';

/** Whether a stored value is one sealValue wrote. */
export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** An SQL condition true when a row's body holds the field in clear (present and not sealed). */
export function fieldInClearSql(field: string): string {
  if (!/^[A-Za-z]+$/.test(field)) throw new Error(`not a field name: ${field}`);
  return `(json_type(body, '$.${field}') IS NOT NULL AND json_type(body, '$.${field}') <> 'null' AND NOT (json_type(body, '$.${field}') = 'text' AND json_extract(body, '$.${field}') LIKE '${PREFIX}%'))`;
}

export function sealValue(box: SealedBox, value: unknown): string {
  return PREFIX + box.seal(JSON.stringify(value)).toString('base64');
}

/** The value sealValue sealed; a value that is not sealed as it is; throws when it cannot be opened (another key, tampered). */
export function openValue(box: SealedBox, value: unknown): unknown {
  if (!isSealed(value)) return value;
  const plain = box.open(Buffer.from(value.slice(PREFIX.length), 'base64'));
  if (plain === null) throw new Error('a sealed field cannot be opened: the platform key is not the one it was sealed with, or the row was altered');
  return JSON.parse(plain) as unknown;
}

/** The record's JSON with the named fields (those present) sealed. */
export function sealedJson(box: SealedBox, record: object, fields: readonly string[]): string {
  const out: Record<string, unknown> = { ...record };
  for (const f of fields) if (out[f] !== undefined) out[f] = sealValue(box, out[f]);
  return JSON.stringify(out);
}

/** A body sealedJson wrote, its fields opened. */
export function openJson<T>(box: SealedBox, json: string, fields: readonly string[]): T {
  const out = JSON.parse(json) as Record<string, unknown>;
  for (const f of fields) if (out[f] !== undefined) out[f] = openValue(box, out[f]);
  return out as T;
}
