#include "core/currency.hpp"

namespace cpcost {

namespace {

__extension__ using Wide = __int128;

// numerator / denominator (denominator > 0), rounded half to even, in Integer.
template <class Integer>
Money rounded_quotient(Integer numerator, Integer denominator) {
  Integer quotient = numerator / denominator;
  Integer remainder = numerator % denominator;  // same sign as numerator
  if (remainder < 0) remainder = -remainder;
  const Integer twice = remainder * 2;
  if (twice > denominator || (twice == denominator && quotient % 2 != 0)) quotient += numerator < 0 ? -1 : 1;
  if (quotient > INT64_MAX || quotient < INT64_MIN) throw MoneyOverflow();
  return Money::from_cents(static_cast<std::int64_t>(quotient));
}

// numerator / denominator (denominator > 0), rounded half to even. In 64 bits
// when both fit with room to double the remainder (almost every amount: a
// 128-bit division is a library call several times slower, and a batch run
// makes tens of millions), else in 128.
Money divide_rounding_half_even(Wide numerator, Wide denominator) {
  constexpr Wide kNarrow = INT64_MAX / 2;
  if (numerator >= -kNarrow && numerator <= kNarrow && denominator <= kNarrow) {
    return rounded_quotient<std::int64_t>(static_cast<std::int64_t>(numerator), static_cast<std::int64_t>(denominator));
  }
  return rounded_quotient<Wide>(numerator, denominator);
}

}  // namespace

Currencies::Currencies() {
  const std::string usd(kBaseCurrency);
  rates.emplace(usd, ExchangeRate{usd, kMicros, Provenance{"", "", false, "", false}});
  rates.at(usd).provenance.source = "the base currency: every figure in the data is in US dollars";
}

const ExchangeRate* Currencies::find(std::string_view code) const {
  const auto found = rates.find(code);
  return found == rates.end() ? nullptr : &found->second;
}

std::string Currencies::codes() const {
  std::string text;
  for (const auto& [code, rate] : rates) text += (text.empty() ? "" : ", ") + code;
  return text;
}

Money convert(Money amount, const ExchangeRate& from, const ExchangeRate& to) {
  if (from.per_usd_micros == to.per_usd_micros) return amount;
  return divide_rounding_half_even(static_cast<Wide>(amount.cents()) * to.per_usd_micros, from.per_usd_micros);
}

MoneyRange convert(const MoneyRange& range, const ExchangeRate& from, const ExchangeRate& to) {
  return {convert(range.low, from, to), convert(range.high, from, to), range.high_open};
}

Money percent_of(Money amount, std::int64_t basis_points) {
  return divide_rounding_half_even(static_cast<Wide>(amount.cents()) * basis_points, 10'000);
}

std::string format_rate(std::int64_t micros) {
  std::string text = std::to_string(micros / kMicros);
  std::string fraction = std::to_string(micros % kMicros);
  fraction.insert(0, 6 - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? text : text + "." + fraction;
}

std::optional<std::int64_t> parse_rate(std::string_view text) {
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || fraction.size() > 6 || (point != std::string_view::npos && fraction.empty())) return std::nullopt;
  std::int64_t micros = 0;
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      if (__builtin_mul_overflow(micros, 10, &micros) || __builtin_add_overflow(micros, c - '0', &micros)) {
        return std::nullopt;
      }
    }
  }
  for (std::size_t i = fraction.size(); i < 6; ++i) {
    if (__builtin_mul_overflow(micros, 10, &micros)) return std::nullopt;
  }
  if (micros <= 0) return std::nullopt;
  return micros;
}

}  // namespace cpcost
