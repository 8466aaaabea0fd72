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
});
