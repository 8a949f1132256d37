#include "cli/usage_errors.hpp"

#include <fmt/format.h>

#include <vector>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "spec/options.hpp"

namespace cpcost {

namespace {

// An input word in a message: at most 60 characters of it.
std::string shown(std::string_view word) {
  constexpr std::size_t kMost = 60;
  return word.size() <= kMost ? std::string(word) : std::string(word.substr(0, kMost)) + "...";
}

std::vector<std::string_view> flags_of(const OptionSpec& option) {
  std::vector<std::string_view> flags;
  std::string_view rest = option.flags;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    flags.push_back(rest.substr(0, comma));
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return flags;
}

const OptionSpec* option_with_flag(std::string_view flag) {
  for (const OptionSpec& option : kOptions) {
    for (const std::string_view each : flags_of(option)) {
      if (each == flag) return &option;
    }
  }
  return nullptr;
}

bool built_in(std::string_view flag) { return flag == "-h" || flag == "--help" || flag == "-V" || flag == "--version"; }

std::string command_words(Command command) {
  const CommandSpec& spec = spec_of(command);
  return spec.name.empty() ? "an estimate" : "cpcost " + std::string(spec.name);
}

std::string usage_of(Command command) { return std::string(spec_of(command).usage); }

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const auto matches = closest_matches(word, candidates);
  return matches.empty() ? "" : fmt::format("; did you mean {}?", matches.front());
}

std::vector<std::string> command_candidates() {
  std::vector<std::string> names;
  for (const CommandSpec& spec : kCommands) {
    if (!spec.name.empty()) names.emplace_back(spec.name);
  }
  names.emplace_back("help");
  return names;
}

}  // namespace

std::string misused(int argc, const char* const* argv, std::optional<Command> named) {
  const Command command = named.value_or(Command::estimate);
  std::vector<std::string> long_names{"--help", "--version"};
  for (const OptionSpec& option : kOptions) {
    if (option.commands.has(command)) long_names.emplace_back(option.name());
  }
  std::vector<const OptionSpec*> seen;
  bool command_passed = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (named && !command_passed && command_named(arg) == named) {
      command_passed = true;
      continue;
    }
    if (arg.size() < 2 || arg.front() != '-') {
      if (!named) {
        // A mistyped command, or, first on the line, a word that is none; later, a word too many.
        const std::string hint = did_you_mean(arg, command_candidates());
        if (!hint.empty()) return fmt::format("unknown command '{}'{}", shown(arg), hint);
        if (i == 1) return fmt::format("unknown command '{}' (commands: {}; an estimate needs --country)", shown(arg), command_names());
        return fmt::format("unexpected argument '{}' (usage: {})", shown(arg), usage_of(command));
      }
      continue;  // an operand: CLI11 counts them
    }
    const std::string_view flag = arg.substr(0, arg.find('='));
    if (built_in(flag)) continue;
    const OptionSpec* option = option_with_flag(flag);
    if (!option) {
      const std::string hint = did_you_mean(flag, long_names);
      return fmt::format("unknown option '{}'{}", shown(flag),
                         hint.empty() ? fmt::format(" (the options: {} --help)", named ? usage_of(command) : "cpcost")
                                      : hint);
    }
    if (!option->commands.has(command) && option->id == OptionId::country) {
      return "--country is for a single estimate; compare takes --countries, show takes an id";
    }
    if (!option->commands.has(command)) {
      return fmt::format("{}: not an option of {} (its options: cpcost help{})", option->name(), command_words(command),
                         named ? " " + std::string(spec_of(command).name) : "");
    }
    if (!option->repeatable) {
      for (const OptionSpec* before : seen) {
        if (before == option) {
          return fmt::format("{}: given twice; give it once{}", option->name(),
                             option->kind == ValueKind::names || option->kind == ValueKind::counts ||
                                     option->kind == ValueKind::origins
                                 ? fmt::format(" (several values as one list: {} a,b)", option->name())
                                 : "");
        }
      }
      seen.push_back(option);
    }
    if (option->kind == ValueKind::flag) {
      if (arg.find('=') != std::string_view::npos) return fmt::format("{}: takes no value", option->name());
      continue;
    }
    if (arg.find('=') != std::string_view::npos) continue;
    const bool value_follows = i + 1 < argc && (argv[i + 1][0] != '-' || argv[i + 1][1] == '\0' ||
                                                (!option_with_flag(std::string_view(argv[i + 1]).substr(0, std::string_view(argv[i + 1]).find('='))) &&
                                                 !built_in(argv[i + 1])));
    if (!value_follows) return fmt::format("{}: needs a value ({})", option->name(), option->value_name);
    ++i;
  }
  return "";
}

std::optional<Command> help_topic(int argc, const char* const* argv) {
  if (argc <= 2) return std::nullopt;
  if (argc > 3) throw Error(ErrorKind::usage, "help: one command at most (usage: cpcost help [COMMAND])");
  const std::string_view word = argv[2];
  if (const auto command = command_named(word)) return command;
  throw Error(ErrorKind::usage,
              fmt::format("help: unknown command '{}'{}", shown(word),
                          did_you_mean(word, command_candidates()).empty() ? " (commands: " + command_names() + ")"
                                                                             : did_you_mean(word, command_candidates())));
}

std::string missing_operand(Command command, std::string_view refusal) {
  // CLI11 says "new is required" by the operand's name: the table says what it is.
  for (const Operand& operand : spec_of(command).operands) {
    if (!operand.name.empty() && refusal.starts_with(std::string(operand.name) + " ")) {
      return fmt::format("{}: {} is missing (usage: {})", command_words(command), operand.value_name, usage_of(command));
    }
  }
  return fmt::format("{}: an argument is missing (usage: {})", command_words(command), usage_of(command));
}

std::string unexpected_operand(Command command, std::string_view refusal) {
  // CLI11: "The following argument(s) was (were) not expected: b c".
  const std::size_t colon = refusal.find(": ");
  const std::string_view words = colon == std::string_view::npos ? refusal : refusal.substr(colon + 2);
  return fmt::format("{}: unexpected argument '{}' (usage: {})", command_words(command), shown(words), usage_of(command));
}

}  // namespace cpcost
