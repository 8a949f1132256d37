#pragma once
// What the help and the man page say beyond the commands and options: what
// cpcost is, sweeps, examples, exit codes, the environment and the config
// file. Defined once, so that the two cannot disagree.

#include <array>
#include <string_view>

#include "spec/commands.hpp"

namespace cpcost {

// The man page's NAME line.
inline constexpr std::string_view kPurpose = "estimate what a stem cell treatment trip for cerebral palsy costs abroad";

// One paragraph each: the help wraps them at the terminal's width.
inline constexpr std::string_view kDescription =
    "Estimate what a stem cell treatment trip for cerebral palsy costs abroad: treatment, extra infusions, flights "
    "for the patient and the caregivers, nights, meals and local transport, visas and insurance, each as a range "
    "with its source and date, the likely total, and the travel advisories and entry rules that change the trip.";

inline constexpr std::string_view kSweeps =
    "Sweeps: --infusions 1..4, --companions 0..2, --cycles 1,3, --from all, --country all (or a list: "
    "mexico,india) expand to every combination, one row each, streamed (on a terminal, several countries alone are "
    "compared side by side). More rows than --max-rows (10,000,000) are refused before they start.";

// The options CLI11 adds of itself, as their help words them.
inline constexpr std::string_view kHelpFlags = "-h,--help";
inline constexpr std::string_view kHelpHelp = "Print this help message and exit";
inline constexpr std::string_view kVersionFlag = "-V,--version";
inline constexpr std::string_view kVersionHelp = "Display program version information and exit";

// Each under the command it shows: that command's help lists it; the man page all.
struct Example {
  Command command;
  std::string_view command_line;
  std::string_view what;  // for the man page
};

inline constexpr std::array<Example, 9> kExamples = {{
    {Command::estimate, "cpcost --country mexico --infusions 2",
     "One destination, two infusions in one cycle: each line item, the total, its likely range and the source of "
     "every figure."},
    {Command::estimate, "cpcost --country india --companions 2 --from europe --format json",
     "The patient and two caregivers flying from Europe, as JSON for a script."},
    {Command::estimate, "cpcost --country all --infusions 1..4 --companions 0..2 -o sweep.csv",
     "A sweep: every destination with 1 to 4 infusions and 0 to 2 companions, one CSV row per combination."},
    {Command::estimate, "cpcost --country mexico --format html -o report.html",
     "One page to send to the family's doctor: the summary, the line items, advisories, sources and the "
     "disclaimer, readable on a phone and printable."},
    {Command::compare, "cpcost compare --budget 25k --sort total",
     "Every destination side by side, cheapest first, each total against a budget of 25,000 USD."},
    {Command::compare, "cpcost compare --countries mexico,india --infusions 2",
     "Two destinations under the same plan."},
    {Command::plan, "cpcost plan --budget 30k --confidence 90",
     "For each destination, the most infusions and cycles that 30,000 USD buys in 90 % of drawn trips."},
    {Command::batch, "cpcost batch families.csv -o report.csv", "One summary row for each scenario of a CSV file."},
    {Command::show, "cpcost show ukraine", "Every figure the data holds about Ukraine, with its source and age."},
}};

// The exit codes (README, "Exit codes"): 2, 3 and 4 are exit_code's of each ErrorKind.
struct ExitStatus {
  int code;
  std::string_view brief;    // in the help
  std::string_view meaning;  // in the man page
};

inline constexpr std::array<ExitStatus, 5> kExitStatuses = {{
    {0, "success", "Success (also --help, --version and --generate)."},
    {1, "over budget (--budget: even the low total is over it)",
     "--budget on one estimate: even the low total is over the budget (the estimate is printed in full)."},
    {2, "bad command line (option value, unknown country)",
     "A bad command line: an unknown or missing option, a bad option value (the message names the option), an "
     "unknown country (with suggestions and the valid ids), a --currency with no rate, a sweep of more rows than "
     "--max-rows, an estimate your own figures or --rate make too large to compute."},
    {3, "bad data (missing file, malformed TOML, schema, a bad batch row)",
     "Bad data: a data directory or file missing or unreadable, malformed TOML, or a file that breaks the schema "
     "(path:line:col: what is wrong), a quote or config file likewise, a date in the future; cpcost validate "
     "finding any problem; a bad batch row (FILE:ROW: column NAME: what is wrong), also at the end of a "
     "--keep-going run that passed over one; a batch run past --max-rows; a saved result diff cannot read, or two "
     "saved in different currencies; an estimate a rate in the data makes too large to compute."},
    {4, "output could not be written",
     "The output could not be written: a full disk, a file size limit (ulimit -f), or an --output file that cannot "
     "be created."},
}};

// The environment variables cpcost reads (cli/environment.cpp) but those an
// option may be set in, which OptionSpec::env names.
struct EnvironmentVariable {
  std::string_view names;  // "LC_ALL, LC_CTYPE, LANG": read together
  std::string_view meaning;
};

inline constexpr std::array<EnvironmentVariable, 6> kEnvironmentVariables = {{
    {"CPCOST_TODAY",
     "A fixed date (YYYY-MM-DD) to judge the age of figures by, instead of the clock: for tests and reports that "
     "must not change."},
    {"COLUMNS",
     "The width to lay out at when standard output is not a terminal (on a terminal, the terminal's own width; "
     "else 80)."},
    {"NO_COLOR", "When set and not empty, never colour the output, as --no-color (no-color.org)."},
    {"LC_ALL, LC_CTYPE, LANG",
     "The locale: the first of them that is set decides between Unicode (a UTF-8 locale) and plain ASCII, as "
     "--ascii."},
    {"XDG_CONFIG_HOME", "Where the config file is looked for: $XDG_CONFIG_HOME/cpcost/config.toml."},
    {"HOME", "When XDG_CONFIG_HOME is not set, the config file is looked for in ~/.config/cpcost/config.toml."},
}};

// The config file, under $XDG_CONFIG_HOME, or else under ~/.config.
inline constexpr std::string_view kConfigFile = "cpcost/config.toml";

// The help's last line (the reports and the man page say it at length: report/wording.hpp).
inline constexpr std::string_view kHelpDisclaimer =
    "Figures are estimates for an experimental therapy, not medical advice.";

}  // namespace cpcost
