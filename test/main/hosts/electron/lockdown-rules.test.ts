import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockedShortcut, devToolsAllowed, resolveSchemeFile, type KeyInput } from '../../../../main/hosts/electron/lockdown-rules.ts';

// A real folder: the app's renderer with a file, a sub-folder, a link inside and links out of it.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'scheme-')));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'app.js'), '');
writeFileSync(join(base, 'secret.txt'), 'outside');
symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'));
symlinkSync(base, join(root, 'up'));
symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const serve = (pathname: string) => resolveSchemeFile(root, pathname, realpathSync);

describe('resolveSchemeFile', () => {
  it('serves files of the renderer folder, / being index.html', () => {
    expect(serve('/')).toEqual({ ok: true, value: join(root, 'index.html') });
    expect(serve('/assets/app.js')).toEqual({ ok: true, value: join(root, 'assets', 'app.js') });
    expect(serve('/assets/%61pp.js')).toEqual({ ok: true, value: join(root, 'assets', 'app.js') });
    expect(serve('/alias.js')).toEqual({ ok: true, value: join(root, 'assets', 'app.js') });
  });

  it.each([
    ['/../secret.txt', 'scheme.traversal'],
    ['/assets/../../secret.txt', 'scheme.traversal'],
    ['/%2e%2e/secret.txt', 'scheme.traversal'],
    ['/%2E%2e/secret.txt', 'scheme.traversal'],
    ['/.%2e/secret.txt', 'scheme.traversal'],
    ['/assets%2f..%2f..%2fsecret.txt', 'scheme.traversal'],
    ['/..%5csecret.txt', 'scheme.traversal'],
    ['/%2fetc/passwd', 'scheme.absolutePath'],
    ['//etc/passwd', 'scheme.absolutePath'],
    ['/C:/Windows/win.ini', 'scheme.absolutePath'],
    ['/assets%5capp.js', 'scheme.absolutePath'],
    ['/index.html%00.js', 'scheme.absolutePath'],
    ['/%E0%A4%A', 'scheme.badEncoding'],
    ['/leak.txt', 'scheme.outsideRoot'],
    ['/up/secret.txt', 'scheme.outsideRoot'],
    ['/missing.js', 'scheme.notFound'],
  ])('refuses %s (%s)', (pathname, refusal) => {
    expect(serve(pathname)).toEqual({ ok: false, error: refusal });
  });
});

const key = (k: string, mods: Partial<Omit<KeyInput, 'key' | 'type'>> = {}, type = 'keyDown'): KeyInput => ({
  type,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('blockedShortcut', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true }), 'close window'],
    ['Ctrl+W', key('w', { control: true }), 'close tab'],
    ['Cmd+W', key('w', { meta: true }), 'close tab'],
    ['Ctrl+Q', key('q', { control: true }), 'quit'],
    ['F11', key('F11'), 'fullscreen'],
    ['F12', key('F12'), 'devtools'],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true }), 'devtools'],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true }), 'devtools'],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true }), 'devtools'],
    ['Ctrl+R', key('r', { control: true }), 'reload'],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true }), 'reload'],
    ['F5', key('F5'), 'reload'],
    ['Ctrl+F5', key('F5', { control: true }), null],
    ['Ctrl+P', key('p', { control: true }), 'print'],
    ['Alt+Left', key('ArrowLeft', { alt: true }), 'back'],
    ['Alt+Right', key('ArrowRight', { alt: true }), 'forward'],
    ['BrowserBack', key('BrowserBack'), 'back'],
    ['Ctrl+N', key('n', { control: true }), 'new window'],
    ['Ctrl+T', key('t', { control: true }), 'new tab'],
    ['Ctrl+L', key('l', { control: true }), 'address bar'],
    ['Ctrl+U', key('u', { control: true }), 'view source'],
    ['Ctrl++', key('+', { control: true }), 'zoom'],
    ['Ctrl+0', key('0', { control: true }), 'zoom'],
    // What the kiosk's screens and keypad need stays theirs.
    ['a', key('a'), null],
    ['Shift+A', key('A', { shift: true }), null],
    ['Enter', key('Enter'), null],
    ['Escape', key('Escape'), null],
    ['Backspace', key('Backspace'), null],
    ['ArrowLeft', key('ArrowLeft'), null],
    ['Ctrl+C', key('c', { control: true }), null],
    ['Ctrl+I', key('i', { control: true }), null],
    ['Ctrl+Shift+D (developer page)', key('D', { control: true, shift: true }), null],
    ['Alt+F4 released', key('F4', { alt: true }, 'keyUp'), null],
  ])('%s → %s', (_label, input, expected) => {
    expect(blockedShortcut(input)).toBe(expected);
  });
});

describe('blockedShortcut in the developer profile', () => {
  it.each([
    ['F12', key('F12'), null],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true }), null],
    ['Ctrl+R', key('r', { control: true }), null],
    ['F5', key('F5'), null],
    ['Alt+F4', key('F4', { alt: true }), 'close window'],
    ['Ctrl+W', key('w', { control: true }), 'close tab'],
    ['Alt+Left', key('ArrowLeft', { alt: true }), 'back'],
    ['Ctrl+N', key('n', { control: true }), 'new window'],
  ])('%s → %s', (_label, input, expected) => {
    expect(blockedShortcut(input, true)).toBe(expected);
  });
});

describe('devToolsAllowed', () => {
  it('only in the developer profile', () => {
    expect(devToolsAllowed('development')).toBe(true);
    expect(devToolsAllowed('production')).toBe(false);
  });
});
