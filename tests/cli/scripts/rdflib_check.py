"""rdflib (Debian python3-rdflib) as an independent RDF reader for the tests.

  rdflib_check.py parse FORMAT FILE          prints the number of statements (triples or quads)
  rdflib_check.py isomorphic FORMAT A B      exit 0 when graphs A and B are isomorphic
                                             (blank nodes matched), 1 when they differ
Formats are rdflib's names: turtle, nt, nquads, trig.
"""
import sys

from rdflib import ConjunctiveGraph, Graph
from rdflib.compare import graph_diff, to_isomorphic


def load(fmt, path):
    graph = ConjunctiveGraph() if fmt in ("nquads", "trig") else Graph()
    graph.parse(path, format=fmt)
    return graph


def main(argv):
    if len(argv) == 3 and argv[0] == "parse":
        graph = load(argv[1], argv[2])
        # Quads are counted per graph: a triple in two graphs is two statements.
        if isinstance(graph, ConjunctiveGraph):
            print(sum(1 for _ in graph.quads((None, None, None, None))))
        else:
            print(len(graph))
        return 0
    if len(argv) == 4 and argv[0] == "isomorphic":
        a = to_isomorphic(load(argv[1], argv[2]))
        b = to_isomorphic(load(argv[1], argv[3]))
        if a == b:
            print(len(a))
            return 0
        _, only_a, only_b = graph_diff(a, b)
        for triple in sorted(only_a)[:5]:
            print("only in A:", triple)
        for triple in sorted(only_b)[:5]:
            print("only in B:", triple)
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
