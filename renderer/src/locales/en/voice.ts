// English, what the kiosk says aloud (renderer/src/voice). Every key of the Chinese table (the type checker refuses a missing one).
import type { voice as zh } from '../zh-CN/voice.ts';

export const voice: Record<keyof typeof zh, string> = {
  'voice.welcome': 'Welcome. Please tap a button on the screen',
  'voice.yourNumber': 'Your number is',
  // English says the number alone: nothing after the digits.
  'voice.numberSuffix': '',
  'voice.takeSlip': 'Please take your slip',
  'voice.notPrinted': 'The slip could not be printed. Please note the number on the screen',
  'voice.idle': 'No activity. Going back to the start soon. Tap the screen to continue',
  'voice.failure': 'That did not work. Please read the message on the screen',
  'voice.helpCalled': 'The staff have been told. Please wait here.',
  'voice.helpComing': 'A member of staff is on the way. Please wait.',
  // The hall display's call: "Number A 0 2 3, please go to window 3" (no words after the window number).
  'voice.callPlease': 'Number',
  'voice.callTo': 'please go to window',
  'voice.callWindow': '',
  'voice.callServe': '',
};
