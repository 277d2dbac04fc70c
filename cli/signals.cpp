#include "signals.hpp"

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <string>
#include <thread>

#include "parkgraph/export.hpp"

namespace parkgraph::cli {
namespace {

void wait_and_stop(sigset_t signals) {
  int signal = 0;
  while (sigwait(&signals, &signal) != 0) {
  }
  discard_temporary_files();
  const std::string message = std::string("parkgraph: interrupted (") + ::strsignal(signal) +
                              "); outputs not yet written keep their previous content\n";
  [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message.data(), message.size());
  ::_exit(128 + signal);
}

}  // namespace

void stop_cleanly_on_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread(wait_and_stop, signals).detach();
}

}  // namespace parkgraph::cli
