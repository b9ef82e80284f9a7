// What a user does to the view: open an entity, close it, ask for a path, and the clicks, keys
// and buttons that do those. Each action that asks the API holds the 'focus' lane (requests.ts):
// opening B while A's answer is on its way leaves A's answer unused.
import type { SearchHit } from '../../src/model/read-models.js';
import { api } from './api.js';
import { byId } from './dom.js';
import { setPath } from './highlight.js';
import type { Loader } from './loading.js';
import type { CorrectionInput } from '../shared/api-types.js';
import { renderArticlePanel } from './panels/article-panel.js';
import {
  describeCorrection,
  renderCorrectionsPanel,
  type CorrectionActions,
} from './panels/corrections-panel.js';
import { renderEdgePanel, type EdgePanelActions } from './panels/edge-panel.js';
import { renderEntityPanel, type EntityPanelActions } from './panels/entity-panel.js';
import { renderPathPanel } from './panels/path-panel.js';
import { latest, supersede } from './requests.js';
import type { StatusLine } from './status.js';
import type { View } from './view.js';

export interface Actions {
  /** Opens an entity: adds it and its neighbours when the view lacks it, focuses it, fills the panel. */
  select(id: string, options?: { move: boolean }): Promise<void>;
  deselect(): void;
  showPath(source: string, target: string): Promise<void>;
  /** Opens the evidence between two entities (an edge of the view) in the side panel. */
  showEvidence(source: string, target: string): Promise<void>;
  /** Opens an article (its date, outlet, source and evidence sentences) in the side panel. */
  openArticle(id: string): Promise<void>;
  /** Opens again what the URL says is open, after the view was reloaded. */
  restoreFocus(): Promise<void>;
  /** Lists the corrections, each with its Undo, in the side panel. */
  showCorrections(): Promise<void>;
  /** The server takes corrections: the panels offer them from now on. */
  enableCorrections(): void;
}

