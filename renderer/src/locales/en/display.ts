// English, the hall's call display. Every key of the Chinese table (the type checker refuses a missing one).
import type { display as zh } from '../zh-CN/display.ts';

export const display: Record<keyof typeof zh, string> = {
  'display.title': 'Now calling',
  'display.current': 'Number',
  'display.currentTo': 'go to',
  'display.window': 'Window {number}',
  'display.recall': 'Called again',
  'display.history': 'Called',
  'display.waiting': 'Waiting',
  'display.waitingCount': '{count}',
  'display.closedList': '{list} closed',
  'display.listSeparator': ', ',
  'display.notices': 'Notices',
  'display.starting': 'Connecting to the calling service…',
  'display.startingHint': 'The calls will show here once connected.',
  'display.noCalls': 'No numbers called yet today',
  'display.noCallsHint': 'Watch this screen and listen: when your number is called, go to the window shown.',
  'display.stale': 'Not connected to the calling service since {since} — calls may not be up to date',
  'display.staleNever': 'Not connected to the calling service — calls may not be up to date',
  'display.staleHint': 'Please listen for calls at the windows or ask a member of staff.',
};
