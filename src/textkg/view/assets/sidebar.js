/* Part 5 of 7 (sidebar): overview controls, legend and filters, communities, neighbourhood,
   search. */

function swatch(type) {
  return el("span", { class: "swatch " + type.shape, style: "background:" + type.color });
}

// ------------------------------------------------------------------ overview

const overview = $("overview");
function overviewChips() {
  overview.replaceChildren();
  if (components.length > 1 && components[0].length < drawnIds.length) {
    overview.append(el("div", { class: "chip-bar" },
      el("span", { text: "Largest linked group: " + fmt(components[0].length) + " of " + plural(drawnIds.length, "linked entity", "linked entities") + " (" + plural(components.length, "group") + ")" }),
      el("button", { type: "button", id: "fit-all", text: "Fit all", onclick: () => fitAll(true) }),
      el("button", { type: "button", id: "fit-main", text: "Largest group", onclick: () => fitMain(true) })));
  }
  if (isolatedIds.length) {
    overview.append(el("div", { class: "chip-bar", id: "isolated-chip" },
      el("span", { text: plural(isolatedIds.length, "entity", "entities") + " without links " + (isolatedIds.length === 1 ? "is" : "are") + " not drawn" }),
      el("button", { type: "button", id: "show-isolated", text: "List them", onclick: () => showIsolated() })));
  }
  overview.hidden = !overview.children.length;
}
overviewChips();

$("colour").addEventListener("change", () => {
  const mode = $("colour").value;
  colourBy(mode);
  $("communities-section").classList.toggle("coloured", mode === "community");
});
const allLabelsBox = $("all-edge-labels");
allLabelsBox.disabled = edgesData.length > 3000;
if (allLabelsBox.disabled) allLabelsBox.parentElement.title = "Too many links to label all at once: select a node to label its links";
allLabelsBox.addEventListener("change", () => {
  allEdgeLabels = allLabelsBox.checked;
  syncEdgeLabels();
});

// ------------------------------------------------------------------ legend and filters

const typeList = $("legend-types");
types.forEach((type, index) => {
  const box = el("input", { type: "checkbox", checked: true, "data-type": type.key });
  box.addEventListener("change", () => {
    if (box.checked) state.types.add(index);
    else state.types.delete(index);
    filtersChanged();
  });
  typeList.append(el("li", null, el("label", null, box, swatch(type), type.label, el("span", { class: "count", text: fmt(type.count) }))));
});

/** After any filter change: redraw what is visible, keep edge labels to what is shown. */
function filtersChanged() {
  refresh();
  if (allEdgeLabels) syncEdgeLabels();
}

