#include "spec/query_options.hpp"

#include "core/query_input.hpp"

namespace cpcost {

namespace {

template <class T>
std::vector<std::optional<T>> optionals(std::vector<T> values) {
  return {std::make_move_iterator(values.begin()), std::make_move_iterator(values.end())};
}

// Parses text; on success hands the value to set, else returns why not.
template <class Parse, class Set>
std::string parse_into(std::string_view text, Parse parse, Set set) {
  auto parsed = parse(text);
  if (!parsed) return std::move(parsed.error);
  set(std::move(parsed.value));
  return {};
}

}  // namespace

std::string apply_query_option(QuerySweep& sweep, OptionId id, std::string_view text) {
  const OptionSpec& option = spec_of(id);
  auto counts = [&option](std::string_view value) { return parse_number_sweep(value, option.low, option.high); };
  auto override_of = [&](std::string_view item) {
    return parse_into(text, parse_money_range, [&](MoneyRange value) { sweep.overrides.set(item, value); });
  };
  switch (id) {
    case OptionId::country:
      return parse_into(text, parse_name_list, [&](auto value) { sweep.countries = std::move(value); });
    case OptionId::infusions:
      return parse_into(text, counts, [&](auto value) { sweep.infusions = optionals(std::move(value)); });
    case OptionId::cycles:
      return parse_into(text, counts, [&](auto value) { sweep.cycles = std::move(value); });
    case OptionId::companions:
      return parse_into(text, counts, [&](auto value) { sweep.companions = optionals(std::move(value)); });
    case OptionId::from:
      return parse_into(text, parse_origin_sweep, [&](auto value) { sweep.origins = optionals(std::move(value)); });
    case OptionId::nights:
      return parse_into(text, counts, [&](auto value) { sweep.nights = optionals(std::move(value)); });
    case OptionId::budget:
      return parse_into(text, parse_budget, [&](Money value) { sweep.budget = value; });
    case OptionId::currency:
      return parse_into(text, parse_currency_code, [&](std::string value) { sweep.currency = std::move(value); });
    case OptionId::flight:
    case OptionId::nightly:
    case OptionId::daily:
    case OptionId::visa:
    case OptionId::extra_infusion:
    case OptionId::tests:
    case OptionId::transfers:
    case OptionId::insurance:
      return override_of(option.cost_item);
    case OptionId::contingency:
      return parse_into(text, parse_percent, [&](std::int64_t value) { sweep.contingency_bp = value; });
    case OptionId::fx_fee:
      return parse_into(text, parse_percent, [&](std::int64_t value) { sweep.fx_fee_bp = value; });
    case OptionId::draws:
    case OptionId::seed: {
      auto number = [&option](std::string_view value) { return parse_whole_number(value, option.low, option.high); };
      return parse_into(text, number, [&](int value) {
        (id == OptionId::draws ? sweep.draws : sweep.seed) = static_cast<std::uint64_t>(value);
      });
    }
    default:
      return {};
  }
}

}  // namespace cpcost
