/* textkg graph view. All data comes from the JSON block and is shown with textContent only:
   names, aliases and sentences are never parsed as HTML. */
(function () {
  "use strict";

  const timings = { start: performance.now() };
  const data = JSON.parse(document.getElementById("textkg-data").textContent);
  timings.parsed = performance.now();
  const $ = (id) => document.getElementById(id);
  const numberFormat = new Intl.NumberFormat("en");
  const fmt = (n) => numberFormat.format(n);
  const plural = (n, one, many) => fmt(n) + " " + (n === 1 ? one : many || one + "s");

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
  const big = nodesData.length > 1500 || edgesData.length > 3000;

  // ------------------------------------------------------------------ header and notices

  $("title").textContent = data.title;
  // entities, byline agents and events counted apart, in the words of `textkg stats`
  const statsText = data.counts.kinds.map((k) =>
    (k.shown !== k.total ? fmt(k.shown) + " of " : "") + plural(k.total, k.one, k.many));
  statsText.push(plural(edgesData.length, "link"));
  $("stats").textContent = statsText.join(" · ");

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

  // ------------------------------------------------------------------ graph structure

  const adjacency = nodesData.map(() => []);
  edgesData.forEach((edge, id) => {
    adjacency[edge.f].push(id);
    if (edge.t !== edge.f) adjacency[edge.t].push(id);
  });
  const other = (edge, id) => (edge.f === id ? edge.t : edge.f);

  const state = {
    types: new Set(types.map((_, i) => i)),
    rels: new Set(rels.map((_, i) => i)),
    hood: null, // Set of node ids when focused on a neighbourhood
    hoodOf: null,
    selected: null,
  };
  const nodeVisible = (id) => state.types.has(nodesData[id].t) && (!state.hood || state.hood.has(id));
  const edgeVisible = (id) => {
    const edge = edgesData[id];
    return state.rels.has(edge.r) && nodeVisible(edge.f) && nodeVisible(edge.t);
  };

  // ------------------------------------------------------------------ vis data

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

  // Colour and shape come from vis groups (one per type), so each node carries only its own
  // few fields: that keeps building a page of 20,000 nodes quick.
  const groups = {};
  types.forEach((type, index) => {
    groups["t" + index] = {
      shape: type.shape,
      color: {
        background: type.color,
        border: shade(type.color, 0.72),
        highlight: { background: type.color, border: "#111827" },
        hover: { background: type.color, border: "#111827" },
      },
    };
  });
  const visNodes = nodesData.map((node, id) => ({ id: id, label: node.l, x: node.x, y: node.y, size: node.s, group: "t" + node.t }));

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
    const b = Math.max(edge.f, edge.t);
    const pairKey = a + ":" + b;
    const nth = pairCount.get(pairKey) || 0;
    pairCount.set(pairKey, nth + 1);
    // Typed, directed relations use the defaults in `options.edges`; others say how they differ.
    // On a big graph edge labels are added only once zoomed in (see labelEdgesInView).
    const item = { id: id, from: edge.f, to: edge.t, label: big ? undefined : rel.label };
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
    nodes: {
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: { face: fontFace, size: 14, color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { enabled: false } },
    },
    groups: groups,
    edges: {
      smooth: false,
      width: 1.6,
      color: { color: kindStyle.typed.color, highlight: "#111827", hover: "#111827", opacity: 0.9 },
      arrows: { to: { enabled: !big, scaleFactor: 0.7 } },
      selectionWidth: 1.5,
      hoverWidth: 0.8,
      font: { face: fontFace, size: 11, color: "#4b5563", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
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
    focusNode: focusNode,
    selected: () => state.selected,
    visibleNodeCount: () => nodeView.length,
    visibleEdgeCount: () => edgeView.length,
  };
  window.textkgView = api;
  network.once("afterDrawing", () => {
    api.ready = true;
    api.readyAt = performance.now();
    document.documentElement.dataset.ready = "true";
  });
  if (!nodesData.length) {
    api.ready = true;
    api.readyAt = performance.now();
    document.documentElement.dataset.ready = "true";
  }

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

  // Measuring 30,000 edge labels up front would cost seconds; label the edges in view once
  // zoomed in far enough to read them, a screenful at a time.
  const labelled = new Set();
  let labelTimer = null;
  function labelEdgesInView() {
    labelTimer = null;
    if (network.getScale() < 0.45) return;
    const box = container.getBoundingClientRect();
    const low = network.DOMtoCanvas({ x: 0, y: 0 });
    const high = network.DOMtoCanvas({ x: box.width, y: box.height });
    const inView = (id) => {
      const node = network.body.nodes[id];
      return node && node.x >= low.x && node.x <= high.x && node.y >= low.y && node.y <= high.y;
    };
    const updates = [];
    for (const id of edgeView.getIds()) {
      if (labelled.has(id)) continue;
      const edge = edgesData[id];
      if (inView(edge.f) || inView(edge.t)) {
        labelled.add(id);
        updates.push({ id: id, label: rels[edge.r].label });
      }
    }
    if (updates.length) edgeSet.update(updates);
  }
  if (big) {
    const later = () => {
      if (labelTimer === null) labelTimer = setTimeout(labelEdgesInView, 120);
    };
    for (const name of ["zoom", "dragEnd", "animationFinished"]) network.on(name, later);
  }

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
  }

  // ------------------------------------------------------------------ legend and filters

  function swatch(type) {
    return el("span", { class: "swatch " + type.shape, style: "background:" + type.color });
  }

  const typeList = $("legend-types");
  types.forEach((type, index) => {
    const box = el("input", { type: "checkbox", checked: true, "data-type": type.key });
    box.addEventListener("change", () => {
      if (box.checked) state.types.add(index);
      else state.types.delete(index);
      refresh();
    });
    typeList.append(el("li", null, el("label", null, box, swatch(type), type.label, el("span", { class: "count", text: fmt(type.count) }))));
  });

  const svgNS = "http://www.w3.org/2000/svg";
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
  const kindsPresent = new Set(rels.map((rel) => rel.kind));
  const edgeKey = $("legend-edges");
  const kindNames = { typed: "typed relation", open: "open relation (verb)", event: "event participant / place", other: "other link" };
  for (const kind of ["typed", "open", "event", "other"]) {
    const style = big ? { color: kindStyle[kind].color, dashes: false } : kindStyle[kind];
    if (kindsPresent.has(kind)) edgeKey.append(el("li", null, lineSample(style, kind !== "event"), kindNames[kind]));
  }
  if (rels.some((rel) => !rel.directed)) edgeKey.append(el("li", null, lineSample(kindStyle.typed, false), "no arrow: both ways"));

  const groupTitles = { typed: "Typed relations", open: "Open relations", event: "Event links", other: "Other links" };
  const filters = $("relation-filters");
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
        refresh();
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
      refresh();
    });
    const total = members.reduce((sum, item) => sum + item.rel.count, 0);
    filters.append(
      el("details", { class: "rel-group", open: members.length <= 8 && kind !== "event" },
        el("summary", null, groupBox, groupTitles[kind], el("span", { class: "count", text: fmt(total) })),
        list)
    );
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
        el("span", null, "Neighbourhood of ", el("strong", { text: nodesData[state.hoodOf].l.replace(/\n/g, " ") }),
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
    refresh();
    showAll.disabled = false;
    showBanner();
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(state.hood), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
  }

  function showWholeGraph() {
    state.hood = null;
    state.hoodOf = null;
    refresh();
    showAll.disabled = true;
    showBanner();
    network.fit({ animation: { duration: 450, easingFunction: "easeInOutQuad" } });
  }

  function syncTypeBoxes() {
    typeList.querySelectorAll("input[data-type]").forEach((box, index) => {
      box.checked = state.types.has(index);
    });
  }

  focusButton.addEventListener("click", () => {
    if (state.selected !== null) focusNeighbourhood(state.selected);
  });
  showAll.addEventListener("click", showWholeGraph);
  showBanner();

  // ------------------------------------------------------------------ search

  const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  const searchIndex = nodesData.map((node) => [node.l.replace(/\n/g, " ")].concat(node.a || [], node.ft ? [node.ft] : []).map(fold));
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
    current.forEach((match, index) => {
      const node = nodesData[match.id];
      const type = types[node.t];
      const query = fold(text);
      const alias = (node.a || []).find((a) => fold(a).includes(query) && !fold(node.l).includes(query));
      const item = el("li", { role: "option", "aria-selected": index === active ? "true" : "false" },
        swatch(type),
        el("span", { class: "name", text: node.l.replace(/\n/g, " ") }),
        el("span", { class: "hint", text: alias ? "aka " + alias : type.label }));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(index);
      });
      suggestions.append(item);
    });
    const query = fold(text);
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

  function focusNode(id) {
    if (!nodeVisible(id)) {
      if (state.hood && !state.hood.has(id)) {
        state.hood = null;
        state.hoodOf = null;
        showAll.disabled = true;
        showBanner();
      }
      state.types.add(nodesData[id].t);
      syncTypeBoxes();
      refresh();
    }
    network.selectNodes([id]);
    select(id);
    network.focus(id, { scale: Math.max(1.1, Math.min(network.getScale(), 1.6)), animation: { duration: 500, easingFunction: "easeInOutQuad" } });
  }

  // ------------------------------------------------------------------ tooltip

  const tooltip = $("tooltip");
  function showTooltip(pointer, title, lines) {
    tooltip.replaceChildren(el("strong", { text: title }), ...lines.filter(Boolean).map((line) => el("div", { class: "sub", text: line })));
    tooltip.hidden = false;
    const stage = $("stage").getBoundingClientRect();
    const x = Math.min(pointer.x + 14, stage.width - tooltip.offsetWidth - 8);
    const y = Math.min(pointer.y + 14, stage.height - tooltip.offsetHeight - 8);
    tooltip.style.left = Math.max(4, x) + "px";
    tooltip.style.top = Math.max(4, y) + "px";
  }
  const hideTooltip = () => {
    tooltip.hidden = true;
  };
  function summaryLines(id) {
    const node = nodesData[id];
    const type = types[node.t];
    const visible = adjacency[id].filter(edgeVisible).length;
    const lines = [type.label + " · " + plural(visible, "link")];
    if (node.d) lines.push("Date: " + node.d);
    if (node.a && node.a.length) lines.push("Also: " + node.a.slice(0, 4).join("; ") + (node.a.length > 4 ? "…" : ""));
    if (node.j && node.j.length) lines.push(node.j.slice(0, 3).join("; "));
    if (node.m && node.m.length) lines.push("Mentioned in " + plural(node.m.length, "document"));
    return lines;
  }
  network.on("hoverNode", (params) => {
    showTooltip(params.pointer.DOM, (nodesData[params.node].ft || nodesData[params.node].l).replace(/\n/g, " "), summaryLines(params.node));
  });
  network.on("hoverEdge", (params) => {
    const edge = edgesData[params.edge];
    const rel = rels[edge.r];
    showTooltip(params.pointer.DOM, nodesData[edge.f].l.replace(/\n/g, " ") + " — " + rel.label + " — " + nodesData[edge.t].l.replace(/\n/g, " "),
      [rel.curie + " · " + plural((edge.e || []).length, "sentence")]);
  });
  for (const name of ["blurNode", "blurEdge", "dragStart", "zoom", "click"]) network.on(name, hideTooltip);

  // ------------------------------------------------------------------ details panel

  const details = $("details");
  const body = $("details-body");

  function docTitle(index) {
    if (index < 0) return "unknown document";
    const doc = docs[index];
    return doc.date ? doc.title + " (" + doc.date + ")" : doc.title;
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

  function namesOf(id) {
    const node = nodesData[id];
    return [node.l].concat(node.a || []);
  }

  function evidenceList(indices, names, limit) {
    const box = el("div");
    const items = indices.map((index) => {
      const [text, doc, extractor, confidence] = evidence[index];
      const source = docTitle(doc) + (extractor ? " · " + extractor : "") + (confidence !== null && confidence !== undefined ? " · " + confidence : "");
      return el("blockquote", { class: "evidence" }, ...markedSentence(text, names), el("cite", { text: source }));
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
    return el("button", { type: "button", class: "link", text: nodesData[id].l.replace(/\n/g, " "), onclick: () => focusNode(id) });
  }

  function section(title, ...content) {
    return [el("h3", { text: title }), ...content];
  }

  function chips(values) {
    return el("div", { class: "chips" }, ...values.map((value) => el("span", { class: "chip", text: value })));
  }

  function openPanel(children) {
    body.replaceChildren(...children);
    details.hidden = false;
    details.scrollTop = 0;
  }

  function select(id) {
    state.selected = id;
    focusButton.disabled = false;
    focusButton.removeAttribute("title");
    const node = nodesData[id];
    const type = types[node.t];
    const parts = [
      el("div", { class: "badge" }, swatch(type), type.label),
      el("h2", { text: (node.ft || node.l).replace(/\n/g, " ") }),
    ];
    if (node.d) parts.push(...section("Date", el("div", { text: node.d })));
    if (node.a && node.a.length) parts.push(...section("Also known as", chips(node.a)));
    if (node.j && node.j.length) parts.push(...section("Job titles", chips(node.j)));

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
        const outgoing = edge.f === id;
        const neighbour = other(edge, id);
        let verb = rel.label;
        if (rel.directed && !outgoing) verb = "← " + rel.label;
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
        quotes.append(el("blockquote", { class: "evidence" }, "“" + text + "”", el("cite", { text: docTitle(evidence[index][1]) })));
      }
      parts.push(...section("Quoted", quotes));
    }
    if (node.m && node.m.length) {
      parts.push(...section("Mentioned in", el("ul", { class: "plain" }, ...node.m.map((doc) => el("li", { text: docTitle(doc) })))));
    }
    openPanel(parts);
  }

  function selectEdge(edgeId) {
    const edge = edgesData[edgeId];
    const rel = rels[edge.r];
    const parts = [
      el("div", { class: "badge", text: { typed: "Typed relation", open: "Open relation", event: "Event link", other: "Link" }[rel.kind] + " · " + rel.curie }),
      el("h2", { text: rel.label }),
      el("div", { class: "head" }, nodeLink(edge.f), el("span", { class: "verb", text: rel.directed ? " → " : " ↔ " }), nodeLink(edge.t)),
    ];
    if (edge.e && edge.e.length) parts.push(...section("Evidence (" + fmt(edge.e.length) + ")", evidenceList(edge.e, namesOf(edge.f).concat(namesOf(edge.t)), 6)));
    openPanel(parts);
  }

  network.on("click", (params) => {
    if (params.nodes.length) select(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
  });
  $("close-details").addEventListener("click", () => {
    details.hidden = true;
    network.unselectAll();
    state.selected = null;
    focusButton.disabled = true;
  });

  if (data.focus && data.focus.ids.length) {
    network.selectNodes(data.focus.ids.filter((id) => id < nodesData.length));
    select(data.focus.ids[0]);
  }
})();
