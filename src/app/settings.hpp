#pragma once
// What was asked -> what the command runs on. Precedence for each option:
// the command line, then its environment variable (CPCOST_DATA; CPCOST_CONFIG
// names the config file), then the config file ($XDG_CONFIG_HOME/cpcost/
// config.toml, else ~/.config/cpcost/config.toml, or --config FILE), then the
// built-in default. Each is read once; the result is immutable.

#include <optional>
#include <string>
#include <vector>

#include "cli/environment.hpp"
#include "cli/parse_args.hpp"
#include "core/compare.hpp"
#include "core/error.hpp"
#include "core/setting_rows.hpp"
#include "core/sweep.hpp"
#include "spec/formats.hpp"
#include "spec/render_options.hpp"

namespace cpcost {

struct Settings {
  Command command = Command::estimate;
  // The query options of the estimate, compare and batch; each may sweep. For
  // batch, the defaults of the columns a file leaves out or empty. No country
  // when the estimate's quote names it.
  QuerySweep sweep;
  std::optional<std::int64_t> rate_micros;  // --rate: the family's rate for the currency, per US dollar
  std::vector<std::string> countries;  // compare: ids, aliases or all; empty for every destination
  SortKey sort = SortKey::total;       // compare
  int confidence_percent = 80;         // plan
  bool only_fits = false;              // compare
  bool items = false;                  // batch and sweeps: the line items too
  std::uint64_t max_rows = kDefaultMaxRows;  // batch and sweeps: more rows than this are refused
  bool keep_going = false;             // batch: report bad rows and go on
  std::vector<std::string> quotes;     // estimate (one) and compare: quote files
  std::string show_id;                 // show
  std::string batch_file;              // batch: a path, or "-" for standard input
  std::string diff_old, diff_new;      // diff
  std::vector<std::string> validate_paths;  // validate: none for the data in use

  Format format = Format::table;
  bool to_terminal = false;             // the report goes to a terminal: standard output, no --output
  bool format_given = false;            // otherwise batch and sweeps default to csv
  std::optional<std::string> output;    // empty: standard output
  std::optional<std::string> data_dir;  // empty: the data compiled into the binary
  RenderOptions render;
  bool progress = false;  // a progress line for long batches: standard error is a terminal

  std::string config_path;  // the config file looked for; empty when none could be named
  bool config_found = false;
  std::vector<SettingRow> rows;  // for cpcost config: each option with a config key
  // Where the currency came from when the config file gave it: a currency the
  // data has no rate for is then that file's error, not --currency's.
  std::optional<SourcePosition> currency_from_config;
};

// Throws a usage Error for a value no option accepts (an --output extension
// that names no format, an unreadable CPCOST_TODAY), and a data Error for a
// config file that is named but missing, or that breaks its schema.
Settings resolve_settings(const CommandLine& line, const Environment& environment);

// The width to lay out at: the terminal's own when the report goes to it, else
// COLUMNS, else 80.
int output_width(const Environment& environment, bool to_terminal);

}  // namespace cpcost
