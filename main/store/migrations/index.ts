// The numbered migrations, in order. Append only: a released migration is never edited, a change is a
// new number. `version` must equal the position (checked at open).
import type { Migration } from '../../../lib/sqlite.ts';
import m0001 from './0001-meta.ts';
import m0002 from './0002-catalogue.ts';
import m0003 from './0003-outbox.ts';
import m0004 from './0004-offline-tickets.ts';
import m0005 from './0005-forms-state.ts';
import m0006 from './0006-queue-setup.ts';
import m0007 from './0007-notices.ts';
import m0008 from './0008-item-visits.ts';
import m0009 from './0009-admin-guard.ts';

export const migrations: readonly Migration[] = [
  { version: 1, name: 'meta', sql: m0001 },
  { version: 2, name: 'catalogue', sql: m0002 },
  { version: 3, name: 'outbox', sql: m0003 },
  { version: 4, name: 'offline-tickets', sql: m0004 },
  { version: 5, name: 'forms-state', sql: m0005 },
  { version: 6, name: 'queue-setup', sql: m0006 },
  { version: 7, name: 'notices', sql: m0007 },
  { version: 8, name: 'item-visits', sql: m0008 },
  { version: 9, name: 'admin-guard', sql: m0009 },
];
