import { useEffect, useRef } from 'react';

export interface ChartSeries {
  name: string;
  values: number[];
  color: string;
}

/**
 * Stacked horizontal bars, one per category (a priority area), drawn by ECharts on a canvas. The
 * chart is a picture for those who see it: it carries {@code description} as its accessible name
 * (ECharts' aria option) and decal patterns beside colours; the same figures are in a table next
 * to it, for screen readers and keyboards.
 */
export function ProgressChart({
  id,
  categories,
  series,
  description,
}: {
  id: string;
  categories: string[];
  series: ChartSeries[];
  description: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const data = JSON.stringify({ categories, series, description });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { categories, series, description } = JSON.parse(data) as {
      categories: string[];
      series: ChartSeries[];
      description: string;
    };
    let live = true;
    let chart: { dispose: () => void; resize: () => void } | undefined;
    const onResize = () => chart?.resize();
    void import('./echarts')
      .then(({ echarts }) => {
        if (!live) return;
        const c = echarts.init(el, undefined, { renderer: 'canvas' });
        chart = c;
        c.setOption({
          aria: { enabled: true, label: { description }, decal: { show: true } },
          animation: false,
          legend: { bottom: 0, textStyle: { fontSize: 13 } },
          grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: {
            type: 'category',
            inverse: true,
            data: categories,
            axisLabel: { width: 190, overflow: 'truncate', fontSize: 13 },
          },
          series: series.map((s) => ({
            name: s.name,
            type: 'bar',
            stack: 'all',
            data: s.values,
            itemStyle: { color: s.color },
            label: { show: true, formatter: (p: { value: number }) => (p.value ? p.value : '') },
          })),
        });
        window.addEventListener('resize', onResize);
      })
      .catch(() => {
        // No canvas here (a test's DOM): the table beside the chart has the same figures.
      });
    return () => {
      live = false;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [data]);

  return (
    <div
      ref={ref}
      id={id}
      className="home-chart"
      role="img"
      aria-label={description}
      style={{ height: `${categories.length * 2.5 + 4}rem` }}
    />
  );
}
