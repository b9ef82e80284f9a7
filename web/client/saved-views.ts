// Saved views: the "Views" menu lists the views kept in Neo4j for everyone using the database,
// saves the one on screen under a name (filters, open entity or path, colour and size, every
// node's position, the camera), opens one as it was saved and deletes one. A link `?view=<id>`
// opens a saved view, positions and all: the compact way to share a picture someone laid out by
// hand. Once a view is opened or saved, the address keeps `view=<id>` beside its own state until
// the layout moves the nodes, so the address bar's link carries the positions too.
import { appearanceText, readAppearanceText, type Appearance } from '../../src/model/appearance.js';
import type { FilterValues } from '../../src/model/filters.js';
import {
  filtersText,
  readFiltersText,
  SAVED_VIEW_LIMITS,
  type SavedView,
  type SavedViewState,
  type SavedViewSummary,
} from '../../src/model/saved-views.js';
import { api } from './api.js';
import { untilAnswered } from './connection.js';
import { byId, clear, h } from './dom.js';
import type { Loader } from './loading.js';
import { latest } from './requests.js';
import type { StatusLine } from './status.js';
import type { View } from './view.js';

export interface SavedViews {
  /**
   * Opens a saved view: its positions and camera, and, unless `keepState` (a link that says
   * them itself), its filters, selection and appearance.
   */
  open(id: string, options?: { keepState: boolean }): Promise<void>;
}

/** Whether a link says more than `view=<id>`: then its own filters, selection etc. hold. */
export const linkSaysState = (location: Location = window.location): boolean =>
  [...new URLSearchParams(location.search).keys()].some((key) => key !== 'view');

/** The link that opens a saved view. */
export const linkTo = (id: string, location: Location = window.location): string =>
  `${location.origin}${location.pathname}?view=${encodeURIComponent(id)}`;

export function createSavedViews(
  view: View,
  loader: Loader,
  status: StatusLine,
  onFilters: (filters: FilterValues) => void,
  onAppearance: (appearance: Appearance) => void,
): SavedViews {
  const menu = byId<HTMLDetailsElement>('views-menu');
  const list = byId<HTMLUListElement>('view-list');
  const name = byId<HTMLInputElement>('view-name');
  const form = byId<HTMLFormElement>('view-form');

  const current = (): SavedViewState => {
    const positions: SavedViewState['positions'] = {};
    let kept = 0;
    view.graph.forEachNode((id, a) => {
      if (kept++ < SAVED_VIEW_LIMITS.positions) positions[id] = [a.x, a.y];
    });
    const { x, y, ratio, angle } = view.renderer.getCamera().getState();
    const { node, pathTo } = view.state;
    return {
      name: name.value.trim(),
      filters: filtersText(view.state.filters),
      ...(node ? { node } : {}),
      ...(node && pathTo ? { pathTo } : {}),
      appearance: appearanceText(view.state.appearance),
      positions,
      camera: { x, y, ratio, angle },
    };
  };

  const render = (views: SavedViewSummary[]) => {
    clear(list);
    if (views.length === 0) list.appendChild(h('li', { class: 'muted' }, 'No saved views yet.'));
    for (const v of views) {
      list.appendChild(
        h(
          'li',
          {},
          h(
            'button',
            {
              class: 'link',
              attrs: { type: 'button', title: `Open “${v.name}” as it was saved` },
              on: { click: () => void saved.open(v.id) },
            },
            v.name,
          ),
          h(
            'button',
            {
              attrs: { type: 'button', 'aria-label': `Copy a link to “${v.name}”` },
              on: { click: () => void copyLink(v) },
            },
            'Link',
          ),
          h(
            'button',
            {
              attrs: { type: 'button', 'aria-label': `Delete “${v.name}”` },
              on: { click: () => void remove(v) },
            },
            'Delete',
          ),
        ),
      );
    }
  };

  const refresh = () =>
    loader.track(() =>
      latest('views', async (ticket) => {
        render((await ticket.ask((signal) => api.views.list(signal))).views);
      }),
    );

  const copyLink = async (v: SavedViewSummary) => {
    const link = linkTo(v.id);
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    status.info(`Link to “${v.name}”: ${link}`);
  };

  const remove = (v: SavedViewSummary) =>
    loader.track(() =>
      latest('views', async (ticket) => {
        await ticket.ask((signal) => api.views.remove(v.id, signal));
        status.info(`Deleted the saved view “${v.name}”.`);
        render((await ticket.ask((signal) => api.views.list(signal))).views);
      }),
    );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = current();
    if (state.name === '') {
      name.focus();
      return;
    }
    void loader.track(() =>
      latest('views', async (ticket) => {
        const done = await ticket.ask((signal) => api.views.save(state, signal));
        pictureOf(done.id);
        status.info(`Saved “${done.name}” for everyone using this database.`);
        render((await ticket.ask((signal) => api.views.list(signal))).views);
      }),
    );
  });
  menu.addEventListener('toggle', () => {
    if (menu.open) void refresh();
  });

  /** The nodes stand as saved view `id` has them: the address says so while nothing moves them. */
  const pictureOf = (id: string) => {
    if (view.layout.isRunning()) return;
    view.state.view = id;
    view.saveState();
  };

  /** Puts a saved view on screen; the camera last, once the view and its focus are drawn. */
  const show = async (v: SavedView, keepState: boolean) => {
    // A layout still running (nodes this browser had not laid out yet) would carry the nodes away
    // from where the view has them.
    if (view.layout.isRunning()) view.layout.stop();
    view.place(new Map(Object.entries(v.positions).map(([id, [x, y]]) => [id, { x, y }])));
    if (!keepState) {
      delete view.state.edge;
      delete view.state.pathTo;
      delete view.state.node;
      if (v.node) view.state.node = v.node;
      if (v.node && v.pathTo) view.state.pathTo = v.pathTo;
      onFilters(readFiltersText(v.filters, false));
      onAppearance(readAppearanceText(v.appearance ?? '', false));
    }
    await loader.load();
    await view.renderer.getCamera().animate(v.camera, { duration: 300 });
    pictureOf(v.id);
    name.value = v.name;
    status.info(`Opened the saved view “${v.name}”.`);
  };

  const saved: SavedViews = {
    open: (id, options = { keepState: false }) =>
      loader.track(async () => {
        // A link opened during an outage waits for the store, as the first view does.
        const v = await latest('views', (ticket) =>
          ticket.ask((signal) => untilAnswered((s) => api.views.get(id, s), signal)),
        );
        menu.open = false;
        await show(v, options.keepState);
      }),
  };
  return saved;
}
