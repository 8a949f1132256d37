#include "spec/commands.hpp"

namespace cpcost {

const CommandSpec& spec_of(Command command) { return kCommands[static_cast<std::size_t>(command)]; }

std::optional<Command> command_named(std::string_view name) {
  for (const auto& spec : kCommands) {
    if (!spec.name.empty() && spec.name == name) return spec.command;
  }
  return std::nullopt;
}

std::string command_names() {
  std::string names;
  for (const auto& spec : kCommands) {
    if (!spec.name.empty()) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  }
  return names;
}

}  // namespace cpcost
