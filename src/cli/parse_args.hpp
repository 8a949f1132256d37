#pragma once
// argv -> what to do. Every option is defined once, in parse_args.cpp, with
// its help text; values are checked here and bad ones named by their option.

#include <optional>
#include <string>

#include "core/query.hpp"
#include "report/render.hpp"

namespace cpcost {

struct Invocation {
  Query query;
  Format format = Format::table;
  bool quiet = false;
  bool no_color = false;
  std::optional<std::string> data_dir;  // empty: the data compiled into the binary
};

struct ParsedArgs {
  std::optional<Invocation> invocation;  // empty for --help and --version:
  std::string text;                      // then print this and succeed
};

// Throws a usage Error naming the option for anything it cannot accept.
ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace cpcost
