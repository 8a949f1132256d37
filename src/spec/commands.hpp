#pragma once
// The commands, defined once: name, usage and what each does. The command line
// builds its subcommands from this table, and the help lists them from it.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace cpcost {

enum class Command : std::uint8_t {
  estimate,   // cpcost --country ID ...
  compare,    // cpcost compare ...
  countries,  // cpcost countries
  show,       // cpcost show ID
  checklist,  // cpcost checklist
  batch,      // cpcost batch FILE
  diff,       // cpcost diff OLD.json NEW.json
  config,     // cpcost config
  validate,   // cpcost validate [PATH...]
  plan,       // cpcost plan --budget AMOUNT
};

// Which commands take an option: a bit per command.
class Commands {
 public:
  constexpr Commands(std::initializer_list<Command> commands) {
    for (const Command command : commands) bits_ |= bit(command);
  }
  constexpr bool has(Command command) const { return (bits_ & bit(command)) != 0; }

 private:
  static constexpr std::uint16_t bit(Command command) {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(command));
  }
  std::uint16_t bits_ = 0;
};

// A word after the command's options: "cpcost show ID".
struct Operand {
  std::string_view name;        // for CLI11
  std::string_view value_name;  // "ID", "PATH..."
  std::string_view help;
  bool required = true;
  bool many = false;            // any number of them
};

struct CommandSpec {
  Command command;
  std::string_view name;         // as typed; empty for the estimate, which has none
  std::string_view usage;        // "cpcost show ID"
  std::string_view summary;      // one line, in the help's list of commands
  std::string_view description;  // the command's own help
  std::array<Operand, 2> operands{};
};

inline constexpr std::array<CommandSpec, 10> kCommands = {{
    {Command::estimate, "", "cpcost --country ID [options]", "one destination, line by line (the default)", "", {}},
    {Command::compare, "compare", "cpcost compare [options]", "every destination side by side, with a range chart",
     "Every destination side by side under one query, with a range chart", {}},
    {Command::countries, "countries", "cpcost countries", "the destinations, their aliases and cycle prices",
     "The destinations: ids, aliases, cycle prices, considerations", {}},
    {Command::show, "show", "cpcost show ID", "every figure the data holds about one destination",
     "Every figure the data holds about one destination, with its source",
     {{{"id", "ID", "Destination id or alias"}}}},
    {Command::checklist, "checklist", "cpcost checklist", "the guide's checklist for choosing a clinic",
     "The guide's checklist for choosing a clinic, to print", {}},
    {Command::batch, "batch", "cpcost batch FILE", "one summary row per scenario of a CSV file",
     "One summary row per scenario of a CSV file (columns: country, infusions, cycles,\n"
     "companions, from, nights, and id or name); the options give the defaults",
     {{{"file", "FILE", "The CSV file, or - for standard input"}}}},
    {Command::diff, "diff", "cpcost diff OLD.json NEW.json", "what changed between two saved results",
     "What changed between two saved JSON results (estimate or compare)",
     {{{"old", "OLD.json", "The earlier result (cpcost ... --format json)"}, {"new", "NEW.json", "The later result"}}}},
    {Command::config, "config", "cpcost config", "each setting in effect, and where it comes from",
     "Each setting in effect, and where it comes from", {}},
    {Command::validate, "validate", "cpcost validate [PATH...]", "check data, quote, currency and config files",
     "Check data, quote, currency and config files; every problem as path:line:col",
     {{{"paths", "PATH...", "Files or data directories (default: the data in use)", false, true}}}},
    {Command::plan, "plan", "cpcost plan --budget AMOUNT", "the most a budget buys at each destination",
     "For each destination, the most infusions in one cycle and the most cycles a budget buys, at a\n"
     "confidence (the share of drawn trips within it)",
     {}},
}};

const CommandSpec& spec_of(Command command);
// The command called name; the estimate has no name.
std::optional<Command> command_named(std::string_view name);
// "compare, countries, show, ...": the named commands.
std::string command_names();

}  // namespace cpcost
