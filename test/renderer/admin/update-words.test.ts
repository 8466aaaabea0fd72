// The self-updater's state as the admin panel says it, in Chinese and English, for every state (the
// browser host has no updater, so the e2e sees only "off"; each other state is checked here).
import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../domain/health.ts';
import { translate } from '../../../renderer/src/i18n/translate.ts';
import { updateWords } from '../../../renderer/src/admin/admin-words.ts';
import type { MessageKey } from '../../../renderer/src/locales/index.ts';

const base: UpdateStatus = { state: 'idle', currentVersion: '1.4.0', offeredVersion: null, percent: null, installAt: '03:30', error: null, lastCheckAt: '2026-12-08T02:00:00.000Z' };
const time = (iso: string) => `<${iso.slice(11, 16)}>`;
const say = (locale: 'zh-CN' | 'en', u: UpdateStatus | null) => updateWords(u, (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p), time);

describe('update words', () => {
  it('says each state with its versions, percent, quiet hour, error and last check', () => {
    const cases: [UpdateStatus | null, string, string][] = [
      [null, '自动更新：本机不自动更新（浏览器方式运行、deb 安装包或未设置更新服务器）。', 'Updates: this terminal does not update itself (browser host, deb package or no update server set).'],
      [base, '自动更新：1.4.0 已是最新版本。（上次检查 <02:00>）', 'Updates: version 1.4.0 is the newest. (last checked <02:00>)'],
      [{ ...base, lastCheckAt: null }, '自动更新：1.4.0 已是最新版本。（启动后尚未检查）', 'Updates: version 1.4.0 is the newest. (not checked since the start)'],
      [{ ...base, state: 'checking' }, '自动更新：正在向本厅更新服务器检查…', 'Updates: checking the hall\'s update server…'],
      [{ ...base, state: 'available', offeredVersion: '1.5.0' }, '自动更新：发现新版本 1.5.0，正在下载。', 'Updates: version 1.5.0 found, downloading.'],
      [{ ...base, state: 'downloading', offeredVersion: '1.5.0', percent: 42 }, '自动更新：正在下载新版本 1.5.0，已完成 42%。', 'Updates: downloading version 1.5.0, 42%.'],
      [{ ...base, state: 'downloaded', offeredVersion: '1.5.0', percent: 100 }, '自动更新：新版本 1.5.0 已下载，将于 03:30 无人使用时安装。', 'Updates: version 1.5.0 downloaded; installed at 03:30 when nobody is at the terminal.'],
      [{ ...base, state: 'installing', offeredVersion: '1.5.0' }, '自动更新：正在安装新版本 1.5.0，终端将重启。', 'Updates: installing version 1.5.0; the terminal restarts.'],
      [{ ...base, state: 'error', error: 'net::ERR_CONNECTION_REFUSED' }, '自动更新出错：net::ERR_CONNECTION_REFUSED。下次检查时会再试。（上次检查 <02:00>）', 'Updates failed: net::ERR_CONNECTION_REFUSED. Tried again at the next check. (last checked <02:00>)'],
    ];
    for (const [u, zh, en] of cases) {
      expect(say('zh-CN', u)).toBe(zh);
      expect(say('en', u)).toBe(en);
    }
  });
});
