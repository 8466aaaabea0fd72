// The lockdown's decisions as pure functions, apart from Electron's wiring (security.ts, main.ts):
// which file the app scheme may serve, which keys are swallowed, when devtools may open. Nothing
// here imports electron, so vitest checks every rule without the Electron binary.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskCsp } from '../csp.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;
/** The renderer talks to the core over IPC only: it may connect nowhere. */
export const CSP = kioskCsp([]);

export type SchemeFileRefusal =
  | 'scheme.badEncoding' // a %-escape that does not decode
  | 'scheme.traversal' // a `..` segment, raw or encoded
  | 'scheme.absolutePath' // `//etc/passwd`, `/C:/...`, a backslash or a NUL
  | 'scheme.outsideRoot' // resolves (or links, once symlinks are followed) out of the folder
  | 'scheme.notFound';

/**
 * The file that `app://renderer<pathname>` names inside `rootDir`, or why it is refused.
 * `realpath` is fs.realpathSync in the host (injected: a symlink out of the folder is caught by what
 * it points to, and tests give a fake file system). It throws for a missing file: `scheme.notFound`.
 */
export function resolveSchemeFile(
  rootDir: string,
  pathname: string,
  realpath: (path: string) => string,
): Result<string, SchemeFileRefusal> {
  // Checked before and after decoding: `%2e%2e` and `%2f` must not smuggle in what raw text may not.
  if (hasDotDot(pathname)) return err('scheme.traversal');
  let rel: string;
  try {
    rel = pathname === '/' || pathname === '' ? 'index.html' : decodeURIComponent(pathname.replace(/^\//, ''));
  } catch {
    return err('scheme.badEncoding');
  }
  if (hasDotDot(rel)) return err('scheme.traversal');
  if (rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) {
    return err('scheme.absolutePath');
  }
  const root = resolve(rootDir);
  const file = resolve(root, rel);
  if (!inside(root, file)) return err('scheme.outsideRoot');
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = realpath(root);
    realFile = realpath(file);
  } catch {
    return err('scheme.notFound');
  }
  return inside(realRoot, realFile) ? ok(realFile) : err('scheme.outsideRoot');
}

function hasDotDot(path: string): boolean {
  return path.split(/[/\\]/).some((segment) => segment === '..' || /^(\.|%2e){2}$/i.test(segment));
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The parts of Electron's `Input` the shortcut rule reads (before-input-event). */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly code?: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

interface Shortcut {
  readonly name: string;
  readonly key: string;
  /** Ctrl on Linux and Windows, Cmd on a Mac: either counts. */
  readonly mod?: true;
  readonly alt?: true;
  readonly shift?: true;
}

// Every key Chromium or the window manager acts on that could leave the kiosk page, reload it, open
// another window or a tool. Keys are compared lower-case; with shift the extra shift is still a match
// (Ctrl+R and Ctrl+Shift+R both reload).
const BLOCKED: readonly Shortcut[] = [
  { name: 'close window', key: 'f4', alt: true },
  { name: 'close window', key: 'f4', mod: true },
  { name: 'close tab', key: 'w', mod: true },
  { name: 'quit', key: 'q', mod: true },
  { name: 'fullscreen', key: 'f11' },
  { name: 'devtools', key: 'f12' },
  { name: 'devtools', key: 'i', mod: true, shift: true },
  { name: 'devtools', key: 'j', mod: true, shift: true },
  { name: 'devtools', key: 'c', mod: true, shift: true },
  { name: 'devtools', key: 'i', mod: true, alt: true },
  { name: 'view source', key: 'u', mod: true },
  { name: 'reload', key: 'r', mod: true },
  { name: 'reload', key: 'f5' },
  { name: 'print', key: 'p', mod: true },
  { name: 'save', key: 's', mod: true },
  { name: 'open file', key: 'o', mod: true },
  { name: 'back', key: 'arrowleft', alt: true },
  { name: 'forward', key: 'arrowright', alt: true },
  { name: 'back', key: 'browserback' },
  { name: 'forward', key: 'browserforward' },
  { name: 'home', key: 'home', alt: true },
  { name: 'new window', key: 'n', mod: true },
  { name: 'new tab', key: 't', mod: true },
  { name: 'address bar', key: 'l', mod: true },
  { name: 'address bar', key: 'd', alt: true },
  { name: 'find', key: 'f', mod: true },
  { name: 'history', key: 'h', mod: true },
  { name: 'downloads', key: 'j', mod: true },
  { name: 'bookmarks', key: 'b', mod: true, shift: true },
  { name: 'task manager', key: 'escape', shift: true },
  { name: 'zoom', key: '+', mod: true },
  { name: 'zoom', key: '=', mod: true },
  { name: 'zoom', key: '-', mod: true },
  { name: 'zoom', key: '0', mod: true },
  { name: 'hide', key: 'h', mod: true, alt: true },
  { name: 'minimise', key: 'm', mod: true },
];

// What a developer needs at the developer profile's window; every other profile swallows these too.
const DEVELOPER_KEEPS = new Set(['devtools', 'reload']);

/**
 * The name of the shortcut a key press would trigger when it is one the kiosk swallows, else null.
 * `developer` (the developer profile) keeps devtools and reload; nothing else is let through.
 */
export function blockedShortcut(input: KeyInput, developer = false): string | null {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return null;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  for (const s of BLOCKED) {
    if (s.key !== key) continue;
    if (Boolean(s.mod) !== mod || Boolean(s.alt) !== input.alt) continue;
    if (s.shift && !input.shift) continue;
    return developer && DEVELOPER_KEEPS.has(s.name) ? null : s.name;
  }
  return null;
}

/** Devtools open only for the developer profile; any other profile closes them if they appear. */
export function devToolsAllowed(environment: 'development' | 'production'): boolean {
  return environment === 'development';
}
