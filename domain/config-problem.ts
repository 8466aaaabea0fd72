// One problem of a terminal's configuration, as data: the loader (config/load.ts) says it as one English
// line naming the key path and what was expected (`configProblemLine`, for the console and the log);
// the admin panel says it in the staff's language from its text tables, the key path and the schema's
// own words kept as they are. A profile's problems (config/profile-switch.ts) say where they arose.
import { z } from 'zod';

export const configProblemSchema = z.discriminatedUnion('kind', [
  /** The file is not there. */
  z.object({ kind: z.literal('noFile') }),
  /** The file cannot be read: the system's code (EACCES...). */
  z.object({ kind: z.literal('unreadable'), code: z.string() }),
  /** Not JSON: the parser's words. */
  z.object({ kind: z.literal('notJson'), detail: z.string() }),
  /** A key the schema does not know (misspelt, or not valid there). */
  z.object({ kind: z.literal('unknownSetting'), key: z.string() }),
  /** A key the schema needs, absent: the schema's words for what it expected. */
  z.object({ kind: z.literal('missing'), key: z.string(), expected: z.string() }),
  /** A value the schema refuses: its words, and the value as JSON (null: an object or a list). */
  z.object({ kind: z.literal('invalid'), key: z.string(), expected: z.string(), got: z.string().nullable() }),
  /** Anything else, said whole (a file the config names that cannot be used). */
  z.object({ kind: z.literal('other'), text: z.string() }),
]);
export type ConfigProblem = z.infer<typeof configProblemSchema>;

/** The problem as the loader's one English line: `key.path: what was expected (got ...)`. */
export function configProblemLine(p: ConfigProblem): string {
  switch (p.kind) {
    case 'noFile':
      return 'the file does not exist';
    case 'unreadable':
      return `cannot read the file (${p.code})`;
    case 'notJson':
      return `not valid JSON: ${p.detail}`;
    case 'unknownSetting':
      return `${p.key}: unknown setting (misspelt, or not valid here)`;
    case 'missing':
      return `${p.key}: ${p.expected} (missing)`;
    case 'invalid':
      return `${p.key}: ${p.expected}${p.got === null ? '' : ` (got ${p.got})`}`;
    case 'other':
      return p.text;
    default:
      return p satisfies never;
  }
}

/** A profile's problem: found in its file name, in its file alone, or once laid over this terminal's config. */
export const profileProblemSchema = z.object({
  stage: z.enum(['name', 'file', 'terminal']),
  problem: configProblemSchema,
  /** The English line, as the log says it (`profile "NAME": ...`). */
  line: z.string(),
});
export type ProfileProblem = z.infer<typeof profileProblemSchema>;
