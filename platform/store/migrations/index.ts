// The reference platform's own schema, numbered like the terminal's (main/store/migrations).
// Append only; each migration's version equals its position.
import type { Migration } from '../../../main/store/migrations/index.ts';
import m0001 from './0001-terminals.ts';

export const platformMigrations: readonly Migration[] = [{ version: 1, name: 'terminals', sql: m0001 }];
