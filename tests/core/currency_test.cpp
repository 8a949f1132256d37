#include "core/currency.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

namespace {
ExchangeRate rate(const char* code, std::int64_t micros) { return {code, micros, {}}; }
}  // namespace

TEST_CASE("currency: conversion is exact where it can be") {
  const ExchangeRate usd = rate("USD", kMicros);
  const ExchangeRate eur = rate("EUR", 868'000);
  CHECK(convert(Money::from_units(10000), usd, eur) == Money::from_units(8680));
  CHECK(convert(Money::from_units(8680), eur, usd) == Money::from_units(10000));
  CHECK(convert(Money::from_cents(123), usd, usd) == Money::from_cents(123));
}

TEST_CASE("currency: one rounding, half to even at the cent") {
  const ExchangeRate usd = rate("USD", kMicros);
  const ExchangeRate half = rate("HLF", 500'000);
  CHECK(convert(Money::from_cents(1), usd, half).cents() == 0);  // 0.5 -> 0
  CHECK(convert(Money::from_cents(3), usd, half).cents() == 2);  // 1.5 -> 2
  CHECK(convert(Money::from_cents(5), usd, half).cents() == 2);  // 2.5 -> 2
  CHECK(convert(Money::from_cents(7), usd, half).cents() == 4);  // 3.5 -> 4
  CHECK(convert(Money::from_cents(-3), usd, half).cents() == -2);
  const ExchangeRate third = rate("THD", 333'333);
  CHECK(convert(Money::from_cents(100), usd, third).cents() == 33);  // 33.3333
  CHECK(convert(Money::from_cents(200), usd, third).cents() == 67);  // 66.6666
}

TEST_CASE("currency: a quote in one currency goes to another in one step") {
  // 270,000 MXN at 18.4997 per USD into EUR at 0.868 per USD:
  // 27,000,000 cents x 868,000 / 18,499,700 = 1,266,831.35... cents -> 12,668.31 EUR.
  const ExchangeRate mxn = rate("MXN", 18'499'700);
  const ExchangeRate eur = rate("EUR", 868'000);
  CHECK(convert(Money::from_units(270000), mxn, eur).cents() == 1266831);
  // Twice (through US dollars) it would round twice: 14,594.83 USD, then 12,668.31 EUR here, but not always.
  CHECK(convert(MoneyRange{Money::from_units(20), Money::from_units(40), true}, rate("USD", kMicros), eur) ==
        MoneyRange{Money::from_cents(1736), Money::from_cents(3472), true});
}

TEST_CASE("currency: there and back stays within one cent per conversion") {
  const ExchangeRate usd = rate("USD", kMicros);
  for (std::int64_t micros : {1, 333'333, 868'000, 18'499'700, 88'220'000, 3'672'500}) {
    const ExchangeRate other = rate("OTH", micros);
    for (std::int64_t cents : {0, 1, 99, 12345, 1'000'000, 987'654'321}) {
      const Money back = convert(convert(Money::from_cents(cents), usd, other), other, usd);
      // Each rounding is at most half a unit of its currency; the first is scaled back by the rate.
      const std::int64_t slack = micros < kMicros ? kMicros / micros + 1 : 1;
      CAPTURE(micros);
      CAPTURE(cents);
      CHECK(std::llabs(back.cents() - cents) <= slack);
    }
  }
}

TEST_CASE("currency: percentages, half to even") {
  CHECK(percent_of(Money::from_units(10000), 1500) == Money::from_units(1500));
  CHECK(percent_of(Money::from_cents(2), 2500).cents() == 0);   // 0.5 -> 0
  CHECK(percent_of(Money::from_cents(6), 2500).cents() == 2);   // 1.5 -> 2
  CHECK(percent_of(Money::from_cents(12345), 250).cents() == 309);  // 308.625
  CHECK(percent_of(Money::from_cents(100), 0).cents() == 0);
}

TEST_CASE("currency: rates as written") {
  CHECK(parse_rate("0.9234") == 923'400);
  CHECK(parse_rate("18.4997") == 18'499'700);
  CHECK(parse_rate("1") == kMicros);
  CHECK(parse_rate("0.333333") == 333'333);
  for (const char* bad : {"", "0", "0.0", "-1", "1.2345678", "1.", ".5", "1,5", "abc"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_rate(bad).has_value());
  }
  CHECK(format_rate(923'400) == "0.9234");
  CHECK(format_rate(kMicros) == "1");
  CHECK(format_rate(18'499'700) == "18.4997");
}

TEST_CASE("currency: US dollars always, others found by code") {
  Currencies currencies;
  CHECK(currencies.find("USD") != nullptr);
  CHECK(currencies.find("EUR") == nullptr);
  currencies.rates["EUR"] = rate("EUR", 868'000);
  CHECK(currencies.find("EUR")->per_usd_micros == 868'000);
  CHECK(currencies.codes() == "EUR, USD");
}
