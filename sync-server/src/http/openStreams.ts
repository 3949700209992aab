import type { ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';
import type { MiddlewareHandler } from 'hono';

/** The node response behind a request, when the app runs under @hono/node-server (absent in app.request() tests). */
type NodeBindings = { Bindings: { outgoing?: ServerResponse | Http2ServerResponse } };

/**
 * The change streams open right now: counted for /metrics, and ended on shutdown so each client's
 * EventSource sees a clean end (the terminating chunk, not a reset) and reconnects, behind a proxy
 * to another instance.
 */
export function createOpenStreams() {
  const open = new Set<ServerResponse | Http2ServerResponse>();
  const track: MiddlewareHandler<NodeBindings> = async (c, next) => {
    const outgoing = c.env?.outgoing;
    if (outgoing && !open.has(outgoing)) {
      open.add(outgoing);
      outgoing.once('close', () => open.delete(outgoing));
    }
    await next();
  };
  return {
    track,
    count: () => open.size,
    endAll(): void {
      for (const outgoing of open) if (!outgoing.writableEnded) outgoing.end();
    },
  };
}
export type OpenStreams = ReturnType<typeof createOpenStreams>;
