#pragma once
// argv -> what to do. Every option is defined once, in parse_args.cpp, with
// its help text; values are checked here and bad ones named by their option.

#include <optional>
#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/query.hpp"
#include "report/render.hpp"

namespace cpcost {

enum class Command {
  estimate,   // cpcost --country ID ...
  compare,    // cpcost compare ...
  countries,  // cpcost countries
  show,       // cpcost show ID
  checklist,  // cpcost checklist
};

struct Invocation {
  Command command = Command::estimate;
  Query query;                         // estimate and compare
  std::vector<std::string> countries;  // compare: empty for every destination
  SortKey sort = SortKey::total;       // compare
  bool only_fits = false;              // compare
  std::string show_id;                 // show

  Format format = Format::table;
  bool quiet = false;
  bool no_color = false;
  bool ascii = false;
  std::optional<std::string> data_dir;  // empty: the data compiled into the binary
};

struct ParsedArgs {
  std::optional<Invocation> invocation;  // empty for --help and --version:
  std::string text;                      // then print this and succeed
};

// Throws a usage Error naming the option for anything it cannot accept.
ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace cpcost
