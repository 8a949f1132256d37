#pragma once
// argv -> what to do. Every option is defined once, in parse_args.cpp, with
// its help text; values are checked here and bad ones named by their option.

#include <optional>
#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/sweep.hpp"
#include "report/render.hpp"

namespace cpcost {

enum class Command {
  estimate,   // cpcost --country ID ...
  compare,    // cpcost compare ...
  countries,  // cpcost countries
  show,       // cpcost show ID
  checklist,  // cpcost checklist
  batch,      // cpcost batch FILE
  diff,       // cpcost diff OLD.json NEW.json
  config,     // cpcost config
  validate,   // cpcost validate [PATH...]
};

struct Invocation {
  Command command = Command::estimate;
  // The query options of the estimate, compare and batch; each may sweep.
  // For batch they are the defaults of the columns a file leaves out or empty.
  QuerySweep sweep;
  std::vector<std::string> countries;  // compare: empty for every destination
  SortKey sort = SortKey::total;       // compare
  bool only_fits = false;              // compare
  std::string show_id;                 // show
  std::string batch_file;              // batch: a path, or "-" for standard input
  bool items = false;                  // batch and sweeps: the line items too
  bool keep_going = false;             // batch: report bad rows and go on
  std::string diff_old, diff_new;      // diff
  std::vector<std::string> quotes;     // estimate (one) and compare: quote files
  std::vector<std::string> validate_paths;  // validate: files and directories; none: the data in use
  std::optional<std::string> config_path;   // --config

  Format format = Format::table;
  bool format_given = false;            // otherwise batch and sweeps default to csv
  std::optional<std::string> output;    // empty: standard output
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
