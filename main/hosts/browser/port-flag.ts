// The browser host's port from the command line: `--port N` or `--port=N` (0 picks a free one), else
// the config's. A second terminal on the same machine starts with its own port.
import { err, ok, type Result } from '../../../domain/result.ts';

export function portFromArgs(argv: readonly string[], fallback: number): Result<number, string> {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i < 0) return ok(fallback);
  const given = argv[i] === '--port' ? argv[i + 1] : argv[i]!.slice('--port='.length);
  const port = Number(given);
  if (given === undefined || given.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    return err(`--port must be a whole number from 0 to 65535 (0: any free port), got ${given === undefined ? 'nothing' : `"${given}"`}`);
  }
  return ok(port);
}
