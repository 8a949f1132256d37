#include "report/help_page.hpp"

#include <fmt/format.h>

#include "report/text_table.hpp"
#include "report/wording.hpp"
#include "spec/manual.hpp"
#include "spec/options.hpp"

namespace cpcost {

namespace {

// "  -o, --output FILE": how an option is typed.
std::string typed(const OptionSpec& option) {
  std::string flags(option.flags);
  for (std::size_t at = flags.find(','); at != std::string::npos; at = flags.find(',', at + 2)) flags.insert(at + 1, " ");
  if (!flags.starts_with("--")) return flags + (option.value_name.empty() ? "" : " " + std::string(option.value_name));
  return "    " + flags + (option.value_name.empty() ? "" : " " + std::string(option.value_name));
}

// A list of names and what they are: the name, then its text wrapped beside it
// in a column; on a narrow terminal the text goes under the name.
std::string entries(const std::vector<std::pair<std::string, std::string>>& rows, std::size_t width) {
  std::size_t column = 0;
  for (const auto& [name, text] : rows) column = std::max(column, display_width(name));
  column = std::min<std::size_t>(column + 4, 30);
  const bool beside = width >= column + 30;
  std::string out;
  for (const auto& [name, text] : rows) {
    std::string flat = text;
    for (char& c : flat) {
      if (c == '\n') c = ' ';
    }
    if (beside && display_width(name) + 4 <= column) {
      const std::string label = "  " + name + std::string(column - 2 - display_width(name), ' ');
      out += hanging(label, flat, width, column);
    } else {
      out += "  " + name + "\n";
      for (const auto& line : wrap(flat, width, std::string(beside ? column : 8, ' '))) out += line + "\n";
    }
  }
  return out;
}

std::string paragraph(std::string_view text, std::size_t width) {
  std::string out;
  for (const auto& line : wrap(text, width)) out += line + "\n";
  return out;
}

std::string options_of(Command command, std::size_t width) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (const OptionSpec& option : kOptions) {
    if (!option.commands.has(command)) continue;
    std::string text = help_text(option, command);
    if (!option.env.empty()) text += fmt::format(" [env: {}]", option.env);
    rows.emplace_back(typed(option), std::move(text));
  }
  rows.emplace_back("-h, --help", "This help (also: cpcost help COMMAND)");
  if (command == Command::estimate) rows.emplace_back("-V, --version", "The version, and the dates of the data");
  return entries(rows, width);
}

std::string examples_of(Command command) {
  std::string out;
  for (const Example& example : kExamples) {
    if (example.command == command) out += "  " + std::string(example.command_line) + "\n";
  }
  return out;
}

// "Exit codes: 0 success, 1 over budget (...), ...".
std::string exit_codes() {
  std::string text = "Exit codes: ";
  for (std::size_t i = 0; i < kExitStatuses.size(); ++i) {
    text += fmt::format("{}{} {}", i == 0 ? "" : ", ", kExitStatuses[i].code, kExitStatuses[i].brief);
  }
  return text + ".";
}

}  // namespace

std::string help_page(std::optional<Command> asked, std::size_t width) {
  const Command command = asked.value_or(Command::estimate);
  const CommandSpec& spec = spec_of(command);
  std::string out;
  if (!asked) {
    out += paragraph(kDescription, width) + "\n";
    out += "Usage:\n  cpcost --country ID [options]\n  cpcost COMMAND [options]\n  cpcost help [COMMAND]\n\n";
    // The one list of commands.
    std::vector<std::pair<std::string, std::string>> commands;
    for (const CommandSpec& each : kCommands) {
      commands.emplace_back(each.name.empty() ? "(none)" : std::string(each.name), std::string(each.summary));
    }
    commands.emplace_back("help", "this help, or a command's: cpcost help compare");
    out += "Commands:\n" + entries(commands, width) + "\n";
    out += "Options of an estimate (each command's: cpcost help COMMAND):\n";
  } else {
    out += "Usage: " + std::string(spec.usage) + "\n\n";
    out += paragraph(spec.description, width) + "\n";
    std::vector<std::pair<std::string, std::string>> operands;
    for (const Operand& operand : spec.operands) {
      if (!operand.name.empty()) operands.emplace_back(std::string(operand.value_name), std::string(operand.help));
    }
    if (!operands.empty()) out += "Arguments:\n" + entries(operands, width) + "\n";
    out += "Options:\n";
  }
  out += options_of(command, width);
  // Each note only where it applies.
  if (command == Command::estimate || command == Command::compare) out += "\n" + paragraph(kSweeps, width);
  if (const std::string examples = examples_of(command); !examples.empty()) out += "\nExamples:\n" + examples;
  if (!asked) {
    // The environment: the variables options may be set in, then the others cpcost reads.
    std::vector<std::pair<std::string, std::string>> variables;
    for (const OptionSpec& option : kOptions) {
      if (!option.env.empty()) variables.emplace_back(std::string(option.env), "As " + std::string(option.name()) + ".");
    }
    for (const auto& variable : kEnvironmentVariables) {
      variables.emplace_back(std::string(variable.names), std::string(variable.meaning));
    }
    out += "\nEnvironment:\n" + entries(variables, width);
    out += "\n" + paragraph(exit_codes(), width);
  }
  out += "\n" + paragraph(kDisclaimer, width);
  return out;
}

}  // namespace cpcost
