// Loads an RDF file into an in-memory Oxigraph store (npm package `oxigraph`) and runs
// SPARQL queries over its default graph, as a user of Oxigraph would.
// Usage: node oxigraph_query.mjs DATA_FILE QUERY_FILE...
// Prints one JSON object: {"loaded": <quads>, "results": {"<query file>": <SPARQL JSON results>}}.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import oxigraph from "oxigraph";

const kFormats = {
  ".ttl": "text/turtle",
  ".nt": "application/n-triples",
  ".nq": "application/n-quads",
  ".trig": "application/trig",
};

const [data, ...queries] = process.argv.slice(2);
const format = kFormats[extname(data)];
if (!data || !format || queries.length === 0) {
  console.error("usage: node oxigraph_query.mjs DATA.{ttl,nt,nq,trig} QUERY.rq...");
  process.exit(2);
}
const store = new oxigraph.Store();
store.load(readFileSync(data, "utf8"), { format });
const results = {};
for (const file of queries) {
  results[file] = JSON.parse(store.query(readFileSync(file, "utf8"), { results_format: "json" }));
}
console.log(JSON.stringify({ loaded: store.size, results }));
