// The format a fuzz_export_<format> target serialises; defined in export_<format>.cpp.
#pragma once

#include "parkgraph/export.hpp"

extern const parkgraph::Format kFuzzFormat;
