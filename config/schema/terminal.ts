// The config's `terminal` section: who this terminal is, in which hall, in which role and language.
import { z } from 'zod';
import { localeSchema, roleSchema } from '../../domain/terminal.ts';
import { idPattern } from './common.ts';

export const terminalSchema = z.strictObject({
  id: z.string().regex(idPattern, 'letters, digits, "-" or "_", at most 64'),
  role: roleSchema,
  hallName: z.string().min(1),
  hallArea: z.string().default(''),
  locale: localeSchema.default('zh-CN'),
});
