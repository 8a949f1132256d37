#pragma once
// argv -> what was typed: the command, each option's values as given (checked
// by the option's own check, and named by it when refused), and the operands.
// Built from the one table of commands and options (spec/); resolving defaults,
// the environment and the config file is app/settings' work.

#include <optional>
#include <string>
#include <vector>

#include "spec/commands.hpp"
#include "spec/generated.hpp"
#include "spec/options.hpp"

namespace cpcost {

struct GivenOption {
  OptionId id;
  std::vector<std::string> values;  // as typed; a flag's is empty; one each time a repeatable one is given
};

struct CommandLine {
  Command command = Command::estimate;
  std::vector<GivenOption> options;   // those given, in the table's order
  std::vector<std::string> operands;  // the command's: show's ID, batch's FILE, diff's OLD NEW, validate's PATHs

  const GivenOption* find(OptionId id) const;
  bool has(OptionId id) const { return find(id) != nullptr; }
};

// What to print instead of running a command: then cpcost succeeds.
enum class Info { none, help, version };

struct ParsedArgs {
  std::optional<CommandLine> command_line;  // empty for --help and --version
  Info info = Info::none;
  std::optional<Command> help_for;          // the command whose help is asked; empty: cpcost's own
  std::optional<Generated> generate{};      // what --generate asks for, when it does
};

// Throws a usage Error naming the option for anything it cannot accept.
ParsedArgs parse_args(int argc, const char* const* argv);

}  // namespace cpcost
