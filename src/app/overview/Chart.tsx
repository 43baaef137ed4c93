import { BarChart, LineChart } from 'chartist';
import 'chartist/dist/index.css';
import { useEffect, useRef } from 'preact/hooks';
import type { UiLanguage } from '../../shared/dutch-format.ts';
import { formatNumber } from './period-label.ts';

export interface ChartData {
  labels: string[];
  series: { name: string; data: number[] }[];
}

/**
 * A chart drawn by Chartist (SVG), with its numbers as a table for screen readers (the SVG
 * itself is hidden from them). Series differ by line style and bar pattern as well as by
 * shade, so the chart survives printing in grey (see overview.css).
 */
export function Chart({
  kind,
  title,
  data,
  language,
  percent = false,
}: {
  kind: 'bar' | 'line';
  title: string;
  data: ChartData;
  language: UiLanguage;
  percent?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return undefined;
    const axisY = {
      onlyInteger: !percent,
      labelInterpolationFnc: (value: string | number) =>
        percent
          ? `${formatNumber(Number(value) * 100, language)}%`
          : formatNumber(Number(value), language),
    };
    const chart =
      kind === 'bar'
        ? new BarChart(box.current, data, { axisY, height: 240, seriesBarDistance: 12 })
        : new LineChart(box.current, data, {
            axisY,
            height: 240,
            low: 0,
            ...(percent ? { high: 1 } : {}),
          });
    return () => chart.detach();
  }, [kind, data, language, percent]);
  const value = (n: number) =>
    percent ? `${formatNumber(n * 100, language)}%` : formatNumber(n, language);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div class="chart-legend" aria-hidden="true">
        {data.series.length > 1 &&
          data.series.map((series, index) => (
            <span
              key={series.name}
              class={`chart-key ct-series-${String.fromCharCode(97 + index)}`}
            >
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" class="ct-line" />
              </svg>
              {series.name}
            </span>
          ))}
      </div>
      <div ref={box} class="chart-box" aria-hidden="true" />
      <table class="chart-table visually-hidden-screen">
        <caption>{title}</caption>
        <thead>
          <tr>
            <td />
            {data.series.map((series) => (
              <th key={series.name} scope="col">
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {data.series.map((series) => (
                <td key={series.name} class="number">
                  {value(series.data[row] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
