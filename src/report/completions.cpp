#include "report/completions.hpp"

#include <algorithm>
#include <vector>

#include "spec/commands.hpp"
#include "spec/formats.hpp"
#include "spec/generated.hpp"
#include "spec/manual.hpp"
#include "spec/options.hpp"
#include "spec/sort_keys.hpp"

namespace cpcost {

namespace {

// What a shell offers for a value.
enum class Offer : std::uint8_t {
  nothing,      // a number, an amount: free text
  words,        // one of words
  list,         // one or several of words, comma-separated
  files,
  directories,
};

struct ValueCompletion {
  Offer offer = Offer::nothing;
  std::vector<std::string> words;
};

// A word every shell takes as it is typed: aliases such as "united states"
// would need quotes, and are left out.
bool plain_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
  });
}

// Every destination's id and aliases, in the catalog's order.
std::vector<std::string> destination_names(const Catalog& catalog) {
  std::vector<std::string> names;
  for (const auto& destination : catalog.destinations) {
    names.push_back(destination.id);
    for (const auto& alias : destination.aliases) {
      if (plain_word(alias)) names.push_back(alias);
    }
  }
  return names;
}

template <class Table>
std::vector<std::string> names_in(const Table& table) {
  std::vector<std::string> names;
  for (const auto& entry : table) names.emplace_back(entry.name);
  return names;
}

ValueCompletion value_completion(const OptionSpec& option, const Catalog& catalog) {
  switch (option.kind) {
    case ValueKind::path:
      // The value's name says which: "--data DIR".
      return {option.value_name == "DIR" ? Offer::directories : Offer::files, {}};
    case ValueKind::names: {
      std::vector<std::string> names = destination_names(catalog);
      names.emplace_back("all");
      return {Offer::list, std::move(names)};
    }
    case ValueKind::origins: {
      std::vector<std::string> origins(kOrigins.begin(), kOrigins.end());
      origins.emplace_back("all");
      return {Offer::list, std::move(origins)};
    }
    case ValueKind::currency: {
      std::vector<std::string> codes;
      for (const auto& [code, rate] : catalog.currencies.rates) codes.push_back(code);
      return {Offer::words, std::move(codes)};
    }
    case ValueKind::format:
      return {Offer::words, names_in(kFormats)};
    case ValueKind::sort_key:
      return {Offer::words, names_in(kSortKeys)};
    case ValueKind::generated:
      return {Offer::words, names_in(kGenerated)};
    case ValueKind::flag:
    case ValueKind::counts:
    case ValueKind::number:
    case ValueKind::amount:
    case ValueKind::amount_range:
    case ValueKind::percent:
    case ValueKind::rate:
      break;
  }
  return {};
}

// An operand: show's ID is a destination, the others are files.
ValueCompletion value_completion(const Operand& operand, const Catalog& catalog) {
  if (operand.value_name == "ID") return {Offer::words, destination_names(catalog)};
  return {Offer::files, {}};
}

// "-o,--output" as "-o" and "--output".
struct Names {
  std::string short_name;  // empty for none
  std::string long_name;
};

Names names_of(std::string_view flags) {
  const auto comma = flags.find(',');
  if (comma == std::string_view::npos) return {"", std::string(flags)};
  return {std::string(flags.substr(0, comma)), std::string(flags.substr(comma + 1))};
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : std::string(separator)) + word;
  return text;
}

