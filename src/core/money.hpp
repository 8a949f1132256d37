#pragma once
// Money in integer minor units (cents), with checked arithmetic: an operation
// that would overflow throws MoneyOverflow instead of wrapping. Never a double.

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace cpcost {

class MoneyOverflow : public std::overflow_error {
 public:
  MoneyOverflow() : std::overflow_error("amount out of range") {}
};

class Money {
 public:
  constexpr Money() = default;
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  // Whole currency units; throws MoneyOverflow when the cents do not fit.
  static Money from_units(std::int64_t units);

  constexpr std::int64_t cents() const { return cents_; }

  // Checked: MoneyOverflow rather than a wrong amount. Inline: a batch run makes
  // tens of millions of these, and a call costs more than the addition.
  Money operator+(Money other) const {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(cents_, other.cents_, &sum)) throw MoneyOverflow();
    return Money(sum);
  }
  Money operator-(Money other) const {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(cents_, other.cents_, &difference)) throw MoneyOverflow();
    return Money(difference);
  }
  Money& operator+=(Money other) { return *this = *this + other; }
  Money times(std::int64_t factor) const {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(cents_, factor, &product)) throw MoneyOverflow();
    return Money(product);
  }

  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

// The point halfway between two amounts, rounded half to even at the cent.
// Inline: every row of a batch prints a dozen.
inline Money midpoint(Money a, Money b) {
  // Halve each part first so that the sum cannot overflow, then settle the
  // remainder: at most one half cent, which rounds to the even neighbour.
  const std::int64_t x = a.cents();
  const std::int64_t y = b.cents();
  std::int64_t half = x / 2 + y / 2;
  const std::int64_t remainder = x % 2 + y % 2;  // -2..2
  if (remainder == 2 || remainder == -2) {
    half += remainder / 2;
  } else if (remainder != 0 && half % 2 != 0) {
    half += remainder;  // exactly half a cent away: go to the even cent
  }
  return Money::from_cents(half);
}

// Reads a non-negative decimal amount: digits with an optional '.' and at most
// two decimals ("12400", "25.75", "0.5"). Nothing else: no sign, no separators,
// no exponent. Empty when the text is not such an amount or does not fit.
std::optional<Money> parse_decimal_amount(std::string_view text);

// Reads an amount as people type it: "20000", "20,000", "$20,000", "20k",
// "1.5k", "12400.50". Commas must group thousands; the result must be whole
// cents. Empty when it is not such an amount or does not fit.
std::optional<Money> parse_amount(std::string_view text);

}  // namespace cpcost
