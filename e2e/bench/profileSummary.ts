// Reads a CDP CPU profile (first-sync profile, issue 17): self time by function and by script,
// and how much of the wall time the page's main thread was idle.
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const script = (url: string) => url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') || '(native)';

export function summariseProfile(profile: CpuProfile, top = 30): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFunction = new Map<string, number>();
  const selfByScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || '(anonymous)'} ${script(url)}:${lineNumber + 1}`;
    selfByFunction.set(fn, (selfByFunction.get(fn) ?? 0) + ms);
    const where = url ? script(url) : functionName;
    selfByScript.set(where, (selfByScript.get(where) ?? 0) + ms);
  });
  const wall = (profile.endTime - profile.startTime) / 1000;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return [
    `profile: ${wall.toFixed(0)} ms wall, idle ${(selfByScript.get('(idle)') ?? 0).toFixed(0)} ms, program ${(selfByScript.get('(program)') ?? 0).toFixed(0)} ms, GC ${(selfByScript.get('(garbage collector)') ?? 0).toFixed(0)} ms`,
    'self time by script:',
    ...sorted(selfByScript).slice(0, 12).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`),
    'self time by function:',
    ...sorted(selfByFunction).slice(0, top).map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`),
  ];
}
