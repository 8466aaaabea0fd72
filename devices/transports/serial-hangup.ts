// Works around a busy loop in @serialport/bindings-cpp 13 (serialport/bindings-cpp#162): on Linux
// and macOS its read() retries at once, forever, when read(2) returns 0 bytes, which is what a tty
// returns after a hangup (USB-serial adapter pulled, pty master gone). A read that starts after the
// device vanished then spins (CPU and memory grow) and the port never reports the disconnect.
// Here the native binding is wrapped and, on ports that expose their fd and poller (Linux, macOS),
// read() is replaced by the same loop with one change: 0 bytes is end of file, i.e. a disconnect.
// Windows ports are left alone.
import { read as fsRead } from 'node:fs';
import { promisify } from 'node:util';

const readAsync = promisify(fsRead);

/** The public members of bindings-cpp's LinuxPortBinding / DarwinPortBinding that the read uses. */
interface UnixPortBinding {
  fd: number | null;
  readonly poller: { once(event: 'readable', callback: (error?: Error | null) => void): unknown };
  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }>;
}

/** What the wrapper needs of a serialport binding (BindingInterface). */
export interface SerialBindingLike {
  open(options: never): Promise<unknown>;
  list(): Promise<unknown[]>;
}

function isUnixPort(port: unknown): port is UnixPortBinding {
  if (typeof port !== 'object' || port === null) return false;
  const candidate = port as Partial<UnixPortBinding>;
  return (
    'fd' in candidate &&
    typeof candidate.read === 'function' &&
    typeof candidate.poller === 'object' &&
    candidate.poller !== null &&
    typeof candidate.poller.once === 'function'
  );
}

class HangupError extends Error {
  readonly disconnect = true;
  readonly code = 'EOF';
}

function canceled(): Error {
  return Object.assign(new Error('Port is not open'), { canceled: true });
}

/** read() for an open unix port: waits for data, returns what is there, fails on hangup. */
export function hangupAwareRead(port: UnixPortBinding): UnixPortBinding['read'] {
  return async (buffer, offset, length) => {
    for (;;) {
      const fd = port.fd;
      if (fd === null) throw canceled();
      try {
        const { bytesRead } = await readAsync(fd, buffer, offset, length, null);
        if (bytesRead === 0) throw new HangupError('end of file: the device hung up');
        return { buffer, bytesRead };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK' && code !== 'EINTR') throw error;
        if (port.fd === null) throw canceled();
        // Nothing to read yet: wait for the poller (it fails when the port is closed or hangs up).
        await new Promise<void>((resolve, reject) => {
          port.poller.once('readable', (pollError) => (pollError ? reject(pollError) : resolve()));
        });
      }
    }
  };
}

/** A binding whose unix ports report a hangup instead of spinning on it. */
export function withHangupDetection<B extends SerialBindingLike>(binding: B): B {
  const open = async (options: never): Promise<unknown> => {
    const port = await binding.open(options);
    if (isUnixPort(port)) port.read = hangupAwareRead(port);
    return port;
  };
  return Object.assign(Object.create(binding) as B, { open });
}
