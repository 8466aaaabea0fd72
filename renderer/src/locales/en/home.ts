// English, the home screen: the hall's tasks. Every key of the Chinese table (the type checker refuses a missing one).
import type { home as zh } from '../zh-CN/home.ts';

export const home: Record<keyof typeof zh, string> = {
  'entry.ticket': 'Take a ticket',
  'entry.ticket.note': 'Choose a service and get a queue number',
  'entry.ticket.waiting': '{n} people waiting now',
  'home.welcome': 'Welcome',
  'home.hint': 'Please tap a button below',
  'home.accessibility': 'Large text · Contrast',
  'home.accessibility.note': 'Hard to read? Tap here',
  'home.language': 'Language · 语言',
  'home.language.note': '中文 · ئۇيغۇرچە',
  'home.takeTicket': 'Choose the service you need',
  'home.more': 'More',
  'home.noCategories': 'Tickets cannot be issued right now; please ask at the desk',
  'home.offline': 'Network down: services marked "offline ticket" still give tickets, numbered by this terminal',
  'home.offlineNone': 'Network down: tickets cannot be issued right now; please ask at the desk',
};
