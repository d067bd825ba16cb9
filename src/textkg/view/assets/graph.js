/* Part 3 of 7 (graph): the vis-network drawing, colours, edge labels, the initial view. */

function shade(hex, amount) {
  const value = parseInt(hex.slice(1), 16);
  const channel = (shift) => Math.max(0, Math.min(255, Math.round(((value >> shift) & 255) * amount)));
  return "rgb(" + channel(16) + "," + channel(8) + "," + channel(0) + ")";
}
const kindStyle = {
  typed: { color: "#5b6675", dashes: false },
  open: { color: "#8e6bbf", dashes: [7, 5] },
  event: { color: "#c9a227", dashes: [2, 4] },
  other: { color: "#7a8c99", dashes: [10, 3, 2, 3] },
};
/** Community colours, largest community first; the rest share grey. */
const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939"];
const communityColour = (index) => (index < PALETTE.length && comms[index] && comms[index][0] > 2 ? PALETTE[index] : "#a7adb5");
const nodeColour = (background) => ({
  background: background,
  border: shade(background, 0.72),
  highlight: { background: background, border: "#111827" },
  hover: { background: background, border: "#111827" },
});

// Shape and colour come from vis groups (one per type), so each node carries only its own
// few fields: that keeps building a page of 20,000 nodes quick. Labels are drawn by labels.js.
const groups = {};
types.forEach((type, index) => {
  groups["t" + index] = { shape: type.shape, color: nodeColour(type.color) };
});
const visNodes = drawnIds.map((id) => {
  const node = nodesData[id];
  return { id: id, x: node.x, y: node.y, size: node.s, group: "t" + node.t };
});

const pairTotal = new Map();
for (const edge of edgesData) {
  const key = Math.min(edge.f, edge.t) + ":" + Math.max(edge.f, edge.t);
  pairTotal.set(key, (pairTotal.get(key) || 0) + 1);
}
const pairCount = new Map();
const visEdges = edgesData.map((edge, id) => {
  const rel = rels[edge.r];
  const style = kindStyle[rel.kind] || kindStyle.other;
  const a = Math.min(edge.f, edge.t);
  const pairKey = a + ":" + Math.max(edge.f, edge.t);
  const nth = pairCount.get(pairKey) || 0;
  pairCount.set(pairKey, nth + 1);
  // Typed, directed relations use the defaults in `options.edges`; others say how they differ.
  const item = { id: id, from: edge.f, to: edge.t };
  if (rel.kind !== "typed") {
    item.color = { color: style.color, highlight: "#111827", hover: "#111827", opacity: 0.9 };
    item.width = 1.2;
    if (!big) item.dashes = style.dashes;
  }
  if (!rel.directed || rel.kind === "event") item.arrows = { to: { enabled: false } };
  if (pairTotal.get(pairKey) > 1) {
    // Several relations between one pair: bend them apart so each label can be read.
    const side = (nth % 2 === 0 ? 1 : -1) * (edge.f <= edge.t ? 1 : -1);
    item.smooth = { enabled: true, type: side > 0 ? "curvedCW" : "curvedCCW", roundness: 0.18 * (1 + Math.floor(nth / 2)) };
  }
  return item;
});

const nodeSet = new vis.DataSet(visNodes);
const edgeSet = new vis.DataSet(visEdges);
const nodeView = new vis.DataView(nodeSet, { filter: (item) => nodeVisible(item.id) });
const edgeView = new vis.DataView(edgeSet, { filter: (item) => edgeVisible(item.id) });

