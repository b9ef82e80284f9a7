// The saved views of the explorer (src/model/saved-views.ts), one node each, beside the graph:
//
//   (:SavedView {id, name, created, updated, filters, node?, pathTo?, appearance?, positions,
//                camera, nodes})
//       name is unique (a save under a taken name replaces that view); filters and appearance
//       are the view's query strings (appearance is missing on views saved before it was kept); positions ({id: [x, y]}) and camera ({x, y, ratio, angle}) are JSON text,
//       read back only by the page; nodes counts the positions, for the list.

export const LIST_VIEWS = `
MATCH (v:SavedView)
RETURN v.id AS id, v.name AS name, v.updated AS updated, v.nodes AS nodes
ORDER BY toLower(v.name), v.name
LIMIT $limit`;

export const GET_VIEW = `
MATCH (v:SavedView {id: $id})
RETURN v.id AS id, v.name AS name, v.created AS created, v.updated AS updated,
       v.filters AS filters, v.node AS node, v.pathTo AS pathTo, v.appearance AS appearance,
       v.positions AS positions, v.camera AS camera`;

/** Replaces the view of that name, or adds one while fewer than $maxViews exist; no row when full. */
export const SAVE_VIEW = `
OPTIONAL MATCH (taken:SavedView {name: $name})
WITH taken, COUNT { (:SavedView) } AS total
WHERE taken IS NOT NULL OR total < $maxViews
MERGE (v:SavedView {name: $name})
  ON CREATE SET v.id = $id, v.created = $now
SET v.updated = $now, v.filters = $filters, v.node = $node, v.pathTo = $pathTo,
    v.appearance = $appearance,
    v.positions = $positions, v.camera = $camera, v.nodes = $nodes
RETURN v.id AS id, v.created AS created, v.updated AS updated`;

export const DELETE_VIEW = `
MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS deleted`;
