#include "report/format_money.hpp"

#include <cstdlib>

#include "core/text.hpp"

namespace cpcost {

namespace {

bool has_cents(Money amount) { return amount.cents() % 100 != 0; }
bool has_cents(const MoneyRange& range) { return has_cents(range.low) || has_cents(range.high); }

}  // namespace

std::string format_amount(Money amount, bool cents) {
  // Without cents, the nearest whole unit (half to even), never a truncation.
  const std::int64_t value = cents ? amount.cents() : round_to_units(amount).cents();
  // Work on the magnitude as unsigned: the most negative value has no positive twin.
  const std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = group_thousands(magnitude / 100);
  if (cents) {
    const auto fraction = magnitude % 100;
    digits += '.';
    digits += static_cast<char>('0' + fraction / 10);
    digits += static_cast<char>('0' + fraction % 10);
  }
  return value < 0 ? "-" + digits : digits;
}

std::string format_money(Money amount, MoneyFormat format) {
  const std::string text = format_amount(amount, format.cents);
  if (format.currency != kBaseCurrency) return std::string(format.currency) + " " + text;
  return text.front() == '-' ? "-$" + text.substr(1) : "$" + text;
}

std::string format_range(const MoneyRange& range, MoneyFormat format) {
  const std::string open = range.high_open ? "+" : "";
  if (range.low == range.high) return format_money(range.low, format) + open;
  // The currency once, in front: "$10,000-$30,000" keeps the dollar sign on both, as people write it.
  const std::string high = format.currency == kBaseCurrency ? format_money(range.high, format)
                                                    : format_amount(range.high, format.cents);
  return format_money(range.low, format) + "-" + high + open;
}

std::string format_mid(const MoneyRange& range, MoneyFormat format) {
  return format_money(range.mid(), format) + (range.high_open ? "+" : "");
}

std::string format_dollars(Money amount, bool cents) { return format_money(amount, {kBaseCurrency, cents}); }

std::string format_range(const MoneyRange& range, bool cents) { return format_range(range, MoneyFormat{kBaseCurrency, cents}); }

std::string plain_decimal(Money amount) {
  std::string text = format_amount(amount, true);
  std::erase(text, ',');
  return text;
}

std::string format_percent(std::int64_t basis_points) {
  std::string text = std::to_string(basis_points / 100);
  if (basis_points % 100 != 0) {
    const std::int64_t hundredths = basis_points % 100;
    text += '.';
    text += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
  }
  return text + "%";
}

Money round_to_units(Money amount) {
  const std::int64_t cents = amount.cents();
  std::int64_t units = cents / 100;
  const std::int64_t remainder = cents % 100;  // same sign as cents
  if (std::llabs(remainder) > 50 || (std::llabs(remainder) == 50 && units % 2 != 0)) {
    units += remainder > 0 ? 1 : -1;
  }
  return Money::from_cents(units).times(100);
}

MoneyFormat money_format(const Estimate& estimate) { return {estimate.currency, needs_cents(estimate)}; }

bool needs_cents(const Estimate& estimate) {
  for (const auto& line : estimate.lines) {
    if (has_cents(line.unit_cost) || has_cents(line.cost)) return true;
  }
  return has_cents(estimate.treatment) || has_cents(estimate.travel) || has_cents(estimate.total);
}

}  // namespace cpcost
