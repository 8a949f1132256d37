#include "core/query_input.hpp"

#include "core/currency.hpp"

#include <algorithm>
#include <charconv>

#include "core/catalog.hpp"
#include "core/query.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

// Calls each(part) for the parts of text between separators; stops at the
// first part for which each returns false.
template <class Each>
void for_each_part(std::string_view text, char separator, Each each) {
  std::size_t at = 0;
  while (true) {
    const std::size_t end = text.find(separator, at);
    if (!each(text.substr(at, end - at)) || end == std::string_view::npos) return;
    at = end + 1;
  }
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

Parsed<int> parse_whole_number(std::string_view text, int low, int high) {
  // The messages are built only on failure: batch files parse millions of numbers.
  auto range = [&] { return std::to_string(low) + " to " + std::to_string(high); };
  const bool negative = !text.empty() && text.front() == '-';
  const std::string_view digits = text.substr(negative ? 1 : 0);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return {0, "'" + std::string(text) + "' is not a whole number (expected " + range() + ")"};
  }
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
    return {0, "must be " + range() + ", not " + excerpt(text, kMaxQuoted)};  // what was typed, cut short
  }
  return {static_cast<int>(value), {}};
}

Parsed<std::vector<int>> parse_number_sweep(std::string_view text, int low, int high) {
  Parsed<std::vector<int>> result;
  auto add = [&](int value) {
    if (std::find(result.value.begin(), result.value.end(), value) == result.value.end()) result.value.push_back(value);
  };
  for_each_part(text, ',', [&](std::string_view part) {
    const std::size_t dots = part.find("..");
    if (dots == std::string_view::npos) {
      auto one = parse_whole_number(trimmed(part), low, high);
      if (!one) result.error = std::move(one.error);
      add(one.value);
      return result.error.empty();
    }
    auto first = parse_whole_number(trimmed(part.substr(0, dots)), low, high);
    auto last = parse_whole_number(trimmed(part.substr(dots + 2)), low, high);
    if (!first || !last) {
      result.error = std::move(first ? last.error : first.error);
    } else if (first.value > last.value) {
      result.error = "'" + std::string(part) + "' is an empty range (write the lower number first)";
    }
    for (int value = first.value; result.error.empty() && value <= last.value; ++value) add(value);
    return result.error.empty();
  });
  if (!result) result.value.clear();
  return result;
}

Parsed<std::string> parse_origin(std::string_view text) {
  for (const auto origin : kOrigins) {
    if (equal_ignoring_case(trimmed(text), origin)) return {std::string(origin), {}};
  }
  return {{}, "'" + std::string(text) + "' is not one of " + known_origins()};
}

Parsed<std::vector<std::string>> parse_origin_sweep(std::string_view text) {
  Parsed<std::vector<std::string>> result;
  if (equal_ignoring_case(trimmed(text), "all")) {
    for (const auto origin : kOrigins) result.value.emplace_back(origin);
    return result;
  }
  for_each_part(text, ',', [&](std::string_view part) {
    auto one = parse_origin(part);
    if (!one) {
      result = {{}, one.error + " (or all)"};
      return false;
    }
    if (std::find(result.value.begin(), result.value.end(), one.value) == result.value.end()) {
      result.value.push_back(std::move(one.value));
    }
    return true;
  });
  return result;
}

Parsed<std::vector<std::string>> parse_name_list(std::string_view text) {
  Parsed<std::vector<std::string>> result;
  for_each_part(text, ',', [&](std::string_view part) {
    const std::string_view name = trimmed(part);
    if (name.empty()) result = {{}, "'" + std::string(text) + "' has an empty name"};
    if (!name.empty()) result.value.emplace_back(name);
    return !name.empty();
  });
  return result;
}

