// English, the closed screen outside the hall's opening hours (see zh-CN/closed.ts).
import type { closed as zh } from '../zh-CN/closed.ts';

export const closed: Record<keyof typeof zh, string> = {
  'closed.heading': 'Closed now',
  'closed.hoursLabel': 'Service hours of this kiosk',
  'closed.hoursToday': 'Today {hours}',
  'closed.restToday': 'Closed today',
  'closed.nextLabel': 'Opens next',
  'closed.opensToday': 'Today at {at}',
  'closed.opensTomorrow': 'Tomorrow at {at}',
  'closed.opensOn': '{day} at {at}',
  'closed.opensUnknown': 'Please ask the hall staff',
  'closed.comeBack': 'No tickets and no services now. Please come back when it opens.',
  'closed.touch': 'Touch the screen for more',
  'closed.display.heading': 'Closed now: no calls until it opens',
  'closed.display.hoursLabel': 'Service hours of the hall',
};
