// A broken profile's problems as the admin panel says them: in Chinese for a Chinese panel and in
// English for an English one, from what config/profile-switch.ts finds in real files (the name, the
// file alone, the profile on this terminal); the English line the log keeps stays the loader's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import { loadProfile } from '../../../config/profile-switch.ts';
import type { ProfileProblem } from '../../../domain/config-problem.ts';
import { profileProblemWords } from '../../../renderer/src/admin/admin-words.ts';
import { translate } from '../../../renderer/src/i18n/translate.ts';
import type { MessageKey } from '../../../renderer/src/locales/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'profile-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parsed = parseConfig({ environment: 'production', terminal: { id: 'kiosk-07', role: 'kiosk', hallName: '测试大厅' }, store: { path: join(dir, 'hall.db') } });
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const installed = parsed.config;

function problemsOf(name: string, body: string | null): ProfileProblem[] {
  if (body !== null) writeFileSync(join(dir, `${name}.json`), body);
  const r = loadProfile(installed, dir, name);
  if (r.ok) throw new Error(`${name} was taken`);
  return r.found;
}
const say = (locale: 'zh-CN' | 'en', p: ProfileProblem) => profileProblemWords(p, (k: MessageKey, params?: Record<string, string | number>) => translate(locale, k, params));
const kiosk = { terminal: { id: 'x', role: 'kiosk', hallName: '大厅' }, store: { path: ':memory:' } };

describe('profile problem words', () => {
  it('says each kind of problem in Chinese and in English, keeping the key path and the schema words', () => {
    const cases: [ProfileProblem[], string, string, string][] = [
      [problemsOf('torn', '{ "terminal": '), '文件不是有效的 JSON（', 'the file is not valid JSON (', 'profile "torn": not valid JSON: '],
      [problemsOf('gone', null), '文件不存在', 'the file does not exist', 'profile "gone": the file does not exist'],
      [problemsOf('misspelt', JSON.stringify({ ...kiosk, devise: [] })), 'devise：没有这项设置（拼写有误，或此处不能用）', 'devise: unknown setting (misspelt, or not valid here)', 'profile "misspelt": devise: unknown setting (misspelt, or not valid here)'],
      [problemsOf('no-role', JSON.stringify({ ...kiosk, terminal: { id: 'x', hallName: '大厅' } })), 'terminal.role：缺少这一项', 'terminal.role: missing', 'profile "no-role": terminal.role: Invalid option: expected one of "kiosk"|"counter"|"display" (missing)'],
      [problemsOf('bad-role', JSON.stringify({ ...kiosk, terminal: { id: 'x', role: 'kioskk', hallName: '大厅' } })), 'terminal.role：取值 "kioskk" 不符合要求（Invalid option: expected one of "kiosk"|"counter"|"display"）', 'terminal.role: "kioskk" is not valid (Invalid option: expected one of "kiosk"|"counter"|"display")', 'profile "bad-role": terminal.role: Invalid option: expected one of "kiosk"|"counter"|"display" (got "kioskk")'],
      [problemsOf('dev', JSON.stringify({ ...kiosk, environment: 'development', dev: { page: true } })), '用于本终端时：dev.page：取值不符合要求（the developer page cannot be enabled in a production profile）', 'On this terminal: dev.page: not valid (the developer page cannot be enabled in a production profile)', 'profile "dev" on this terminal: dev.page: the developer page cannot be enabled in a production profile'],
      [problemsOf('bad name', null), '文件名不能作为配置方案名：只能用字母、数字、“-”和“_”', 'the file name cannot name a profile: letters, digits, "-" and "_" only', 'profile "bad name": a profile file name without ".json": letters, digits, "-" or "_"'],
    ];
    for (const [problems, zh, en, line] of cases) {
      expect(problems).toHaveLength(1);
      const p = problems[0]!;
      expect(say('zh-CN', p).startsWith(zh), `${say('zh-CN', p)} / ${zh}`).toBe(true);
      expect(say('en', p).startsWith(en), `${say('en', p)} / ${en}`).toBe(true);
      expect(p.line.startsWith(line), `${p.line} / ${line}`).toBe(true);
      // Nothing of the English sentence frame reaches the Chinese words.
      expect(say('zh-CN', p)).not.toMatch(/unknown setting|not valid JSON|does not exist|on this terminal|profile "/);
    }
  });
});
