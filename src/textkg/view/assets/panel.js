/* Part 6 of 7 (panel): the tooltip, and the side panel over the canvas (a node, a link, the
   unlinked entities, the documents). The panel lies over the canvas instead of narrowing it,
   so opening it never rescales the drawing. */

const tooltip = $("tooltip");
function showTooltip(pointer, title, lines) {
  tooltip.replaceChildren(el("strong", { text: title }), ...lines.filter(Boolean).map((line) => el("div", { class: "sub", text: line })));
  tooltip.hidden = false;
  const box = container.getBoundingClientRect();
  const x = Math.min(pointer.x + 14, box.width - tooltip.offsetWidth - 8);
  const y = Math.min(pointer.y + 14, box.height - tooltip.offsetHeight - 8);
  tooltip.style.left = Math.max(4, x) + "px";
  tooltip.style.top = Math.max(4, y) + "px";
}
const hideTooltip = () => {
  tooltip.hidden = true;
};
function summaryLines(id) {
  const node = nodesData[id];
  const lines = [types[node.t].label + " · " + plural(adjacency[id].filter(edgeVisible).length, "link")];
  if (node.d) lines.push("Date: " + node.d);
  if (node.a && node.a.length) lines.push("Also: " + node.a.slice(0, 4).join("; ") + (node.a.length > 4 ? "…" : ""));
  if (node.j && node.j.length) lines.push(node.j.slice(0, 3).join("; "));
  if (node.m && node.m.length) lines.push("Mentioned in " + plural(node.m.length, "document"));
  return lines;
}
network.on("hoverNode", (params) => {
  showTooltip(params.pointer.DOM, oneLine(nodesData[params.node].ft || nodesData[params.node].l), summaryLines(params.node));
});
network.on("hoverEdge", (params) => {
  const edge = edgesData[params.edge];
  const rel = rels[edge.r];
  showTooltip(params.pointer.DOM, nodeName(edge.f) + " — " + rel.label + " — " + nodeName(edge.t),
    [rel.curie + " · " + plural((edge.e || []).length, "sentence")]);
});
for (const name of ["blurNode", "blurEdge", "dragStart", "zoom", "click"]) network.on(name, hideTooltip);

// ------------------------------------------------------------------ moving the view

const details = $("details");
const body = $("details-body");
const animation = { duration: 450, easingFunction: "easeInOutQuad" };

/** The canvas the panel leaves free, in screen pixels. */
function freeArea() {
  const width = container.clientWidth;
  const covered = details.hidden ? 0 : Math.min(details.offsetWidth, width - 160);
  const top = overview.hidden ? 0 : overview.offsetHeight + 10;
  return { width: width - covered, height: container.clientHeight - top, top: top };
}

/** Put a canvas point in the middle of the free canvas. */
function centreOn(position, scale, animate) {
  const free = freeArea();
  const s = scale || network.getScale();
  network.moveTo({
    position: { x: position.x + (container.clientWidth - free.width) / 2 / s, y: position.y - free.top / 2 / s },
    scale: s,
    animation: animate === false ? false : animation,
  });
}

/** The canvas box around these nodes, their shapes included. */
function bounds(ids) {
  const positions = network.getPositions(ids);
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const id of ids) {
    const point = positions[id];
    const size = nodesData[id].s || 10;
    box.left = Math.min(box.left, point.x - size);
    box.right = Math.max(box.right, point.x + size);
    box.top = Math.min(box.top, point.y - size);
    box.bottom = Math.max(box.bottom, point.y + size);
  }
  return box;
}

