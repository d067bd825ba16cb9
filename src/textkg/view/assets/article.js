/* Part 7 of 7 (article): a document's text beside the graph, every name marked by its type and
   every fact's sentence marked; clicking a sentence selects its links in the graph. The text is
   what textkg kept of the article (page clutter removed), shown as text, never as markup. */

let factIndex = null;

/** Per document: the sentences that carry facts, with the links and events they support. */
function factsOf(doc) {
  if (!factIndex) {
    factIndex = new Map();
    const add = (evidenceIndex, edgeId, nodeId) => {
      const [text, where, , , start] = evidence[evidenceIndex];
      if (where < 0) return;
      if (!factIndex.has(where)) factIndex.set(where, new Map());
      const byKey = factIndex.get(where);
      const key = start === null || start === undefined ? "t:" + text : "s:" + start;
      if (!byKey.has(key)) byKey.set(key, { text: text, start: start, edges: [], nodes: [], evidence: [] });
      const fact = byKey.get(key);
      if (edgeId !== null && !fact.edges.includes(edgeId)) fact.edges.push(edgeId);
      if (nodeId !== null && !fact.nodes.includes(nodeId)) fact.nodes.push(nodeId);
      fact.evidence.push(evidenceIndex);
    };
    edgesData.forEach((edge, id) => (edge.e || []).forEach((index) => add(index, id, null)));
    nodesData.forEach((node, id) => {
      (node.e || []).forEach((index) => add(index, null, id));
      (node.q || []).forEach(([, index]) => add(index, null, id));
    });
  }
  const found = factIndex.get(doc);
  return found ? Array.from(found.values()) : [];
}

/** Where each fact's sentence is in the text: at its offsets, else wherever it is written. */
function placeFacts(text, facts) {
  const placed = [];
  for (const fact of facts) {
    let start = fact.start;
    if (start === null || start === undefined || text.substr(start, fact.text.length) !== fact.text) start = text.indexOf(fact.text);
    if (start >= 0) placed.push({ fact: fact, start: start, end: start + fact.text.length });
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const item of placed) if (!kept.length || item.start >= kept[kept.length - 1].end) kept.push(item);
  return kept;
}

function factLine(edgeId) {
  const edge = edgesData[edgeId];
  const rel = rels[edge.r];
  return nodeName(edge.f) + " — " + rel.label + (rel.directed ? " → " : " ↔ ") + nodeName(edge.t);
}

/** Show these nodes: pan to them, or zoom out just enough when they do not fit. */
function bringIntoView(ids) {
  const shown = ids.filter((id) => nodeVisible(id));
  if (!shown.length) return;
  const box = bounds(shown);
  const scale = network.getScale();
  const free = freeArea();
  if ((box.right - box.left) * scale < free.width - 120 && (box.bottom - box.top) * scale < free.height - 120) {
    centreOn({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale);
  } else {
    fitNodes(shown, true);
  }
}

/** Select a node from the text, keeping the article open (an unlinked one opens its details). */
function pointTo(id) {
  if (nodesData[id].o) {
    select(id);
    return;
  }
  reveal([id], []);
  state.selected = id;
  focusButton.disabled = false;
  network.selectNodes([id]);
  labelEdges(adjacency[id].filter(edgeVisible));
  bringIntoView([id]);
  network.redraw();
}

let factBar = null;
let activeSentence = null;

/** Select in the graph what one sentence says (or one of its links, ``only``). */
function selectFact(fact, sentence, only) {
  const edgeIds = only === undefined ? fact.edges : [only];
  const nodeIds = only === undefined ? fact.nodes : [];
  const ends = new Set(nodeIds.filter((id) => !nodesData[id].o));
  edgeIds.forEach((id) => {
    ends.add(edgesData[id].f);
    ends.add(edgesData[id].t);
  });
  reveal(Array.from(ends), edgeIds);
  state.selected = null;
  network.setSelection({ nodes: nodeIds.filter((id) => !nodesData[id].o), edges: edgeIds }, { unselectAll: true, highlightEdges: false });
  labelEdges(edgeIds);
  bringIntoView(Array.from(ends));
  if (activeSentence) activeSentence.classList.remove("active");
  activeSentence = sentence;
  if (sentence) sentence.classList.add("active");
  if (factBar) {
    factBar.replaceChildren(el("span", { class: "muted", text: "In the graph: " }));
    for (const edgeId of fact.edges) {
      factBar.append(el("button", { type: "button", class: "fact-link" + (edgeIds.length === 1 && edgeIds[0] === edgeId ? " on" : ""), "data-edge": edgeId, text: factLine(edgeId), onclick: () => selectFact(fact, sentence, edgeId) }));
    }
    for (const nodeId of fact.nodes) {
      factBar.append(el("button", { type: "button", class: "fact-link", text: nodeName(nodeId), onclick: () => focusNode(nodeId) }));
    }
    factBar.hidden = false;
  }
}

function articleText(doc, facts, wanted) {
  const text = docs[doc].x;
  const mentions = docs[doc].mn || [];
  const box = el("div", { class: "article-text" });
  let m = 0;
  let wantedSpan = null;
  const withNames = (parent, from, to) => {
    let cursor = from;
    while (m < mentions.length && mentions[m] < from) m += 4;
    while (m < mentions.length && mentions[m] < to) {
      const [start, end, kind, node] = mentions.slice(m, m + 4);
      m += 4;
      if (start < cursor || end > to) continue;
      const type = data.mtypes[kind];
      parent.append(text.slice(cursor, start));
      const mark = el("mark", {
        class: "mention" + (node >= 0 ? " linked" : ""),
        style: "--c:" + type.color,
        title: type.label + (node >= 0 ? ": " + nodeName(node) : " (not in this graph)"),
        "data-node": node >= 0 ? node : null,
        text: text.slice(start, end),
      });
      // In a fact's sentence a click selects the fact; elsewhere a name points to its node.
      if (node >= 0 && parent === box) mark.addEventListener("click", () => pointTo(node));
      parent.append(mark);
      cursor = end;
    }
    parent.append(text.slice(cursor, to));
  };
  let cursor = 0;
  for (const item of placeFacts(text, facts)) {
    withNames(box, cursor, item.start);
    const sentence = el("span", { class: "fact", role: "button", tabindex: "0", title: "Show this fact in the graph", "data-edges": item.fact.edges.join(" ") });
    withNames(sentence, item.start, item.end);
    sentence.addEventListener("click", () => selectFact(item.fact, sentence));
    sentence.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        selectFact(item.fact, sentence);
      }
    });
    if (wanted !== undefined && item.fact.evidence.includes(wanted)) wantedSpan = { sentence: sentence, fact: item.fact };
    box.append(sentence);
    cursor = item.end;
  }
  withNames(box, cursor, text.length);
  return { box: box, wanted: wantedSpan };
}

