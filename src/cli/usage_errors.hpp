#pragma once
// What the command line cannot accept, in cpcost's own words rather than
// CLI11's: a mistyped option or command with the closest one suggested, an
// option the command does not take, one given twice, one missing its value, a
// missing or extra operand. Each message names the option or word at fault.

#include <optional>
#include <string>

#include "spec/commands.hpp"

namespace cpcost {

// What is wrong with argv before CLI11 reads it; empty: nothing it can tell.
std::string misused(int argc, const char* const* argv, std::optional<Command> named);

// cpcost help [COMMAND]: the command whose help is asked (empty: cpcost's own).
// Throws a usage Error for an unknown command, with the closest suggested.
std::optional<Command> help_topic(int argc, const char* const* argv);

// "cpcost show: ID is missing (usage: cpcost show ID)", from CLI11's refusal.
std::string missing_operand(Command command, std::string_view refusal);

// "cpcost show: unexpected argument 'b' (usage: cpcost show ID)", from CLI11's refusal.
std::string unexpected_operand(Command command, std::string_view refusal);

}  // namespace cpcost
