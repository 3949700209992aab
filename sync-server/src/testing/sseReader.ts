/** Reads a Server-Sent Events response as its parsed `data:` messages, the way EventSource would. */
export class SseReader {
  /** Every message received so far, in order. */
  readonly received: unknown[] = [];
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = '';
  private pending: ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> | undefined;
  private looked = 0;

  constructor(response: Response) {
    if (!response.body) throw new Error(`no stream: ${response.status}`);
    this.reader = response.body.getReader();
  }

  /** The next message (after the ones already returned) that satisfies `wanted`; throws after `timeoutMs`. */
  async waitFor(wanted: (message: unknown) => boolean, timeoutMs = 5_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.looked < this.received.length) {
        const message = this.received[this.looked++];
        if (wanted(message)) return message;
      }
      const left = deadline - Date.now();
      if (left <= 0 || !(await this.readChunk(left))) throw new Error(`no such message within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`);
    }
  }

  /** Collects messages for `ms` (to show that nothing more, e.g. no duplicate, arrives). */
  async drain(ms: number): Promise<unknown[]> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && (await this.readChunk(deadline - Date.now())));
    return this.received;
  }

  /** Closing the body is how a client disconnects: the server's stream is aborted. */
  async close(): Promise<void> {
    await this.reader.cancel();
  }

  /** False when the stream ended or nothing arrived in time. */
  private async readChunk(timeoutMs: number): Promise<boolean> {
    this.pending ??= this.reader.read();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const result = await Promise.race([this.pending, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') return false;
    this.pending = undefined;
    if (result.done) return false;
    this.buffer += this.decoder.decode(result.value, { stream: true });
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart());
      if (data.length > 0) this.received.push(JSON.parse(data.join('\n')));
    }
    return true;
  }
}
