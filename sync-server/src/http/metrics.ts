/**
 * The server's Prometheus counters, in one place: middleware and routes call these, /metrics
 * renders them. Labels are route patterns, methods, statuses and collection names only, so the
 * number of series stays bounded whatever clients send.
 */
const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

interface Histogram {
  buckets: number[];
  sum: number;
  count: number;
}

export function createMetrics(openStreams: () => number = () => 0, streamReads: () => Record<string, number> = () => ({})) {
  const requests = new Map<string, { labels: Labels; count: number }>();
  const latency = new Map<string, { labels: Labels; histogram: Histogram }>();
  const pushCounters = { written: new Map<string, number>(), conflicts: new Map<string, number>(), refused: new Map<string, number>() };
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

  return {
    /** One finished request (the stream requests count when their headers went out). */
    requestFinished(method: string, route: string, status: number, seconds: number): void {
      const labels = { method, route, status: String(status) };
      const key = labelText(labels);
      const counted = requests.get(key) ?? { labels, count: 0 };
      counted.count += 1;
      requests.set(key, counted);
      const timed = latency.get(key) ?? { labels, histogram: { buckets: LATENCY_BUCKETS_S.map(() => 0), sum: 0, count: 0 } };
      LATENCY_BUCKETS_S.forEach((bound, i) => {
        if (seconds <= bound) timed.histogram.buckets[i] = (timed.histogram.buckets[i] ?? 0) + 1;
      });
      timed.histogram.sum += seconds;
      timed.histogram.count += 1;
      latency.set(key, timed);
    },
    /** A push's outcome: documents stored, rows answered with the server's version, rows refused. */
    pushed(collection: string, outcome: { written: readonly unknown[]; conflicts: readonly unknown[]; refused: readonly unknown[] }): void {
      bump(pushCounters.written, collection, outcome.written.length);
      bump(pushCounters.conflicts, collection, outcome.conflicts.length);
      bump(pushCounters.refused, collection, outcome.refused.length);
    },
    /** The Prometheus text exposition format (version 0.0.4). */
    render(): string {
      const lines: string[] = [];
      lines.push('# HELP anxun_http_requests_total HTTP requests answered, by method, route pattern and status.', '# TYPE anxun_http_requests_total counter');
      for (const { labels, count } of requests.values()) lines.push(`anxun_http_requests_total${labelText(labels)} ${count}`);
      lines.push('# HELP anxun_http_request_duration_seconds Time to the answer\'s headers, by method, route pattern and status.', '# TYPE anxun_http_request_duration_seconds histogram');
      for (const { labels, histogram } of latency.values()) {
        histogram.buckets.forEach((n, i) => lines.push(`anxun_http_request_duration_seconds_bucket${labelText({ ...labels, le: String(LATENCY_BUCKETS_S[i]) })} ${n}`));
        lines.push(`anxun_http_request_duration_seconds_bucket${labelText({ ...labels, le: '+Inf' })} ${histogram.count}`);
        lines.push(`anxun_http_request_duration_seconds_sum${labelText(labels)} ${histogram.sum}`, `anxun_http_request_duration_seconds_count${labelText(labels)} ${histogram.count}`);
      }
      lines.push('# HELP anxun_open_streams Change streams (SSE) open now.', '# TYPE anxun_open_streams gauge', `anxun_open_streams ${openStreams()}`);
      lines.push('# HELP anxun_stream_reads_total Store reads by change streams: a notice\'s one shared read, own pulls, positions.', '# TYPE anxun_stream_reads_total counter');
      for (const [read, n] of Object.entries(streamReads())) lines.push(`anxun_stream_reads_total${labelText({ read })} ${n}`);
      const counter = (name: string, help: string, map: Map<string, number>) => {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
        for (const [collection, n] of map) lines.push(`${name}${labelText({ collection })} ${n}`);
      };
      counter('anxun_push_rows_written_total', 'Documents stored by pushes (including the server\'s own records they caused).', pushCounters.written);
      counter('anxun_push_conflicts_total', 'Pushed rows answered with the server\'s version (stale base merged, or stored form differs).', pushCounters.conflicts);
      counter('anxun_push_refusals_total', 'Pushed rows refused (role, scope or a rule), recorded as refusals.', pushCounters.refused);
      return `${lines.join('\n')}\n`;
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
