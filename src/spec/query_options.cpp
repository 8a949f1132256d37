#include "spec/query_options.hpp"

#include "core/query_input.hpp"

namespace cpcost {

namespace {

template <class T>
std::vector<std::optional<T>> optionals(std::vector<T> values) {
  return {std::make_move_iterator(values.begin()), std::make_move_iterator(values.end())};
}

std::optional<MoneyRange> amounts(std::string_view text) { return parse_money_range(text).value; }

}  // namespace

void apply_query_option(QuerySweep& sweep, OptionId id, std::string_view text) {
  const OptionSpec& option = spec_of(id);
  auto counts = [&] { return parse_number_sweep(text, option.low, option.high).value; };
  switch (id) {
    case OptionId::country:
      sweep.countries = parse_name_list(text).value;
      break;
    case OptionId::infusions:
      sweep.infusions = optionals(counts());
      break;
    case OptionId::cycles:
      sweep.cycles = counts();
      break;
    case OptionId::companions:
      sweep.companions = optionals(counts());
      break;
    case OptionId::from:
      sweep.origins = optionals(parse_origin_sweep(text).value);
      break;
    case OptionId::nights:
      sweep.nights = optionals(counts());
      break;
    case OptionId::budget:
      sweep.budget = parse_budget(text).value;
      break;
    case OptionId::currency:
      sweep.currency = parse_currency_code(text).value;
      break;
    case OptionId::flight:
      sweep.overrides.flight = amounts(text);
      break;
    case OptionId::nightly:
      sweep.overrides.nightly = amounts(text);
      break;
    case OptionId::daily:
      sweep.overrides.daily = amounts(text);
      break;
    case OptionId::visa:
      sweep.overrides.visa = amounts(text);
      break;
    case OptionId::extra_infusion:
      sweep.overrides.extra_infusion = amounts(text);
      break;
    case OptionId::contingency:
      sweep.contingency_bp = parse_percent(text).value;
      break;
    case OptionId::fx_fee:
      sweep.fx_fee_bp = parse_percent(text).value;
      break;
    default:
      break;
  }
}

}  // namespace cpcost
