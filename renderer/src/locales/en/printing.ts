// English, printing failures (see zh-CN/printing.ts).
import type { printing as zh } from '../zh-CN/printing.ts';

export const printing: Record<keyof typeof zh, string> = {
  'error.device.notConfigured': 'This kiosk has no such printer: please ask at the information desk',
  'error.printer.paperOut': 'The printer is out of paper: please ask staff to add paper',
  'error.printer.coverOpen': 'The printer cover is open: please ask staff',
  'error.printer.offline': 'The printer is not connected: please ask at the information desk',
  'error.printer.error': 'The printer has a fault: please ask at the information desk',
  'error.document.printFailed': 'Printing did not work: please ask staff for help',
  'error.document.printerRejecting': 'The printer is paused: please ask at the information desk',
  'error.document.cupsUnavailable': 'The print service is not running: please ask at the information desk',
  'error.document.printerNotFound': 'The printer cannot be found: please ask at the information desk',
};
