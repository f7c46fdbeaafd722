// Draws the charts of a page from the JSON beside each canvas. Only the Chart.js parts used
// here are registered, so the bundle carries nothing else. Without JavaScript (or if this
// fails) the data table beside each chart stands alone.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Okabe–Ito colours: distinct for colour-blind readers and in greyscale (dark, light, middle).
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

interface Config {
  categories: string[];
  unit: string;
  series: { name: string; values: (number | null)[] }[];
}

/** Splits a long axis label into lines, so that it is never cut off on a phone. */
export function wrapLabel(label: string, width: number): string[] {
  const cjk = /\p{Script=Han}/u.test(label);
  const units = cjk ? [...label] : label.split(/(?<=\s)/u);
  const lines: string[] = [];
  let line = '';
  for (const u of units) {
    const limit = cjk ? width / 2 : width;
    if (line && [...(line + u)].length > limit) {
      lines.push(line.trim());
      line = '';
    }
    line += u;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

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
    box.hidden = false;
    // Horizontal bars: long Chinese labels stay readable on a phone.
    const width = Math.max(14, Math.min(36, Math.floor(box.clientWidth / 16)));
    const labels = config.categories.map((c) => wrapLabel(c, width));
    const lineCount = labels.reduce((a, l) => a + Math.max(l.length, config.series.length), 0);
    box.style.height = `${Math.max(10, lineCount * 1.6 + config.categories.length * 0.6 + 5)}rem`;
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
