// The lint rules that keep the architecture honest, checked on snippets placed where they would live.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/terminal-process.ts';

const eslint = new ESLint({ cwd: repoRoot });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('forbids electron outside main/hosts/electron', async () => {
    expect(await problems('main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      expect.stringContaining('only in main/hosts/electron'),
    ]);
    expect(await problems('main/hosts/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('forbids Node built-ins in the renderer', async () => {
    const found = await problems('renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n");
    expect(found).toEqual([expect.stringContaining('no Node built-ins')]);
    expect(await problems('renderer/src/x.ts', "import fs from 'fs';\nexport const r = fs;\n")).toHaveLength(1);
  });

  it('lets the renderer import main/contract and nothing else of main/', async () => {
    expect(await problems('renderer/src/x.ts', "import { ok } from '../../main/contract/index.ts';\nexport const o = ok;\n")).toEqual([]);
    expect(await problems('renderer/src/x.ts', "import { RpcServer } from '../../main/rpc/server.ts';\nexport const s = RpcServer;\n")).toEqual([
      expect.stringContaining('only main/contract'),
    ]);
    expect(await problems('renderer/src/api/x.ts', "import { openDatabase } from '../../../main/store/index.ts';\nexport const o = openDatabase;\n")).toHaveLength(1);
  });

  it('keeps main/contract free of node, electron and react', async () => {
    expect(await problems('main/contract/x.ts', "import { EventEmitter } from 'node:events';\nexport const e = EventEmitter;\n")).toHaveLength(1);
    expect(await problems('main/contract/x.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toHaveLength(1);
    expect(await problems('main/contract/x.ts', "import { RpcServer } from '../rpc/server.ts';\nexport const s = RpcServer;\n")).toHaveLength(1);
    expect(await problems('main/contract/x.ts', "import { ticketSchema } from '../../domain/queue.ts';\nexport const t = ticketSchema;\n")).toEqual([]);
  });
});

/** One import line placed in `file`, and whether the boundary rules let it through. */
async function allowed(file: string, from: string): Promise<boolean> {
  return (await problems(file, `import * as m from '${from}';\nexport const x = m;\n`)).length === 0;
}

describe('the import rules of every top-level folder (README of each)', () => {
  it('domain/: zod and its own files, nothing of Node or of the project', async () => {
    expect(await allowed('domain/x.ts', 'zod')).toBe(true);
    expect(await allowed('domain/x.ts', './result.ts')).toBe(true);
    expect(await allowed('domain/api/x.ts', '../catalogue.ts')).toBe(true);
    expect(await allowed('domain/x.ts', 'node:crypto')).toBe(false);
    expect(await allowed('domain/x.ts', '../main/contract/index.ts')).toBe(false);
    expect(await allowed('domain/x.ts', '../platform/app.ts')).toBe(false);
    expect(await allowed('domain/api/x.ts', '../../main/store/index.ts')).toBe(false);
    expect(await allowed('domain/x.ts', '../lib/sqlite.ts')).toBe(false);
  });

  it('domain/’s zod-free modules stay zod-free (the kiosk bundle takes values from them)', async () => {
    expect(await allowed('domain/id-number.ts', 'zod')).toBe(false);
    expect(await allowed('domain/hall-time.ts', 'zod')).toBe(false);
    expect(await allowed('domain/catalogue.ts', 'zod')).toBe(true);
  });

  it('lib/: nothing of the project', async () => {
    expect(await allowed('lib/x.ts', 'better-sqlite3')).toBe(true);
    expect(await allowed('lib/x.ts', '../domain/errors.ts')).toBe(false);
    expect(await allowed('lib/x.ts', '../main/store/index.ts')).toBe(false);
  });

  it('main/: never the reference platform, except the one place that embeds it', async () => {
    expect(await allowed('main/hosts/boot.ts', '../../platform/server.ts')).toBe(true);
    expect(await allowed('main/core/x.ts', '../../platform/server.ts')).toBe(false);
    expect(await allowed('main/core/devices/x.ts', '../../../platform/seeding.ts')).toBe(false);
    expect(await allowed('main/hosts/browser/x.ts', '../../../platform/server.ts')).toBe(false);
    expect(await allowed('main/store/x.ts', '../../platform/store/database.ts')).toBe(false);
    expect(await allowed('main/core/x.ts', '../platform-client/client.ts')).toBe(true);
    expect(await allowed('main/core/x.ts', '../../domain/api/routes.ts')).toBe(true);
  });

  it('main/core: never the hosts that compose it', async () => {
    expect(await allowed('main/core/x.ts', '../hosts/boot.ts')).toBe(false);
    expect(await allowed('main/core/devices/x.ts', '../../hosts/serve-core.ts')).toBe(false);
    expect(await allowed('main/hosts/x.ts', '../core/terminal-core.ts')).toBe(true);
  });

  it('devices/: domain/, lib/ and its own files; never main/, platform/ or config/', async () => {
    expect(await allowed('devices/printer/x.ts', '../../domain/hall-time.ts')).toBe(true);
    expect(await allowed('devices/printer/x.ts', '../common/events.ts')).toBe(true);
    expect(await allowed('devices/printer/x.ts', '../../main/contract/index.ts')).toBe(false);
    expect(await allowed('devices/printer/x.ts', '../../main/core/terminal-core.ts')).toBe(false);
    expect(await allowed('devices/idcard/x.ts', '../../platform/queue/index.ts')).toBe(false);
    expect(await allowed('devices/x.ts', '../config/schema/index.ts')).toBe(false);
  });

  it('platform/: domain/, lib/ and its own files; never main/ or devices/', async () => {
    expect(await allowed('platform/queue/x.ts', '../../domain/id-number.ts')).toBe(true);
    expect(await allowed('platform/store/x.ts', '../../lib/sqlite.ts')).toBe(true);
    expect(await allowed('platform/queue/x.ts', '../../main/store/index.ts')).toBe(false);
    expect(await allowed('platform/x.ts', '../main/core/terminal-core.ts')).toBe(false);
    expect(await allowed('platform/queue/x.ts', '../../devices/idcard/index.ts')).toBe(false);
  });

  it('config/: domain/ and its own files', async () => {
    expect(await allowed('config/x.ts', '../domain/terminal.ts')).toBe(true);
    expect(await allowed('config/x.ts', '../main/contract/index.ts')).toBe(false);
    expect(await allowed('config/x.ts', '../devices/printer/index.ts')).toBe(false);
  });

  it('renderer/: main/contract and domain/, nothing else of the project', async () => {
    expect(await allowed('renderer/src/x.ts', '../../lib/sqlite.ts')).toBe(false);
    expect(await allowed('renderer/src/x.ts', '../../platform/app.ts')).toBe(false);
    expect(await allowed('renderer/src/x.ts', '../../domain/id-number.ts')).toBe(true);
  });
});

describe('kiosk bundle discipline', () => {
  it('lets the renderer take values only from main/contract/client.ts (types from anywhere in the contract)', async () => {
    const [value] = await eslint.lintText("import { contract } from '../../main/contract/index.ts';\nexport const c = contract;\n", {
      filePath: 'renderer/src/x.ts',
    });
    expect(value?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-restricted-imports');
    const [typeOnly] = await eslint.lintText("import type { Methods } from '../../main/contract/index.ts';\nexport type M = Methods;\n", {
      filePath: 'renderer/src/x.ts',
    });
    expect(typeOnly?.messages).toEqual([]);
    const [client] = await eslint.lintText("import { ok } from '../../main/contract/client.ts';\nexport const o = ok;\n", {
      filePath: 'renderer/src/x.ts',
    });
    expect(client?.messages).toEqual([]);
  });

  it('lets the renderer take values only from domain/’s zod-free modules (types from any)', async () => {
    const rules = async (code: string) => (await eslint.lintText(code, { filePath: 'renderer/src/x.ts' }))[0]?.messages.map((m) => m.ruleId) ?? [];
    expect(await rules("import { ticketSchema } from '../../domain/queue.ts';\nexport const t = ticketSchema;\n")).toContain('@typescript-eslint/no-restricted-imports');
    expect(await rules("import type { Ticket } from '../../domain/queue.ts';\nexport type T = Ticket;\n")).toEqual([]);
    expect(await rules("import { maskIdNumber } from '../../domain/id-number.ts';\nexport const m = maskIdNumber;\n")).toEqual([]);
  });
});