function textMissing(doc) {
  if (!data.texts.from) return "This page was written without the build state beside the graph (NAME.facts.jsonl.gz), so only the sentences of its facts are here. Rebuild, or run textkg view where the build state is, to read the whole article.";
  if (docs[doc].cut) return "The text of this article was left out to keep the page small; the sentences of its facts are here. textkg view --focus on one of its names writes a page that holds it.";
  return "The build state beside the graph (" + data.texts.from + ") does not hold this document; the sentences of its facts are here.";
}

/** Open a document beside the graph; ``wanted`` (an evidence index) is scrolled to and selected. */
function openArticle(doc, wanted) {
  activeSentence = null;
  let pending = null;
  openView(() => {
    const item = docs[doc];
    const facts = factsOf(doc);
    const meta = [item.date, item.source].filter(Boolean).join(" · ");
    const parts = [el("div", { class: "badge", text: "Article" }), el("h2", { text: item.title })];
    if (meta) parts.push(el("p", { class: "muted small", text: meta }));
    factBar = el("div", { class: "fact-bar", hidden: true });
    if (item.x) {
      const counts = new Map();
      const mentions = item.mn || [];
      for (let i = 2; i < mentions.length; i += 4) counts.set(mentions[i], (counts.get(mentions[i]) || 0) + 1);
      const key = el("div", { class: "mention-key" }, ...Array.from(counts.keys()).sort((a, b) => a - b).map((kind) =>
        el("span", { class: "mention-sample", style: "--c:" + data.mtypes[kind].color, text: data.mtypes[kind].label + " " + fmt(counts.get(kind)) })));
      const shown = articleText(doc, facts, wanted);
      pending = shown.wanted;
      parts.push(el("p", { class: "muted small", text: plural(facts.length, "fact sentence") + " marked: click one to see it in the graph. Names are marked by type; click a linked name to select it." }), key, factBar, shown.box);
    } else {
      parts.push(el("p", { class: "note", text: textMissing(doc) }), factBar);
      const list = el("div");
      for (const fact of facts) {
        const quote = el("blockquote", { class: "evidence fact", role: "button", tabindex: "0", "data-edges": fact.edges.join(" "), text: fact.text });
        quote.addEventListener("click", () => selectFact(fact, quote));
        if (wanted !== undefined && fact.evidence.includes(wanted)) pending = { sentence: quote, fact: fact };
        list.append(quote);
      }
      parts.push(...section("Fact sentences (" + fmt(facts.length) + ")", list));
    }
    return parts;
  }, true);
  if (pending) {
    pending.sentence.scrollIntoView({ block: "center" });
    selectFact(pending.fact, pending.sentence);
  }
}

// ------------------------------------------------------------------ the initial view

fitMain(false);
