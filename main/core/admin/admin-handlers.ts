// The admin part of the contract. admin.gesture and admin.unlock are open to any screen; every other
// method answers admin.locked unless this connection holds an open session (AdminGuard.use). Each
// action is logged (never the PIN).
import { kioskError } from '../../../domain/errors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import { routes } from '../../../domain/api/routes.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { OverrideChange, OverrideResult } from '../../../config/local-override.ts';
import type { listProfiles } from '../../../config/profile-switch.ts';
import type { adminPart, AdminSync } from '../../contract/admin.ts';
import type { CallContext, HandlersOf } from '../../contract/index.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { StatusSnapshot } from '../../contract/system.ts';
import type { CatalogueSync } from '../catalogue/catalogue-sync.ts';
import type { DeviceManager } from '../devices/device-manager.ts';
import type { DeviceBoard } from '../devices/device-board.ts';
import type { RemoteConfig } from '../system/remote-config.ts';
import type { EventLog } from '../system/event-log.ts';
import type { AdminGuard } from './admin-guard.ts';
import type { HostControl } from './host-control.ts';
import { networkCheck, type NetworkProbes } from './network-check.ts';

export interface AdminDeps {
  readonly guard: AdminGuard;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: EventLog;
  readonly status: () => StatusSnapshot;
  readonly hardware: DeviceManager;
  readonly devices: DeviceBoard;
  readonly sync: CatalogueSync;
  readonly remoteConfig: RemoteConfig;
  readonly platformUrl: string;
  readonly host: HostControl | null;
  /** Writes a role or profile switch beside the store (config/local-override.ts), checked by the config schema. */
  readonly writeOverride: (change: OverrideChange, stamp: { writtenAt: string; writtenBy: string }) => OverrideResult;
  /** The profiles folder, and its profiles each checked as a switch would (config/profile-switch.ts). */
  readonly profilesFolder: string;
  readonly listProfiles: () => ReturnType<typeof listProfiles>;
  readonly probes?: NetworkProbes;
}

/** How long a restart or exit waits, so that its answer reaches the screen first. */
export const HOST_ACTION_DELAY_MS = 300;

