// `--port N` and `--port=N` on the browser host's command line (npm start passes them through).
import { describe, expect, it } from 'vitest';
import { portFromArgs } from '../../../../main/hosts/browser/port-flag.ts';

describe('the --port flag', () => {
  it('takes the port written either way, and the config’s without the flag', () => {
    expect(portFromArgs(['--windowed', '--port', '8081'], 0)).toEqual({ ok: true, value: 8081 });
    expect(portFromArgs(['--port=8082', '--no-open'], 0)).toEqual({ ok: true, value: 8082 });
    expect(portFromArgs(['--port', '0'], 8080)).toEqual({ ok: true, value: 0 });
    expect(portFromArgs(['--kiosk'], 8080)).toEqual({ ok: true, value: 8080 });
  });

  it('names what was wrong with a bad one', () => {
    expect(portFromArgs(['--port'], 0)).toEqual({ ok: false, error: expect.stringContaining('got nothing') });
    expect(portFromArgs(['--port', 'abc'], 0)).toEqual({ ok: false, error: expect.stringContaining('got "abc"') });
    expect(portFromArgs(['--port=70000'], 0)).toEqual({ ok: false, error: expect.stringContaining('0 to 65535') });
  });
});
