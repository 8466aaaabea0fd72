// npm start's one line about the host: plain words, never the download's error text.
import { describe, expect, it } from 'vitest';
import { hostLine } from '../../scripts/host-choice.ts';

describe('the host line of npm start', () => {
  it('says plainly that Electron is not installed and the browser host is used', () => {
    const line = hostLine({ host: 'browser', why: 'noElectron' });
    expect(line).toContain('Electron binary is not installed');
    expect(line).toContain('browser host');
    expect(line).not.toMatch(/fetch failed/i);
  });

  it('names the host otherwise', () => {
    expect(hostLine({ host: 'electron' })).toBe('[start] host: Electron');
    expect(hostLine({ host: 'browser', why: 'asked' })).toContain('--browser');
  });
});
