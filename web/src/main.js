// The page of `alliancegraph serve`: the camps graph (sigma.js over graphology, laid out with
// ForceAtlas2), an actor's ties with their sentences, plain-words questions, and the review
// queue. Every text from the server is set with textContent, never parsed as HTML.
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { downloadAsPNG } from "@sigma/export-image";

const TOKEN = document.querySelector('meta[name="alliancegraph-token"]').content;
const $ = (id) => document.getElementById(id);

const state = {
  data: null, months: [], actor: null, tie: null,
  relations: new Set(), party: "", outlet: "", ego: false, timer: null,
};
let graph = null;
let renderer = null;

// -- talking to the server ------------------------------------------------------------------

async function getJSON(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-AllianceGraph-Token": TOKEN },
    body: JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function say(text, error = false) {
  const status = $("status");
  status.textContent = text;
  status.className = error ? "error" : "";
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// -- the graph ------------------------------------------------------------------------------

function monthOf(date) { return date.slice(0, 7); }

function visible(edge) {
  const from = state.months[+$("month-from").value];
  const to = state.months[+$("month-to").value];
  const month = monthOf(edge.date);
  if (from && month < from) return false;
  if (to && month > to) return false;
  if (!state.relations.has(edge.relation)) return false;
  if (state.outlet && edge.outlet !== state.outlet) return false;
  if (state.party) {
    const parties = [edge.source, edge.target].map((n) => graph.getNodeAttribute(n, "party"));
    if (!parties.includes(state.party) && ![edge.source, edge.target].includes(state.party)) {
      return false;
    }
  }
  if (state.ego && state.actor && ![edge.source, edge.target].includes(state.actor)) return false;
  return true;
}

function buildGraph(data) {
  graph = new MultiDirectedGraph();
  const colors = Object.fromEntries(data.relations.map((r) => [r.name, r.color]));
  data.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / data.nodes.length;
    graph.addNode(node.name, {
      label: node.name, x: Math.cos(angle), y: Math.sin(angle), size: 6,
      color: node.color, party: node.party, kind: node.kind,
    });
  });
  for (const edge of data.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      ...edge, color: colors[edge.relation], size: edge.reviewed ? 3 : 1.5, type: "arrow",
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", 5 + 2 * Math.sqrt(graph.degree(node))));
  forceAtlas2.assign(graph, { iterations: 300, settings: forceAtlas2.inferSettings(graph) });
}

function applyFilters() {
  if (!renderer) return;
  const shown = new Set();
  let edges = 0;
  graph.forEachEdge((key, attrs) => {
    const keep = visible(attrs);
    graph.setEdgeAttribute(key, "hidden", !keep);
    if (keep) { edges += 1; shown.add(attrs.source); shown.add(attrs.target); }
  });
  graph.forEachNode((node) => graph.setNodeAttribute(node, "hidden", !shown.has(node)));
  const from = state.months[+$("month-from").value] || "";
  const to = state.months[+$("month-to").value] || "";
  $("months").textContent = `${from} → ${to}`;
  $("counts").textContent = `${shown.size} actors, ${edges} claims shown`;
  $("gexf").href = "/api/export.gexf?" + viewParams().toString();
  renderer.refresh();
}

function viewParams() {
  const params = new URLSearchParams();
  const from = state.months[+$("month-from").value];
  const to = state.months[+$("month-to").value];
  if (from) params.set("since", `${from}-01`);
  if (to) params.set("until", `${to}-31`);
  params.set("relations", [...state.relations].join(","));
  if (state.party) params.set("parties", state.party);
  if (state.outlet) params.set("outlets", state.outlet);
  if (state.ego && state.actor) params.set("actor", state.actor);
  return params;
}

function fillSelect(select, values) {
  const keep = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const value of values) select.add(new Option(value, value));
  select.value = values.includes(keep) ? keep : "";
}

