// THE API between screen and core. Imports nothing from node, electron or react: the renderer
// imports this folder and nothing else of main/.
import type { z } from 'zod';
import { defineContract, type MethodMap } from './define.ts';
import { cataloguePart } from './catalogue-rpc.ts';
import { devPart } from './dev.ts';
import { devicesPart } from './devices.ts';
import { identityPart } from './identity.ts';
import { queuePart } from './queue.ts';
import { ratingPadPart } from './rating-pad.ts';
import { scannerPart } from './scanner.ts';
import { submissionsPart } from './submissions.ts';
import { systemPart } from './system.ts';
import { noticesPart } from './notices.ts';
import { casesPart } from './cases.ts';
import { paymentsPart } from './payments.ts';
import { helpPart } from './help.ts';
import { appointmentsPart } from './appointments.ts';
import { ratingPart } from './rating.ts';
import { counterPart } from './counter.ts';
import { windowRatingPart } from './window-rating.ts';
import { intakePart } from './intake.ts';
import { displayPart } from './display.ts';
import { formsPart } from './forms.ts';
import { adminPart } from './admin.ts';
import type { KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';

export const contract = defineContract(systemPart, cataloguePart, queuePart, submissionsPart, identityPart, ratingPadPart, scannerPart, devicesPart, devPart, noticesPart, casesPart, paymentsPart, helpPart, appointmentsPart, ratingPart, counterPart, windowRatingPart, intakePart, displayPart, formsPart, adminPart);

export type AppContract = typeof contract;
export type Methods = AppContract['methods'];
export type Events = AppContract['events'];
export type MethodName = Extract<keyof Methods, string>;
export type EventName = Extract<keyof Events, string>;

/** What a caller passes (defaults not yet applied). */
export type InputOf<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInputOf<M extends MethodName> = z.output<Methods[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export interface CallContext {
  /** Which connection called: for logs and per-screen state. */
  readonly connectionId: string;
}

/** The core's handler object `satisfies Handlers`: one function per method, no more, no less. */
export type Handlers<M extends MethodMap = Methods> = {
  [K in keyof M]: (
    input: z.output<M[K]['input']>,
    ctx: CallContext,
  ) => Promise<Result<z.input<M[K]['output']>, KioskError>> | Result<z.input<M[K]['output']>, KioskError>;
};

/** The handlers of one contract part: a domain's handler module returns this, createCore spreads them. */
export type HandlersOf<P extends { readonly methods: MethodMap }> = Handlers<P['methods']>;

export * from './define.ts';
export * from './protocol.ts';
export * from './system.ts';
export * from './dev.ts';
export * from './catalogue-rpc.ts';
export * from './queue.ts';
export * from './submissions.ts';
export * from './identity.ts';
export * from './devices.ts';
export * from './rating-pad.ts';
export * from './scanner.ts';
export * from './appointments.ts';
export * from './notices.ts';
export * from './cases.ts';
export * from './payments.ts';
export * from './help.ts';
export * from './rating.ts';
export * from './intake.ts';
export * from './counter.ts';
export * from './window-rating.ts';
export * from './display.ts';
export * from './forms.ts';
export * from './admin.ts';
export * from './rpc-client.ts';