// The help, wrapped for a terminal, as one line.
std::string flattened(std::string_view text) {
  std::string line(text);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

// "'it''s'": text in single quotes for sh and zsh.
std::string sh_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The commands with a name: what follows "cpcost".
std::vector<const CommandSpec*> named_commands() {
  std::vector<const CommandSpec*> commands;
  for (const auto& command : kCommands) {
    if (!command.name.empty()) commands.push_back(&command);
  }
  return commands;
}

// Every option name a command takes, CLI11's own included: "-h --help --country ...".
std::vector<std::string> option_names(Command command) {
  const Names help = names_of(kHelpFlags);
  std::vector<std::string> names = {help.short_name, help.long_name};
  if (command == Command::estimate) {
    const Names version = names_of(kVersionFlag);
    names.push_back(version.short_name);
    names.push_back(version.long_name);
  }
  for (const auto& option : kOptions) {
    if (!option.commands.has(command)) continue;
    const Names given = names_of(option.flags);
    if (!given.short_name.empty()) names.push_back(given.short_name);
    names.push_back(given.long_name);
  }
  return names;
}

// "compare", "countries", ...
std::vector<std::string> command_words() {
  std::vector<std::string> words;
  for (const auto* command : named_commands()) words.emplace_back(command->name);
  return words;
}

std::string header(std::string_view shell) {
  const std::string name(shell);
  return "# " + name + " completion for cpcost.\n# Generated by cpcost --generate complete-" + name +
         " from cpcost's definitions of its commands and\n# options, with the bundled data's destinations: "
         "regenerate it, do not edit it.\n";
}

// --- bash ---------------------------------------------------------------------------------------------------------

std::string bash_action(const ValueCompletion& completion) {
  switch (completion.offer) {
    case Offer::nothing:
      return "return";
    case Offer::words:
      return "_cpcost_words \"" + joined(completion.words) + "\"";
    case Offer::list:
      return "_cpcost_words \"" + joined(completion.words) + "\" list";
    case Offer::files:
      return "_cpcost_paths -f";
    case Offer::directories:
      return "_cpcost_paths -d";
  }
  return "return";
}

// --- zsh ----------------------------------------------------------------------------------------------------------

// Inside an _arguments description: "]" and "\" escaped.
std::string zsh_description(std::string_view text) {
  std::string out;
  for (const char c : flattened(text)) {
    if (c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// An _arguments message: ":" and "\" escaped.
std::string zsh_message(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_action(const ValueCompletion& completion, std::string_view value_name) {
  switch (completion.offer) {
    case Offer::nothing:
      return " ";
    case Offer::words:
      return "(" + joined(completion.words) + ")";
    case Offer::list:
      return "_values -s , " + std::string(value_name) + " " + joined(completion.words);
    case Offer::files:
      return "_files";
    case Offer::directories:
      return "_files -/";
  }
  return " ";
}

// The _arguments specs of a command: its options, CLI11's, and its operands.
std::vector<std::string> zsh_specs(const CommandSpec& command, const Catalog& catalog) {
  const Names help = names_of(kHelpFlags);
  std::vector<std::string> specs;
  for (const auto& name : {help.short_name, help.long_name}) {
    specs.push_back("(- *)" + name + "[" + zsh_description(kHelpHelp) + "]");
  }
  if (command.command == Command::estimate) {
    const Names version = names_of(kVersionFlag);
    for (const auto& name : {version.short_name, version.long_name}) {
      specs.push_back("(- *)" + name + "[" + zsh_description(kVersionHelp) + "]");
    }
  }
  for (const auto& option : kOptions) {
    if (!option.commands.has(command.command)) continue;
    const Names names = names_of(option.flags);
    const std::string exclusive = names.short_name.empty() ? "" : "(" + names.short_name + " " + names.long_name + ")";
    const std::string description = "[" + zsh_description(help_text(option, command.command)) + "]";
    std::string value;
    if (option.kind != ValueKind::flag) {
      value = ":" + zsh_message(option.value_name) + ":" +
              zsh_action(value_completion(option, catalog), option.value_name);
    }
    for (const auto& name : {names.short_name, names.long_name}) {
      if (name.empty()) continue;
      const std::string takes = option.kind == ValueKind::flag ? "" : name == names.short_name ? "+" : "=";
      specs.push_back(exclusive + (option.repeatable ? "*" : "") + name + takes + description + value);
    }
  }
  int position = 0;
  for (const auto& operand : command.operands) {
    if (operand.name.empty()) continue;
    const std::string where = operand.many ? "*" : std::to_string(++position);
    specs.push_back(where + ":" + zsh_message(operand.value_name) + ":" +
                    zsh_action(value_completion(operand, catalog), operand.value_name));
  }
  return specs;
}

// "_arguments -C" at the top level, which moves on to a command's own (the state "command").
std::string zsh_arguments(const std::vector<std::string>& specs, std::string_view indent, bool top) {
  std::string text = std::string(indent) + (top ? "_arguments -C" : "_arguments");
  for (const auto& spec : specs) text += " \\\n" + std::string(indent) + "  " + sh_quoted(spec);
  return text;
}

// --- fish ---------------------------------------------------------------------------------------------------------

// 'it\'s': text in single quotes for fish.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// "-n '__cpcost_using top compare'": given after those commands ("top": before
// any); empty when every command takes it.
std::string fish_condition(const std::vector<Command>& commands) {
  if (commands.size() == kCommands.size()) return "";
  std::string names;
  for (const Command command : commands) {
    const CommandSpec& spec = spec_of(command);
    names += " " + std::string(spec.name.empty() ? "top" : spec.name);
  }
  return " -n " + fish_quoted("__cpcost_using" + names);
}

std::string fish_value(const ValueCompletion& completion) {
  switch (completion.offer) {
    case Offer::nothing:
      return " -x";
    case Offer::words:
    case Offer::list:
      return " -x -a " + fish_quoted(joined(completion.words));
    case Offer::files:
      return " -r -F";
    case Offer::directories:
      return " -x -a " + fish_quoted("(__fish_complete_directories)");
  }
  return " -x";
}

}  // namespace

std::string bash_completion(const Catalog& catalog) {
  std::string script = header("bash");
  const std::vector<std::string> command_names = command_words();
  script += R"(
# The words of $1 that begin with the word being completed; with "list" as $2, the last of a
# comma-separated list ("mexico,in" -> "mexico,india").
_cpcost_words() {
  local head="" tail=$cur
  if [[ $2 == list && $cur == *,* ]]; then
    head=${cur%,*},
    tail=${cur##*,}
  fi
  mapfile -t COMPREPLY < <(compgen -P "$head" -W "$1" -- "$tail")
}

# Files (-f) or directories (-d).
_cpcost_paths() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen "$1" -- "$cur")
}

_cpcost() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev="" command="" i
  COMPREPLY=()
  if ((COMP_CWORD > 0)); then prev=${COMP_WORDS[COMP_CWORD - 1]}; fi
  # --option=value: bash splits the word at the '='.
  if [[ $cur == = ]]; then
    cur=""
  elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi
  # The command: the first word that names one, as cpcost reads it.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      )" + joined(command_names, " | ") + R"()
        command=${COMP_WORDS[i]}
        break
        ;;
    esac
  done
  # The value of an option.
  case $prev in
)";
  // One arm for the options whose values are completed alike, in the table's order.
  std::vector<std::pair<std::string, std::vector<std::string>>> arms;
  for (const auto& option : kOptions) {
    if (option.kind == ValueKind::flag) continue;
    const std::string action = bash_action(value_completion(option, catalog));
    auto arm = std::find_if(arms.begin(), arms.end(), [&action](const auto& known) { return known.first == action; });
    if (arm == arms.end()) arm = arms.insert(arms.end(), {action, {}});
    const Names names = names_of(option.flags);
    if (!names.short_name.empty()) arm->second.push_back(names.short_name);
    arm->second.push_back(names.long_name);
  }
  for (const auto& [action, names] : arms) {
    const std::string body = action == "return" ? action : action + "\n      return";
    script += "    " + joined(names, " | ") + ")\n      " + body + "\n      ;;\n";
  }
  script += R"(  esac
  # The options of the command.
  if [[ $cur == -* ]]; then
    case $command in
)";
  for (const auto& command : kCommands) {
    script += "      " + (command.name.empty() ? std::string("\"\"") : std::string(command.name)) +
              ") _cpcost_words \"" + joined(option_names(command.command)) + "\" ;;\n";
  }
  script += R"(    esac
    return
  fi
  # A command, or the command's operands.
  case $command in
    "") _cpcost_words ")" + joined(command_names) + "\" ;;\n";
  for (const auto& command : kCommands) {
    const Operand& operand = command.operands[0];
    if (operand.name.empty()) continue;
    script += "    " + std::string(command.name) + ") " + bash_action(value_completion(operand, catalog)) + " ;;\n";
  }
  script += R"(  esac
}