async function loadGraph() {
  const data = await getJSON("/api/graph");
  state.data = data;
  const first = state.relations.size === 0;
  buildGraph(data);
  state.months = [...new Set(data.edges.map((e) => monthOf(e.date)))].sort();
  for (const id of ["month-from", "month-to"]) $(id).max = Math.max(0, state.months.length - 1);
  if (first) {
    $("month-to").value = $("month-to").max;
    const box = $("relations");
    box.replaceChildren();
    for (const relation of data.relations) {
      state.relations.add(relation.name);
      const label = el("label");
      const input = el("input");
      input.type = "checkbox"; input.checked = true; input.value = relation.name;
      input.addEventListener("change", () => {
        if (input.checked) state.relations.add(relation.name); else state.relations.delete(relation.name);
        applyFilters();
      });
      const swatch = el("span", null, "swatch");
      swatch.style.background = relation.color;
      label.append(input, swatch, relation.name);
      box.append(label);
    }
    for (const select of [$("correct-relation"), $("add-relation")]) {
      select.replaceChildren(...data.relations.map((r) => new Option(r.name, r.name)));
    }
    for (const relation of data.relations) $("queue-relation").add(new Option(relation.name, relation.name));
  }
  fillSelect($("party"), [...new Set(data.nodes.map((n) => n.party).filter(Boolean))].sort());
  fillSelect($("outlet"), [...new Set(data.edges.map((e) => e.outlet))].sort());
  const articles = new Map(data.edges.map((e) => [e.article, `${e.date} ${e.title || e.article}`]));
  const addArticle = $("add-article");
  const keep = addArticle.value;
  addArticle.replaceChildren(...[...articles].map(([id, title]) => new Option(title, id)));
  if (keep) addArticle.value = keep;
  if (renderer) renderer.kill();
  renderer = new Sigma(graph, $("graph"), { renderEdgeLabels: false, defaultEdgeType: "arrow" });
  renderer.on("clickNode", ({ node }) => showActor(node));
  applyFilters();
}

// -- an actor's ties ------------------------------------------------------------------------

function tieLine(tie) {
  const item = el("li");
  item.dataset.claim = tie.id;
  item.append(el("span", `${tie.source} ${tie.relation} ${tie.target}`, "tie"));
  if (tie.reviewed) item.append(" ", el("span", "✓ reviewed", "reviewed"));
  item.append(el("div", `${tie.date} · ${tie.outlet} · ${tie.title || tie.article}`, "meta"));
  return item;
}

// Each view is emptied before its request is sent, so nobody (an analyst or a test) acts on
// the previous answer while the next one is on its way.
async function showActor(name, switchTab = true) {
  const list = $("ties");
  list.replaceChildren();
  $("tie-detail").hidden = true;
  try {
    const data = await getJSON("/api/ties?actor=" + encodeURIComponent(name));
    state.actor = data.actor;
    $("actor-name").textContent = data.actor;
    for (const tie of data.ties) {
      const item = tieLine(tie);
      item.addEventListener("click", () => showTie(tie, item));
      list.append(item);
    }
    $("add-subject").value = data.actor;
    if (switchTab) {
      tab("ties");
      say(`${data.ties.length} ties of ${data.actor}`);
    }
    applyFilters();
  } catch (error) { say(error.message, true); }
}

function showTie(tie, item) {
  state.tie = tie;
  for (const other of $("ties").children) other.classList.remove("selected");
  item.classList.add("selected");
  $("sentence").textContent = tie.sentence;
  $("tie-meta").textContent =
    `${tie.source} ${tie.relation} ${tie.target} — ${tie.date}, ${tie.outlet}, ` +
    `confidence ${tie.confidence}${tie.reviewed ? ", reviewed" : ""}`;
  $("correct-relation").value = tie.relation;
  $("correct-subject").value = "";
  $("correct-object").value = "";
  $("add-article").value = tie.article;
  $("tie-detail").hidden = false;
}

async function decide(action, body) {
  try {
    say(`recording ${action}…`);
    const decision = await post(`/api/review/${action}`, body);
    await loadGraph();
    if (state.actor) await showActor(state.actor, false);
    if (!$("tab-queue").hidden) await showQueue();
    // Last, once every view shows the decision.
    say(`${decision.action}: ${decision.subject} ${decision.relation} ${decision.object} (${decision.status})`);
  } catch (error) { say(error.message, true); }
}

// -- questions and the review queue ---------------------------------------------------------

function evidenceOf(value) {
  if (Array.isArray(value)) return value.flatMap(evidenceOf);
  if (value && typeof value === "object") {
    const line = [value.date, value.relation, value.subject, value.object, value.sentence]
      .filter(Boolean).join(" ");
    return [line];
  }
  return [];
}

async function askQuestion(question) {
  $("interpretation").textContent = "";
  $("answer").replaceChildren();
  try {
    const result = await getJSON("/api/ask?q=" + encodeURIComponent(question));
    const params = Object.entries(result.params).map(([k, v]) => `${k}=${v}`).join(", ");
    $("interpretation").textContent = `query ${result.query}(${params}): ${result.rows.length} answer(s)`;
    const list = $("answer");
    list.replaceChildren();
    for (const row of result.rows) {
      const item = el("li");
      const scalars = Object.entries(row).filter(([, v]) => v !== null && typeof v !== "object");
      item.append(el("span", scalars.map(([k, v]) => `${k}: ${v}`).join(" · "), "row"));
      for (const [, value] of Object.entries(row)) {
        for (const line of evidenceOf(value)) item.append(el("div", line, "meta"));
      }
      list.append(item);
    }
    tab("answer");
  } catch (error) { say(error.message, true); }
}