export function adminHandlers(d: AdminDeps): HandlersOf<typeof adminPart> {
  const log = d.log.for('admin');
  let pendingRole: Config['terminal']['role'] | null = null;
  let pendingProfile: string | null = null;
  const stamp = () => ({ writtenAt: new Date(d.clock.now()).toISOString(), writtenBy: 'admin panel' });
  const locked = err(kioskError('admin.locked', 'the admin panel is locked: unlock it with the PIN'));
  /** Runs f only within an open session of this connection. */
  const open = <T>(ctx: CallContext, what: string, f: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> | Result<T> => {
    if (!d.guard.use(ctx.connectionId)) {
      log.warn('admin action refused: no open session', { action: what, connection: ctx.connectionId });
      return locked;
    }
    return f();
  };
  const hostAction = (kind: 'restart' | 'exit', reason: string): Result<null> => {
    const host = d.host;
    if (!host) return err(kioskError('admin.noHost', `this terminal has no host that can ${kind} it`));
    log.warn(kind === 'restart' ? 'restart asked from the admin panel' : 'exit asked from the admin panel', { reason });
    d.clock.setTimeout(() => (kind === 'restart' ? host.restart(reason) : host.exit(reason)), HOST_ACTION_DELAY_MS);
    return ok(null);
  };
  return {
    'admin.gesture': (_input, ctx) => ok(d.guard.gesture(ctx.connectionId)),
    'admin.unlock': async ({ pin }, ctx) => ok(await d.guard.unlock(pin, ctx.connectionId)),
    'admin.status': (_input, ctx) =>
      open(ctx, 'status', () =>
        ok({
          now: new Date(d.clock.now()).toISOString(),
          terminal: { id: d.config.terminal.id, role: d.config.terminal.role, profile: d.config.profile },
          pendingRole,
          snapshot: d.status(),
        }),
      ),
    'admin.selfTest': ({ deviceId }, ctx) =>
      open(ctx, 'selfTest', async () => {
        const r = await d.hardware.selfTest(deviceId);
        log.info(r.ok ? 'self-test passed' : 'self-test failed', { device: deviceId, ...(r.ok ? { did: r.value } : { code: r.error.code }) });
        return r.ok ? ok({ deviceId, passed: true as const, did: r.value }) : r;
      }),
    'admin.testPrint': (_input, ctx) =>
      open(ctx, 'testPrint', async () => {
        const printer = d.devices.list().find((x) => x.kind === 'printer');
        if (!printer) return err(kioskError('device.notConfigured', 'this terminal has no ticket printer'));
        const r = await d.hardware.selfTest(printer.id);
        log.info(r.ok ? 'test print done' : 'test print failed', { device: printer.id, ...(r.ok ? {} : { code: r.error.code }) });
        return r.ok ? ok({ deviceId: printer.id, did: r.value }) : r;
      }),
    'admin.syncNow': (_input, ctx) =>
      open<AdminSync>(ctx, 'syncNow', async () => {
        log.info('sync asked from the admin panel');
        const r = await d.sync.syncNow();
        const settings = d.remoteConfig.status();
        if (!r.ok) {
          log.warn('sync from the admin panel failed', { code: r.error.code });
          return ok({ ok: false, outcome: null, version: d.sync.state().version, changed: 0, error: { code: r.error.code, message: r.error.message }, settings });
        }
        log.info('sync from the admin panel done', { outcome: r.value.outcome, version: r.value.version, changed: r.value.changed });
        return ok({ ok: true, outcome: r.value.outcome, version: r.value.version, changed: r.value.changed, error: null, settings });
      }),
    'admin.networkCheck': (_input, ctx) =>
      open(ctx, 'networkCheck', async () => {
        const r = await networkCheck(d.platformUrl, routes['system.health'].path, d.config.platform.requestTimeoutMs, d.probes);
        log.info('network check', { verdict: r.verdict, steps: r.steps.map((s) => `${s.step}:${s.ok ? 'ok' : 'failed'}:${s.ms ?? '-'}ms`).join(' ') });
        return ok(r);
      }),
    // The ring's entries are redacted when written (event-log.ts, domain/log-redaction.ts).
    'admin.recentLog': ({ limit }, ctx) => open(ctx, 'recentLog', () => ok(d.log.recent(limit).reverse())),
    'admin.setRole': ({ role }, ctx) =>
      open(ctx, 'setRole', () => {
        const written = d.writeOverride({ role }, stamp());
        if (!written.ok) {
          log.warn('role switch refused', { role, problems: written.problems });
          return err(kioskError('admin.roleRefused', `the role "${role}" cannot be taken with this config: ${written.problems.join('; ')}`, { problems: written.problems }));
        }
        pendingRole = role;
        log.warn('role switched from the admin panel: applied at the restart', { from: d.config.terminal.role, to: role });
        const r = hostAction('restart', `role switched to ${role}`);
        return r.ok ? ok({ role, restarting: true as const }) : r;
      }),
    'admin.profiles': (_input, ctx) =>
      open(ctx, 'profiles', () => {
        const listed = d.listProfiles();
        return ok({
          folder: d.profilesFolder,
          current: d.config.profile,
          pending: pendingProfile,
          profiles: listed.ok ? listed.entries.map((e) => ({ ...e, devices: [...e.devices], problems: e.problems.map((p) => ({ ...p })) })) : [],
          problem: listed.ok ? null : { line: listed.problem, code: listed.code },
        });
      }),
    'admin.setProfile': ({ name }, ctx) =>
      open(ctx, 'setProfile', () => {
        const listed = d.listProfiles();
        const refuse = (problems: string[]) => {
          log.warn('profile switch refused', { profile: name, problems });
          return err(kioskError('admin.profileRefused', `the profile "${name}" cannot be taken: ${problems.join('; ')}`, { problems }));
        };
        if (!listed.ok) return refuse([listed.problem]);
        if (!listed.entries.some((e) => e.name === name)) return refuse([`no profile "${name}" in ${d.profilesFolder}`]);
        const written = d.writeOverride({ profile: name }, stamp());
        if (!written.ok) return refuse(written.problems);
        pendingProfile = name;
        pendingRole = null;
        log.warn('profile switched from the admin panel: applied at the next start', { from: d.config.profile, to: name, role: written.config.terminal.role, folder: d.profilesFolder });
        return ok({ name, role: written.config.terminal.role, appliesAtNextStart: true as const });
      }),
    'admin.restart': (_input, ctx) =>
      open(ctx, 'restart', () => {
        const r = hostAction('restart', 'admin panel');
        return r.ok ? ok({ restarting: true as const }) : r;
      }),
    'admin.exit': (_input, ctx) =>
      open(ctx, 'exit', () => {
        const r = hostAction('exit', 'admin panel');
        return r.ok ? ok({ exiting: true as const }) : r;
      }),
    'admin.lock': (_input, ctx) => {
      d.guard.lock(ctx.connectionId);
      return ok(null);
    },
  };
}
