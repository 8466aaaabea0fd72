// pino-roll (untyped): a SonicBoom file destination that rolls by size and/or frequency.
declare module 'pino-roll' {
  import type { SonicBoom } from 'sonic-boom';
  interface PinoRollOptions {
    file: string;
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    mkdir?: boolean;
    symlink?: boolean;
    dateFormat?: string;
    limit?: { count: number; removeOtherLogFiles?: boolean };
  }
  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>;
}
