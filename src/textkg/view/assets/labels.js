/* Part 4 of 7 (labels): node labels drawn by the page, not by vis-network, so they can be
   chosen. After each frame the visible nodes are taken most important first (the selected node
   and its neighbours, then the most connected and most mentioned) and each label is drawn only
   where it covers no label already placed. So the hubs keep their labels at every zoom, the
   others appear as zooming in makes room, and no two labels ever overlap. */

const LABEL_PX = 13;
const LABEL_LINE = 16; // box height of one label, in screen pixels
const LABEL_GAP = 3; // clear space kept around each label
const MAX_LABELS = 400; // per frame: past this a screen is text, not a graph
const PINNED = 12;
const rankOf = new Int32Array(nodesData.length).fill(nodesData.length);
importance.forEach((id, rank) => {
  rankOf[id] = rank;
});
const labelFont = (px) => "600 " + px + "px " + fontFace;
const labelWidths = new Map(); // text → width at LABEL_PX
let placedLabels = [];
let hoveredNode = null;

/** A label's texts, longest first: when crowded, an event names its participants by their
    shortest names, and a long label is cut short. */
const SHORT_LABEL = 28;
const cut = (text) => (text.length > SHORT_LABEL + 4 ? text.slice(0, SHORT_LABEL).trimEnd() + "…" : text);
const labelTexts = nodesData.map((node, id) => {
  const forms = [nodeName(id)];
  if (node.sl) forms.push(oneLine(node.sl));
  forms.push(cut(forms[forms.length - 1]));
  return forms.filter((text, i) => forms.indexOf(text) === i);
});

function textWidth(ctx, text) {
  let width = labelWidths.get(text);
  if (width === undefined) {
    ctx.save();
    ctx.font = labelFont(LABEL_PX);
    width = ctx.measureText(text).width;
    ctx.restore();
    labelWidths.set(text, width);
  }
  return width;
}

/** Nodes whose labels are placed first: what the user is looking at, then by importance. */
function labelOrder() {
  const first = [];
  if (hoveredNode !== null) first.push(hoveredNode);
  if (state.selected !== null && !nodesData[state.selected].o) {
    first.push(state.selected);
    for (const edgeId of adjacency[state.selected]) if (edgeVisible(edgeId)) first.push(other(edgesData[edgeId], state.selected));
  }
  return first.length ? first.concat(importance) : importance;
}

function drawLabels(ctx) {
  const scale = network.getScale();
  const view = network.getViewPosition();
  const width = container.clientWidth;
  const height = container.clientHeight;
  // Labels go only where they can be read: not under the side panel.
  const panel = $("details");
  const right = panel.hidden ? width : width - Math.min(panel.offsetWidth, width - 160);
  const cell = 64;
  const labelGrid = new Map();
  const nodeGrid = new Map();
  const placed = [];
  const done = new Set();
  const positions = network.body.nodes;
  const toScreen = (id) => {
    const node = positions[id];
    return { x: (node.x - view.x) * scale + width / 2, y: (node.y - view.y) * scale + height / 2, r: Math.max(2, nodesData[id].s * scale) };
  };
  const cells = (box, visit) => {
    for (let gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
      for (let gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
        if (visit(gx * 100003 + gy)) return true;
      }
    }
    return false;
  };
  const collides = (grid, box, own) => cells(box, (key) => {
    for (const other of grid.get(key) || []) {
      if (other !== own && box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) return true;
    }
    return false;
  });
  const occupy = (grid, box) => cells(box, (key) => {
    if (!grid.has(key)) grid.set(key, []);
    grid.get(key).push(box);
    return false;
  });
  // Nodes big enough to see are kept clear of other nodes' labels.
  const nodeBoxes = new Map();
  for (const id of drawnIds) {
    if (!positions[id] || !nodeVisible(id)) continue;
    const spot = toScreen(id);
    if (spot.r < 4 || spot.x < -spot.r || spot.x > width + spot.r || spot.y < -spot.r || spot.y > height + spot.r) continue;
    const box = [spot.x - spot.r, spot.y - spot.r, spot.x + spot.r, spot.y + spot.r];
    nodeBoxes.set(id, box);
    occupy(nodeGrid, box);
  }

  for (const id of labelOrder()) {
    if (placed.length >= MAX_LABELS) break;
    if (done.has(id) || !nodeVisible(id)) continue;
    done.add(id);
    if (!positions[id]) continue;
    const { x, y, r: radius } = toScreen(id);
    // The best-connected few are labelled even over smaller nodes, so some names always show.
    const pinned = rankOf[id] < PINNED;
    if (x < -200 || x > width + 200 || y < -radius - 40 || y > height + 40) continue;
    // Below the node, above it, right of it, left of it; the whole label, then a cut one.
    let fitted = false;
    for (const text of labelTexts[id]) {
      const w = textWidth(ctx, text);
      const spots = [
        [x - w / 2, y + radius + 2],
        [x - w / 2, y - radius - 2 - LABEL_LINE],
        [x + radius + 4, y - LABEL_LINE / 2],
        [x - radius - 4 - w, y - LABEL_LINE / 2],
      ];
      for (const [left, top] of spots) {
        const box = [left - LABEL_GAP, top - LABEL_GAP, left + w + LABEL_GAP, top + LABEL_LINE + LABEL_GAP];
        if (box[0] < 0 || box[2] > right || box[1] < 0 || box[3] > height) continue; // only whole labels
        if (collides(labelGrid, box, null) || (!pinned && collides(nodeGrid, box, nodeBoxes.get(id)))) continue;
        occupy(labelGrid, box);
        placed.push({ id: id, text: text, left: left, top: top, w: w });
        fitted = true;
        break;
      }
      if (fitted) break;
    }
  }

  // Draw in canvas coordinates (the frame's transform is still set), sized to stay 13 px.
  ctx.save();
  ctx.font = labelFont(LABEL_PX / scale);
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3.5 / scale;
  ctx.strokeStyle = "rgba(255,255,255,0.95)";
  ctx.fillStyle = "#1f2933";
  for (const label of placed) {
    const cx = (label.left - width / 2) / scale + view.x;
    const cy = (label.top + 1 - height / 2) / scale + view.y;
    ctx.strokeText(label.text, cx, cy);
    ctx.fillText(label.text, cx, cy);
  }
  ctx.restore();
  placedLabels = placed;
}
network.on("afterDrawing", drawLabels);
network.on("hoverNode", (params) => {
  hoveredNode = params.node;
  network.redraw();
});
network.on("blurNode", () => {
  hoveredNode = null;
  network.redraw();
});

/** The labels of the last frame, in screen pixels (left, top, right, bottom of the text). */
api.labels = () => placedLabels.map((label) => ({
  id: label.id,
  text: label.text,
  left: label.left,
  top: label.top,
  right: label.left + label.w,
  bottom: label.top + LABEL_LINE,
}));
