// The reference platform's own schema, numbered like the terminal's (main/store/migrations).
// Append only; each migration's version equals its position.
import type { Migration } from '../../../lib/sqlite.ts';
import m0001 from './0001-terminals.ts';
import m0002 from './0002-queue.ts';
import m0003 from './0003-services.ts';
import m0004 from './0004-notices.ts';
import m0005 from './0005-payments.ts';
import m0006 from './0006-help-calls.ts';
import m0007 from './0007-bookings.ts';
import m0008 from './0008-evaluation-follow-up.ts';
import m0009 from './0009-staff-duty.ts';
import m0010 from './0010-follow-up-records.ts';
import m0011 from './0011-intake.ts';
import m0012 from './0012-transfer-to-window.ts';
import m0014 from './0014-hall-settings.ts';
import m0013 from './0013-form-downloads.ts';
import m0015 from './0015-hall-settings-version.ts';
import m0016 from './0016-hall-scoped-numbering.ts';
import m0017 from './0017-halls.ts';
import m0018 from './0018-hall-catalogue-scope.ts';
import m0019 from './0019-queue-day-scale.ts';

export const platformMigrations: readonly Migration[] = [
  { version: 1, name: 'terminals', sql: m0001 },
  { version: 2, name: 'queue', sql: m0002 },
  { version: 3, name: 'services', sql: m0003 },
  { version: 4, name: 'notices', sql: m0004 },
  { version: 5, name: 'payments', sql: m0005 },
  { version: 6, name: 'help-calls', sql: m0006 },
  { version: 7, name: 'bookings', sql: m0007 },
  { version: 8, name: 'evaluation-follow-up', sql: m0008 },
  { version: 9, name: 'staff-duty', sql: m0009 },
  { version: 10, name: 'follow-up-records', sql: m0010 },
  { version: 11, name: 'intake', sql: m0011 },
  { version: 12, name: 'transfer-to-window', sql: m0012 },
  { version: 13, name: 'form-downloads', sql: m0013 },
  { version: 14, name: 'hall-settings', sql: m0014 },
  { version: 15, name: 'hall-settings-version', sql: m0015 },
  { version: 16, name: 'hall-scoped-numbering', sql: m0016 },
  { version: 17, name: 'halls', sql: m0017 },
  { version: 18, name: 'hall-catalogue-scope', sql: m0018 },
  { version: 19, name: 'queue-day-scale', sql: m0019 },
];
