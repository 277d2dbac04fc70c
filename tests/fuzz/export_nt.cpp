#include "export_target.hpp"

const parkgraph::Format kFuzzFormat = parkgraph::Format::NTriples;