const fontFace = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const options = {
  autoResize: true,
  physics: { enabled: false },
  layout: { improvedLayout: false, randomSeed: 1 },
  interaction: {
    hover: true,
    hoverConnectedEdges: !big,
    tooltipDelay: 3600000,
    hideEdgesOnDrag: big,
    hideEdgesOnZoom: big,
    navigationButtons: false,
    keyboard: false,
    multiselect: false,
    zoomSpeed: 0.7,
  },
  nodes: { borderWidth: 1.5, borderWidthSelected: 3 },
  groups: groups,
  edges: {
    smooth: false,
    width: 1.6,
    color: { color: kindStyle.typed.color, highlight: "#111827", hover: "#111827", opacity: 0.9 },
    arrows: { to: { enabled: !big, scaleFactor: 0.7 } },
    selectionWidth: 1.5,
    hoverWidth: 0.8,
    font: { face: fontFace, size: 11, color: "#374151", strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" },
    arrowStrikethrough: false,
  },
};

const container = $("graph");
timings.datasets = performance.now();
const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
timings.network = performance.now();
const api = {
  network: network,
  data: data,
  ready: false,
  readyAt: null,
  timings: timings,
  focusNode: (id) => focusNode(id),
  selected: () => state.selected,
  selectedEdges: () => network.getSelectedEdges(),
  visibleNodeCount: () => nodeView.length,
  visibleEdgeCount: () => edgeView.length,
  labelledEdges: () => Array.from(labelledEdges),
  mainComponent: () => (components[0] || []).slice(),
};
window.textkgView = api;
function markReady() {
  api.ready = true;
  api.readyAt = performance.now();
  document.documentElement.dataset.ready = "true";
}
if (drawnIds.length) network.once("afterDrawing", markReady);
else markReady();

if (big) {
  // Arrow heads cost a fill each; on a big graph draw them only once zoomed in enough to see.
  let arrowsOn = false;
  network.on("zoom", () => {
    const wanted = network.getScale() > 0.35;
    if (wanted !== arrowsOn) {
      arrowsOn = wanted;
      network.setOptions({ edges: { arrows: { to: { enabled: wanted, scaleFactor: 0.7 } } } });
    }
  });
}

function refresh() {
  nodeView.refresh();
  edgeView.refresh();
}

// ------------------------------------------------------------------ colour

function colourBy(mode) {
  state.colour = mode;
  nodeSet.update(drawnIds.map((id) => ({
    id: id,
    color: nodeColour(mode === "community" ? communityColour(nodesData[id].c) : types[nodesData[id].t].color),
  })));
}

// ------------------------------------------------------------------ edge labels

// Edge labels are shown for the edge under the pointer and the selected node's edges (or all,
// when the user asks): a dense cluster with every label drawn is unreadable.
const labelledEdges = new Set();
let hoveredEdge = null;
let wantedEdgeLabels = new Set();
let allEdgeLabels = false;

function syncEdgeLabels() {
  const wanted = new Set(allEdgeLabels ? edgeView.getIds() : wantedEdgeLabels);
  if (hoveredEdge !== null) wanted.add(hoveredEdge);
  const updates = [];
  for (const id of labelledEdges) {
    if (!wanted.has(id)) {
      labelledEdges.delete(id);
      updates.push({ id: id, label: " " }); // vis keeps the old label for "" or null
    }
  }
  for (const id of wanted) {
    if (!labelledEdges.has(id)) {
      labelledEdges.add(id);
      updates.push({ id: id, label: rels[edgesData[id].r].label });
    }
  }
  if (updates.length) edgeSet.update(updates);
}
function labelEdges(ids) {
  wantedEdgeLabels = new Set(ids);
  syncEdgeLabels();
}
network.on("hoverEdge", (params) => {
  hoveredEdge = params.edge;
  syncEdgeLabels();
});
network.on("blurEdge", () => {
  hoveredEdge = null;
  syncEdgeLabels();
});

// ------------------------------------------------------------------ the initial view

// The largest linked group fills the first view (see the end of the last part); the others
// are a zoom or "Fit all" away. fitNodes is in panel.js: it leaves room for the side panel.
function fitMain(animate) {
  fitNodes(components.length ? components[0] : drawnIds, animate);
}
function fitAll(animate) {
  fitNodes(drawnIds, animate);
}
