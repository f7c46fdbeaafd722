// Draws the charts of a page from the JSON beside each canvas. Only the Chart.js parts used
// here are registered, so the bundle carries nothing else. Without JavaScript (or if this
// fails) the data table beside each chart stands alone.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { labelWidth, wrapLabel, type Config } from '../render/chart-layout.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Okabe–Ito colours: distinct for colour-blind readers and in greyscale (dark, light, middle).
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

export function drawCharts(): void {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const text = dark ? '#e6ebe8' : '#1b1f1d';
  const grid = dark ? '#3d4943' : '#d5ddd8';
  for (const box of document.querySelectorAll<HTMLElement>('[data-chart]:not([data-drawn])')) {
    const canvas = box.querySelector('canvas');
    const json = box.querySelector('script[type="application/json"]');
    if (!canvas || !json) continue;
    const config = JSON.parse(json.textContent ?? '{}') as Config;
    box.dataset.drawn = '';
    // Horizontal bars: long Chinese labels stay readable on a phone. The wrap width matches the
    // height the build gave the box (chart-layout.ts).
    const labels = config.categories.map((c) => wrapLabel(c, labelWidth(box.clientWidth)));
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: config.series.map((s, i) => ({
          label: s.name,
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: text,
          borderWidth: i === 0 ? 0 : 1,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        scales: {
          x: { beginAtZero: true, title: { display: true, text: config.unit, color: text }, ticks: { color: text }, grid: { color: grid } },
          y: { ticks: { color: text, autoSkip: false }, grid: { display: false } },
        },
        plugins: { legend: { display: config.series.length > 1, labels: { color: text } } },
      },
    });
    addEventListener('beforeprint', () => chart.resize());
    addEventListener('afterprint', () => chart.resize());
  }
}
