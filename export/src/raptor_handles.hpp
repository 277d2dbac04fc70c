// RAII handles for Raptor2 objects, and a world that turns Raptor's log errors into
// ExportError. Private to export/src.
#pragma once

#include <raptor2.h>

#include <memory>
#include <string>
#include <string_view>

#include "parkgraph/export.hpp"

namespace parkgraph::detail {

/// Calls a Raptor free function; lets std::unique_ptr own Raptor objects.
template <auto Free>
struct RaptorDeleter {
  template <typename T>
  void operator()(T* object) const {
    Free(object);
  }
};

using WorldPtr = std::unique_ptr<raptor_world, RaptorDeleter<raptor_free_world>>;
using SerializerPtr = std::unique_ptr<raptor_serializer, RaptorDeleter<raptor_free_serializer>>;
using UriPtr = std::unique_ptr<raptor_uri, RaptorDeleter<raptor_free_uri>>;
using TermPtr = std::unique_ptr<raptor_term, RaptorDeleter<raptor_free_term>>;
using IostreamPtr = std::unique_ptr<raptor_iostream, RaptorDeleter<raptor_free_iostream>>;
using RaptorMemoryPtr = std::unique_ptr<void, RaptorDeleter<raptor_free_memory>>;

/// A raptor_world whose error and fatal log messages are collected instead of printed.
class RaptorWorld {
 public:
  RaptorWorld();
  RaptorWorld(const RaptorWorld&) = delete;
  RaptorWorld& operator=(const RaptorWorld&) = delete;

  [[nodiscard]] raptor_world* get() const { return world_.get(); }
  /// Throws ExportError mentioning `what` if Raptor logged an error since the last check.
  void throw_if_failed(std::string_view what);

  [[nodiscard]] UriPtr uri(std::string_view iri) const;
  [[nodiscard]] TermPtr iri_term(std::string_view iri) const;
  /// A literal; `datatype` and `language` are optional and mutually exclusive.
  [[nodiscard]] TermPtr literal(std::string_view text, raptor_uri* datatype = nullptr,
                                std::string_view language = {}) const;

 private:
  static void on_log(void* user_data, raptor_log_message* message);

  std::string errors_;  // declared before world_: the log handler writes here until it dies
  WorldPtr world_;
};

/// A Raptor iostream appending everything written to `out`. Raptor's own string iostream
/// keeps every small write as a separate buffer until the end (tens of bytes of bookkeeping per
/// write), which made memory grow to many times the output; this one appends in place.
[[nodiscard]] IostreamPtr string_iostream(const RaptorWorld& world, std::string& out);

}  // namespace parkgraph::detail
