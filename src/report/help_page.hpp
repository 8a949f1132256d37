#pragma once
// The help, generated from the one definition of commands, options, formats
// and environment variables (spec/), laid out for the terminal's width: what
// the command does, how to type it, its operands and options, and only the
// notes that apply to it.

#include <optional>
#include <string>

#include "spec/commands.hpp"

namespace cpcost {

// cpcost --help (no command), or cpcost COMMAND --help / cpcost help COMMAND.
std::string help_page(std::optional<Command> command, std::size_t width);

}  // namespace cpcost
