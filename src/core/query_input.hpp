#pragma once
// A query's values as people type them, on the command line or in a batch
// file: the one place that says what is accepted and what the message is.
// Each parser returns the value, or the reason it is not one (without naming
// the option or column; the caller adds that).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.hpp"
#include "core/range.hpp"

namespace cpcost {

template <class T>
struct Parsed {
  T value{};
  std::string error;  // empty when value holds
  explicit operator bool() const { return error.empty(); }
};

// A whole number from low to high: "must be 1 to 50, not 0",
// "'two' is not a whole number (expected 1 to 50)".
Parsed<int> parse_whole_number(std::string_view text, int low, int high);

// One number or several: "2", "1..4", "1,3", "0..2,5"; each from low to high,
// in the order written, repeats kept out.
Parsed<std::vector<int>> parse_number_sweep(std::string_view text, int low, int high);

// An origin region, any case, as its canonical name.
Parsed<std::string> parse_origin(std::string_view text);

// One origin or several ("europe,asia"), or "all" of them in their usual order.
Parsed<std::vector<std::string>> parse_origin_sweep(std::string_view text);

// Names separated by commas ("mexico,india"); "all" stays "all" for the caller
// to expand against the catalog. Empty names are an error.
Parsed<std::vector<std::string>> parse_name_list(std::string_view text);

// Whether an amount's dot may group thousands as well as start its cents: one
// to three digits (not a lone 0), a dot, exactly three digits ("25.000",
// "1.200", "1.005": twenty-five thousand, or twenty-five?). Every parser of
// amounts refuses such a one, whatever it would read as, and says how to write it.
bool dot_may_group_thousands(std::string_view amount);

// An amount: "20000", "20,000", "20k" (see parse_amount). Not "25.000":
// "'25.000' is ambiguous: write 25000 or 25,000 (or 25.00 for cents)".
Parsed<Money> parse_budget(std::string_view text);

// An amount or a range of them: "900", "800-1200", "1.2k", "1k-1.5k"; each
// amount as parse_budget takes it.
Parsed<MoneyRange> parse_money_range(std::string_view text);

// A percentage from 0 to 100 with at most two decimals ("15", "2.5"), in basis points.
Parsed<std::int64_t> parse_percent(std::string_view text);

// An exchange rate as people give it: units of the currency one US dollar buys,
// above 0 and at most 1,000,000, with at most 6 decimals ("18.2"), in millionths.
Parsed<std::int64_t> parse_rate_per_usd(std::string_view text);

// A currency code: three letters, any case, as capitals ("eur" -> "EUR").
Parsed<std::string> parse_currency_code(std::string_view text);

}  // namespace cpcost
