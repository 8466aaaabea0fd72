// Help calls' vocabulary without zod, so the kiosk's screens can take these values (domain/help.ts has
// the schemas): the reasons a citizen can give, a call's states, which of them are open.

/** Why help is needed: 找不到要办的事, 机器不好用, 看不清屏幕上的字, 需要帮忙填表, 其他. */
export const helpReasons = ['findService', 'machineTrouble', 'reading', 'fillingForm', 'other'] as const;
export type HelpReason = (typeof helpReasons)[number];

export const helpCallStates = ['waiting', 'acknowledged', 'cancelled', 'resolved'] as const;
export type HelpCallState = (typeof helpCallStates)[number];

/** Waiting and acknowledged calls are open: someone still has to come. */
export function isOpenHelpCall(state: HelpCallState): boolean {
  return state === 'waiting' || state === 'acknowledged';
}
