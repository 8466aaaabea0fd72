// The hall's notices as home shows them: the ones valid now, most urgent first (from the terminal's
// copy, so they show while the platform is away).
import { z } from 'zod';
import { noticeSchema } from '../../domain/notices.ts';
import { method } from './define.ts';

export const noticesPart = {
  methods: {
    'notices.current': method({
      summary: 'The hall notices valid now, most urgent first, as last synced from the platform.',
      input: z.object({}).strict(),
      output: z.object({ notices: z.array(noticeSchema) }),
    }),
  },
  events: {},
} as const;
