// The reference platform's own schema, numbered like the terminal's (main/store/migrations).
// Append only; each migration's version equals its position.
import type { Migration } from '../../../lib/sqlite.ts';
import m0001 from './0001-terminals.ts';
import m0002 from './0002-queue.ts';
import m0003 from './0003-services.ts';
import m0004 from './0004-notices.ts';
import m0008 from './0008-evaluation-follow-up.ts';

export const platformMigrations: readonly Migration[] = [
  { version: 1, name: 'terminals', sql: m0001 },
  { version: 2, name: 'queue', sql: m0002 },
  { version: 3, name: 'services', sql: m0003 },
  { version: 4, name: 'notices', sql: m0004 },
  // Reserved number 0008 (parallel branches hold 0005-0007); its version is its position until they merge.
  { version: 5, name: 'evaluation-follow-up', sql: m0008 },
];