export function createActions(view: View, loader: Loader, status: StatusLine): Actions {
  const { state, graph, highlight } = view;
  const details = byId('details');

  const clearPath = () => {
    delete state.pathTo;
    setPath(highlight, null);
    view.saveState();
  };

  const select = (id: string, options = { move: true }) =>
    loader.track(() =>
      latest('focus', async (ticket) => {
        state.node = id;
        delete state.edge;
        clearPath();
        if (!graph.hasNode(id)) {
          view.addPage(await ticket.ask((signal) => api.neighbours(id, state.filters, signal)));
        }
        view.refresh();
        if (options.move) view.moveTo(id);
        const entity = await ticket.ask((signal) => api.entity(id, signal));
        renderEntityPanel(details, entity, panelActions, graph.hasNode(id));
      }),
    );

  const deselect = () => {
    supersede('focus');
    delete state.node;
    delete state.edge;
    clearPath();
    details.hidden = true;
    view.refresh();
  };

  const showPath = (source: string, target: string) =>
    loader.track(() =>
      latest('focus', async (ticket) => {
        const result = await ticket.ask((signal) =>
          api.path(source, target, state.filters, signal),
        );
        view.addPage(result);
        state.node = source;
        state.pathTo = target;
        delete state.edge;
        view.saveState();
        setPath(highlight, result.path, result.pathEdges);
        view.refresh();
        view.frame(result.path);
        if (result.path.length === 0) {
          status.info(
            state.filters.comention === 'off'
              ? 'No path between them through relations that pass the filters.'
              : 'No path between them through relations or co-mentions that pass the filters.',
          );
          return;
        }
        loader.cypher = result.cypher;
        const names = result.path.map((n) => graph.getNodeAttribute(n, 'label') ?? n);
        const steps = result.path.length - 1;
        status.info(
          `Shortest path (${steps} step${steps === 1 ? '' : 's'}): ${names.join(' → ')}`,
          {
            label: 'Clear path',
            run: () => {
              clearPath();
              view.refresh();
            },
          },
        );
        // "Explain this path": each hop's evidence, asked for side by side. A path steps only
        // along edges the view draws, so each hop has evidence under the view's own filters.
        const { filters } = state;
        const hops = await Promise.all(
          result.path
            .slice(1)
            .map((to, i) =>
              ticket.ask((signal) => api.evidence(result.path[i] as string, to, filters, signal)),
            ),
        );
        renderPathPanel(details, hops, panelActions);
      }),
    );

  const showEvidence = (source: string, target: string) =>
    loader.track(() =>
      latest('focus', async (ticket) => {
        delete state.node;
        clearPath();
        state.edge = { source, target };
        view.saveState();
        view.refresh();
        const found = await ticket.ask((signal) =>
          api.evidence(source, target, state.filters, signal),
        );
        renderEdgePanel(details, found, panelActions);
      }),
    );

  const openArticle = (id: string) =>
    loader.track(() =>
      latest('focus', async (ticket) => {
        const article = await ticket.ask((signal) => api.article(id, signal));
        renderArticlePanel(details, article, panelActions);
      }),
    );

  /**
   * A correction or an undo: the server writes the file and re-ingests before it answers; then
   * the view is reloaded with the corrected entity (if any is left) open.
   */
  const changeCorrections = (change: () => ReturnType<typeof api.correct>, done: string) =>
    loader.track(async () => {
      supersede('focus');
      status.info('Saving the correction and updating the graph…');
      const result = await change();
      if (!result.enabled) return;
      delete state.edge;
      clearPath();
      if (result.focus) state.node = result.focus;
      else delete state.node;
      if (!state.node) details.hidden = true;
      view.saveState();
      await loader.load();
      const last = result.corrections.at(-1);
      status.info(
        done,
        last && done.startsWith('Saved')
          ? { label: 'Undo', run: () => void undoCorrection(last.id) }
          : undefined,
      );
    });
  const correct = (input: CorrectionInput) =>
    changeCorrections(() => api.correct(input), `Saved: ${describeCorrection(input)}.`);
  const undoCorrection = (id: string) =>
    changeCorrections(() => api.undoCorrection(id), `Undone: correction ${id}.`);

  const showCorrections = () =>
    loader.track(() =>
      latest('focus', async (ticket) => {
        const found = await ticket.ask((signal) => api.corrections(signal));
        if (found.enabled) renderCorrectionsPanel(details, found, correctionActions);
      }),
    );

  let correctionsEnabled = false;
  const correctionActions: CorrectionActions = {
    correct: (input) => void correct(input),
    undo: (id) => void undoCorrection(id),
    select: (id) => void select(id),
    close: () => deselect(),
  };
  const panelActions: EntityPanelActions & EdgePanelActions = {
    select: (id) => void select(id),
    openArticle: (id) => void openArticle(id),
    quote: (id, at) => api.quote(id, at),
    expand: (id) => void loader.expand(id),
    pathTo: (source: string, hit: SearchHit) => void showPath(source, hit.id),
    close: deselect,
    get corrections() {
      return correctionsEnabled ? correctionActions : undefined;
    },
  };

  return {
    select,
    deselect,
    showPath,
    showEvidence,
    openArticle,
    showCorrections,
    enableCorrections: () => (correctionsEnabled = true),
    async restoreFocus() {
      // Opening the entity forgets any path, so read the path's far end first.
      const pathTo = state.pathTo;
      if (state.edge) await showEvidence(state.edge.source, state.edge.target);
      else if (state.node) await select(state.node, { move: true });
      if (state.node && pathTo) await showPath(state.node, pathTo);
      else view.refresh();
    },
  };
}

/** Clicks on the graph, the zoom buttons and the keyboard. */
export function bindInteractions(view: View, actions: Actions, loader: Loader): void {
  const { renderer, highlight, container, state } = view;
  // Click opens, shift-click asks for a path, double-click expands.
  renderer.on('clickNode', ({ node, event }) => {
    if (event.original.shiftKey && state.node && state.node !== node) {
      void actions.showPath(state.node, node);
    } else void actions.select(node, { move: false });
  });
  renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    void loader.expand(node);
  });
  renderer.on('clickEdge', ({ edge }) => {
    const [source, target] = view.graph.extremities(edge);
    void actions.showEvidence(source, target);
  });
  renderer.on('clickStage', () => {
    if (state.node || !byId('details').hidden) actions.deselect();
  });
  const hover = (node: string | null) => {
    highlight.hovered = node;
    container.style.cursor = node ? 'pointer' : '';
    renderer.refresh({ skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(null));
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));

  const camera = renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 300 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 300 }));
  byId('zoom-reset').addEventListener('click', () => void camera.animatedReset({ duration: 300 }));
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement;
    if (event.key === 'Escape' && !typing && (state.node || !byId('details').hidden)) {
      actions.deselect();
    }
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input').focus();
    }
  });
}
