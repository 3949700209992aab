import { TaggedStreamMessage, type StreamMessage } from '@anxun/shared-schema';
import type { ApiClient } from './apiClient';

export interface ChangeStream {
  close(): void;
  /** Reconnect now (back online, signed in again). */
  reconnect(): void;
}

/**
 * One EventSource for every collection. EventSource cannot send headers, so the access token goes
 * in the query; on any error the stream is closed and reopened with backoff (and a fresh token),
 * and the server's RESYNC on every connect makes replication pull what was missed.
 */
export function openChangeStream(api: ApiClient, deliver: (collection: string, message: StreamMessage) => void): ChangeStream {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const connect = async () => {
    if (closed) return;
    source?.close();
    // EventSource cannot read the 401, so a token near expiry is renewed before connecting, and
    // after repeated failures once anyway (this device's clock may be wrong). Either way the
    // renewal is the device's single flight, shared with replication and photo uploads.
    const token = await api.freshAccessToken(failures >= 3 && failures % 3 === 0);
    if (!token || closed) return schedule();
    source = new EventSource(`/api/replication/stream?access_token=${encodeURIComponent(token)}`);
    source.onopen = () => {
      failures = 0;
    };
    source.onmessage = (event: MessageEvent<string>) => {
      const parsed = TaggedStreamMessage.safeParse(JSON.parse(event.data));
      if (parsed.success) deliver(parsed.data.collection, parsed.data.message);
    };
    source.onerror = () => {
      source?.close();
      source = null;
      failures += 1;
      schedule();
    };
  };
  const schedule = () => {
    clearTimeout(timer);
    if (!closed) timer = setTimeout(() => void connect(), Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5)));
  };

  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      source?.close();
    },
    reconnect() {
      failures = 0;
      clearTimeout(timer);
      void connect();
    },
  };
}