complete -F _cpcost cpcost
)";
  return script;
}

std::string zsh_completion(const Catalog& catalog) {
  std::string script = "#compdef cpcost\n" + header("zsh");
  script += R"(
_cpcost_commands() {
  local -a commands=(
)";
  for (const auto* command : named_commands()) {
    script += "    " + sh_quoted(std::string(command->name) + ":" + flattened(command->summary)) + "\n";
  }
  script += R"(  )
  _describe -t commands 'cpcost command' commands
}

_cpcost() {
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
)";
  std::vector<std::string> top = zsh_specs(spec_of(Command::estimate), catalog);
  top.emplace_back("1: :_cpcost_commands");
  top.emplace_back("*:: :->command");
  script += zsh_arguments(top, "  ", true) + " && ret=0\n";
  script += R"(  if [[ $state == command ]]; then
    curcontext=${curcontext%:*:*}:cpcost-$words[1]:
    case $words[1] in
)";
  for (const auto* command : named_commands()) {
    script += "      " + std::string(command->name) + ")\n" +
              zsh_arguments(zsh_specs(*command, catalog), "        ", false) + " && ret=0\n        ;;\n";
  }
  script += R"(    esac
  fi
  return ret
}

# Autoloaded from $fpath, complete; sourced, register.
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _cpcost "$@"
else
  compdef _cpcost cpcost
