// A call display terminal's config (role display) for the e2e tests (test/e2e/display-rig.ts) and the
// benches: enrolled on a reference platform the caller runs, or on none (the platform unreachable).
import type { ConfigInput } from '../../config/schema/index.ts';
import type { RunningPlatform } from '../../platform/server.ts';
import { testConfig } from './terminal-process.ts';

export interface DisplayOptions {
  /** Default e2e-display. */
  readonly terminalId?: string;
  /** The config's display block (which calls, languages, repeat...). Default: one announcement a call, Chinese. */
  readonly display?: ConfigInput['display'];
  readonly ui?: ConfigInput['ui'];
  readonly locale?: 'zh-CN' | 'en';
  /** Default 1920x1080 (landscape). */
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** A display terminal's config, enrolled on `platform` (null: none, the platform unreachable). */
export async function displayConfig(platform: RunningPlatform | null, o: DisplayOptions = {}): Promise<ConfigInput> {
  const id = o.terminalId ?? 'e2e-display';
  const base = testConfig({ ui: { screenWidthMm: 1218, ...o.ui } });
  return {
    ...base,
    terminal: { id, role: 'display', hallName: '明湖区政务服务中心', hallArea: '一楼 候号区', locale: o.locale ?? 'zh-CN' },
    display: { repeat: 1, staleSeconds: 3, ...o.display },
    platform: platform
      ? { url: platform.url, enrolmentCode: await platform.platform.auth.issueEnrolmentCode(id, 'display'), healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 }
      : { url: 'http://127.0.0.1:9/', healthIntervalSeconds: 0.3, requestTimeoutMs: 500 },
  };
}

