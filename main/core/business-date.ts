// The business date (YYYY-MM-DD) of an instant in the hall's time zone: daily resets key on it,
// never on the process start or the machine's zone.
export function businessDateOf(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}
