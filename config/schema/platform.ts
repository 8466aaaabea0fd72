// The config's `platform` section: the central platform (or the embedded one's database), its phone
// address, enrolment, intervals and TLS.
import { z } from 'zod';

/** A public key pin: the base64 SHA-256 of the certificate's SubjectPublicKeyInfo (as HPKP wrote it). */
const spkiPinSchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'the base64 SHA-256 of the public key (44 characters ending in "=")');

export const platformSchema = z
  .strictObject({
    /** The central platform. Absent: the reference platform runs inside this terminal. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** The embedded platform's database (no `url` only): `sqlite:<path>` or `postgres://user@host:port/db`
     *  (the platform checks it fully at start: platform/store/storage.ts parseDatabaseUrl). Absent: the
     *  SQLite file beside the store, as always. */
    database: z
      .string()
      .regex(/^(sqlite:.|postgres(ql)?:\/\/.)/, 'platform.database must be sqlite:<path> or postgres://user@host:port/database')
      .optional(),
    /** Where phones reach the platform's pages (the QR on slips and guides): absent, the platform's
     *  own address (`url`, or the embedded one's, which is loopback: set this for real phones). */
    publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** The one-time code hall staff issued for this terminal; used once, then the credential is kept. */
    enrolmentCode: z.string().min(6).max(64).optional(),
    healthIntervalSeconds: z.number().min(0.2).max(3600).default(15),
    /** How often the catalogue and forms are synced (with jitter, and at once on reconnection). */
    syncIntervalSeconds: z.number().min(1).max(86_400).default(300),
    heartbeatIntervalSeconds: z.number().min(1).max(3600).default(60),
    requestTimeoutMs: z.number().int().min(100).max(120_000).default(5000),
    /** TLS to the platform (an https `url` only): `caFile`, a PEM file (absolute, or relative to the
     *  config file) whose CAs are then the ONLY ones trusted for the platform (not the system store);
     *  `pinSha256`, the base64 SHA-256 of the platform's public key (SPKI), or several during a key
     *  change: any other key is refused. Used by every request and the event stream. */
    tls: z
      .strictObject({
        caFile: z.string().min(1).optional(),
        pinSha256: z.union([spkiPinSchema, z.array(spkiPinSchema).min(1).max(4)]).optional(),
      })
      .optional(),
  })
  .prefault({});
