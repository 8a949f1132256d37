#pragma once
// How amounts read: "$12,400" for people, "12400.00" for machines.

#include <string>

#include "core/estimate.hpp"
#include "core/currency.hpp"
#include "core/money.hpp"
#include "core/range.hpp"

namespace cpcost {

// "12,400" or, with cents, "12,400.50"; a minus sign before negatives.
std::string format_amount(Money amount, bool cents);
// How amounts of one report read: their currency, and whether cents show.
struct MoneyFormat {
  std::string_view currency = kBaseCurrency;
  bool cents = false;
};

// "$12,400" in US dollars; "EUR 12,400" in any other currency.
std::string format_money(Money amount, MoneyFormat format);
// "$10,000-$30,000" or "EUR 10,000-30,000"; "+" after an open high; one amount when low equals high.
std::string format_range(const MoneyRange& range, MoneyFormat format);
// The range's mid-point, "+" after it when the high is open: the mid-point of
// "$25,000-$100,000+" is a floor, not a middle.
std::string format_mid(const MoneyRange& range, MoneyFormat format);
// The same in US dollars.
std::string format_dollars(Money amount, bool cents);
std::string format_range(const MoneyRange& range, bool cents);
// "12400.00": no separators, no symbol, always two decimals.
std::string plain_decimal(Money amount);

// "2.5%": basis points as a percentage, without trailing zeros.
std::string format_percent(std::int64_t basis_points);

// Whole units, rounding half to even.
Money round_to_units(Money amount);

// Whether any line, unit cost or total has cents: then every amount shows them,
// so that the columns stay comparable.
bool needs_cents(const Estimate& estimate);
// The format of an estimate's amounts: its currency, cents when needed.
MoneyFormat money_format(const Estimate& estimate);

}  // namespace cpcost
