// Static parts of the HTML view: style sheet and script. Kept apart from the C++ that
// writes the page so that each can be read on its own. The script reads the graph from
// the <script type="application/json" id="graph-data"> block and the SVG drawn in C++.
#pragma once

#include <string_view>

namespace parkgraph::detail {

inline constexpr std::string_view kHtmlStyle = R"css(
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       color: #222; background: #fafafa; }
#app { display: flex; height: 100vh; }
aside { width: 360px; flex: none; overflow-y: auto; padding: 12px 16px; background: #fff;
        border-right: 1px solid #ddd; font-size: 14px; }
main { flex: auto; min-width: 0; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 12px 0 2px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
#search { width: 100%; padding: 6px 8px; margin: 8px 0; font: inherit; }
fieldset { border: 1px solid #ddd; margin: 0 0 8px; padding: 6px 10px; }
fieldset label { display: block; cursor: pointer; line-height: 1.7; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
          margin: 0 6px 0 4px; vertical-align: -1px; border: 1px solid #0003; }
.summary, .hint, .type, .source { color: #666; margin: 2px 0; }
#details ul { list-style: none; padding: 0; margin: 0; }
#details li { border-top: 1px solid #eee; padding: 6px 0; cursor: pointer; }
#details li:hover { background: #f4f7fb; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
#graph { width: 100%; height: 100%; display: block; cursor: grab; user-select: none; }
.edge { stroke: #999; stroke-width: 1.2; }
.edge.active { stroke: #333; stroke-width: 2.2; }
.node { cursor: pointer; }
.node circle { stroke: #fff; stroke-width: 1.5; }
.node text { font-size: 11px; text-anchor: middle; paint-order: stroke; stroke: #fafafa;
             stroke-width: 3px; }
.node.selected circle { stroke: #000; stroke-width: 3; }
.node.match circle { stroke: #d62728; stroke-width: 3; }
.dim { opacity: 0.15; }
.hidden { display: none; }
)css";

inline constexpr std::string_view kHtmlScript = R"js(
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const entities = data.entities;
  const svg = document.getElementById('graph');
  const nodeEls = Array.from(svg.querySelectorAll('g.node'));
  const edgeEls = Array.from(svg.querySelectorAll('line.edge'));
  const details = document.getElementById('details');
  const search = document.getElementById('search');
  const indexById = new Map(entities.map((e, i) => [e.id, i]));
  const neighbours = entities.map(() => new Set());
  for (const r of data.relations) {
    const h = indexById.get(r.head);
    const t = indexById.get(r.tail);
    if (h === undefined || t === undefined) continue;
    neighbours[h].add(t);
    neighbours[t].add(h);
  }
  const hiddenTypes = new Set();
  let selected = -1;

  const isHidden = (i) => hiddenTypes.has(entities[i].type);
  const matches = (i, query) => [entities[i].name, ...entities[i].aliases]
      .some((name) => name.toLowerCase().includes(query));

  function refresh() {
    const query = search.value.trim().toLowerCase();
    nodeEls.forEach((el, i) => {
      const hit = query !== '' && matches(i, query);
      const related = selected >= 0 ? i === selected || neighbours[selected].has(i)
                                    : query === '' || hit;
      el.classList.toggle('hidden', isHidden(i));
      el.classList.toggle('dim', !related);
      el.classList.toggle('selected', i === selected);
      el.classList.toggle('match', hit);
    });
    edgeEls.forEach((el) => {
      const h = Number(el.getAttribute('data-head'));
      const t = Number(el.getAttribute('data-tail'));
      const touches = h === selected || t === selected;
      el.classList.toggle('hidden', isHidden(h) || isHidden(t));
      el.classList.toggle('dim', (selected >= 0 && !touches) || (selected < 0 && query !== ''));
      el.classList.toggle('active', selected >= 0 && touches);
    });
  }

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function describeAttribute(a) {
    return a.attr === 'date' ? 'date: ' + a.value : a.attr + ': ' + a.value + ' ' + a.unit;
  }

  function showDetails(i) {
    details.replaceChildren();
    if (i < 0) {
      details.append(element('p', 'Click a node to see its relations.', 'hint'));
      return;
    }
    const e = entities[i];
    details.append(element('h2', e.name), element('p', e.type + ' \u00b7 ' + e.id, 'type'));
    if (e.aliases.length) details.append(element('p', 'Aliases: ' + e.aliases.join(', ')));
    for (const a of e.attributes) details.append(element('p', describeAttribute(a)));
    const docs = new Set(e.mentions.map((m) => m.doc));
    details.append(element('p', e.mentions.length + ' mentions in ' + docs.size + ' documents',
                           'source'));
    const relations = data.relations.filter((r) => r.head === e.id || r.tail === e.id);
    details.append(element('h3', 'Relations (' + relations.length + ')'));
    const list = element('ul');
    for (const r of relations) {
      const head = entities[indexById.get(r.head)];
      const tail = entities[indexById.get(r.tail)];
      const title = r.title ? ' (' + r.title + ')' : '';
      const item = element('li');
      item.append(element('div', head.name + ' \u2014' + r.type + title + '\u2192 ' + tail.name),
                  element('blockquote', r.evidence),
                  element('div', r.doc + ' [' + r.sentence.start + ', ' + r.sentence.end + ')',
                          'source'));
      const other = indexById.get(r.head === e.id ? r.tail : r.head);
      item.addEventListener('click', () => select(other));
      list.append(item);
    }
    details.append(list);
  }

  function select(i) {
    selected = i;
    showDetails(i);
    refresh();
  }

  nodeEls.forEach((el, i) => el.addEventListener('click', (event) => {
    event.stopPropagation();
    select(i === selected ? -1 : i);
  }));
  document.querySelectorAll('#types input').forEach((box) => box.addEventListener('change', () => {
    const type = box.getAttribute('data-type');
    if (box.checked) hiddenTypes.delete(type); else hiddenTypes.add(type);
    if (selected >= 0 && isHidden(selected)) select(-1); else refresh();
  }));
  search.addEventListener('input', refresh);
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const query = search.value.trim().toLowerCase();
    const found = entities.findIndex((e, i) => !isHidden(i) && query !== '' && matches(i, query));
    if (found >= 0) select(found);
  });

  // Zoom with the wheel and pan by dragging, both by moving the SVG viewBox.
  const view = svg.viewBox.baseVal;
  let drag = null;
  let dragged = false;
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const factor = event.deltaY < 0 ? 0.9 : 1.1;
    const rect = svg.getBoundingClientRect();
    const px = view.x + (event.clientX - rect.left) / rect.width * view.width;
    const py = view.y + (event.clientY - rect.top) / rect.height * view.height;
    view.x = px - (px - view.x) * factor;
    view.y = py - (py - view.y) * factor;
    view.width *= factor;
    view.height *= factor;
  }, {passive: false});
  svg.addEventListener('pointerdown', (event) => {
    drag = {x: event.clientX, y: event.clientY};
    dragged = false;
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
    view.x -= dx * view.width / rect.width;
    view.y -= dy * view.height / rect.height;
    drag = {x: event.clientX, y: event.clientY};
  });
  svg.addEventListener('pointerup', () => { drag = null; });
  svg.addEventListener('pointerleave', () => { drag = null; });
  svg.addEventListener('click', () => { if (!dragged) select(-1); });

  showDetails(-1);
  refresh();
})();
)js";

}  // namespace parkgraph::detail
