/* textkg graph view, part 1 of 7 (core): the data, small helpers, and what is visible.
   The parts run in order inside one function, so they share its scope. All data comes from the
   JSON block and is shown with textContent only: names, aliases, sentences and article texts
   are never parsed as HTML. */

const timings = { start: performance.now() };
const data = JSON.parse(document.getElementById("textkg-data").textContent);
timings.parsed = performance.now();
const $ = (id) => document.getElementById(id);
const numberFormat = new Intl.NumberFormat("en");
const fmt = (n) => numberFormat.format(n);
const plural = (n, one, many) => fmt(n) + " " + (n === 1 ? one : many || one + "s");
const oneLine = (text) => text.replace(/\s*\n\s*/g, " ");
const svgNS = "http://www.w3.org/2000/svg";

/** Build an element; string children become text nodes (never markup). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

const types = data.types;
const rels = data.rels;
const docs = data.docs;
const evidence = data.ev;
const nodesData = data.nodes;
const edgesData = data.edges;
const comms = data.comms || [];
const drawnIds = [];
const isolatedIds = [];
nodesData.forEach((node, id) => (node.o ? isolatedIds : drawnIds).push(id));
const big = drawnIds.length > 1500 || edgesData.length > 3000;
const nodeName = (id) => oneLine(nodesData[id].l);

// ------------------------------------------------------------------ header and notices

$("title").textContent = data.title;
{
  // one meaning of "entities" everywhere: events and byline agents are counted apart
  const kinds = data.counts.kinds || [];
  const shown = kinds.length
    ? kinds.map((k) => (k.shown !== k.total ? fmt(k.shown) + " of " : "") + plural(k.total, k.one, k.many)).join(" · ")
    : data.counts.graph !== nodesData.length
      ? fmt(nodesData.length) + " of " + plural(data.counts.graph, "entity", "entities")
      : plural(nodesData.length, "entity", "entities");
  $("stats").textContent = [shown, plural(edgesData.length, "link"), plural(docs.length, "document")].join(" · ");
}

if (data.counts.leftOut > 0) {
  const notice = $("notice");
  const what = data.focus ? "nearest and most connected" : "most connected";
  notice.append(
    el("strong", { text: "Showing the " + fmt(nodesData.length) + " " + what + " of " + fmt(data.counts.matched) + " entities; " + fmt(data.counts.leftOut) + " are left out. " }),
    "To see them, focus on one (",
    el("code", { text: "textkg view GRAPH --focus NAME --hops 2" }),
    "), filter (",
    el("code", { text: "--types Person,Organization" }),
    " or ",
    el("code", { text: "--relations tk:metWith" }),
    "), or raise ",
    el("code", { text: "--max-nodes" }),
    ". Search also lists left-out names."
  );
  notice.hidden = false;
}
if (!nodesData.length) $("empty").hidden = false;

// ------------------------------------------------------------------ graph structure and state

const adjacency = nodesData.map(() => []);
edgesData.forEach((edge, id) => {
  adjacency[edge.f].push(id);
  if (edge.t !== edge.f) adjacency[edge.t].push(id);
});
const other = (edge, id) => (edge.f === id ? edge.t : edge.f);
const mentionCount = (id) => (nodesData[id].m || []).length;

const state = {
  types: new Set(types.map((_, i) => i)),
  rels: new Set(rels.map((_, i) => i)),
  hood: null, // Set of node ids when focused on a neighbourhood
  hoodOf: null,
  time: null, // { nodes: Set, edges: Set } while the timeline narrows the dates
  selected: null,
  colour: "type", // or "community"
};
const nodeVisible = (id) =>
  !nodesData[id].o &&
  state.types.has(nodesData[id].t) &&
  (!state.hood || state.hood.has(id)) &&
  (!state.time || state.time.nodes.has(id));
const edgeVisible = (id) => {
  const edge = edgesData[id];
  return state.rels.has(edge.r) && nodeVisible(edge.f) && nodeVisible(edge.t) && (!state.time || state.time.edges.has(id));
};

/** Drawn nodes, most connected (then most mentioned) first: who keeps a label when space is short. */
const importance = drawnIds.slice().sort((a, b) =>
  adjacency[b].length - adjacency[a].length || mentionCount(b) - mentionCount(a) || (nodesData[a].l < nodesData[b].l ? -1 : nodesData[a].l > nodesData[b].l ? 1 : a - b));

/** Connected groups of drawn nodes over every link, largest first. */
const components = (() => {
  const seen = new Int32Array(nodesData.length).fill(-1);
  const found = [];
  for (const start of drawnIds) {
    if (seen[start] >= 0) continue;
    const members = [start];
    seen[start] = found.length;
    for (let i = 0; i < members.length; i++) {
      for (const edgeId of adjacency[members[i]]) {
        const next = other(edgesData[edgeId], members[i]);
        if (seen[next] < 0) {
          seen[next] = found.length;
          members.push(next);
        }
      }
    }
    found.push(members);
  }
  return found.sort((a, b) => b.length - a.length || a[0] - b[0]);
})();
