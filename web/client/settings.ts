// Sigma settings for the explorer, apart from the renderer that uses them (sigma's own habit).
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from './graph-model.js';

export const RENDERER_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  // Labels: a few per 120px cell at most, and only for nodes drawn big enough;
  // a focused node and its neighbours force theirs (see highlight.ts).
  labelDensity: 0.15,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 9,
  labelFont: 'system-ui, "Liberation Sans", sans-serif',
  labelSize: 13,
  labelWeight: '500',
  // Edge labels (the relation) appear only for edges the reducers give a label to.
  renderEdgeLabels: true,
  edgeLabelFont: 'system-ui, "Liberation Sans", sans-serif',
  edgeLabelSize: 11,
  edgeLabelWeight: '600',
  edgeLabelColor: { attribute: 'color' },
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: 'line',
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
  stagePadding: 40,
  // Keeps 50k edges fluid while panning.
  hideEdgesOnMove: false,
  edgeProgramClasses: {
    line: EdgeRectangleProgram,
    arrow: EdgeArrowProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
    // One-pixel lines while the layout moves things (highlight.ts, `draft`).
    draft: EdgeLineProgram,
  },
};

/** Above this many edges, edges hide while the camera moves. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 20_000;

/** Up to this many nodes, every node may carry its label. */
export const LABEL_EVERY_NODE_UP_TO = 150;

/** The biggest nodes of the view always carry their label, however crowded the label grid. */
export const LABEL_LARGEST = 12;
