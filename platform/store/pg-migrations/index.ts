// The reference platform's schema on PostgreSQL, run by platform/store/migrate.ts (schema_migrations).
// Its own numbering: 0001-0003 are the SQLite schema up to its migration 0016 translated in one go
// (test/platform/store/schema-parity.test.ts compares every table's columns and indexes with
// SQLite's, so a SQLite migration without its PostgreSQL twin fails). From 0004 on, PostgreSQL's own
// steps too: 0004 the sequence of queue positions (SQLite takes MAX() + 1, serial anyway); 0005 is SQLite's 0017
// (halls), 0006 SQLite's 0018 (each hall's catalogue scope). Append only.
import type { Migration } from '../../../lib/sqlite.ts';
import m0001 from './0001-terminals.ts';
import m0002 from './0002-queue.ts';
import m0003 from './0003-services.ts';
import m0004 from './0004-queue-seq.ts';
import m0005 from './0005-halls.ts';
import m0006 from './0006-hall-catalogue-scope.ts';
import m0007 from './0007-queue-day-scale.ts';

export const pgPlatformMigrations: readonly Migration[] = [
  { version: 1, name: 'terminals', sql: m0001 },
  { version: 2, name: 'queue', sql: m0002 },
  { version: 3, name: 'services', sql: m0003 },
  { version: 4, name: 'queue-seq', sql: m0004 },
  { version: 5, name: 'halls', sql: m0005 },
  { version: 6, name: 'hall-catalogue-scope', sql: m0006 },
  { version: 7, name: 'queue-day-scale', sql: m0007 },
];
