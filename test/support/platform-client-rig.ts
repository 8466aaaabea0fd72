// What the PlatformClient's tests (test/main/platform-client/client-*.test.ts) share: a reference
// platform seeded for the test day on a ManualClock, started before each test and closed after it, a
// client of it (no credential until `enrol`), a client of a pretend platform whose every answer a test
// makes (`clientOver`, `answering`), and the seeded case and a rating of it.
import { afterEach, beforeEach } from 'vitest';
import type { EvaluationInput } from '../../domain/evaluation.ts';
import { PlatformClient, type Credentials, type HttpFetch } from '../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { sampleCases } from '../../platform/seed/index.ts';
import { ManualClock } from './manual-clock.ts';

export const BUSINESS_DATE = '2026-11-24';
export const CASE = sampleCases(BUSINESS_DATE)[0]!;
export const QUERY = { caseNumber: CASE.caseNumber, queryCode: CASE.queryCode };

/** A rating of CASE from a window's pad, with `over` laid over it. */
export function evaluation(over: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    caseNumber: CASE.caseNumber,
    stage: 'finish',
    level: 'satisfied',
    windowId: 'w-05',
    staffId: 'GA0001',
    channel: 'hallPad',
    ratedAt: '20261124T101500',
    areaCode: '110105',
    ...over,
  };
}

export interface PlatformClientRig {
  /** This test's platform; a test that stops it starts another here (closed after the test). */
  running: RunningPlatform;
  readonly clock: ManualClock;
  readonly client: PlatformClient;
  /** Enrols `client` (as a kiosk unless `role` says otherwise) with a one-time code; returns the code. */
  enrol(terminalId?: string, role?: 'kiosk' | 'counter' | 'display'): Promise<string>;
  /** The credential `client` sends from now on (null: none). */
  useCredentials(c: Credentials | null): void;
  /** A client of a pretend platform whose every answer comes from `fetch`. */
  clientOver(fetch: HttpFetch): PlatformClient;
  /** A client of a pretend platform that answers every call with `text` and `status` (default 200). */
  answering(text: string, status?: number): PlatformClient;
}

/** Registers the set-up and tear-down of each test of the calling file; the rig holds the current test's parts. */
export function platformClientRig(): PlatformClientRig {
  let creds: Credentials | null = null;
  const state = {} as { running: RunningPlatform; clock: ManualClock; client: PlatformClient };
  const rig: PlatformClientRig = {
    get running() {
      return state.running;
    },
    set running(r: RunningPlatform) {
      state.running = r;
    },
    get clock() {
      return state.clock;
    },
    get client() {
      return state.client;
    },
    async enrol(terminalId = 'k1', role = 'kiosk') {
      const code = await state.running.platform.auth.issueEnrolmentCode(terminalId, role);
      const r = await state.client.call('terminals.enrol', { body: { code, terminalId, role, version: '1' } });
      if (!r.ok || r.value.notModified) throw new Error(JSON.stringify(r));
      creds = { terminalId, credential: r.value.value.credential };
      return code;
    },
    useCredentials(c) {
      creds = c;
    },
    clientOver(fetch: HttpFetch) {
      return new PlatformClient({ baseUrl: 'http://platform.test/', clock: state.clock, timeoutMs: 1000, credentials: () => ({ terminalId: 'k1', credential: 'c'.repeat(43) }), fetch });
    },
    answering(text: string, status = 200) {
      return rig.clientOver(async () => ({ status, headers: { get: () => null }, text: async () => text }));
    },
  };
  beforeEach(async () => {
    state.clock = new ManualClock();
    state.running = await startPlatform({ clock: state.clock, version: 'test' });
    await seedReferencePlatform(state.running.platform, BUSINESS_DATE);
    creds = null;
    state.client = new PlatformClient({ baseUrl: state.running.url, fetch: (u, i) => fetch(u, i), clock: state.clock, timeoutMs: 5000, credentials: () => creds });
  });
  afterEach(async () => {
    await state.running.close();
  });
  return rig;
}