async function showQueue() {
  $("queue").replaceChildren();
  const params = new URLSearchParams({ limit: "30" });
  if ($("queue-actor").value) params.set("actor", $("queue-actor").value);
  if ($("queue-relation").value) params.set("relation", $("queue-relation").value);
  const data = await getJSON("/api/review/queue?" + params.toString());
  $("queue-title").textContent = `${data.claims.length} unreviewed claims, least confident first.`;
  $("missed").replaceChildren();
  const list = $("queue");
  list.replaceChildren();
  for (const claim of data.claims) {
    const item = el("li");
    item.append(el("span", `${claim.confidence} ${claim.subject} ${claim.relation} ${claim.object}`));
    item.append(el("div", claim.evidence, "meta"));
    const buttons = el("div", null, "buttons");
    for (const action of ["accept", "reject"]) {
      const button = el("button", action);
      button.type = "button";
      button.addEventListener("click", () => decide(action, { claim: claim.id }));
      buttons.append(button);
    }
    item.append(buttons);
    list.append(item);
  }
}

async function showMissed() {
  say("reading the articles again for missed claims…");
  $("missed").replaceChildren();
  const params = new URLSearchParams({ limit: "30" });
  if ($("queue-actor").value) params.set("actor", $("queue-actor").value);
  const data = await getJSON("/api/review/candidates?" + params.toString());
  $("queue").replaceChildren();
  $("queue-title").textContent =
    `${data.candidates.length} sentences where two actors meet a stance word and nothing was read.`;
  const list = $("missed");
  list.replaceChildren();
  for (const candidate of data.candidates) {
    const item = el("li");
    item.append(el("span", `${candidate.date} · ${candidate.actors.join(", ")}`));
    item.append(el("div", candidate.sentence, "meta"));
    const button = el("button", "add a claim from it");
    button.type = "button";
    button.addEventListener("click", () => {
      $("add-article").value = candidate.article;
      $("add-sentence").value = candidate.sentence;
      $("add-subject").value = candidate.actors[0];
      $("add-object").value = candidate.actors[1];
      tab("add");
    });
    item.append(button);
    list.append(item);
  }
  say(`${data.candidates.length} candidate sentences`);
}

function tab(name) {
  for (const button of document.querySelectorAll("nav button")) {
    button.classList.toggle("on", button.dataset.tab === name);
  }
  for (const panel of document.querySelectorAll(".tab")) panel.hidden = panel.id !== `tab-${name}`;
  if (name === "queue") showQueue().catch((e) => say(e.message, true));
}

// -- wiring ---------------------------------------------------------------------------------

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  showActor($("search").value);
});
$("search").addEventListener("input", async () => {
  const data = await getJSON("/api/actors?q=" + encodeURIComponent($("search").value));
  $("actor-names").replaceChildren(...data.actors.map((name) => new Option(name)));
});
$("ask-form").addEventListener("submit", (event) => {
  event.preventDefault();
  askQuestion($("question").value);
});
for (const button of document.querySelectorAll("nav button")) {
  button.addEventListener("click", () => tab(button.dataset.tab));
}
for (const id of ["month-from", "month-to"]) $(id).addEventListener("input", applyFilters);
$("party").addEventListener("change", () => { state.party = $("party").value; applyFilters(); });
$("outlet").addEventListener("change", () => { state.outlet = $("outlet").value; applyFilters(); });
$("ego").addEventListener("change", () => { state.ego = $("ego").checked; applyFilters(); });
$("play").addEventListener("click", () => {
  if (state.timer) { clearInterval(state.timer); state.timer = null; return; }
  const to = $("month-to");
  to.value = $("month-from").value;
  applyFilters();
  state.timer = setInterval(() => {
    if (+to.value >= +to.max) { clearInterval(state.timer); state.timer = null; return; }
    to.value = +to.value + 1;
    applyFilters();
  }, 800);
});
$("png").addEventListener("click", () => downloadAsPNG(renderer, { fileName: "alliancegraph-view", backgroundColor: "#ffffff" }));
$("accept").addEventListener("click", () => decide("accept", { claim: state.tie.id }));
$("reject").addEventListener("click", () => decide("reject", { claim: state.tie.id }));
$("correct").addEventListener("click", () => decide("correct", {
  claim: state.tie.id, relation: $("correct-relation").value,
  subject: $("correct-subject").value, object: $("correct-object").value,
}));
$("queue-form").addEventListener("submit", (event) => {
  event.preventDefault();
  showQueue().catch((error) => say(error.message, true));
});
$("find-missed").addEventListener("click", () => showMissed().catch((error) => say(error.message, true)));
$("add-form").addEventListener("submit", (event) => {
  event.preventDefault();
  decide("add", {
    article: $("add-article").value, sentence: $("add-sentence").value,
    subject: $("add-subject").value, relation: $("add-relation").value,
    object: $("add-object").value,
  });
});

loadGraph().then(() => say("ready")).catch((error) => say(error.message, true));
