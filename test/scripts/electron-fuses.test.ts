import { readFileSync } from 'node:fs';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import afterPack, { electronBinaryPath, FUSES, fuseConfig } from '../../scripts/electron-fuses.ts';

describe('electron fuses', () => {
  it('flips what issue 16 asks', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('decides every fuse the package knows, strictly', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(FUSES).map(Number).sort()).toEqual([...known].sort());
    const config = fuseConfig('linux');
    expect(config.version).toBe(FuseVersion.V1);
    expect(config.strictlyRequireAllFuses).toBe(true);
    expect(config.resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
  });

  it('finds the packed binary of each platform', () => {
    const ctx = (platform: string, executableName?: string) => ({
      appOutDir: '/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: '政务服务自助终端' }, executableName },
    });
    expect(electronBinaryPath(ctx('win32'))).toBe('/out/政务服务自助终端.exe');
    expect(electronBinaryPath(ctx('linux', 'hall-terminal'))).toBe('/out/hall-terminal');
    expect(electronBinaryPath(ctx('darwin'))).toBe('/out/政务服务自助终端.app');
    expect(() => electronBinaryPath(ctx('beos'))).toThrow(/unknown platform "beos"/);
  });

  it('fails the build when there is no Electron binary to flip', async () => {
    await expect(afterPack({ appOutDir: '/nonexistent', electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'x' } } })).rejects.toThrow();
  });
});

describe('electron-builder.yml', () => {
  const yml = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('runs the fuse hook after packing, on an asar', () => {
    expect(yml['afterPack']).toBe('scripts/electron-fuses.ts');
    expect(readFileSync(new URL(`../../${String(yml['afterPack'])}`, import.meta.url), 'utf8')).toContain('export default async function afterPack');
    expect(yml['asar']).toBe(true);
  });
});
