// Hall staff's checks of the hardware: a self-test per device (a test slip, a test page, the
// reader's SAM, a beep on the pad).
import { z } from 'zod';
import { method } from './define.ts';

export const devicesPart = {
  methods: {
    'devices.selfTest': method({
      summary: 'Run a device\'s self-test: the printer prints a test slip, the A4 printer a test page, the ID-card reader checks its SAM, a pad beeps.',
      input: z.object({ deviceId: z.string().min(1).max(64) }).strict(),
      output: z.object({ deviceId: z.string(), passed: z.literal(true), did: z.string() }),
    }),
  },
  events: {},
} as const;
