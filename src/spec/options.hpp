#pragma once
// The options, defined once (as ripgrep's flag definitions): each one's name,
// value, help, range, default, the commands that take it, and its config-file
// key and environment variable. The command line, the config file, cpcost
// config and the help are built from this table, so they cannot disagree.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/currency.hpp"
#include "core/query.hpp"
#include "core/simulate.hpp"
#include "spec/commands.hpp"

namespace cpcost {

enum class OptionId : std::uint8_t {
  country, countries, infusions, cycles, companions, from, nights, budget, currency, rate,
  flight, nightly, daily, visa, extra_infusion, tests, transfers, insurance, contingency, fx_fee, draws, seed,
  confidence,
  sort, only_fits, items, max_rows, keep_going, quote,
  format, output, quiet, no_color, ascii, data, config, generate,
};

// What an option's value is, and so how it is checked and read.
enum class ValueKind : std::uint8_t {
  flag,          // no value
  path,          // a file or directory
  names,         // destination ids or aliases, comma-separated, or all
  counts,        // whole numbers from low to high; several: 1..4, 1,3
  number,        // one whole number from low to high
  origins,       // origin regions; several: europe,asia; or all
  amount,        // 20000, 20,000, 20k
  amount_range,  // 900, 800-1200, 1.2k
  percent,       // 0 to 100, at most two decimals
  currency,      // a three-letter code
  rate,          // units of a currency per US dollar: 18.2
  format,        // a name in kFormats
  sort_key,      // a name in kSortKeys
  generated,     // a name in kGenerated
};

// One command's own wording of an option's help.
struct HelpFor {
  Command command = Command::estimate;
  std::string_view help;
};

struct OptionSpec {
  OptionId id;
  std::string_view flags;       // as CLI11 takes them: "-o,--output"
  std::string_view value_name;  // "N"; empty for a flag
  ValueKind kind;
  std::string_view help;        // what it is; the help adds the range and default
  Commands commands;            // that take it
  int low = 0;                  // counts: the range
  int high = 0;
  std::string_view default_text{};  // what applies when it is not given; "(...)" is not shown in the help
  std::string_view config_key{};  // settable in the config file under this key; empty: not
  std::string_view env{};         // settable in this environment variable; empty: not
  bool repeatable = false;        // may be given several times (--quote)
  HelpFor also{};                 // another command's wording, when its help differs
  std::string_view cost_item{};   // an amount_range option: the cost item whose figure it replaces

