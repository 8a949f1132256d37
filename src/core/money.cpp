#include "core/money.hpp"

namespace cpcost {

Money Money::from_units(std::int64_t units) { return Money(100).times(units); }

Money Money::operator+(Money other) const {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(cents_, other.cents_, &sum)) throw MoneyOverflow();
  return Money(sum);
}

Money Money::operator-(Money other) const {
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(cents_, other.cents_, &difference)) throw MoneyOverflow();
  return Money(difference);
}

Money Money::times(std::int64_t factor) const {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(cents_, factor, &product)) throw MoneyOverflow();
  return Money(product);
}

Money midpoint(Money a, Money b) {
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

std::optional<Money> parse_decimal_amount(std::string_view text) {
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || fraction.size() > 2 || (point != std::string_view::npos && fraction.empty())) return std::nullopt;
  std::int64_t cents = 0;
  auto append_digits = [&cents](std::string_view digits) {
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      if (__builtin_mul_overflow(cents, 10, &cents) || __builtin_add_overflow(cents, c - '0', &cents)) return false;
    }
    return true;
  };
  if (!append_digits(whole) || !append_digits(fraction)) return std::nullopt;
  for (std::size_t i = fraction.size(); i < 2; ++i) {
    if (__builtin_mul_overflow(cents, 10, &cents)) return std::nullopt;
  }
  return Money::from_cents(cents);
}

}  // namespace cpcost
