import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/**
 * One ECharts canvas. The library is imported on first use, so the app shell (and the service
 * worker's precache) does not carry it. `data-rendered` turns true once a frame is drawn.
 */
export function EChart({ option, testId, height = 260 }: { option: EChartsCoreOption; testId: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('./echartsSetup').then(({ init }) => {
      const target = element.current;
      if (disposed || !target) return;
      const instance = init(target, undefined, { renderer: 'canvas' });
      instance.on('finished', () => target.setAttribute('data-rendered', 'true'));
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(target);
      setReady(true);
    }, (error: unknown) => !disposed && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, true);
  }, [ready, option]);

  return failure ? <p className="form-error" role="alert">{failure}</p> : <div ref={element} className="chart" data-testid={testId} style={{ height }} />;
}
