#include "spec/options.hpp"

#include <vector>

#include "core/catalog.hpp"
#include "core/query_input.hpp"
#include "spec/formats.hpp"
#include "spec/generated.hpp"
#include "spec/sort_keys.hpp"

namespace cpcost {

namespace {

// spec_of indexes the table by id: the table lists the ids in their order.
constexpr bool in_id_order() {
  for (std::size_t i = 0; i < kOptions.size(); ++i) {
    if (static_cast<std::size_t>(kOptions[i].id) != i) return false;
  }
  return true;
}
static_assert(in_id_order(), "kOptions lists every OptionId once, in the enum's order");

std::string not_one_of(std::string_view text, const std::string& names) {
  return "'" + std::string(text) + "' is not one of " + names;
}

// "table (default), json, jsonl, csv, markdown or html": the formats command gives.
std::string format_choices(Command command) {
  std::vector<std::string_view> names;
  for (const auto& format : kFormats) {
    if (format.commands.has(command)) names.push_back(format.name);
  }
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + std::string(names[i]);
    if (i == 0) text += " (default)";
  }
  return text;
}

// "man, complete-bash, complete-zsh or complete-fish".
std::string generated_choices() {
  std::string text;
  for (std::size_t i = 0; i < kGenerated.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == kGenerated.size() ? " or " : ", ") + std::string(kGenerated[i].name);
  }
  return text;
}

std::string extensions_list(Command command) {
  std::string text;
  for (const auto& format : kFormats) {
    if (format.commands.has(command)) text += " " + std::string(format.extensions[0]);
  }
  return text;
}

}  // namespace

std::string_view OptionSpec::name() const {
  const auto comma = flags.rfind(',');
  return comma == std::string_view::npos ? flags : flags.substr(comma + 1);
}

const OptionSpec& spec_of(OptionId id) { return kOptions[static_cast<std::size_t>(id)]; }

const OptionSpec* option_for_config_key(std::string_view key) {
  for (const auto& option : kOptions) {
    if (!option.config_key.empty() && option.config_key == key) return &option;
  }
  return nullptr;
}

std::string config_keys() {
  std::string keys;
  for (const auto& option : kOptions) {
    if (!option.config_key.empty()) keys += (keys.empty() ? "" : ", ") + std::string(option.config_key);
  }
  return keys;
}

std::string help_text(const OptionSpec& option, Command command) {
  std::string text(option.also.help.empty() || option.also.command != command ? option.help : option.also.help);
  switch (option.kind) {
    case ValueKind::format:
      return text + ": " + format_choices(command);
    case ValueKind::generated:
      return text + ":\n" + generated_choices();
    case ValueKind::path:
      if (option.id == OptionId::output) text += extensions_list(command);
      break;
    case ValueKind::counts:
    case ValueKind::number:
      text += ", " + std::to_string(option.low) + "-" + std::to_string(option.high);
      break;
    default:
      break;
  }
  if (option.kind != ValueKind::sort_key && !option.default_text.empty() && option.default_text.front() != '(') {
    text += " (default: " + std::string(option.default_text) + ")";
  }
  if (option.kind == ValueKind::origins) text += ":\n" + known_origins() + ", or all";
  return text;
}

std::string check_value(const OptionSpec& option, std::string_view text, Values values) {
  const bool one = values == Values::one;
  switch (option.kind) {
    case ValueKind::flag:
    case ValueKind::path:
      return {};
    case ValueKind::names:
      return parse_name_list(text).error;
    case ValueKind::counts:
      return one ? parse_whole_number(text, option.low, option.high).error
                 : parse_number_sweep(text, option.low, option.high).error;
    case ValueKind::number:
      return parse_whole_number(text, option.low, option.high).error;
    case ValueKind::origins:
      return one ? parse_origin(text).error : parse_origin_sweep(text).error;
    case ValueKind::amount:
      return parse_budget(text).error;
    case ValueKind::amount_range:
      return parse_money_range(text).error;
    case ValueKind::percent:
      return parse_percent(text).error;
    case ValueKind::currency:
      return parse_currency_code(text).error;
    case ValueKind::rate:
      return parse_rate_per_usd(text).error;
    case ValueKind::format:
      return format_named(text) ? std::string() : not_one_of(text, format_names());
    case ValueKind::sort_key:
      return sort_key_named(text) ? std::string() : not_one_of(text, sort_key_names());
    case ValueKind::generated:
      return generated_named(text) ? std::string() : not_one_of(text, generated_names());
  }
  return {};
}

}  // namespace cpcost
