// The few SQL expressions the platform's services need that SQLite and PostgreSQL write differently,
// in one place (issue 17): each takes the transaction (its `dialect`) and answers the expression.
import type { Queryable } from './storage.ts';

/** A top-level text field of a JSON text column: json_extract on SQLite, ->> on PostgreSQL (the column is text there too). */
export function jsonText(q: Queryable, column: string, field: string): string {
  if (!/^[a-z_]+(\.[a-z_]+)?$/.test(column) || !/^[A-Za-z]+$/.test(field)) throw new Error(`not a column and field: ${column}.${field}`);
  return q.dialect === 'sqlite' ? `json_extract(${column}, '$.${field}')` : `(${column}::jsonb ->> '${field}')`;
}

/**
 * The tie-break after a time column, for rows written in the same millisecond: the order they were
 * written on SQLite (rowid), the given unique column on PostgreSQL (which keeps no insertion order).
 */
export function writtenOrder(q: Queryable, uniqueColumn: string): string {
  if (!/^[a-z_.]+$/.test(uniqueColumn)) throw new Error(`not a column: ${uniqueColumn}`);
  return q.dialect === 'sqlite' ? `${uniqueColumn.includes('.') ? `${uniqueColumn.split('.')[0]}.` : ''}rowid` : uniqueColumn;
}
