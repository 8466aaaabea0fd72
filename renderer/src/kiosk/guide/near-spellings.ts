// What to try when a search finds nothing: the query with one character left out (a letter typed by
// mistake, wherever it is), then shorter and shorter beginnings of it (the last letters were wrong).
// The screen searches these and offers those that find something.

/** Candidates, best first, without the query itself, none shorter than 2 characters; at most `max`. */
export function nearSpellings(query: string, max = 8): string[] {
  const chars = [...query.trim()];
  const out: string[] = [];
  const add = (s: string) => {
    if ([...s].length >= 2 && s !== query && !out.includes(s)) out.push(s);
  };
  for (let i = 0; i < chars.length; i++) add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  for (let n = chars.length - 2; n >= 2; n--) add(chars.slice(0, n).join(''));
  return out.slice(0, max);
}
