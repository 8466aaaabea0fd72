// Makes the admin panel's PIN hash for config `admin.pinHash`:
//   npm run admin-pin            asks for the PIN twice without echoing it (or reads one line from a pipe)
//   npm run admin-pin -- --pin=NNNN   (tests and scripted installs; the PIN is then in the shell's history)
// Prints only the hash line. The PIN: 4 to 12 digits (the panel's pad has digits only).
import { createInterface } from 'node:readline';
import { PIN_PATTERN } from '../domain/admin-pin.ts';
import { hashPin } from '../main/core/admin/pin-hash.ts';

/** Reads one line from a TTY with echo off (each key shown as nothing), or one line from a pipe. */
async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const rl = createInterface({ input });
    for await (const line of rl) {
      rl.close();
      return line.trim();
    }
    return '';
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') {
          input.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    input.on('data', onData);
  });
}

async function main(): Promise<number> {
  const arg = process.argv.slice(2).find((a) => a.startsWith('--pin='));
  let pin: string;
  if (arg !== undefined) {
    pin = arg.slice('--pin='.length);
  } else {
    pin = await readSecret('Admin PIN (4-12 digits): ');
    if (process.stdin.isTTY && (await readSecret('Again: ')) !== pin) {
      process.stderr.write('The two PINs differ: nothing made. Run it again.\n');
      return 1;
    }
  }
  if (!PIN_PATTERN.test(pin)) {
    process.stderr.write('The PIN must be 4 to 12 digits (the panel has a digit pad): nothing made.\n');
    return 1;
  }
  if (pin.length < 6) process.stderr.write('A PIN of fewer than 6 digits is quickly guessed by anyone holding the config file (see config/README.md).\n');
  process.stdout.write(`${await hashPin(pin)}\n`);
  process.stderr.write('Put this line in the config as "admin": { "pinHash": "..." }.\n');
  return 0;
}

process.exitCode = await main();
