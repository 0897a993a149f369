// Chart.js with only the parts the dashboard draws (bars, two axes, tooltips), registered once.
// Chart.js renders to canvas and needs no eval, so it runs under the app's strict CSP.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export type BarConfig = ChartConfiguration<'bar', number[], string>;

/** One horizontal or vertical bar series, styled like the rest of the app. */
export function barConfig(labels: string[], values: number[], label: string, horizontal: boolean): BarConfig {
  return {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: '#2f5bd3', borderRadius: 4, maxBarThickness: 28 }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { tooltip: { enabled: true } },
      // Every category gets its label (ten bars at most); the value axis counts whole deals or days.
      scales: {
        x: { beginAtZero: true, ticks: horizontal ? { precision: 0 } : { autoSkip: false } },
        y: { beginAtZero: true, ticks: horizontal ? { autoSkip: false } : { precision: 0 } },
      },
    },
  };
}

export { Chart };
