// The timeline: evidence by published day as bars over the data's whole date range, with a brush
// (drag across the bars) that sets the view's from/to filters. Undated evidence has no place on
// the axis, so its count is written beside it. Drawn as SVG from numbers only.
import type { Timeline } from '../../../src/model/read-models.js';
import { clear, h } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 230;
const HEIGHT = 56;
const DAY_MS = 86_400_000;

export interface TimelineChart {
  render(data: Timeline, range: { from: string | null; to: string | null }): void;
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  return element;
}

/** A chart in `box`; a brushed range goes to `onRange` (null, null: the whole range). */
export function createTimeline(
  box: HTMLElement,
  onRange: (from: string | null, to: string | null) => void,
): TimelineChart {
  return {
    render(data, range) {
      clear(box);
      const days = data.days.map((d) => ({ ...d, day: dayNumber(d.date) }));
      const picked = [range.from, range.to].flatMap((d) => (d ? [dayNumber(d)] : []));
      const first = Math.min(...days.map((d) => d.day), ...picked);
      const last = Math.max(...days.map((d) => d.day), ...picked);
      const undated = h(
        'p',
        { class: 'timeline-undated' },
        `${data.undated.evidence} from ${data.undated.articles} undated article${data.undated.articles === 1 ? '' : 's'}`,
      );
      if (!Number.isFinite(first)) {
        box.append(h('p', { class: 'timeline-empty' }, 'No dated evidence.'), undated);
        return;
      }
      const span = last - first + 1;
      const slot = WIDTH / span;
      const max = Math.max(1, ...days.map((d) => d.evidence));
      const from = range.from ? dayNumber(range.from) : first;
      const to = range.to ? dayNumber(range.to) : last;
      const chart = svg('svg', {
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        width: '100%',
        height: HEIGHT,
        role: 'img',
        class: 'timeline-chart',
        'aria-label': `Evidence by published day, ${dateOf(first)} to ${dateOf(last)}; drag to pick a range`,
      });
      const selection = svg('rect', { class: 'timeline-brush', y: 0, height: HEIGHT });
      const showSelection = (a: number, b: number) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        selection.setAttribute('x', String((lo - first) * slot));
        selection.setAttribute('width', String(Math.max((hi - lo + 1) * slot, 2)));
      };
      chart.append(selection);
      for (const d of days) {
        const height = Math.max(2, (d.evidence / max) * (HEIGHT - 4));
        const bar = svg('rect', {
          x: (d.day - first) * slot + slot * 0.1,
          y: HEIGHT - height,
          width: Math.max(slot * 0.8, 1),
          height,
          class: d.day >= from && d.day <= to ? 'timeline-bar in' : 'timeline-bar',
          'data-date': d.date,
        });
        const title = svg('title', {});
        title.textContent = `${d.date}: ${d.evidence} pieces of evidence in ${d.articles} articles`;
        bar.append(title);
        chart.append(bar);
      }
      if (range.from || range.to) showSelection(from, to);

      // The brush: press, drag across days, release.
      const dayAt = (event: PointerEvent) => {
        const rect = chart.getBoundingClientRect();
        const x = ((event.clientX - rect.left) / Math.max(rect.width, 1)) * WIDTH;
        return first + Math.min(span - 1, Math.max(0, Math.floor(x / slot)));
      };
      let start: number | null = null;
      chart.addEventListener('pointerdown', (event) => {
        start = dayAt(event);
        chart.setPointerCapture(event.pointerId);
        showSelection(start, start);
      });
      chart.addEventListener('pointermove', (event) => {
        if (start !== null) showSelection(start, dayAt(event));
      });
      chart.addEventListener('pointerup', (event) => {
        if (start === null) return;
        const end = dayAt(event);
        const [lo, hi] = start <= end ? [start, end] : [end, start];
        start = null;
        onRange(dateOf(lo), dateOf(hi));
      });

      box.append(
        chart,
        h(
          'div',
          { class: 'timeline-axis' },
          h('span', {}, dateOf(first)),
          h('span', {}, dateOf(last)),
        ),
        undated,
      );
    },
  };
}