bool dot_may_group_thousands(std::string_view amount) {
  if (!amount.empty() && amount.front() == '$') amount.remove_prefix(1);
  const auto point = amount.find('.');
  if (point == std::string_view::npos || point == 0 || point > 3 || amount.size() - point - 1 != 3) return false;
  const auto digits = [](std::string_view part) { return part.find_first_not_of("0123456789") == std::string_view::npos; };
  return amount.front() != '0' && digits(amount.substr(0, point)) && digits(amount.substr(point + 1));
}

namespace {

// "'25.000' is ambiguous: write 25000 or 25,000 (or 25.00 for cents)"; empty
// when the amount is not ambiguous.
std::string ambiguity(std::string_view written) {
  if (!dot_may_group_thousands(written)) return {};
  const std::string_view amount = written.substr(written.front() == '$' ? 1 : 0);
  const auto point = amount.find('.');
  const std::string whole(amount.substr(0, point));
  const std::string thousands(amount.substr(point + 1));
  const std::string cents = thousands.back() == '0' ? "or " + whole + "." + thousands.substr(0, 2) + " for cents"
                                                     : "cents take two decimals";
  return "'" + std::string(written) + "' is ambiguous: write " + whole + thousands + " or " + whole + "," + thousands +
         " (" + cents + ")";
}

}  // namespace

Parsed<Money> parse_budget(std::string_view text) {
  if (std::string ambiguous = ambiguity(trimmed(text)); !ambiguous.empty()) return {{}, std::move(ambiguous)};
  if (const auto amount = parse_amount(trimmed(text))) return {*amount, {}};
  return {{}, "'" + std::string(text) + "' is not an amount (for example 20000, 20,000 or 20k)"};
}

Parsed<MoneyRange> parse_money_range(std::string_view text) {
  const std::string_view written = trimmed(text);
  const std::string expected = "'" + std::string(text) + "' is not an amount or a range (for example 900, 800-1200 or 1.2k)";
  const auto dash = written.find('-', 1);
  if (dash == std::string_view::npos) {
    if (std::string ambiguous = ambiguity(written); !ambiguous.empty()) return {{}, std::move(ambiguous)};
    const auto amount = parse_amount(written);
    if (!amount) return {{}, expected};
    return {MoneyRange::exactly(*amount), {}};
  }
  for (const std::string_view part : {trimmed(written.substr(0, dash)), trimmed(written.substr(dash + 1))}) {
    if (std::string ambiguous = ambiguity(part); !ambiguous.empty()) return {{}, std::move(ambiguous)};
  }
  const auto low = parse_amount(trimmed(written.substr(0, dash)));
  const auto high = parse_amount(trimmed(written.substr(dash + 1)));
  if (!low || !high) return {{}, expected};
  if (*low > *high) return {{}, "'" + std::string(text) + "' is a range from high to low (write the lower amount first)"};
  return {MoneyRange{*low, *high, false}, {}};
}

Parsed<std::int64_t> parse_percent(std::string_view text) {
  std::string_view written = trimmed(text);
  if (!written.empty() && written.back() == '%') written = trimmed(written.substr(0, written.size() - 1));
  const auto amount = parse_decimal_amount(written);  // two decimals: hundredths of a percent
  if (!amount || amount->cents() > 10'000) {
    return {0, "'" + std::string(text) + "' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)"};
  }
  return {amount->cents(), {}};
}

Parsed<std::string> parse_currency_code(std::string_view text) {
  const std::string code = ascii_uppercase(trimmed(text));
  const bool letters = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!letters) return {{}, "'" + std::string(text) + "' is not a currency code (three letters, as EUR)"};
  return {code, {}};
}

Parsed<std::int64_t> parse_rate_per_usd(std::string_view text) {
  constexpr std::int64_t kMaxRate = 1'000'000 * kMicros;  // beyond any currency's: a typo
  const auto micros = parse_rate(text);
  if (!micros || *micros <= 0 || *micros > kMaxRate) {
    return {0, "'" + std::string(text) +
                   "' is not a rate (units of the currency per US dollar, above 0 and at most 1000000, with at most "
                   "6 decimals, for example 18.2)"};
  }
  return {*micros, {}};
}

}  // namespace cpcost