/** Fit these nodes (those visible) into the free canvas, leaving room for their labels. */
function fitNodes(ids, animate) {
  const shown = ids.filter((id) => nodeVisible(id));
  if (!shown.length) return;
  const box = bounds(shown);
  const free = freeArea();
  const margin = 48; // screen pixels around the drawing: half a label either side
  const scale = Math.max(0.01, Math.min(1.25, (free.width - 2 * margin) / Math.max(1, box.right - box.left), (free.height - 2 * margin) / Math.max(1, box.bottom - box.top)));
  centreOn({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale, animate);
}

// ------------------------------------------------------------------ the panel and its views

const backButton = $("details-back");
const views = []; // what the panel showed, newest last: Back reopens the one before

function openView(render, wide) {
  views.push({ render: render, wide: !!wide });
  if (views.length > 30) views.shift();
  showView();
}
function showView() {
  const view = views[views.length - 1];
  details.classList.toggle("wide", view.wide);
  body.replaceChildren(...view.render());
  details.hidden = false;
  details.scrollTop = 0;
  backButton.hidden = views.length < 2;
  network.redraw(); // labels keep out from under the panel
}
backButton.addEventListener("click", () => {
  views.pop();
  if (views.length) showView();
});
function closePanel() {
  details.hidden = true;
  views.length = 0;
  network.unselectAll();
  state.selected = null;
  focusButton.disabled = true;
  labelEdges([]);
  network.redraw();
}
$("close-details").addEventListener("click", closePanel);

function docTitle(index) {
  if (index < 0) return "unknown document";
  const doc = docs[index];
  return doc.date ? doc.title + " (" + doc.date + ")" : doc.title;
}
function docLink(index, sentence) {
  if (index < 0) return el("span", { text: docTitle(index) });
  return el("button", { type: "button", class: "link doc", title: "Read the article", text: docTitle(index), onclick: () => openArticle(index, sentence) });
}

/** The sentence as text, with the given names marked (built from text nodes only). */
function markedSentence(text, names) {
  const lower = text.toLowerCase();
  const spans = [];
  for (const name of names) {
    if (!name || name.length < 2) continue;
    const needle = name.toLowerCase();
    let at = lower.indexOf(needle);
    while (at >= 0) {
      spans.push([at, at + needle.length]);
      at = lower.indexOf(needle, at + needle.length);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    parts.push(text.slice(cursor, start), el("mark", { text: text.slice(start, end) }));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts;
}

const namesOf = (id) => [nodesData[id].l].concat(nodesData[id].a || []);

function evidenceList(indices, names, limit) {
  const box = el("div");
  const items = indices.map((index) => {
    const [text, doc, extractor, confidence] = evidence[index];
    const source = (extractor ? " · " + extractor : "") + (confidence !== null && confidence !== undefined ? " · " + confidence : "");
    return el("blockquote", { class: "evidence" }, ...markedSentence(text, names), el("cite", null, docLink(doc, index), source));
  });
  items.slice(0, limit).forEach((item) => box.append(item));
  if (items.length > limit) {
    const more = el("button", { type: "button", class: "link more", text: "Show " + plural(items.length - limit, "more sentence") });
    more.addEventListener("click", () => {
      more.remove();
      items.slice(limit).forEach((item) => box.append(item));
    });
    box.append(more);
  }
  return box;
}

function nodeLink(id) {
  return el("button", { type: "button", class: "link", text: nodeName(id), onclick: () => focusNode(id) });
}
const section = (title, ...content) => [el("h3", { text: title }), ...content];
const chips = (values) => el("div", { class: "chips" }, ...values.map((value) => el("span", { class: "chip", text: value })));

function select(id) {
  state.selected = id;
  const node = nodesData[id];
  focusButton.disabled = !!node.o;
  if (node.o) focusButton.title = "It has no links";
  else focusButton.removeAttribute("title");
  labelEdges(adjacency[id].filter(edgeVisible));
  openView(() => nodeDetails(id));
  network.redraw();
}

function nodeDetails(id) {
  const node = nodesData[id];
  const type = types[node.t];
  const parts = [el("div", { class: "badge" }, swatch(type), type.label), el("h2", { text: oneLine(node.ft || node.l) })];
  if (node.o) parts.push(el("p", { class: "muted", text: "Not drawn: nothing links it to another entity. Its documents are below." }));
  if (node.d) parts.push(...section("Date", el("div", { text: node.d })));
  if (node.a && node.a.length) parts.push(...section("Also known as", chips(node.a)));
  if (node.j && node.j.length) parts.push(...section("Job titles", chips(node.j)));
  if (node.b && node.b.length) {
    const dates = el("div");
    for (const [name, value, evidenceIds] of node.b) {
      const row = el("div", { class: "relation" }, el("div", { class: "head" }, el("span", { class: "verb", text: name }), el("span", { text: value })));
      if (evidenceIds.length) row.append(evidenceList(evidenceIds, namesOf(id), 1));
      dates.append(row);
    }
    parts.push(...section("Dates", dates));
  }
  const links = adjacency[id].slice().sort((a, b) => {
    const ea = edgesData[a];
    const eb = edgesData[b];
    return rels[ea.r].label.localeCompare(rels[eb.r].label) || nodesData[other(ea, id)].l.localeCompare(nodesData[other(eb, id)].l);
  });
  if (links.length) {
    const list = el("div");
    for (const edgeId of links) {
      const edge = edgesData[edgeId];
      const rel = rels[edge.r];
      const neighbour = other(edge, id);
      let verb = rel.label;
      if (rel.directed && edge.f !== id) verb = "← " + rel.label;
      else if (rel.directed) verb = rel.label + " →";
      const head = el("div", { class: "head" }, el("span", { class: "verb" + (rel.kind === "open" ? " open" : ""), title: rel.curie, text: verb }), nodeLink(neighbour));
      const row = el("div", { class: "relation", "data-edge": edgeId }, head);
      if (edge.e && edge.e.length) row.append(evidenceList(edge.e, namesOf(id).concat(namesOf(neighbour)), 2));
      list.append(row);
    }
    parts.push(...section("Relations (" + fmt(links.length) + ")", list));
  }
  if (node.e && node.e.length) {
    const names = [];
    adjacency[id].forEach((edgeId) => names.push(...namesOf(other(edgesData[edgeId], id))));
    parts.push(...section("Evidence", evidenceList(node.e, names, 4)));
  }
  if (node.q && node.q.length) {
    const quotes = el("div");
    for (const [text, index] of node.q) {
      quotes.append(el("blockquote", { class: "evidence" }, "“" + text + "”", el("cite", null, docLink(evidence[index][1], index))));
    }
    parts.push(...section("Quoted", quotes));
  }
  if (node.m && node.m.length) {
    parts.push(...section("Mentioned in", el("ul", { class: "plain" }, ...node.m.map((doc) => el("li", null, docLink(doc))))));
  }
  return parts;
}

function selectEdge(edgeId) {
  state.selected = null;
  focusButton.disabled = true;
  labelEdges([edgeId]);
  openView(() => edgeDetails(edgeId));
}

function edgeDetails(edgeId) {
  const edge = edgesData[edgeId];
  const rel = rels[edge.r];
  const parts = [
    el("div", { class: "badge", text: { typed: "Typed relation", open: "Open relation", event: "Event link", other: "Link" }[rel.kind] + " · " + rel.curie }),
    el("h2", { text: rel.label }),
    el("div", { class: "head" }, nodeLink(edge.f), el("span", { class: "verb", text: rel.directed ? " → " : " ↔ " }), nodeLink(edge.t)),
  ];
  if (edge.e && edge.e.length) parts.push(...section("Evidence (" + fmt(edge.e.length) + ")", evidenceList(edge.e, namesOf(edge.f).concat(namesOf(edge.t)), 6)));
  return parts;
}

network.on("click", (params) => {
  if (params.nodes.length) select(params.nodes[0]);
  else if (params.edges.length) selectEdge(params.edges[0]);
});

// ------------------------------------------------------------------ lists: unlinked entities, documents

/** A filter box over a list of buttons, built on demand (a list can hold thousands). */
function filteredList(placeholder, items, render, className) {
  const input = el("input", { type: "search", class: "list-filter", placeholder: placeholder, "aria-label": placeholder });
  const list = el("ul", { class: className });
  const count = el("p", { class: "muted small" });
  const shownMax = 2000;
  function update() {
    const query = fold(input.value);
    const found = query ? items.filter((item) => item.key.includes(query)) : items;
    list.replaceChildren(...found.slice(0, shownMax).map(render));
    count.textContent = found.length > shownMax ? "First " + fmt(shownMax) + " of " + fmt(found.length) + ": type to narrow" : plural(found.length, "shown", "shown");
  }
  input.addEventListener("input", update);
  update();
  return [input, count, list];
}

function showIsolated() {
  const items = isolatedIds
    .slice()
    .sort((a, b) => mentionCount(b) - mentionCount(a) || nodesData[a].l.localeCompare(nodesData[b].l))
    .map((id) => ({ id: id, key: fold(nodeName(id) + " " + (nodesData[id].a || []).join(" ")) }));
  openView(() => [
    el("h2", { text: "Entities without links" }),
    el("p", { class: "muted", text: plural(isolatedIds.length, "entity is", "entities are") + " named in the articles but linked to nothing, so the graph does not draw them. Most mentioned first; click one for its documents." }),
    ...filteredList("Filter these names…", items, (item) => el("li", null,
      el("button", { type: "button", class: "link", "data-node": item.id, onclick: () => select(item.id) }, swatch(types[nodesData[item.id].t]), nodeName(item.id))), "isolated-list"),
  ]);
}

const docFacts = new Array(docs.length).fill(0);
evidence.forEach((row) => {
  if (row[1] >= 0) docFacts[row[1]]++;
});

function showDocuments() {
  const items = docs
    .map((doc, index) => ({ index: index, key: fold(doc.title + " " + (doc.source || "") + " " + (doc.date || "")) }))
    .sort((a, b) => docFacts[b.index] - docFacts[a.index] || docs[a.index].title.localeCompare(docs[b.index].title));
  openView(() => [
    el("h2", { text: "Documents" }),
    el("p", { class: "muted", text: "Most facts first. Open one to read it with its names and facts marked." }),
    ...filteredList("Filter by title, file or date…", items, (item) => el("li", null,
      el("button", { type: "button", class: "link doc", "data-doc": item.index, onclick: () => openArticle(item.index) }, docTitle(item.index)),
      el("span", { class: "muted small", text: " " + plural(docFacts[item.index], "fact") + (docs[item.index].x ? "" : " · no text") })), "doc-list"),
  ]);
}

if (data.focus && data.focus.ids.length) {
  network.selectNodes(data.focus.ids.filter((id) => !nodesData[id].o));
  select(data.focus.ids[0]);
} else if (!drawnIds.length && isolatedIds.length) {
  showIsolated(); // nothing is linked: the list is the page
}
