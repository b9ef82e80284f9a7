// ForceAtlas2 in a web worker, so the page stays responsive while 10k nodes settle. It stops by
// itself after a time that grows with the graph; the user can stop or restart it any time.
import { inferSettings } from 'graphology-layout-forceatlas2';
import fa2Worker from 'graphology-layout-forceatlas2/worker.js';

// A CommonJS module typed as an ES default export: TypeScript (NodeNext) sees the class one
// level down, esbuild hands over the class itself.
type Supervisor = InstanceType<typeof fa2Worker.default>;
const FA2Layout = (
  'default' in fa2Worker ? fa2Worker.default : fa2Worker
) as typeof fa2Worker.default;
import type { ExplorerGraph } from './graph-model.js';

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export interface LayoutOptions {
  /** Called when the layout stops, by itself or by the user: a time to save positions. */
  onStop: () => void;
  onChange: (running: boolean) => void;
}

/** Seconds to run: enough for a few thousand nodes to settle, capped for big graphs. */
export function layoutDuration(order: number): number {
  return Math.min(2 + order / 400, 20);
}

export function createLayout(graph: ExplorerGraph, options: LayoutOptions): Layout {
  let supervisor: Supervisor | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(timer);
    if (!supervisor?.isRunning()) return;
    supervisor.stop();
    options.onChange(false);
    options.onStop();
  };

  return {
    start() {
      if (graph.order === 0) return;
      // Settings depend on the graph's size: rebuild the worker when it has grown.
      supervisor?.kill();
      supervisor = new FA2Layout(graph, {
        settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 },
        getEdgeWeight: 'count',
      });
      supervisor.start();
      options.onChange(true);
      clearTimeout(timer);
      timer = setTimeout(stop, layoutDuration(graph.order) * 1000);
    },
    stop,
    isRunning: () => supervisor?.isRunning() ?? false,
    kill() {
      clearTimeout(timer);
      supervisor?.kill();
      supervisor = null;
    },
  };
}
