// The config's `store` and `log` sections: where the terminal keeps its data and key, and its log files.
import { z } from 'zod';

export const storeSchema = z
  .strictObject({
    /** The SQLite file, relative to the working directory; ":memory:" for throw-away runs. */
    path: z.string().min(1).default('var/hall.db'),
    /** The key that seals personal data and secrets at rest; made on first start. Default: next to the database. */
    keyPath: z.string().min(1).optional(),
  })
  .prefault({});

export const logSchema = z
  .strictObject({
    /** The folder of the JSON-lines log files (rotated); default: `logs` beside the database. null: no files. */
    dir: z.string().min(1).nullable().optional(),
    /** The lowest level written to the files and the console. */
    level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** A file is rotated each day, and sooner when it reaches this size (MB). */
    maxSizeMb: z.number().int().min(1).max(1024).default(20),
    /** Files kept besides the current one (the oldest are deleted): 14 daily files are two weeks. */
    keepFiles: z.number().int().min(1).max(1000).default(14),
    /** Readable lines on stdout too; default: in development only. */
    console: z.boolean().optional(),
  })
  .prefault({});
