// Static parts of the HTML view: style sheet and script. Kept apart from the C++ that
// writes the page so that each can be read on its own. The script reads the graph, the
// positions and the type colours from the <script type="application/json"> blocks and
// draws with Cytoscape.js, inlined before it.
#pragma once

#include <string_view>

namespace parkgraph::detail {

inline constexpr std::string_view kHtmlStyle = R"css(
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       color: #222; background: #fafafa; }
#app { display: flex; height: 100vh; }
aside { width: 380px; flex: none; overflow-y: auto; padding: 12px 16px; background: #fff;
        border-right: 1px solid #ddd; font-size: 14px; }
main { flex: auto; min-width: 0; height: 100vh; }
h1 { font-size: 18px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 12px 0 2px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
#search { width: 100%; padding: 6px 8px; margin: 8px 0 2px; font: inherit; }
#results { list-style: none; padding: 0; margin: 0 0 8px; max-height: 180px; overflow-y: auto; }
#results li { padding: 3px 6px; cursor: pointer; border-bottom: 1px solid #eee; }
#results li:hover { background: #f4f7fb; }
fieldset { border: 1px solid #ddd; margin: 0 0 8px; padding: 6px 10px; }
fieldset label { display: block; cursor: pointer; line-height: 1.7; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
          margin: 0 6px 0 4px; vertical-align: -1px; border: 1px solid #0003; }
.summary, .hint, .type, .source { color: #666; margin: 2px 0; }
#details ul { list-style: none; padding: 0; margin: 0; }
#details li { border-top: 1px solid #eee; padding: 6px 0; cursor: pointer; }
#details li:hover { background: #f4f7fb; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
)css";

inline constexpr std::string_view kHtmlScript = R"js(
(() => {
  'use strict';
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const data = read('graph-data');
  const layout = read('graph-layout');
  const colours = read('graph-colours');
  const entities = data.entities;
  const details = document.getElementById('details');
  const search = document.getElementById('search');
  const results = document.getElementById('results');
  const indexById = new Map(entities.map((e, i) => [e.id, i]));
  const shapes = {Park: 'round-tag', Company: 'round-rectangle', Person: 'ellipse',
                  Project: 'hexagon', Organization: 'diamond', Location: 'triangle'};

  // One Cytoscape edge per distinct (head, type, tail); the relations stay in `data`.
  const elements = entities.map((e, i) => ({
    group: 'nodes', data: {id: 'n' + i, label: e.name, type: e.type, index: i},
    position: {x: layout[i][0], y: layout[i][1]}}));
  const seen = new Set();
  for (const r of data.relations) {
    const h = indexById.get(r.head);
    const t = indexById.get(r.tail);
    const key = h + ' ' + r.type + ' ' + t;
    if (h === undefined || t === undefined || h === t || seen.has(key)) continue;
    seen.add(key);
    elements.push({group: 'edges', data: {id: 'e' + seen.size, source: 'n' + h,
                                          target: 'n' + t, type: r.type}});
  }
  const style = [
    {selector: 'node', style: {'label': 'data(label)', 'font-size': 10, 'width': 16,
      'height': 16, 'text-valign': 'top', 'text-margin-y': -3, 'text-outline-width': 2,
      'text-outline-color': '#fafafa', 'border-width': 1, 'border-color': '#fff',
      'font-family': '"Noto Sans CJK SC", sans-serif', 'min-zoomed-font-size': 6}},
    {selector: 'edge', style: {'width': 1.2, 'line-color': '#aaa', 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#aaa', 'arrow-scale': 0.7,
      'font-size': 8, 'color': '#555', 'text-rotation': 'autorotate'}},
    {selector: 'edge[type = "cooperatesWith"]', style: {'source-arrow-shape': 'triangle',
      'source-arrow-color': '#aaa'}},
    {selector: 'node.selected', style: {'border-width': 3, 'border-color': '#000',
      'width': 24, 'height': 24, 'z-index': 10}},
    {selector: 'node.match', style: {'border-width': 3, 'border-color': '#d62728'}},
    {selector: 'edge.active', style: {'line-color': '#333', 'target-arrow-color': '#333',
      'source-arrow-color': '#333', 'width': 2.2, 'label': 'data(type)', 'z-index': 9}},
    {selector: '.dim', style: {'opacity': 0.15}},
    {selector: '.hidden', style: {'display': 'none'}},
  ];
  for (const [type, colour] of Object.entries(colours)) {
    style.push({selector: 'node[type = "' + type + '"]',
                style: {'background-color': colour, 'shape': shapes[type] || 'ellipse'}});
  }
  const cy = cytoscape({container: document.getElementById('graph'), elements, style,
                        layout: {name: 'preset'}, minZoom: 0.05, maxZoom: 8});
  window.parkgraphView = {cy, select: (i) => select(i)};  // for tests and the console

  const hiddenTypes = new Set();
  let selected = -1;
  const node = (i) => cy.getElementById('n' + i);
  const isHidden = (i) => hiddenTypes.has(entities[i].type);
  const matches = (i, query) => [entities[i].name, ...entities[i].aliases]
      .some((name) => name.toLowerCase().includes(query));

  function refresh() {
    const query = search.value.trim().toLowerCase();
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const i = n.data('index');
        const hit = query !== '' && matches(i, query);
        const related = selected >= 0 ? i === selected || n.neighborhood(node(selected)).length > 0
                                      : query === '' || hit;
        n.toggleClass('hidden', isHidden(i));
        n.toggleClass('dim', !related);
        n.toggleClass('selected', i === selected);
        n.toggleClass('match', hit);
      });
      cy.edges().forEach((e) => {
        const touches = selected >= 0 && (e.source().same(node(selected)) ||
                                          e.target().same(node(selected)));
        e.toggleClass('dim', (selected >= 0 && !touches) || (selected < 0 && query !== ''));
        e.toggleClass('active', touches);
      });
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

  function listOfLinks(title, indices, className) {
    details.append(element('h3', title + ' (' + indices.length + ')'));
    const list = element('ul');
    list.className = className;
    for (const i of indices) {
      const item = element('li', entities[i].name);
      item.addEventListener('click', () => select(i));
      list.append(item);
    }
    details.append(list);
  }

  function showDetails(i) {
    details.replaceChildren();
    if (i < 0) {
      details.append(element('p', 'Click a node to see its facts and sources.', 'hint'));
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
    if (e.type === 'Park' || e.type === 'Location') {
      const inside = [...new Set(relations
          .filter((r) => r.tail === e.id && (r.type === 'locatedIn' || r.type === 'partOf'))
          .map((r) => indexById.get(r.head)))];
      listOfLinks('Companies', inside.filter((j) => entities[j].type === 'Company'), 'companies');
      const others = inside.filter((j) => entities[j].type !== 'Company');
      if (others.length) listOfLinks('Also here', others, 'others');
    }
    details.append(element('h3', 'Relations (' + relations.length + ')'));
    const list = element('ul');
    list.className = 'relations';
    for (const r of relations) {
      const head = entities[indexById.get(r.head)];
      const tail = entities[indexById.get(r.tail)];
      const title = r.title ? ' (' + r.title + ')' : '';
      const item = element('li');
      item.append(element('div', head.name + ' \u2014' + r.type + title + '\u2192 ' + tail.name),
                  element('blockquote', r.evidence),
                  element('div', r.doc + ' [' + r.sentence.start + ', ' + r.sentence.end + ')' +
                          ' \u00b7 confidence ' + r.confidence, 'source'));
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

  function showResults() {
    results.replaceChildren();
    const query = search.value.trim().toLowerCase();
    if (query === '') return;
    // Exact names first, then names that start with the query, then the rest.
    const rank = (i) => {
      const name = entities[i].name.toLowerCase();
      return name === query ? 0 : name.startsWith(query) ? 1 : 2;
    };
    const found = entities.map((e, i) => i).filter((i) => !isHidden(i) && matches(i, query))
        .sort((a, b) => rank(a) - rank(b) || a - b);
    for (const i of found.slice(0, 50)) {
      const item = element('li', entities[i].name + ' \u00b7 ' + entities[i].type);
      item.addEventListener('click', () => {
        select(i);
        cy.animate({center: {eles: node(i)}, zoom: Math.max(cy.zoom(), 1.2)}, {duration: 200});
      });
      results.append(item);
    }
  }

  cy.on('tap', 'node', (event) => {
    const i = event.target.data('index');
    select(i === selected ? -1 : i);
  });
  cy.on('tap', (event) => { if (event.target === cy) select(-1); });
  document.querySelectorAll('#types input').forEach((box) => box.addEventListener('change', () => {
    const type = box.getAttribute('data-type');
    if (box.checked) hiddenTypes.delete(type); else hiddenTypes.add(type);
    if (selected >= 0 && isHidden(selected)) select(-1); else refresh();
    showResults();
  }));
  search.addEventListener('input', () => { showResults(); refresh(); });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = results.querySelector('li');
    if (first) first.click();
  });

  cy.fit(undefined, 30);
  showDetails(-1);
  refresh();
})();
)js";

}  // namespace parkgraph::detail
