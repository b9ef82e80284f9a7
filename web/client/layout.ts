// ForceAtlas2 in a web worker, so the page stays responsive while 10k nodes settle. It runs until
// the picture settles — measured, not guessed: see SETTLE — then stops by itself; the user can
// stop or restart it any time.
import { inferSettings } from 'graphology-layout-forceatlas2';
import fa2Worker from 'graphology-layout-forceatlas2/worker.js';

// A CommonJS module typed as an ES default export: TypeScript (NodeNext) sees the class one
// level down, esbuild hands over the class itself.
type Supervisor = InstanceType<typeof fa2Worker.default>;
const FA2Layout = (
  'default' in fa2Worker ? fa2Worker.default : fa2Worker
) as typeof fa2Worker.default;
import type { ExplorerGraph } from './graph-model.js';

/**
 * When the layout has settled. Every `everyMs` the page measures how far nodes moved since the
 * last measure, on average, as a share of the typical spacing between nodes (movement()); the
 * layout has settled once that stays under `threshold` for `samples` measures in a row. A graph
 * that never gets there (a very big one, still creeping) stops after `maxSeconds`.
 */
export const SETTLE = { everyMs: 200, threshold: 0.005, samples: 5, maxSeconds: 60 } as const;

export type StopReason = 'settled' | 'user' | 'limit';

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
  /** The last measured movement (see SETTLE), null before the first measure. */
  readonly movement: number | null;
  /** Why the last run stopped, null while running or before any run. */
  readonly stoppedBy: StopReason | null;
}

export interface LayoutOptions {
  /** Called when the layout stops, by itself or by the user: a time to save positions. */
  onStop: () => void;
  onChange: (running: boolean) => void;
  /** Called after each measure while running. */
  onMeasure?: (movement: number) => void;
}

/** Every node's position, in the graph's node order. */
export function snapshot(graph: ExplorerGraph): Float64Array {
  const out = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_n, a) => {
    out[i++] = a.x;
    out[i++] = a.y;
  });
  return out;
}

/**
 * How far nodes moved between two snapshots, on average, over the typical spacing between nodes
 * (the side of the bounding box's share per node): independent of the layout's scale and size.
 */
export function movement(before: Float64Array, after: Float64Array): number {
  const n = after.length / 2;
  if (n === 0) return 0;
  if (before.length !== after.length) return Infinity;
  let [minX, minY, maxX, maxY, moved] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let i = 0; i < after.length; i += 2) {
    const [x, y] = [after[i] as number, after[i + 1] as number];
    [minX, maxX, minY, maxY] = [
      Math.min(minX, x),
      Math.max(maxX, x),
      Math.min(minY, y),
      Math.max(maxY, y),
    ];
    moved += Math.hypot(x - (before[i] as number), y - (before[i + 1] as number));
  }
  const spacing =
    Math.sqrt(((maxX - minX) * (maxY - minY)) / n) || Math.max(maxX - minX, maxY - minY, 1);
  return moved / n / spacing;
}

export function createLayout(graph: ExplorerGraph, options: LayoutOptions): Layout {
  let supervisor: Supervisor | null = null;
  let sampler: ReturnType<typeof setInterval> | undefined;
  let last: Float64Array = new Float64Array();
  let measured: number | null = null;
  let stoppedBy: StopReason | null = null;

  const stop = (reason: StopReason = 'user') => {
    clearInterval(sampler);
    if (!supervisor?.isRunning()) return;
    supervisor.stop();
    stoppedBy = reason;
    options.onChange(false);
    options.onStop();
  };

  const measure = (startedAt: number, calm: { count: number }) => {
    const now = snapshot(graph);
    measured = movement(last, now);
    last = now;
    calm.count = measured < SETTLE.threshold ? calm.count + 1 : 0;
    options.onMeasure?.(measured);
    if (calm.count >= SETTLE.samples) stop('settled');
    else if (performance.now() - startedAt > SETTLE.maxSeconds * 1000) stop('limit');
  };

  return {
    start() {
      if (graph.order === 0) return;
      // Settings depend on the graph's size: rebuild the worker when it has grown.
      supervisor?.kill();
      clearInterval(sampler);
      supervisor = new FA2Layout(graph, {
        settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
        getEdgeWeight: 'count',
      });
      supervisor.start();
      [stoppedBy, measured, last] = [null, null, snapshot(graph)];
      options.onChange(true);
      const startedAt = performance.now();
      const calm = { count: 0 };
      sampler = setInterval(() => measure(startedAt, calm), SETTLE.everyMs);
    },
    stop: () => stop('user'),
    isRunning: () => supervisor?.isRunning() ?? false,
    kill() {
      clearInterval(sampler);
      const wasRunning = supervisor?.isRunning() ?? false;
      supervisor?.kill();
      supervisor = null;
      // A view reloaded mid-run: the button must not go on offering to stop it.
      if (wasRunning) options.onChange(false);
    },
    get movement() {
      return measured;
    },
    get stoppedBy() {
      return stoppedBy;
    },
  };
}
