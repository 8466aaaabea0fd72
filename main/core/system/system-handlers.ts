// The system part of the contract: who this terminal is (from config) and how it is (platform link,
// devices, catalogue freshness, outbox depth).
import type { Clock } from '../../../domain/clock.ts';
import { ok } from '../../../domain/result.ts';
import type { Config, HallSettings } from '../../../config/schema/index.ts';
import type { AttractLoop, HandlersOf, LiveSettings } from '../../contract/index.ts';
import type { systemPart } from '../../contract/system.ts';
import type { TerminalStatus } from './terminal-status.ts';
import type { VoiceSwitch } from './voice-switch.ts';

export function systemHandlers(s: {
  readonly config: Config;
  readonly clock: Clock;
  readonly version: string;
  readonly status: TerminalStatus;
  readonly voice: VoiceSwitch;
  /** The attract loop in force (it follows the hall's remote playlist). */
  readonly attract: () => AttractLoop;
  /** The hall's settings in force (remote over file): read at each call, so a change applies without a restart. */
  readonly hallSettings?: () => HallSettings;
}): HandlersOf<typeof systemPart> {
  const { config, clock } = s;
  const live = liveSettings(s);
  return {
    'system.getInfo': () =>
      ok({
        terminalId: config.terminal.id,
        role: config.terminal.role,
        hallName: config.terminal.hallName,
        hallArea: config.terminal.hallArea,
        locale: config.terminal.locale,
        idleTimeoutSeconds: live().idleTimeoutSeconds,
        screenWidthMm: config.ui.screenWidthMm ?? null,
        accessibility: { largeText: config.ui.largeText, highContrast: config.ui.highContrast },
        homeEntries: [...config.ui.homeEntries],
        devPage: config.dev.page,
        version: s.version,
        now: clock.now(),
        timeZone: config.queue.timeZone,
        voice: s.voice.settings,
        attract: s.attract(),
        openingHours: live().openingHours,
      }),
    'system.getStatus': () => ok(s.status.snapshot()),
  };
}

/** What a screen applies live of the hall's settings in force (remote over file, file over ui.*):
 *  answered in system.getInfo and pushed as system.settingsChanged. */
export function liveSettings(s: {
  readonly config: Config;
  readonly attract: () => AttractLoop;
  readonly hallSettings?: () => HallSettings;
}): () => LiveSettings {
  return () => {
    const hall = s.hallSettings?.() ?? s.config.hallSettings;
    return {
      idleTimeoutSeconds: hall.idleTimeoutSeconds ?? s.config.ui.idleTimeoutSeconds,
      attract: s.attract(),
      openingHours: hall.openingHours ?? null,
      notices: hall.notices ?? true,
    };
  };
}
