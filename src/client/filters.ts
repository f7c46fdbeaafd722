// Filters for a list of entries (commitments, key projects, places). The full list is plain
// HTML; this only hides entries, keeps the filter in the URL (so a filtered view can be shared
// and survives a reload) and says how many are shown. Each form field filters one data
// attribute of the entries: a select keeps entries whose attribute lists its value; the text
// field `q` keeps entries whose `data-text` holds every word typed.
import { fill } from '../i18n/format.ts';

export function enhanceFilters(form: HTMLFormElement): void {
  const entries = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select[name], input[name]')];
  form.hidden = false;
  // Restore a shared view from the URL.
  const params = new URLSearchParams(location.search);
  for (const el of fields) {
    const v = params.get(el.name);
    if (v !== null && (el instanceof HTMLInputElement || [...el.options].some((o) => o.value === v))) el.value = v;
  }
  const apply = () => {
    const values = Object.fromEntries(fields.map((el) => [el.name, el.value.trim()]));
    const words = (values.q ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    let shown = 0;
    for (const e of entries) {
      const ok = fields.every((el) => el.name === 'q' || !values[el.name] || (e.dataset[el.name] ?? '').split(' ').includes(values[el.name]!)) && words.every((w) => (e.dataset.text ?? '').includes(w));
      e.hidden = !ok;
      if (ok) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-filter-item]:not([hidden])');
    if (count) count.textContent = shown === 0 ? (count.dataset.none ?? '') : fill(count.dataset.template ?? '', { shown, total: entries.length });
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v) next.set(k, v);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}

/** Every filter form on the page. */
export const enhanceAllFilters = () => document.querySelectorAll<HTMLFormElement>('form[data-filters]').forEach(enhanceFilters);
