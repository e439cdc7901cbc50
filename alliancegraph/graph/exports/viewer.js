/* alliancegraph viewer: draws the graph held as JSON in #graph-data into the inline SVG.
 * Written for alliancegraph, no library. Drag to pan, wheel to zoom, hover for details,
 * click a tie to pin its details. Text from the data only ever goes through textContent and
 * setAttribute, never innerHTML, so evidence sentences cannot inject markup. */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var viewport = document.getElementById("viewport");
  var tooltip = document.getElementById("tooltip");
  var view = { x: 0, y: 0, k: 1 };
  var pinned = null;

  function make(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function radius(node) { return Math.max(5, node.size * 0.6); }

  function markerId(relation) { return "arrow-" + relation; }

  function drawMarkers() {
    var defs = document.getElementById("markers");
    var done = {};
    data.edges.forEach(function (edge) {
      if (done[edge.relation]) { return; }
      done[edge.relation] = true;
      var marker = make("marker", {
        id: markerId(edge.relation), viewBox: "0 0 10 10", refX: 9, refY: 5,
        markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse",
        markerUnits: "userSpaceOnUse"
      }, defs);
      make("path", { d: "M0,0 L10,5 L0,10 z", fill: edge.color }, marker);
    });
  }

  /* A quadratic curve bent to one side (more for each further tie between the same pair),
   * ending at the rim of the target so the arrow head stays visible. */
  function curve(a, b, rank) {
    var dx = b.x - a.x, dy = b.y - a.y;
    var length = Math.sqrt(dx * dx + dy * dy) || 1;
    var bend = (0.12 + 0.12 * rank) * length;
    var cx = (a.x + b.x) / 2 + (dy / length) * bend;
    var cy = (a.y + b.y) / 2 - (dx / length) * bend;
    var ex = b.x - cx, ey = b.y - cy;
    var el = Math.sqrt(ex * ex + ey * ey) || 1;
    var tx = b.x - (ex / el) * (radius(b) + 3), ty = b.y - (ey / el) * (radius(b) + 3);
    return "M" + a.x + "," + a.y + " Q" + cx + "," + cy + " " + tx + "," + ty;
  }

  function drawEdges(layer) {
    data.edges.forEach(function (edge, i) {
      var a = data.nodes[edge.s], b = data.nodes[edge.t];
      if (edge.s === edge.t) { return; }
      make("path", {
        "class": "edge", d: curve(a, b, edge.rank), stroke: edge.color,
        "stroke-width": 1.6 + Math.log(edge.claims), "marker-end": "url(#" + markerId(edge.relation) + ")",
        "data-edge": i, "data-relation": edge.relation
      }, layer);
    });
  }

  function drawNodes(layer) {
    data.nodes.forEach(function (node, i) {
      var group = make("g", {
        "class": "node " + node.kind, "data-node": i, "data-name": node.name,
        transform: "translate(" + node.x + "," + node.y + ")"
      }, layer);
      var r = radius(node);
      if (node.kind === "party") {
        make("rect", { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 3, fill: node.color }, group);
      } else {
        make("circle", { r: r, fill: node.color }, group);
      }
      /* the name starts just off the rim, in the direction the layout chose */
      var dx = node.lx - node.x, dy = node.ly - node.y;
      var norm = Math.sqrt(dx * dx + dy * dy) || 1;
      var label = make("text", {
        x: (dx / norm) * (r + 4), y: (dy / norm) * (r + 4), "text-anchor": node.anchor,
        "dominant-baseline": node.baseline
      }, group);
      label.textContent = node.name;
    });
  }

  function drawCamps(layer) {
    data.camps.forEach(function (camp) {
      var title = make("text", { "class": "camp", x: camp.x, y: camp.y, "text-anchor": "middle" }, layer);
      title.textContent = camp.name;
    });
  }

  function line(parent, className, text) {
    var row = document.createElement("div");
    row.className = className;
    row.textContent = text;
    parent.appendChild(row);
    return row;
  }

  function nodeDetails(node) {
    var box = document.createDocumentFragment();
    line(box, "title", node.name);
    line(box, "meta", node.kind + (node.party && node.party !== node.name ? ", " + node.party : ""));
    if (node.camp) { line(box, "meta", node.camp); }
    line(box, "meta", node.supporters + " supporter(s), " + node.degree + " tie(s)");
    return box;
  }

  function edgeDetails(edge) {
    var box = document.createDocumentFragment();
    line(box, "title", data.nodes[edge.s].name + " \u2192 " + data.nodes[edge.t].name);
    var relation = line(box, "relation", edge.label + " (" + edge.relation + ")");
    relation.style.color = edge.color;
    if (edge.group) { line(box, "meta", "group: " + edge.group); }
    line(box, "evidence", edge.evidence);
    var article = edge.article;
    line(box, "meta", "Article: " + (article.title || article.id) + ", " + article.date);
    if (article.url) {
      var link = document.createElement("a");
      link.setAttribute("href", article.url);
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
      link.textContent = article.url;
      box.appendChild(link);
    }
    line(box, "meta", edge.claims + " article(s): " + edge.dates.join(", ") +
      " \u00b7 confidence " + edge.confidence);
    return box;
  }

  function showTooltip(content, event) {
    tooltip.textContent = "";
    tooltip.appendChild(content);
    tooltip.hidden = false;
    var stage = svg.parentNode.getBoundingClientRect();
    var left = (event.clientX || stage.left) - stage.left + 14;
    var top = (event.clientY || stage.top) - stage.top + 14;
    tooltip.style.left = Math.min(left, Math.max(0, stage.width - 340)) + "px";
    tooltip.style.top = top + "px";
  }

  function hideTooltip() {
    if (pinned === null) { tooltip.hidden = true; }
    svg.classList.remove("focus");
    Array.prototype.forEach.call(viewport.querySelectorAll(".lit"), function (el) {
      el.classList.remove("lit");
    });
  }

  function light(index) {
    svg.classList.add("focus");
    Array.prototype.forEach.call(viewport.querySelectorAll(".edge"), function (path) {
      var edge = data.edges[Number(path.getAttribute("data-edge"))];
      if (edge.s === index || edge.t === index) {
        path.classList.add("lit");
        viewport.querySelector('[data-node="' + edge.s + '"]').classList.add("lit");
        viewport.querySelector('[data-node="' + edge.t + '"]').classList.add("lit");
      }
    });
  }

  function target(event) {
    var el = event.target;
    while (el && el !== svg) {
      if (el.hasAttribute && (el.hasAttribute("data-edge") || el.hasAttribute("data-node"))) {
        return el;
      }
      el = el.parentNode;
    }
    return null;
  }

  function onOver(event) {
    var el = target(event);
    if (!el || pinned !== null) { return; }
    if (el.hasAttribute("data-node")) {
      var index = Number(el.getAttribute("data-node"));
      showTooltip(nodeDetails(data.nodes[index]), event);
      light(index);
    } else {
      showTooltip(edgeDetails(data.edges[Number(el.getAttribute("data-edge"))]), event);
      el.classList.add("lit");
    }
  }

  function onClick(event) {
    var el = target(event);
    if (el && el.hasAttribute("data-edge")) {
      pinned = null;
      onOver(event);
      pinned = Number(el.getAttribute("data-edge"));
    } else if (!moved) {
      pinned = null;
      hideTooltip();
    }
  }

  /* -- pan and zoom: one transform on #viewport, in the SVG's user units -- */

  function apply() {
    viewport.setAttribute("transform",
      "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
  }

  function toUser(event) {
    var matrix = svg.getScreenCTM();
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return matrix ? point.matrixTransform(matrix.inverse()) : { x: event.clientX, y: event.clientY };
  }

  function onWheel(event) {
    event.preventDefault();
    var factor = Math.exp(-event.deltaY * 0.0015);
    var k = Math.min(8, Math.max(0.2, view.k * factor));
    var p = toUser(event);
    view.x = p.x - (p.x - view.x) * (k / view.k);
    view.y = p.y - (p.y - view.y) * (k / view.k);
    view.k = k;
    apply();
  }

  var drag = null, moved = false;

  function onDown(event) {
    if (event.button !== undefined && event.button !== 0) { return; }
    drag = { start: toUser(event), x: view.x, y: view.y };
    moved = false;
    try { svg.setPointerCapture(event.pointerId); } catch (ignored) { /* synthetic events */ }
  }

  function onMove(event) {
    if (!drag) { return; }
    var p = toUser(event);
    if (Math.abs(p.x - drag.start.x) + Math.abs(p.y - drag.start.y) > 2) { moved = true; }
    view.x = drag.x + (p.x - drag.start.x);
    view.y = drag.y + (p.y - drag.start.y);
    apply();
  }

  function onUp() { drag = null; }

  /* -- fit: the SVG's viewBox covers every node, name and camp title -- */

  function fit() {
    var xs = [], ys = [];
    data.nodes.forEach(function (n) { xs.push(n.x, n.lx); ys.push(n.y, n.ly); });
    data.camps.forEach(function (c) { xs.push(c.x); ys.push(c.y); });
    if (!xs.length) { xs = [0]; ys = [0]; }
    var minX = Math.min.apply(null, xs) - 170, maxX = Math.max.apply(null, xs) + 170;
    var minY = Math.min.apply(null, ys) - 60, maxY = Math.max.apply(null, ys) + 60;
    svg.setAttribute("viewBox", [minX, minY, maxX - minX, maxY - minY].join(" "));
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  }

  function drawLegend() {
    var legend = document.getElementById("legend");
    function section(title, items) {
      if (!items.length) { return; }
      line(legend, "legend-title", title);
      items.forEach(function (item) {
        var row = document.createElement("div");
        row.className = "legend-row";
        var swatch = document.createElement("span");
        swatch.className = item.line ? "swatch line" : "swatch";
        swatch.style.background = item.color;
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(item.text));
        legend.appendChild(row);
      });
    }
    section("Ties (colour = polarity)", data.legend.relations.map(function (r) {
      return { color: r.color, text: r.label + " (" + r.name + ")", line: true };
    }));
    section("Party colours", data.legend.parties.map(function (p) {
      return { color: p.color, text: p.name };
    }));
  }

  function selfTest(edgeIndex) {
    /* Used by the browser test (file://...#selftest or #selftest=N): hover tie N, then an
     * actor, zoom, pan, and record what happened as attributes of <body>. */
    var edge = viewport.querySelector('.edge[data-edge="' + edgeIndex + '"]');
    if (edge) {
      edge.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, clientX: 50, clientY: 50 }));
      document.body.setAttribute("data-selftest-tooltip", tooltip.textContent);
      hideTooltip();
    }
    var node = viewport.querySelector(".node");
    if (node) {
      node.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, clientX: 60, clientY: 60 }));
      document.body.setAttribute("data-selftest-node", tooltip.textContent);
      hideTooltip();
    }
    svg.dispatchEvent(new WheelEvent("wheel", {
      bubbles: true, cancelable: true, deltaY: -300, clientX: 100, clientY: 100
    }));
    document.body.setAttribute("data-selftest-zoom", String(view.k));
    var from = { bubbles: true, clientX: 100, clientY: 100, button: 0, pointerId: 1 };
    svg.dispatchEvent(new PointerEvent("pointerdown", from));
    svg.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: 160, clientY: 130, pointerId: 1 }));
    svg.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, pointerId: 1 }));
    document.body.setAttribute("data-selftest-transform", viewport.getAttribute("transform"));
  }

  drawMarkers();
  var edgeLayer = make("g", { "class": "edges" }, viewport);
  var campLayer = make("g", { "class": "camps" }, viewport);
  var nodeLayer = make("g", { "class": "nodes" }, viewport);
  drawEdges(edgeLayer);
  drawCamps(campLayer);
  drawNodes(nodeLayer);
  drawLegend();
  fit();
  apply();

  viewport.addEventListener("mouseover", onOver);
  viewport.addEventListener("mouseout", hideTooltip);
  svg.addEventListener("click", onClick);
  svg.addEventListener("wheel", onWheel, { passive: false });
  svg.addEventListener("pointerdown", onDown);
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerup", onUp);
  svg.addEventListener("pointercancel", onUp);

  svg.setAttribute("data-rendered", String(data.nodes.length));
  svg.setAttribute("data-rendered-edges", String(viewport.querySelectorAll(".edge").length));
  var test = /^#selftest(?:=(\d+))?$/.exec(window.location.hash);
  if (test) { selfTest(test[1] ? Number(test[1]) : 0); }
}());
