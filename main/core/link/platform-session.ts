// The terminal's standing with the platform: its enrolment (a one-time code traded for a
// credential, kept sealed in the store), and the client every service uses to call the platform.
import type { Clock } from '../../../domain/clock.ts';
import type { Result } from '../../../domain/result.ts';
import { err, ok } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { PlatformClient, type Credentials, type HttpFetch } from '../../platform-client/client.ts';
import type { MetaRepo, SealedBox } from '../../store/index.ts';
import type { Logger } from '../system/event-log.ts';

export interface PlatformSessionOptions {
  readonly baseUrl: string;
  readonly terminalId: string;
  readonly role: 'kiosk' | 'counter' | 'display';
  readonly version: string;
  readonly fetch: HttpFetch;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly meta: MetaRepo;
  readonly box: SealedBox;
  readonly log: Logger;
}

const KEY = 'platform.credential';

export class PlatformSession {
  readonly client: PlatformClient;
  readonly #o: PlatformSessionOptions;
  #credentials: Credentials | null;

  constructor(options: PlatformSessionOptions) {
    this.#o = options;
    this.#credentials = this.#load();
    this.client = new PlatformClient({
      baseUrl: options.baseUrl,
      fetch: options.fetch,
      clock: options.clock,
      timeoutMs: options.timeoutMs,
      credentials: () => this.#credentials,
    });
  }

  /** The credential the platform gave this terminal; null until enrolled. */
  credentials(): Credentials | null {
    return this.#credentials;
  }

  get enrolled(): boolean {
    return this.#credentials !== null;
  }

  /** Enrols with a one-time code unless already enrolled with this platform under this terminal id. */
  async enrol(code: string | undefined): Promise<Result<void>> {
    if (this.#credentials) return ok();
    if (!code) {
      return err(kioskError('platform.unauthorized', 'this terminal is not enrolled with the platform: set platform.enrolmentCode to the code hall staff issued for it'));
    }
    const r = await this.client.call('terminals.enrol', {
      body: { code, terminalId: this.#o.terminalId, role: this.#o.role, version: this.#o.version },
    });
    if (!r.ok) return r;
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'enrolment answered "not modified"'));
    this.#credentials = { terminalId: this.#o.terminalId, credential: r.value.value.credential };
    this.#o.meta.set(KEY, this.#o.box.seal(JSON.stringify({ url: this.#o.baseUrl, ...this.#credentials })).toString('base64'));
    this.#o.log.info('enrolled with the platform', { terminal: this.#o.terminalId });
    return ok();
  }

  /** The platform refused the credential: forget it, so that a new code can enrol the terminal again. */
  forget(): void {
    this.#credentials = null;
    this.#o.meta.set(KEY, '');
  }

  #load(): Credentials | null {
    const stored = this.#o.meta.get(KEY);
    if (!stored) return null;
    const text = this.#o.box.open(Buffer.from(stored, 'base64'));
    if (text === null) {
      this.#o.log.warn('the stored platform credential cannot be opened (key changed?): the terminal must enrol again');
      return null;
    }
    const c = JSON.parse(text) as Credentials & { url: string };
    // A credential belongs to one platform and one terminal id; a changed config needs a new enrolment.
    if (c.url !== this.#o.baseUrl || c.terminalId !== this.#o.terminalId) return null;
    return { terminalId: c.terminalId, credential: c.credential };
  }
}
