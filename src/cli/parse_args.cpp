#include "cli/parse_args.hpp"

#include <CLI/CLI.hpp>

#include <map>

#include "cli/usage_errors.hpp"
#include "core/error.hpp"
#include "spec/generated.hpp"
#include "spec/manual.hpp"

namespace cpcost {

namespace {

// A CLI11 validator from the option's own check, so that the command line, the
// config file and batch files accept and reject the same values.
CLI::Validator accepts(const OptionSpec& option) {
  return CLI::Validator([&option](std::string& input) { return check_value(option, input); }, "");
}

// Where CLI11 puts what it reads: a single value, a repeatable option's values, or a flag.
struct Slot {
  std::string value;
  std::vector<std::string> values;
  bool flag = false;
  CLI::Option* option = nullptr;
};

// The options of one command, from the table, in its order.
void add_options(CLI::App& app, Command command, std::map<OptionId, Slot>& slots) {
  for (const auto& spec : kOptions) {
    if (!spec.commands.has(command)) continue;
    Slot& slot = slots[spec.id];
    const std::string flags(spec.flags);
    const std::string help = help_text(spec, command);
    if (spec.kind == ValueKind::flag) {
      slot.option = app.add_flag(flags, slot.flag, help);
      continue;
    }
    slot.option = spec.repeatable ? app.add_option(flags, slot.values, help) : app.add_option(flags, slot.value, help);
    slot.option->type_name(std::string(spec.value_name))->check(accepts(spec));
  }
}

// The command named on the command line, if any: the first argument that is one
// of the commands' names.
std::optional<Command> named_command(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    if (const auto command = command_named(argv[i])) return command;
  }
  return std::nullopt;
}

// What no single option can say of itself.
void check_combinations(const CommandLine& line) {
  const GivenOption* quotes = line.find(OptionId::quote);
  if (line.command == Command::estimate && quotes && quotes->values.size() > 1) {
    throw Error(ErrorKind::usage, "--quote: one quote for an estimate; cpcost compare takes several");
  }
  if (line.command == Command::estimate && !line.has(OptionId::country) && !quotes) {
    throw Error(ErrorKind::usage, "--country is required (or a command: " + command_names() + ")");
  }
  if (line.command == Command::plan && !line.has(OptionId::budget)) {
    throw Error(ErrorKind::usage, "--budget is required: cpcost plan says what a budget buys");
  }
  if (line.has(OptionId::only_fits) && !line.has(OptionId::budget)) {
    throw Error(ErrorKind::usage, "--only-fits needs --budget");
  }
}

}  // namespace

const GivenOption* CommandLine::find(OptionId id) const {
  for (const auto& option : options) {
    if (option.id == id) return &option;
  }
  return nullptr;
}

ParsedArgs parse_args(int argc, const char* const* argv) {
  // CLI11 reads the command line; the help is cpcost's own (report/help_page), from the same tables.
  CLI::App app{std::string(kPurpose), "cpcost"};
  app.set_version_flag(std::string(kVersionFlag), "cpcost " CPCOST_VERSION);
  app.require_subcommand(0, 1);

  // The estimate's options on the top level; every command is defined, but only
  // the one named on the command line gets its options: building CLI11's options
  // is most of cpcost's start-up, and "cpcost --help" lists commands, not options.
  std::map<OptionId, Slot> top_slots;
  std::map<OptionId, Slot> command_slots;
  // The named command's operands, as written: one word each, or any number.
  std::string operand_words[2];
  std::vector<std::string> operand_lists[2];
  CLI::Option* operand_options[2] = {nullptr, nullptr};
  const std::optional<Command> named = named_command(argc, argv);
  // cpcost help [COMMAND]; and what CLI11 would refuse in its own words, in cpcost's.
  if (argc > 1 && std::string_view(argv[1]) == "help") return {std::nullopt, Info::help, help_topic(argc, argv)};
  if (const std::string problem = misused(argc, argv, named); !problem.empty()) throw Error(ErrorKind::usage, problem);
  add_options(app, Command::estimate, top_slots);
  std::map<Command, CLI::App*> subcommands;
  for (const auto& spec : kCommands) {
    if (spec.name.empty()) continue;
    CLI::App* sub = app.add_subcommand(std::string(spec.name), std::string(spec.description));
    subcommands[spec.command] = sub;
    if (named != spec.command) continue;
    for (std::size_t i = 0; i < spec.operands.size(); ++i) {
      const Operand& operand = spec.operands[i];
      if (operand.name.empty()) continue;
      const std::string name(operand.name), help(operand.help);
      CLI::Option* option = operand.many ? sub->add_option(name, operand_lists[i], help)
                                         : sub->add_option(name, operand_words[i], help);
      option->type_name(std::string(operand.value_name));
      operand_options[i] = option;
      if (operand.required) option->required();
    }
    add_options(*sub, spec.command, command_slots);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return {std::nullopt, Info::help, named};  // for the command asked about, as in "cpcost compare --help"
  } catch (const CLI::CallForVersion&) {
    return {std::nullopt, Info::version, std::nullopt};
  } catch (const CLI::RequiredError& error) {
    throw Error(ErrorKind::usage, missing_operand(named.value_or(Command::estimate), error.what()));
  } catch (const CLI::ExtrasError& error) {
    throw Error(ErrorKind::usage, unexpected_operand(named.value_or(Command::estimate), error.what()));
  } catch (const CLI::ParseError& error) {
    throw Error(ErrorKind::usage, error.what());
  }

  // --generate prints and exits, as --version: nothing else is required.
  if (const Slot& generate = top_slots.at(OptionId::generate); generate.option->count() > 0) {
    return {std::nullopt, Info::none, std::nullopt, generated_named(generate.value)};
  }

  CommandLine line;
  for (const auto& [command, sub] : subcommands) {
    if (sub->parsed()) line.command = command;
  }
  for (std::size_t i = 0; i < 2; ++i) {
    if (operand_options[i] && operand_options[i]->count() > 0 && operand_lists[i].empty()) {
      line.operands.push_back(std::move(operand_words[i]));
    }
    for (auto& word : operand_lists[i]) line.operands.push_back(std::move(word));
  }
  // An option given before the command's name belongs to the top level (the
  // estimate's); after it, to the command.
  for (const auto& spec : kOptions) {
    for (auto* slots : {&command_slots, &top_slots}) {
      const auto found = slots->find(spec.id);
      if (found == slots->end() || found->second.option->count() == 0 || line.has(spec.id)) continue;
      Slot& slot = found->second;
      GivenOption given{spec.id, {}};
      if (spec.repeatable) given.values = std::move(slot.values);
      else if (spec.kind != ValueKind::flag) given.values = {std::move(slot.value)};
      line.options.push_back(std::move(given));
    }
  }
  check_combinations(line);
  return {std::move(line), Info::none, std::nullopt};
}

}  // namespace cpcost
