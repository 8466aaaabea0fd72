// electron-builder's afterPack hook (electron-builder.yml `afterPack`): flips the Electron binary's
// fuses before it is signed and packed, so that what the kiosk runs cannot be turned into a plain
// Node (RunAsNode, NODE_OPTIONS, --inspect) or made to load code from outside the app's asar.
// It runs where the packages are built (Node 24 loads this file as it is); nothing in `npm test`
// runs it, tests check its table and the yml's reference.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/** Every fuse of the V1 wire set on purpose (strictlyRequireAllFuses: a fuse a new Electron adds fails the build until it is decided here). */
export const FUSES: Record<FuseV1Options, boolean> = {
  // ELECTRON_RUN_AS_NODE would make the kiosk's signed binary a Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage on the kiosk disk are encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The asar's hash is checked against the one embedded at build (Windows and macOS; on Linux
  // Electron does not check yet, and the fuse is harmless).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // No app folder next to the asar can take its place.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's defaults for these two; we use no custom V8 snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
  // The renderer comes from our app:// scheme; file:// gets no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

export function fuseConfig(platform: string): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks an ad-hoc macOS signature; electron-builder signs after this hook.
    resetAdHocDarwinSignature: platform === 'darwin',
    ...FUSES,
  };
}

/** The parts of electron-builder's AfterPackContext this hook reads (electron-builder is not a dependency here). */
export interface PackContext {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}

/** The packed Electron binary whose fuses are flipped. */
export function electronBinaryPath(context: PackContext): string {
  const { appOutDir, electronPlatformName: platform, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (platform) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? name);
    default:
      throw new Error(`electron-fuses: unknown platform ${JSON.stringify(platform)} (expected darwin, mas, win32 or linux)`);
  }
}

export default async function afterPack(context: PackContext): Promise<void> {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName));
  console.log(`electron-fuses: fuses flipped in ${binary}`);
}