function lineSample(style, arrow) {
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("width", "34");
  svg.setAttribute("height", "10");
  const line = document.createElementNS(svgNS, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("y1", "5");
  line.setAttribute("x2", arrow ? "26" : "33");
  line.setAttribute("y2", "5");
  line.setAttribute("stroke", style.color);
  line.setAttribute("stroke-width", "1.8");
  if (style.dashes) line.setAttribute("stroke-dasharray", style.dashes.join(" "));
  svg.append(line);
  if (arrow) {
    const head = document.createElementNS(svgNS, "path");
    head.setAttribute("d", "M26 1 L33 5 L26 9 Z");
    head.setAttribute("fill", style.color);
    svg.append(head);
  }
  return svg;
}
{
  const kindsPresent = new Set(rels.map((rel) => rel.kind));
  const edgeKey = $("legend-edges");
  const kindNames = { typed: "typed relation", open: "open relation (verb)", event: "event participant / place", other: "other link" };
  for (const kind of ["typed", "open", "event", "other"]) {
    const style = big ? { color: kindStyle[kind].color, dashes: false } : kindStyle[kind];
    if (kindsPresent.has(kind)) edgeKey.append(el("li", null, lineSample(style, kind !== "event"), kindNames[kind]));
  }
  if (rels.some((rel) => !rel.directed)) edgeKey.append(el("li", null, lineSample(kindStyle.typed, false), "no arrow: both ways"));
}

const groupTitles = { typed: "Typed relations", open: "Open relations", event: "Event links", other: "Other links" };
for (const kind of ["typed", "open", "event", "other"]) {
  const members = rels.map((rel, index) => ({ rel, index })).filter((item) => item.rel.kind === kind);
  if (!members.length) continue;
  const groupBox = el("input", { type: "checkbox", checked: true, "data-kind": kind });
  const boxes = [];
  const list = el("ul", { class: "legend" });
  for (const { rel, index } of members) {
    const box = el("input", { type: "checkbox", checked: true, "data-relation": rel.curie });
    box.addEventListener("change", () => {
      if (box.checked) state.rels.add(index);
      else state.rels.delete(index);
      groupBox.checked = boxes.every((b) => b.checked);
      groupBox.indeterminate = !groupBox.checked && boxes.some((b) => b.checked);
      filtersChanged();
    });
    boxes.push(box);
    list.append(el("li", { title: rel.curie }, el("label", null, box, rel.label, el("span", { class: "count", text: fmt(rel.count) }))));
  }
  groupBox.addEventListener("click", (event) => event.stopPropagation());
  groupBox.addEventListener("change", () => {
    for (const [i, { index }] of members.entries()) {
      boxes[i].checked = groupBox.checked;
      if (groupBox.checked) state.rels.add(index);
      else state.rels.delete(index);
    }
    groupBox.indeterminate = false;
    filtersChanged();
  });
  const total = members.reduce((sum, item) => sum + item.rel.count, 0);
  $("relation-filters").append(
    el("details", { class: "rel-group", open: members.length <= 8 && kind !== "event" },
      el("summary", null, groupBox, groupTitles[kind], el("span", { class: "count", text: fmt(total) })),
      list)
  );
}

// ------------------------------------------------------------------ communities

{
  const list = $("communities");
  const listed = comms.map((item, index) => ({ size: item[0], hub: item[1], index: index })).filter((item) => item.size > 2).slice(0, 10);
  for (const item of listed) {
    const members = drawnIds.filter((id) => nodesData[id].c === item.index);
    list.append(el("li", null, el("button", {
      type: "button",
      class: "link community",
      "data-community": item.index,
      title: "Show this community",
      onclick: () => fitNodes(members, true),
    }, el("span", { class: "swatch dot", style: "background:" + communityColour(item.index) }), el("span", { class: "name", text: "around " + nodeName(item.hub) }), el("span", { class: "count", text: fmt(item.size) }))));
  }
  const rest = comms.length - listed.length;
  if (rest > 0) list.append(el("li", { class: "muted", text: plural(rest, "smaller group") + (listed.length ? "" : " (none larger than two)") }));
  $("communities-section").hidden = !comms.length;
}

// ------------------------------------------------------------------ documents

{
  const texts = data.texts;
  const note = $("texts-note");
  if (!docs.length) note.textContent = "No documents.";
  else if (!texts.from) note.textContent = "Article texts are not in this page: there was no build state (NAME.facts.jsonl.gz) beside the graph when it was written. Fact sentences are shown.";
  else {
    let text = plural(texts.shown, "article text") + " from " + texts.from;
    if (texts.leftOut) text += "; " + plural(texts.leftOut, "more was", "more were") + " left out to keep the page small";
    if (texts.missing) text += "; " + plural(texts.missing, "document is", "documents are") + " not in it";
    note.textContent = text + ".";
  }
  const button = $("open-documents");
  button.textContent = "Browse " + plural(docs.length, "document");
  button.disabled = !docs.length;
  button.addEventListener("click", () => showDocuments());
}

// ------------------------------------------------------------------ neighbourhood

const hopsInput = $("hops");
if (data.focus) hopsInput.value = String(Math.max(1, Math.min(6, data.focus.hops || 1)));
const focusButton = $("focus-hood");
const showAll = $("show-all");

function neighbourhood(start, hops) {
  const reached = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift();
    const depth = reached.get(current);
    if (depth >= hops) continue;
    for (const edgeId of adjacency[current]) {
      const edge = edgesData[edgeId];
      if (!state.rels.has(edge.r)) continue;
      const next = other(edge, current);
      if (!reached.has(next) && state.types.has(nodesData[next].t)) {
        reached.set(next, depth + 1);
        queue.push(next);
      }
    }
  }
  return new Set(reached.keys());
}

