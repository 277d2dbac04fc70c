// Runs SPARQL queries against a SPARQL 1.1 protocol endpoint (here: the Virtuoso a test
// started on loopback) with Node's fetch.
// Usage: node sparql_http.mjs ENDPOINT_URL QUERY_FILE...
// Prints one JSON object: {"results": {"<query file>": <SPARQL JSON results>}}.
import { readFileSync } from "node:fs";

const [endpoint, ...queries] = process.argv.slice(2);
if (!endpoint || queries.length === 0) {
  console.error("usage: node sparql_http.mjs ENDPOINT QUERY.rq...");
  process.exit(2);
}
const results = {};
for (const file of queries) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/sparql-results+json",
    },
    body: new URLSearchParams({ query: readFileSync(file, "utf8") }),
  });
  const text = await response.text();
  if (!response.ok) {
    console.error(`${file}: HTTP ${response.status}: ${text}`);
    process.exit(1);
  }
  results[file] = JSON.parse(text);
}
console.log(JSON.stringify({ results }));
