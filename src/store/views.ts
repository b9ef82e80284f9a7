import { randomUUID } from 'node:crypto';
import {
  SAVED_VIEW_LIMITS,
  type Camera,
  type SavedView,
  type SavedViewState,
  type SavedViewSummary,
} from '../model/saved-views.js';
import * as Q from './cypher/views.js';
import type { Gateway } from './gateway.js';
import { int } from './read-rows.js';

/** The explorer's saved views in Neo4j, shared by everyone who uses that database. */
export interface SavedViewStore {
  list(): Promise<SavedViewSummary[]>;
  get(id: string): Promise<SavedView | null>;
  /** Saves under its name, replacing a view of that name; null when the database holds too many. */
  save(view: SavedViewState): Promise<SavedView | null>;
  /** False when there was no such view. */
  remove(id: string): Promise<boolean>;
}

interface ViewRow {
  id: string;
  name: string;
  created: string;
  updated: string;
  filters: string;
  node: string | null;
  pathTo: string | null;
  appearance: string | null;
  positions: string;
  camera: string;
}

export function createSavedViewStore(gateway: Gateway): SavedViewStore {
  return {
    list: () =>
      gateway.read((tx) =>
        tx.rows<SavedViewSummary>(Q.LIST_VIEWS, { limit: int(SAVED_VIEW_LIMITS.views) }),
      ),

    async get(id) {
      const [row] = await gateway.rows<ViewRow>(Q.GET_VIEW, { id });
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        created: row.created,
        updated: row.updated,
        filters: row.filters,
        ...(row.node ? { node: row.node } : {}),
        ...(row.pathTo ? { pathTo: row.pathTo } : {}),
        appearance: row.appearance ?? '',
        // Written by save() below from checked values only.
        positions: JSON.parse(row.positions) as Record<string, [number, number]>,
        camera: JSON.parse(row.camera) as Camera,
      };
    },

    async save(view) {
      const params = {
        id: randomUUID(),
        now: new Date().toISOString(),
        maxViews: int(SAVED_VIEW_LIMITS.views),
        name: view.name,
        filters: view.filters,
        node: view.node ?? null,
        pathTo: view.pathTo ?? null,
        appearance: view.appearance ?? '',
        positions: JSON.stringify(view.positions),
        camera: JSON.stringify(view.camera),
        nodes: Object.keys(view.positions).length,
      };
      const [row] = await gateway.write((tx) =>
        tx.rows<{ id: string; created: string; updated: string }>(Q.SAVE_VIEW, params),
      );
      return row ? { ...view, ...row } : null;
    },

    async remove(id) {
      const [row] = await gateway.write((tx) =>
        tx.rows<{ deleted: number }>(Q.DELETE_VIEW, { id }),
      );
      return (row?.deleted ?? 0) > 0;
    },
  };
}
