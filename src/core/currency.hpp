#pragma once
// Currencies and conversion. Every amount in the data is in US dollars; a
// rate says how many units of a currency one dollar buys, as an exact decimal
// (millionths). Conversion is integer arithmetic with one rounding, half to
// even at the minor unit; every currency cpcost knows has two decimals.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/provenance.hpp"
#include "core/range.hpp"

namespace cpcost {

struct ExchangeRate {
  std::string code;                // ISO 4217: "EUR"
  std::int64_t per_usd_micros = 0;  // units per US dollar, in millionths: 0.9234 -> 923400
  Provenance provenance;

  friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};

inline constexpr std::int64_t kMicros = 1'000'000;

// The currency of every amount in the data, and of an estimate that names none.
inline constexpr std::string_view kBaseCurrency = "USD";

struct Currencies {
  std::map<std::string, ExchangeRate, std::less<>> rates;  // by code; US dollars always there

  Currencies();
  const ExchangeRate* find(std::string_view code) const;
  const ExchangeRate& usd() const { return rates.find(kBaseCurrency)->second; }
  std::string codes() const;  // "AED, AUD, ..., USD", for messages

  friend bool operator==(const Currencies&, const Currencies&) = default;
};

// amount (in from's minor units) in to's minor units: amount x to / from,
// rounded once, half to even. Throws MoneyOverflow when it does not fit.
Money convert(Money amount, const ExchangeRate& from, const ExchangeRate& to);
MoneyRange convert(const MoneyRange& range, const ExchangeRate& from, const ExchangeRate& to);

// A share of an amount: amount x basis_points / 10,000, rounded half to even.
Money percent_of(Money amount, std::int64_t basis_points);

// "0.9234": a rate as written, without trailing zeros.
std::string format_rate(std::int64_t micros);

// Reads a rate: a positive decimal with at most 6 decimals ("0.9234", "17.5").
std::optional<std::int64_t> parse_rate(std::string_view text);

}  // namespace cpcost