  // "--output": the long name, as messages name it.
  std::string_view name() const;
};

// --max-rows: the most rows a sweep or batch run writes unless told otherwise
// (about 1.6 GB of CSV, several seconds), and the most it may be told.
inline constexpr std::uint64_t kDefaultMaxRows = 10'000'000;
inline constexpr std::uint64_t kMaxRowsLimit = 1'000'000'000;

namespace option_detail {
using enum Command;
// The options of a query: the plan chooses infusions, cycles and nights itself.
inline constexpr Commands kQueryCommands{estimate, compare, batch, config, plan};
inline constexpr Commands kPlanSizeCommands{estimate, compare, batch, config};
inline constexpr Commands kEveryCommand{estimate, compare, countries, show, checklist, batch, diff, config, validate,
                                        plan};
}  // namespace option_detail

// In the order the help lists them.
inline constexpr std::array<OptionSpec, 37> kOptions = [] {
  using enum Command;
  using enum ValueKind;
  using option_detail::kEveryCommand;
  using option_detail::kPlanSizeCommands;
  using option_detail::kQueryCommands;
  return std::array<OptionSpec, 37>{{
      {OptionId::country, "--country", "ID", names,
       "Destination id or alias, any case (mexico, panama, india, thailand,\n"
       "ukraine, georgia, united-states, western-europe); several, or all",
       {estimate, batch}, 0, 0, "", "", "", false, {batch, "The country of rows that have none; several, or all"}},
      {OptionId::countries, "--countries", "ID,ID,...", names,
       "Only these destinations (ids or aliases, comma-separated), or all", {compare, plan}},
      {OptionId::infusions, "--infusions", "N", counts, "Infusions per cycle", kPlanSizeCommands, 1,
       QueryLimits::max_infusions, "those one cycle includes"},
      {OptionId::cycles, "--cycles", "N", counts, "Treatment cycles, each its own trip", kPlanSizeCommands, 1,
       QueryLimits::max_cycles, "1"},
      {OptionId::companions, "--companions", "N", counts, "Caregivers traveling with the patient", kQueryCommands, 0,
       QueryLimits::max_companions, "1", "companions"},
      {OptionId::from, "--from", "REGION", origins, "Where the travelers fly from", kQueryCommands, 0, 0,
       kDefaultOrigin, "from"},
      {OptionId::nights, "--nights", "N", counts, "Nights in all", kPlanSizeCommands, 0, QueryLimits::max_nights,
       "the protocol's stay"},
      {OptionId::budget, "--budget", "AMOUNT", amount,
       "What you can spend (20000, 20,000 or 20k): says whether\neach total fits, may fit or is over", kQueryCommands},
      {OptionId::currency, "--currency", "CODE", currency,
       "Amounts in this currency, at the rates of\ndata/currencies.toml", kQueryCommands, 0, 0, kBaseCurrency,
       "currency"},
      {OptionId::rate, "--rate", "RATE", rate,
       "Your exchange rate for --currency: units per US dollar (18.2),\ninstead of data/currencies.toml's",
       kQueryCommands},
      {OptionId::flight, "--flight", "AMOUNT[-AMOUNT]", amount_range,
       "Your round-trip fare per traveler (900, 800-1200, 1.2k)", kQueryCommands, 0, 0, "", "", "", false, {}, "flights"},
      {OptionId::nightly, "--nightly", "AMOUNT[-AMOUNT]", amount_range, "Your room rate per night", kQueryCommands, 0, 0, "", "", "", false, {}, "accommodation"},
      {OptionId::daily, "--daily", "AMOUNT[-AMOUNT]", amount_range,
       "Your meals and local transport per traveler per day", kQueryCommands, 0, 0, "", "", "", false, {}, "local_costs"},
      {OptionId::visa, "--visa", "AMOUNT[-AMOUNT]", amount_range, "Your visa and entry fees per traveler",
       kQueryCommands, 0, 0, "", "", "", false, {}, "visa"},
      {OptionId::extra_infusion, "--extra-infusion", "AMOUNT[-AMOUNT]", amount_range, "Your price per extra infusion",
       kQueryCommands, 0, 0, "", "", "", false, {}, "extra_infusions"},
      {OptionId::tests, "--tests", "AMOUNT[-AMOUNT]", amount_range,
       "Your pre-treatment tests (MRI, blood work) per cycle", kQueryCommands, 0, 0, "", "", "", false, {}, "tests"},
      {OptionId::transfers, "--transfers", "AMOUNT[-AMOUNT]", amount_range,
       "Your airport or border transfers per traveler, both ways", kQueryCommands, 0, 0, "", "", "", false, {},
       "transfers"},
      {OptionId::insurance, "--insurance", "AMOUNT[-AMOUNT]", amount_range,
       "Your travel and medical insurance per traveler per trip", kQueryCommands, 0, 0, "", "", "", false, {},
       "insurance"},
      {OptionId::contingency, "--contingency", "PCT", percent,
       "A reserve for the unexpected, in percent of everything else", kQueryCommands, 0, 0, "(none)", "contingency"},
      {OptionId::fx_fee, "--fx-fee", "PCT", percent, "Bank and card fees, in percent of what is spent abroad",
       kQueryCommands, 0, 0, "(none)", "fx_fee"},
      {OptionId::draws, "--draws", "N", number,
       "Outcomes drawn for the likely range and the budget's chance", kQueryCommands,
       static_cast<int>(kMinDraws), static_cast<int>(kMaxDraws), "10000; batch and sweeps: none"},
      {OptionId::seed, "--seed", "N", number, "Seed of the draws: the same seed, the same numbers", kQueryCommands, 0,
       2'147'483'647, "1"},
      {OptionId::confidence, "--confidence", "PCT", number,
       "The share of drawn trips in which a plan's total must stay within the budget", {plan}, 1, 99, "80"},
      {OptionId::sort, "--sort", "KEY", sort_key,
       "Order by the mid-point of: total (default), treatment, travel; or name", {compare}, 0, 0, "total"},
      {OptionId::only_fits, "--only-fits", "", flag, "With --budget: only what fits", {compare}},
      {OptionId::items, "--items", "", flag, "With a sweep: the line items of each row too", {estimate, compare, batch},
       0, 0, "", "", "", false, {batch, "The line items of each scenario too, one row each"}},
      {OptionId::max_rows, "--max-rows", "N", number,
       "The most rows a sweep may write: a larger one is refused\nbefore it starts", {estimate, compare, batch, config},
       1, static_cast<int>(kMaxRowsLimit), "10000000", "max_rows", "", false,
       {batch, "The most rows the run may write: a row whose sweep would\npass it is refused before it starts"}},
      {OptionId::keep_going, "--keep-going", "", flag, "Report bad rows on stderr and go on (exit 3 at the end)",
       {batch}},
      {OptionId::quote, "--quote", "FILE", path, "A clinic's quote (TOML): its price replaces the treatment",
       {estimate, compare}, 0, 0, "", "", "", true, {compare, "Clinics' quotes (TOML), each a row; repeat for several"}},
      {OptionId::format, "--format", "FORMAT", format, "Output format", kEveryCommand, 0, 0,
       "table (csv for batch and sweeps)", "format"},
      {OptionId::output, "-o,--output", "FILE", path,
       "Write to FILE, or - for standard output (a file is replaced only when the run succeeds); the\nformat follows its extension:", kEveryCommand},
      {OptionId::quiet, "-q,--quiet", "", flag, "Leave out the sources and their footnote markers (never the disclaimer or advisories)", kEveryCommand},
      {OptionId::no_color, "--no-color", "", flag, "Never colour the output (also: NO_COLOR set)", kEveryCommand},
      {OptionId::ascii, "--ascii", "", flag, "Plain ASCII, no Unicode (also when the locale is not UTF-8)",
       kEveryCommand},
      {OptionId::data, "--data", "DIR", path,
       "Read the data from DIR (DIR/destinations/*.toml,\n"
       "DIR/checklist.toml, DIR/currencies.toml) instead of the bundled data",
       kEveryCommand, 0, 0, "(bundled)", "data", "CPCOST_DATA"},
      {OptionId::config, "--config", "FILE", path,
       "Read defaults from FILE instead of\n$XDG_CONFIG_HOME/cpcost/config.toml", kEveryCommand, 0, 0, "", "",
       "CPCOST_CONFIG"},
      // Top level only: it prints and exits, as --version, whatever else is given.
      {OptionId::generate, "--generate", "WHAT", generated,
       "Print the man page or a shell's completion script, and exit", {estimate}},
  }};
}();

const OptionSpec& spec_of(OptionId id);
// The option a config file sets with key; null for none.
const OptionSpec* option_for_config_key(std::string_view key);
// "from, companions, ...": every config-file key.
std::string config_keys();

// The help of an option for one command: its text, range, default and choices.
std::string help_text(const OptionSpec& option, Command command);

// How many values a check accepts: a sweep ("1..4", "all") on the command
// line, one value in a config file.
enum class Values { sweep, one };

// Why text is not a value of the option (without naming it: the caller says
// where it came from); empty when it is one. The one parser of each kind, so
// that every place a value can come from accepts the same spellings.
std::string check_value(const OptionSpec& option, std::string_view text, Values values = Values::sweep);

}  // namespace cpcost
