import { FLOORS, meets } from './floors.js';

/** The results as a fixed-width table, each figure beside its floor when it has one. */
export function formatTable(
  results: Readonly<Record<string, number>>,
  machine: {
    cores: number;
    memory_gib: number;
    cpu: string;
    load_average_before: number;
    load_average_after: number;
  },
): string[] {
  const rows = Object.entries(results).map(([key, value]) => {
    const floor = FLOORS.find((f) => f.key === key);
    const bound = floor
      ? `${floor.bound === 'min' ? '≥' : '≤'} ${floor.value.toLocaleString('en')} ${floor.unit}`
      : '';
    const verdict = floor ? (meets(floor, value) ? 'ok' : 'MISSED') : '';
    return [key, value.toLocaleString('en'), bound, verdict];
  });
  const header = ['result', 'value', 'floor', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${machine.cores} cores, ${machine.memory_gib} GiB, ${machine.cpu}; load average ${machine.load_average_before} before, ${machine.load_average_after} after`,
  ];
}
