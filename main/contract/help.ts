// Calling a helper (帮办代办) from the kiosk: one touch (with the reason chosen) tells the hall staff
// which kiosk needs help and why; the screen follows the call live (staff acknowledged: someone is
// coming, and who) and can cancel it. The developer page stands in for the staff screen (list the
// open calls, acknowledge, resolve) until the counter role has one.
import { z } from 'zod';
import { helpCallSchema, helpReasonSchema } from '../../domain/help.ts';
import { method } from './define.ts';

export const helpStateSchema = z.object({
  /** This kiosk's call: open, or how it ended; null when none was made in this visit. */
  call: helpCallSchema.nullable(),
  /** Staff's acknowledgement reaches this screen by itself (the platform's event stream is connected). */
  live: z.boolean(),
  /** Where to find staff in person, in the hall's words (config `help.deskPlace`); null: say 咨询台. */
  deskPlace: z.string().nullable(),
  /** How long the screen waits for staff untouched with a call open (config `help.waitSeconds`). */
  waitSeconds: z.number().int().positive(),
});
export type HelpState = z.output<typeof helpStateSchema>;

const callId = z.string().min(1).max(64);

export const helpPart = {
  methods: {
    'help.state': method({
      summary: "This kiosk's help call now (or none), whether staff's answer arrives live, where the help desk is.",
      input: z.object({}).strict(),
      output: helpStateSchema,
    }),
    'help.call': method({
      summary: 'Call a helper for this reason. Needs the platform (platform.offline: go to the help desk in person). A call already open is answered as it is.',
      input: z.object({ reason: helpReasonSchema }).strict(),
      output: helpStateSchema,
    }),
    'help.cancel': method({
      summary: 'Help is no longer needed: the open call is cancelled (help.notFound when none is open). Offline, the cancel is sent when the platform is back.',
      input: z.object({}).strict(),
      output: helpStateSchema,
    }),
    'dev.helpCalls': method({
      summary: "Developer page (standing in for the staff screen): the hall's open help calls.",
      input: z.object({}).strict(),
      output: z.object({ calls: z.array(helpCallSchema) }),
    }),
    'dev.acknowledgeHelp': method({
      summary: 'Developer page: staff acknowledge a help call (someone is coming).',
      input: z.object({ callId, staff: z.string().trim().min(1).max(40) }).strict(),
      output: helpCallSchema,
    }),
    'dev.resolveHelp': method({
      summary: 'Developer page: staff resolved a help call.',
      input: z.object({ callId }).strict(),
      output: helpCallSchema,
    }),
  },
  events: {
    /** The call changed (made, acknowledged, cancelled, resolved) or its live updates came or went. */
    'help.changed': helpStateSchema,
  },
} as const;
