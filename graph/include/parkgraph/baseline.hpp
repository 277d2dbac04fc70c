// The baseline a user might build instead of parkgraph's relation patterns: every pair of
// entities named in one sentence is linked, with the relation type their types suggest.
// Used by `parkgraph eval --baseline` to show what the patterns are worth.
#pragma once

#include <vector>

#include "parkgraph/types.hpp"

namespace parkgraph {

/// Replaces the facts of each extraction by sentence co-occurrence links.
std::vector<Extraction> cooccurrence_baseline(std::vector<Extraction> extractions);

}  // namespace parkgraph
