// The words of a slip as printed, line by line (ESC/POS text decoded from its code page, one line per
// LF): what the developer page and the e2e tests read back from a simulated printer, besides its image.
import { parseEscPos } from './escpos.parser.ts';
import type { CodePage } from './types.ts';

export function slipText(bytes: Uint8Array, codePage: CodePage = 'gb18030'): string {
  const decoder = new TextDecoder(codePage);
  let out = '';
  for (const token of parseEscPos(bytes)) {
    if (token.kind === 'text') out += decoder.decode(token.bytes);
    else if (token.kind === 'lf') out += '\n';
  }
  return out;
}