function showBanner() {
  const banner = $("banner");
  banner.replaceChildren();
  if (state.hood) {
    const hops = Number(hopsInput.value) || 1;
    banner.append(
      el("span", null, "Neighbourhood of ", el("strong", { text: nodeName(state.hoodOf) }),
        " · " + plural(hops, "hop") + " · " + plural(state.hood.size, "entity", "entities")),
      el("button", { type: "button", onclick: showWholeGraph, text: "Show whole graph" })
    );
    banner.hidden = false;
  } else if (data.focus) {
    banner.append(el("span", null, "Focused on ", el("strong", { text: data.focus.names.join(", ") }),
      " · " + plural(data.focus.hops, "hop") + " (chosen when the page was made)"));
    banner.hidden = false;
  } else {
    banner.hidden = true;
  }
}

function focusNeighbourhood(id) {
  const hops = Math.max(1, Math.min(6, Number(hopsInput.value) || 1));
  hopsInput.value = String(hops);
  state.types.add(nodesData[id].t);
  syncTypeBoxes();
  state.hood = neighbourhood(id, hops);
  state.hoodOf = id;
  filtersChanged();
  showAll.disabled = false;
  showBanner();
  network.selectNodes([id]);
  fitNodes(Array.from(state.hood), true);
}

function showWholeGraph() {
  state.hood = null;
  state.hoodOf = null;
  filtersChanged();
  showAll.disabled = true;
  showBanner();
  fitMain(true);
}

function syncTypeBoxes() {
  typeList.querySelectorAll("input[data-type]").forEach((box, index) => {
    box.checked = state.types.has(index);
  });
}

focusButton.addEventListener("click", () => {
  if (state.selected !== null && !nodesData[state.selected].o) focusNeighbourhood(state.selected);
});
showAll.addEventListener("click", showWholeGraph);
showBanner();

// ------------------------------------------------------------------ search

const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
const searchIndex = nodesData.map((node) => [oneLine(node.l)].concat(node.a || [], node.ft ? [node.ft] : []).map(fold));
const hiddenIndex = (data.hidden || []).map((name) => fold(name));

function scoreForms(forms, query) {
  let best = Infinity;
  forms.forEach((form, i) => {
    let score = Infinity;
    if (form === query) score = 0;
    else if (form.startsWith(query)) score = 1;
    else if ((" " + form).includes(" " + query)) score = 2;
    else if (form.includes(query)) score = 3;
    if (score < Infinity) best = Math.min(best, score * 2 + (i === 0 ? 0 : 1));
  });
  return best;
}

function searchMatches(text) {
  const query = fold(text);
  if (!query) return [];
  const found = [];
  searchIndex.forEach((forms, id) => {
    const score = scoreForms(forms, query);
    if (score < Infinity) found.push({ id, score });
  });
  found.sort((a, b) => a.score - b.score || adjacency[b.id].length - adjacency[a.id].length || nodesData[a.id].l.localeCompare(nodesData[b.id].l));
  return found.slice(0, 12);
}

const searchBox = $("search");
const suggestions = $("suggestions");
let current = [];
let active = 0;

