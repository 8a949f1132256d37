#include "report/man_page.hpp"

#include <cstdio>

#include "core/text.hpp"
#include "report/wording.hpp"
#include "spec/commands.hpp"
#include "spec/manual.hpp"
#include "spec/options.hpp"

namespace cpcost {

namespace {

// CLI11's own --help, as typed.
constexpr std::string_view kHelpName = kHelpFlags.substr(kHelpFlags.rfind(',') + 1);
constexpr std::string_view kVersionName = kVersionFlag.substr(kVersionFlag.rfind(',') + 1);

std::string bold(std::string_view text) { return "\\fB" + roff_text(text) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roff_text(text) + "\\fR"; }

// A sentence of the help as one: a full stop at its end.
std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.back() != '.') out += '.';
  return out;
}

// The summary "one destination, ..." as a sentence's start, and a help "Read the data ..." as its middle.
std::string capitalized(std::string_view text) {
  return text.empty() ? std::string() : ascii_uppercase(text.substr(0, 1)) + std::string(text.substr(1));
}

std::string lowercased_first(std::string_view text) {
  return text.empty() ? std::string() : ascii_lowercase(text.substr(0, 1)) + std::string(text.substr(1));
}

// "cpcost show ID", "cpcost validate [PATH...]": the words typed in bold, what
// stands for a value (capitalized, or "options") in italics, brackets as they are.
std::string usage_line(std::string_view usage) {
  std::string out;
  std::size_t start = 0;
  while (start < usage.size()) {
    std::size_t end = usage.find(' ', start);
    if (end == std::string_view::npos) end = usage.size();
    std::string_view word = usage.substr(start, end - start);
    const bool optional = word.starts_with('[') && word.ends_with(']');
    if (optional) word = word.substr(1, word.size() - 2);
    const bool placeholder = (!word.empty() && word.front() >= 'A' && word.front() <= 'Z') || word == "options";
    const std::string shown = placeholder ? italic(word) : bold(word);
    out += (out.empty() ? "" : " ") + (optional ? "[" + shown + "]" : shown);
    start = end + 1;
  }
  return out;
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR".
std::string option_tag(std::string_view flags, std::string_view value_name) {
  std::string out;
  std::size_t start = 0;
  while (start <= flags.size()) {
    std::size_t end = flags.find(',', start);
    if (end == std::string_view::npos) end = flags.size();
    out += (out.empty() ? "" : ", ") + bold(flags.substr(start, end - start));
    start = end + 1;
  }
  return value_name.empty() ? out : out + " " + italic(value_name);
}

// "compare, batch": the commands that take an option, the estimate as the top level.
std::string commands_taking(const OptionSpec& option) {
  std::string names;
  std::size_t count = 0;
  for (const auto& command : kCommands) {
    if (!option.commands.has(command.command)) continue;
    names += (names.empty() ? "" : ", ") + std::string(command.name.empty() ? "cpcost (the top level)" : command.name);
    ++count;
  }
  return count == kCommands.size() ? "every command" : names;
}

// Any command but the one the option words differently: the help of the rest.
Command usual_command(const OptionSpec& option) {
  for (const auto& command : kCommands) {
    if (option.commands.has(command.command) && (option.also.help.empty() || command.command != option.also.command)) {
      return command.command;
    }
  }
  return Command::estimate;
}

void add_synopsis(std::string& page) {
  page += ".SH SYNOPSIS\n.nf\n";
  for (const auto& command : kCommands) page += usage_line(command.usage) + "\n";
  const OptionSpec& generate = spec_of(OptionId::generate);
  page += bold("cpcost") + " " + option_tag(generate.flags, generate.value_name) + "\n";
  page += bold("cpcost") + " " + bold(kHelpName) + " | " + bold(kVersionName) + "\n.fi\n";
}

void add_commands(std::string& page) {
  page += ".SH COMMANDS\n";
  for (const auto& command : kCommands) {
    page += ".SS " + std::string(command.name.empty() ? "\"The estimate\"" : command.name) + "\n";
    page += usage_line(command.usage) + "\n.PP\n";
    page += roff_text(sentence(command.description.empty() ? capitalized(command.summary) : command.description)) +
            "\n";
    for (const auto& operand : command.operands) {
      if (operand.name.empty()) continue;
      page += ".TP\n" + italic(operand.value_name) + "\n" + roff_text(sentence(operand.help)) +
              (operand.required ? "" : " Optional.") + (operand.many ? " Any number of them." : "") + "\n";
    }
    std::string options;
    for (const auto& option : kOptions) {
      if (option.commands.has(command.command)) options += (options.empty() ? "" : ", ") + bold(option.name());
    }
    page += ".PP\nOptions: " + options + ", " + bold(kHelpName) + ".\n";
  }
}

void add_option(std::string& page, const OptionSpec& option) {
  page += ".TP\n" + option_tag(option.flags, option.value_name) + "\n";
  page += roff_text(sentence(help_text(option, usual_command(option)))) + "\n";
  if (!option.also.help.empty()) {
    page += ".br\nFor " + std::string(spec_of(option.also.command).name) + ": " +
            roff_text(sentence(lowercased_first(help_text(option, option.also.command)))) + "\n";
  }
  page += ".br\nCommands: " + roff_text(commands_taking(option)) + ".\n";
  if (!option.config_key.empty()) page += ".br\nConfig file key: " + bold(option.config_key) + ".\n";
  if (!option.env.empty()) page += ".br\nEnvironment: " + bold(option.env) + " (the option wins).\n";
}

void add_options(std::string& page) {
  page += ".SH OPTIONS\n";
  page += ".TP\n" + option_tag(kHelpFlags, "") + "\n" + roff_text(sentence(kHelpHelp)) +
          " After a command, that command's help.\n";
  page += ".TP\n" + option_tag(kVersionFlag, "") + "\n" + roff_text(sentence(kVersionHelp)) + "\n";
  for (const auto& option : kOptions) add_option(page, option);
}

void add_environment(std::string& page) {
  page += ".SH ENVIRONMENT\n";
  for (const auto& option : kOptions) {
    if (option.env.empty()) continue;
    page += ".TP\n" + bold(option.env) + "\n" + "As " + option_tag(option.name(), option.value_name) +
            ", which wins over it: " + roff_text(sentence(lowercased_first(option.help))) + "\n";
  }
  for (const auto& variable : kEnvironmentVariables) {
    std::string names;
    std::size_t start = 0;
    while (start < variable.names.size()) {
      std::size_t end = variable.names.find(", ", start);
      if (end == std::string_view::npos) end = variable.names.size();
      names += (names.empty() ? "" : ", ") + bold(variable.names.substr(start, end - start));
      start = end + 2;
    }
    page += ".TP\n" + names + "\n" + roff_text(variable.meaning) + "\n";
  }
}

void add_files(std::string& page) {
  const OptionSpec& config = spec_of(OptionId::config);
  const std::string file(kConfigFile);
  page += ".SH FILES\n.TP\n" + italic("$XDG_CONFIG_HOME/" + file) + "\n";
  page += roff_text("The config file, or ~/.config/" + file + " when XDG_CONFIG_HOME is not set; " +
                    std::string(config.name()) + " " + std::string(config.value_name) + " or " +
                    std::string(config.env) + " names another. It sets defaults of the options that have a " +
                    "config file key (" + config_keys() + "), each spelled as its option takes it: " +
                    "format = \"json\". Options and the environment win over it.") +
          "\n";
}

void add_exit_status(std::string& page) {
  page += ".SH EXIT STATUS\n";
  for (const auto& status : kExitStatuses) {
    page += ".TP\n" + bold(std::to_string(status.code)) + "\n" + roff_text(status.meaning) + "\n";
  }
  page += ".PP\n" + roff_text("Every error is one line on standard error, \"cpcost: error: ...\".") + "\n";
}

void add_examples(std::string& page) {
  page += ".SH EXAMPLES\n";
  for (const auto& example : kExamples) {
    page += ".TP\n" + bold(example.command_line) + "\n" + roff_text(example.what) + "\n";
  }
}

}  // namespace

