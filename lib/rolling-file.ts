// A log file that rolls: `<name>.<n>.log` in a folder, written through sonic-boom (pino's own file
// stream, `pino.destination`), a new file when the current one reaches its size limit and at each local midnight, and only
// the newest `keepFiles` old files kept. Written here instead of pino-roll, which loads the whole of
// date-fns (304 modules, ~0.1 s of a kiosk's start) for a few date sums, and forgets at a restart the
// files it made before (a terminal restarted every night kept every file of earlier days).
//
// At open it continues the newest file if it was written today and is under the limit (a restart
// appends to the day's file), else it starts the next number; the files beyond the kept ones are
// removed at open and after each roll, whichever process made them. Time comes from an injected clock.
import { EventEmitter, once } from 'node:events';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';

/** sonic-boom, pino's own file stream (pino.destination), so no dependency of ours. */
type FileStream = ReturnType<typeof pino.destination>;

/** What the rotation needs of a clock (domain/clock.ts's Clock fits). */
export interface RollClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const hostClock: RollClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface RollingFileOptions {
  readonly dir: string;
  /** Files are `<name>.<n>.log`. */
  readonly name: string;
  /** The current file is left for the next one once it holds this many bytes (> 0). */
  readonly maxBytes: number;
  /** Old files kept besides the current one (>= 0). */
  readonly keepFiles: number;
  readonly clock?: RollClock;
}

export interface Rolled {
  /** The file now written. */
  readonly file: string;
  /** The old files removed (beyond keepFiles). */
  readonly removed: readonly string[];
  /** Removals that failed, each as "file: why" (the file is left; the next roll tries again). */
  readonly problems: readonly string[];
}

export interface RollingFile {
  /** The stream to write to (pino's destination). */
  readonly stream: FileStream;
  /** What the open removed (old files beyond keepFiles) or failed to. */
  readonly removedAtOpen: Rolled;
  /** The path of the file written now. */
  current(): string;
  /** After each roll and its removals. */
  on(event: 'rolled', listener: (rolled: Rolled) => void): void;
  off(event: 'rolled', listener: (rolled: Rolled) => void): void;
  /** Writes out what is buffered, then closes the file and stops the daily timer. */
  close(): Promise<void>;
}

/** The local midnight after `ms`. */
export function nextLocalMidnight(ms: number): number {
  const d = new Date(ms);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** The local midnight at or before `ms`. */
export function localDayStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The numbers of the folder's `<name>.<n>.log` files, ascending. */
async function numbersIn(dir: string, name: string): Promise<number[]> {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.log$`);
  return (await readdir(dir))
    .map((f) => pattern.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export async function openRollingFile(options: RollingFileOptions): Promise<RollingFile> {
  if (!(options.maxBytes > 0)) throw new Error(`log file ${options.name}: maxBytes must be more than 0 (was ${options.maxBytes})`);
  if (!Number.isInteger(options.keepFiles) || options.keepFiles < 0) throw new Error(`log file ${options.name}: keepFiles must be a whole number >= 0 (was ${options.keepFiles})`);
  if (!/^[\w-]+$/.test(options.name)) throw new Error(`log file name "${options.name}": letters, digits, - and _ only`);
  const clock = options.clock ?? hostClock;
  const { dir, name, maxBytes, keepFiles } = options;
  const pathOf = (n: number) => join(dir, `${name}.${n}.log`);
  await mkdir(dir, { recursive: true });

  const existing = await numbersIn(dir, name);
  let number = existing.at(-1) ?? 0;
  let size = 0;
  const newest = number ? await stat(pathOf(number)).catch(() => null) : null;
  // A restart the same day goes on in the day's file; a new day, or a full file, starts the next one.
  if (newest && newest.mtimeMs >= localDayStart(clock.now()) && newest.size < maxBytes) size = newest.size;
  else number++;

  let stream: FileStream;
  try {
    stream = pino.destination({ dest: pathOf(number), append: true, mkdir: true, sync: true });
  } catch (e) {
    throw new Error(`log file ${pathOf(number)} cannot be opened: ${(e as Error).message}`, { cause: e });
  }
  await once(stream, 'ready');
  const events = new EventEmitter();
  let closed = false;

  const prune = async (): Promise<Rolled> => {
    const removed: string[] = [];
    const problems: string[] = [];
    const old = (await numbersIn(dir, name).catch(() => [])).filter((n) => n < number);
    for (const n of old.slice(0, Math.max(0, old.length - keepFiles))) {
      try {
        await unlink(pathOf(n));
        removed.push(pathOf(n));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${pathOf(n)}: ${(e as Error).message}`);
      }
    }
    return { file: pathOf(number), removed, problems };
  };

  let rolling = false;
  const roll = () => {
    if (closed || rolling) return;
    rolling = true;
    number++;
    size = 0;
    // sonic-boom finishes the write in progress (the line that reached the limit) into the old file,
    // then opens the new one.
    stream.once('ready', () => {
      rolling = false;
      void prune().then((rolled) => events.emit('rolled', rolled));
    });
    stream.reopen(pathOf(number));
  };

  // Synchronous writes (pino.destination's default): each line is on disk when the call returns, so a
  // crash loses none, and the bytes counted are the file's (a kiosk logs a few lines a second).
  stream.on('write', (bytes: number) => {
    size += bytes;
    if (size >= maxBytes) roll();
  });

  let timer: unknown = null;
  const scheduleMidnight = () => {
    timer = clock.setTimeout(() => {
      // A day with nothing written keeps its empty file for the next day.
      if (size > 0) roll();
      scheduleMidnight();
    }, nextLocalMidnight(clock.now()) - clock.now());
    // The timer alone never keeps a process alive.
    (timer as { unref?: () => void } | null)?.unref?.();
  };
  scheduleMidnight();
  // The files beyond the kept ones, left by earlier processes (or by a smaller keepFiles before).
  const atOpen = await prune();

  return {
    stream,
    removedAtOpen: atOpen,
    current: () => pathOf(number),
    on: (event, listener) => void events.on(event, listener),
    off: (event, listener) => void events.off(event, listener),
    close: () =>
      new Promise<void>((resolve) => {
        if (closed) return resolve();
        closed = true;
        clock.clearTimeout(timer);
        stream.once('close', () => resolve());
        stream.end();
      }),
  };
}
