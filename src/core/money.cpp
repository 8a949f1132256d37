#include "core/money.hpp"

namespace cpcost {

Money Money::from_units(std::int64_t units) { return Money(100).times(units); }

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

std::optional<Money> parse_amount(std::string_view text) {
  if (!text.empty() && text.front() == '$') text.remove_prefix(1);
  std::int64_t multiplier = 1;
  if (!text.empty() && (text.back() == 'k' || text.back() == 'K')) {
    multiplier = 1000;
    text.remove_suffix(1);
  }
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty())) return std::nullopt;

  // Commas, if any, sit between groups of three digits: 1,234,567.
  std::string digits;
  if (whole.find(',') != std::string_view::npos) {
    std::size_t group = 0;
    for (std::size_t i = whole.size(); i-- > 0;) {
      if (whole[i] == ',') {
        if (group != 3 || i == 0) return std::nullopt;
        group = 0;
      } else {
        ++group;
      }
    }
    if (group > 3) return std::nullopt;
  }
  for (char c : whole) {
    if (c != ',') digits += c;
  }
  digits += fraction;

  // value = digits / 10^decimals units = digits * 100 * multiplier / 10^decimals cents, exactly.
  std::int64_t scaled = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    if (__builtin_mul_overflow(scaled, 10, &scaled) || __builtin_add_overflow(scaled, c - '0', &scaled)) {
      return std::nullopt;
    }
  }
  if (__builtin_mul_overflow(scaled, 100 * multiplier, &scaled)) return std::nullopt;
  for (std::size_t i = 0; i < fraction.size(); ++i) {
    if (scaled % 10 != 0) return std::nullopt;  // finer than a cent
    scaled /= 10;
  }
  return Money::from_cents(scaled);
}

}  // namespace cpcost
