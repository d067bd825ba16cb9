/* Part 2 of 7 (timeline): events and dated facts on a strip of dates; the two handles narrow
   the graph to what happened (events) or was reported (facts, by their articles' dates)
   between them. */

const DAY = 86400000;
const dayOf = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text || "");
  return match ? Math.floor(Date.UTC(+match[1], +match[2] - 1, +match[3]) / DAY) : null;
};
const dayText = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const docDays = docs.map((doc) => dayOf(doc.date));

/** Per edge: the days it is dated by (its event's dates, or its articles' dates). */
// An event link (tk:participant, tk:place) runs from the event.
const edgeDays = edgesData.map((edge) => {
  const event = nodesData[edge.f];
  if (rels[edge.r].kind === "event") return event.ds ? [dayOf(event.ds[0]), dayOf(event.ds[1])] : [];
  const days = new Set();
  for (const index of edge.e || []) {
    const day = docDays[evidence[index][1]];
    if (day !== undefined && day !== null) days.add(day);
  }
  return Array.from(days).sort((a, b) => a - b);
});
const eventDays = new Map();
drawnIds.forEach((id) => {
  if (nodesData[id].ds) eventDays.set(id, [dayOf(nodesData[id].ds[0]), dayOf(nodesData[id].ds[1])]);
});

const timeline = (() => {
  let low = Infinity;
  let high = -Infinity;
  const note = (day) => {
    if (day === null || day === undefined) return;
    low = Math.min(low, day);
    high = Math.max(high, day);
  };
  edgesData.forEach((edge, id) => {
    if (rels[edge.r].kind !== "event") edgeDays[id].forEach(note);
  });
  eventDays.forEach((days) => days.forEach(note));
  return high > low ? { low: low, high: high } : null;
})();

const timeFrom = $("tl-from");
const timeTo = $("tl-to");

function inRange(days, from, to, span) {
  if (!days.length) return false;
  if (span) return days[0] <= to && days[days.length - 1] >= from; // an event's start and end
  return days.some((day) => day >= from && day <= to);
}

/** Narrow the graph to the handles' dates (``redraw`` false: only while the page loads). */
function applyTime(redraw) {
  const from = Math.min(Number(timeFrom.value), Number(timeTo.value));
  const to = Math.max(Number(timeFrom.value), Number(timeTo.value));
  const whole = from <= timeline.low && to >= timeline.high;
  let facts = 0;
  let events = 0;
  if (whole) {
    state.time = null;
  } else {
    const nodes = new Set();
    const edges = new Set();
    eventDays.forEach((days, id) => {
      if (inRange(days, from, to, true)) {
        nodes.add(id);
        events++;
      }
    });
    edgesData.forEach((edge, id) => {
      const isEvent = rels[edge.r].kind === "event";
      if (isEvent ? nodes.has(edge.f) : inRange(edgeDays[id], from, to, false)) {
        edges.add(id);
        nodes.add(edge.f);
        nodes.add(edge.t);
        if (!isEvent) facts++;
      }
    });
    state.time = { from: from, to: to, nodes: nodes, edges: edges };
  }
  $("tl-range").textContent = dayText(from) + " – " + dayText(to);
  $("tl-count").textContent = whole ? "all dates; undated facts shown too" : plural(events, "event") + ", " + plural(facts, "dated fact") + "; undated facts hidden";
  $("tl-reset").disabled = whole;
  if (redraw !== false) filtersChanged();
}

function resetTimeline() {
  if (!timeline) return;
  timeFrom.value = String(timeline.low);
  timeTo.value = String(timeline.high);
  applyTime();
}

if (timeline) {
  const span = timeline.high - timeline.low;
  const width = Math.ceil((span + 1) / 120); // days per bar: at most 120 bars
  const buckets = Math.ceil((span + 1) / width);
  const facts = new Array(buckets).fill(0);
  const bucketOf = (day) => Math.min(buckets - 1, Math.floor((day - timeline.low) / width));
  edgesData.forEach((edge, id) => {
    if (rels[edge.r].kind !== "event") for (const day of edgeDays[id]) facts[bucketOf(day)]++;
  });
  const most = Math.max(1, ...facts);
  const svg = $("tl-bars");
  const bar = (x, y, w, h, cls) => {
    const rect = document.createElementNS(svgNS, "rect");
    for (const [key, value] of Object.entries({ x: x, y: y, width: w, height: h, class: cls })) rect.setAttribute(key, String(value));
    return rect;
  };
  facts.forEach((count, i) => {
    if (count) svg.append(bar((i / buckets) * 1000 + 1, 40 - (count / most) * 30, Math.max(2, 1000 / buckets - 2), (count / most) * 30, "fact"));
  });
  eventDays.forEach((days) => {
    const x = ((days[0] - timeline.low) / Math.max(1, span)) * 1000;
    svg.append(bar(Math.min(996, x), 0, 4, 8, "event"));
  });
  for (const input of [timeFrom, timeTo]) {
    input.min = String(timeline.low);
    input.max = String(timeline.high);
    input.step = "1";
    input.addEventListener("input", () => applyTime());
  }
  timeFrom.value = String(timeline.low);
  timeTo.value = String(timeline.high);
  $("tl-min").textContent = dayText(timeline.low);
  $("tl-max").textContent = dayText(timeline.high);
  $("tl-reset").addEventListener("click", resetTimeline);
  // Shown before the graph is drawn, so the canvas has its final size from the start.
  $("timeline").hidden = false;
  applyTime(false);
}