std::string roff_text(std::string_view text) {
  std::string out;
  if (text.starts_with('.') || text.starts_with('\'')) out += "\\&";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\\') {
      out += "\\e";
    } else if (byte == '-') {
      out += "\\-";
    } else if (byte == '\n') {
      out += ' ';
    } else if (byte < 0x80) {
      out += static_cast<char>(byte);
    } else {
      // UTF-8: the lead byte says how many continuation bytes follow.
      const int more = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
      unsigned code = more == 3 ? byte & 0x07u : more == 2 ? byte & 0x0fu : byte & 0x1fu;
      bool valid = more > 0 && i + static_cast<std::size_t>(more) < text.size();
      for (int k = 1; valid && k <= more; ++k) {
        const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        valid = (next & 0xc0u) == 0x80u;
        code = (code << 6) | (next & 0x3fu);
      }
      if (!valid) {
        out += "\\[uFFFD]";
        continue;
      }
      char escape[16];
      std::snprintf(escape, sizeof escape, "\\[u%04X]", code);
      out += escape;
      i += static_cast<std::size_t>(more);
    }
  }
  return out;
}

std::string man_page(std::string_view version) {
  std::string page = ".\\\" cpcost(1), generated by cpcost --generate man from its definitions of commands and\n"
                     ".\\\" options: regenerate it, do not edit it.\n";
  page += ".TH CPCOST 1 \"\" \"cpcost " + roff_text(version) + "\" \"User Commands\"\n";
  page += ".nh\n.ad l\n";  // option names and ids are not to be hyphenated, nor the lists of them stretched
  page += ".SH NAME\ncpcost \\- " + roff_text(kPurpose) + "\n";
  add_synopsis(page);
  page += ".SH DESCRIPTION\n" + roff_text(sentence(kDescription)) + "\n.PP\n" + roff_text(kSweeps) + "\n";
  add_commands(page);
  add_options(page);
  add_environment(page);
  add_files(page);
  add_exit_status(page);
  add_examples(page);
  page += ".SH DISCLAIMER\n" + roff_text(kDisclaimer) + "\n";
  return page;
}

}  // namespace cpcost
