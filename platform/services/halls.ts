// The halls of one platform (issue 17: several halls in one platform): each hall has its own queue
// configuration, numbering, opening hours, settings, notices, staff and help calls, keyed by its id;
// a terminal enrols into one (terminal-auth.ts) and every request it makes is served in its hall.
// The hall `default` exists from the migration on (the embedded platform and `npm start` know no
// other). Over the platform's storage: each method works in the caller's transaction or its own.
import type { Storage, Transaction } from '../store/storage.ts';
import { within } from '../store/within.ts';

/** The hall every terminal belongs to unless enrolled into another. */
export const DEFAULT_HALL = 'default';

/** A hall id: lower-case letters, digits, - and _, starting with a letter or digit, at most 32. */
export const HALL_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;

export interface Hall {
  readonly id: string;
  readonly name: string;
}

/** A hall id or name that cannot be stored, or a hall that does not exist, said plainly. */
export class HallError extends Error {
  override name = 'HallError';
}

export function checkHallId(id: string): string {
  if (!HALL_ID.test(id)) throw new HallError(`hall id "${id}": lower-case letters, digits, - and _ only, starting with a letter or digit, at most 32`);
  return id;
}

export class HallStore {
  readonly #storage: Storage;
  readonly #now: () => number;

  constructor(storage: Storage, now: () => number) {
    this.#storage = storage;
    this.#now = now;
  }

  /** Adds a hall; an existing one keeps its name (false), a new one answers true. */
  async create(hall: Hall, q?: Transaction): Promise<boolean> {
    checkHallId(hall.id);
    const name = hall.name.trim();
    if (name === '' || name.length > 100) throw new HallError(`hall "${hall.id}": a name of 1 to 100 characters is needed, got "${hall.name}"`);
    return within(this.#storage, q, async (tx) =>
      (await tx.run('INSERT INTO halls (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [hall.id, name, this.#now()])).changes === 1,
    );
  }

  async get(id: string, q?: Transaction): Promise<Hall | null> {
    return within(this.#storage, q, (tx) => tx.one<Hall>('SELECT id, name FROM halls WHERE id = ?', [id]));
  }

  /** The hall, or a HallError naming the halls there are. */
  async require(id: string, q?: Transaction): Promise<Hall> {
    return within(this.#storage, q, async (tx) => {
      const hall = await this.get(id, tx);
      if (hall) return hall;
      const known = (await this.list(tx)).map((h) => h.id);
      throw new HallError(`no hall "${id}" in this platform (halls: ${known.join(', ')}): create it first (npm run platform -- --hall=${HALL_ID.test(id) ? id : 'ID'}:NAME)`);
    });
  }

  async list(q?: Transaction): Promise<Hall[]> {
    return within(this.#storage, q, (tx) => tx.query<Hall>('SELECT id, name FROM halls ORDER BY id'));
  }
}