function renderSuggestions() {
  suggestions.replaceChildren();
  const text = searchBox.value;
  current = searchMatches(text);
  const query = fold(text);
  current.forEach((match, index) => {
    const node = nodesData[match.id];
    const type = types[node.t];
    const alias = (node.a || []).find((a) => fold(a).includes(query) && !fold(node.l).includes(query));
    const hint = alias ? "aka " + alias : type.label + (node.o ? " · no links" : "");
    const item = el("li", { role: "option", "aria-selected": index === active ? "true" : "false" },
      swatch(type), el("span", { class: "name", text: nodeName(match.id) }), el("span", { class: "hint", text: hint }));
    item.addEventListener("mousedown", (event) => {
      event.preventDefault();
      choose(index);
    });
    suggestions.append(item);
  });
  if (query && hiddenIndex.length) {
    const missing = [];
    for (let i = 0; i < hiddenIndex.length && missing.length < 3; i++) {
      if (hiddenIndex[i].includes(query)) missing.push(data.hidden[i]);
    }
    for (const name of missing) {
      suggestions.append(el("li", { class: "unavailable", title: "Left out of this page: run textkg view with --focus to see it" },
        el("span", { class: "name", text: name }), el("span", { class: "hint", text: "not drawn: use --focus" })));
    }
  }
  if (query && !suggestions.children.length) suggestions.append(el("li", { class: "unavailable", text: "No name or alias matches" }));
  suggestions.hidden = !query;
  searchBox.setAttribute("aria-expanded", String(!suggestions.hidden));
}

function choose(index) {
  const match = current[index];
  if (!match) return;
  suggestions.hidden = true;
  searchBox.setAttribute("aria-expanded", "false");
  focusNode(match.id);
}

searchBox.addEventListener("input", () => {
  active = 0;
  renderSuggestions();
});
searchBox.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (!current.length) return;
    active = (active + (event.key === "ArrowDown" ? 1 : current.length - 1)) % current.length;
    renderSuggestions();
  } else if (event.key === "Enter") {
    event.preventDefault();
    choose(active);
  } else if (event.key === "Escape") {
    suggestions.hidden = true;
  }
});
searchBox.addEventListener("blur", () => {
  suggestions.hidden = true;
});
searchBox.addEventListener("focus", () => {
  if (searchBox.value) renderSuggestions();
});

/** Make these nodes and edges visible again if a filter, neighbourhood or time range hides them. */
function reveal(nodeIds, edgeIds) {
  const hidden = nodeIds.some((id) => !nodesData[id].o && !nodeVisible(id)) || edgeIds.some((id) => !edgeVisible(id));
  if (!hidden) return;
  if (state.hood && (nodeIds.some((id) => !state.hood.has(id)) || edgeIds.some((id) => !state.hood.has(edgesData[id].f) || !state.hood.has(edgesData[id].t)))) {
    state.hood = null;
    state.hoodOf = null;
    showAll.disabled = true;
    showBanner();
  }
  for (const id of nodeIds) state.types.add(nodesData[id].t);
  for (const id of edgeIds) {
    state.rels.add(edgesData[id].r);
    state.types.add(nodesData[edgesData[id].f].t);
    state.types.add(nodesData[edgesData[id].t].t);
  }
  syncTypeBoxes();
  document.querySelectorAll("input[data-relation]").forEach((box) => {
    const index = rels.findIndex((rel) => rel.curie === box.dataset.relation);
    if (state.rels.has(index)) box.checked = true;
  });
  if (state.time && (nodeIds.some((id) => !nodesData[id].o && !state.time.nodes.has(id)) || edgeIds.some((id) => !state.time.edges.has(id)))) resetTimeline();
  filtersChanged();
}

/** Select a node and bring it into view (an unlinked one is shown in the panel only). */
function focusNode(id) {
  reveal([id], []);
  select(id);
  if (nodesData[id].o) return;
  network.selectNodes([id]);
  centreOn(network.getPositions([id])[id], Math.max(1.1, Math.min(network.getScale(), 1.6)));
}
