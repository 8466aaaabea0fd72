// The display part of the contract: the board now, and a fresh read of it. A terminal of another
// role has no board: display.notDisplay.
import { ok } from '../../../domain/result.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { displayPart } from '../../contract/display.ts';
import { notDisplay, type DisplayBoard } from './display-board.ts';

export function displayHandlers(s: { readonly display: DisplayBoard | null }): HandlersOf<typeof displayPart> {
  return {
    'display.state': () => (s.display ? ok(s.display.state()) : notDisplay()),
    'display.resync': () => (s.display ? s.display.resync() : notDisplay()),
  };
}
