// Server-Sent Events as bytes arrive: a pure parser (the WHATWG event-stream rules the platform's
// stream uses: `field: value` lines, messages ended by a blank line, comments from `:`, data lines
// joined by newlines, CR LF or LF). It never throws on what it is fed; a message without data is
// dropped, as the standard says.

export interface SseMessage {
  /** The `id:` of this message; null when it had none. */
  readonly id: string | null;
  /** The `event:` field; "message" when absent. */
  readonly event: string;
  readonly data: string;
}

export class SseParser {
  readonly #decoder = new TextDecoder('utf-8');
  #buffer = '';
  #id: string | null = null;
  #event = '';
  #data: string[] = [];

  /** Feeds bytes (or text); answers the messages they completed. */
  push(chunk: Uint8Array | string): SseMessage[] {
    this.#buffer += typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk, { stream: true });
    const out: SseMessage[] = [];
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.#buffer);
      if (!m) break;
      // A lone CR at the very end may be the first half of CR LF: wait for the next chunk.
      if (m[0] === '\r' && m.index === this.#buffer.length - 1) break;
      const line = this.#buffer.slice(0, m.index);
      this.#buffer = this.#buffer.slice(m.index + m[0].length);
      const message = this.#line(line);
      if (message) out.push(message);
    }
    return out;
  }

  #line(line: string): SseMessage | null {
    if (line === '') {
      const data = this.#data;
      const message = data.length ? { id: this.#id, event: this.#event || 'message', data: data.join('\n') } : null;
      this.#event = '';
      this.#data = [];
      this.#id = null;
      return message;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    return null;
  }
}
