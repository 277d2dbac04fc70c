// Validates RDF files against SHACL shapes with rdf-validate-shacl (npm), parsing with
// @zazuko/env-node. Usage: node shacl_validate.mjs SHAPES.ttl DATA.{ttl,nt,nq}...
// Prints one JSON object: {"conforms": bool, "quads": n, "results": [{focusNode, path,
// component, shape, message}]}; exit status 0 when it ran (whatever the verdict), 2 on misuse.
import { dirname, join } from "node:path";
import rdf from "@zazuko/env-node";
import SHACLValidator from "rdf-validate-shacl";

const [shapesFile, ...dataFiles] = process.argv.slice(2);
if (!shapesFile || dataFiles.length === 0) {
  console.error("usage: node shacl_validate.mjs SHAPES.ttl DATA...");
  process.exit(2);
}
const shapes = await rdf.dataset().import(rdf.fromFile(shapesFile));
const data = rdf.dataset();
for (const file of dataFiles) await data.import(rdf.fromFile(file));
// shapes.ttl owl:imports the vocabulary, which lives beside it; nothing is fetched.
const kVocabulary = "https://w3id.org/parkgraph/ontology";
const importGraph = async (url) => {
  if (url.value !== kVocabulary) throw new Error(`will not fetch ${url.value}`);
  return rdf.dataset().import(rdf.fromFile(join(dirname(shapesFile), "parkgraph.ttl")));
};
const validator = new SHACLValidator(shapes, { factory: rdf, importGraph });
const report = await validator.validate(data);
const value = (term) => (term ? term.value : null);
console.log(
  JSON.stringify({
    conforms: report.conforms,
    quads: data.size,
    results: report.results.map((r) => ({
      focusNode: value(r.focusNode),
      path: value(r.path),
      component: value(r.sourceConstraintComponent),
      shape: value(r.sourceShape),
      message: r.message.map((m) => m.value).join("; "),
    })),
  }),
);