fi
)";
  return script;
}

std::string fish_completion(const Catalog& catalog) {
  std::string script = header("fish");
  script += R"(
# Whether the command given so far is one of the arguments: the first word that
# names one, as cpcost reads it, or "top" when there is none yet.
function __cpcost_using
    set -l words (commandline -opc)
    set -e words[1]
    set -l command top
    for word in $words
        if contains -- $word )" + joined(command_words()) + R"(
            set command $word
            break
        end
    end
    contains -- $command $argv
end

# Files only where an option or an operand takes one.
complete -c cpcost -f

# The commands.
)";
  for (const auto* command : named_commands()) {
    script += "complete -c cpcost -n '__cpcost_using top' -a " + std::string(command->name) + " -d " +
              fish_quoted(flattened(command->summary)) + "\n";
  }
  script += "\n# The options, and the commands that take them.\n";
  const Names help = names_of(kHelpFlags);
  script += "complete -c cpcost -s " + help.short_name.substr(1) + " -l " + help.long_name.substr(2) + " -d " +
            fish_quoted(kHelpHelp) + "\n";
  const Names version = names_of(kVersionFlag);
  script += "complete -c cpcost -n '__cpcost_using top' -s " + version.short_name.substr(1) + " -l " +
            version.long_name.substr(2) + " -d " + fish_quoted(kVersionHelp) + "\n";
  for (const auto& option : kOptions) {
    const Names names = names_of(option.flags);
    const std::string flags = (names.short_name.empty() ? "" : " -s " + names.short_name.substr(1)) + " -l " +
                              names.long_name.substr(2);
    const std::string value = option.kind == ValueKind::flag ? "" : fish_value(value_completion(option, catalog));
    // One line for the commands that word it alike, one for the command that words it otherwise.
    std::vector<Command> usual;
    for (const auto& command : kCommands) {
      const bool other = !option.also.help.empty() && command.command == option.also.command;
      if (option.commands.has(command.command) && !other) usual.push_back(command.command);
    }
    script += "complete -c cpcost" + fish_condition(usual) + flags + value + " -d " +
              fish_quoted(flattened(help_text(option, usual.front()))) + "\n";
    if (!option.also.help.empty()) {
      script += "complete -c cpcost" + fish_condition({option.also.command}) + flags + value + " -d " +
                fish_quoted(flattened(help_text(option, option.also.command))) + "\n";
    }
  }
  script += "\n# The operands.\n";
  for (const auto& command : kCommands) {
    for (const auto& operand : command.operands) {
      if (operand.name.empty()) continue;
      const ValueCompletion completion = value_completion(operand, catalog);
      script += "complete -c cpcost" + fish_condition({command.command}) +
                (completion.offer == Offer::files ? " -F" : " -a " + fish_quoted(joined(completion.words))) +
                " -d " + fish_quoted(operand.value_name) + "\n";
      break;  // a command's operands are all of a kind: diff's two are files
    }
  }
  return script;
}

}  // namespace cpcost
