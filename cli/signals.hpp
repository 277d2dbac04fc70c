// Interrupted runs: SIGINT, SIGTERM and SIGHUP stop the program with a message and exit
// code 128 + signal, after removing the temporary files of outputs not yet written, so
// every output keeps its previous content or is absent (see write_file_atomically).
#pragma once

namespace parkgraph::cli {

/// Blocks the signals in the calling thread (and so in every thread it starts later) and
/// starts a thread that waits for them. Call first thing in main(), before any thread.
void stop_cleanly_on_signals();

}  // namespace parkgraph::cli
