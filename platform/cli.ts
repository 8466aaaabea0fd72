// `npm run platform`: the reference platform on its own, so that several terminals share one queue.
import { systemClock } from '../main/contract/index.ts';
import pkg from '../package.json' with { type: 'json' };
import { startPlatform } from './server.ts';

const portArg = process.argv.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : 5790;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${portArg}"`);
  process.exit(2);
}
const host = process.argv.includes('--public') ? '0.0.0.0' : '127.0.0.1';
const platform = await startPlatform({ clock: systemClock, version: pkg.version, port, host });
console.log(`Reference platform listening on ${platform.url}api/v1/`);
const stop = () => void platform.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
