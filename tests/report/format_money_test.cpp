#include "report/format_money.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace cpcost;

TEST_CASE("format_money: thousands separators, cents on request") {
  CHECK(format_amount(Money::from_units(12400), false) == "12,400");
  CHECK(format_amount(Money::from_units(100000), false) == "100,000");
  CHECK(format_amount(Money::from_units(999), false) == "999");
  CHECK(format_amount(Money::from_units(1000), false) == "1,000");
  CHECK(format_amount(Money::from_units(0), false) == "0");
  CHECK(format_amount(Money::from_cents(1240050), true) == "12,400.50");
  CHECK(format_amount(Money::from_cents(5), true) == "0.05");
  CHECK(format_amount(Money::from_cents(2140150), false) == "21,402");  // rounded, half to even
  CHECK(format_amount(Money::from_cents(2140050), false) == "21,400");
  CHECK(format_amount(Money::from_cents(2140051), false) == "21,401");
  CHECK(format_amount(Money::from_cents(-1240050), true) == "-12,400.50");
  CHECK(format_amount(Money::from_cents(std::numeric_limits<std::int64_t>::min()), true) ==
        "-92,233,720,368,547,758.08");
}

TEST_CASE("format_money: dollars and ranges") {
  CHECK(format_dollars(Money::from_units(12400), false) == "$12,400");
  CHECK(format_dollars(Money::from_cents(-150), true) == "-$1.50");
  const MoneyRange range{Money::from_units(10000), Money::from_units(30000), false};
  CHECK(format_range(range, false) == "$10,000-$30,000");
  CHECK(format_range({Money::from_units(25000), Money::from_units(100000), true}, false) == "$25,000-$100,000+");
  CHECK(format_range(MoneyRange::exactly(Money::from_cents(2575)), true) == "$25.75");
}

TEST_CASE("format_money: plain decimals for machines") {
  CHECK(plain_decimal(Money::from_units(12400)) == "12400.00");
  CHECK(plain_decimal(Money::from_cents(2575)) == "25.75");
  CHECK(plain_decimal(Money::from_cents(-5)) == "-0.05");
  CHECK(plain_decimal(Money::from_cents(123456789)) == "1234567.89");
}

TEST_CASE("format_money: rounding to whole units, half to even") {
  CHECK(round_to_units(Money::from_cents(2000050)) == Money::from_units(20000));
  CHECK(round_to_units(Money::from_cents(2000150)) == Money::from_units(20002));
  CHECK(round_to_units(Money::from_cents(2000049)) == Money::from_units(20000));
  CHECK(round_to_units(Money::from_cents(2000051)) == Money::from_units(20001));
  CHECK(round_to_units(Money::from_cents(-150)) == Money::from_units(-2));
  CHECK(round_to_units(Money::from_cents(-250)) == Money::from_units(-2));
}

TEST_CASE("format_money: percentages from basis points") {
  CHECK(format_percent(1500) == "15%");
  CHECK(format_percent(250) == "2.5%");
  CHECK(format_percent(1275) == "12.75%");
  CHECK(format_percent(5) == "0.05%");
  CHECK(format_percent(0) == "0%");
}

TEST_CASE("format_mid: a range's mid-point, a floor ('+') when its high is open") {
  using cpcost::format_mid;
  const cpcost::MoneyRange closed{cpcost::Money::from_units(10000), cpcost::Money::from_units(30000), false};
  CHECK(format_mid(closed, {"USD", false}) == "$20,000");
  const cpcost::MoneyRange open{cpcost::Money::from_units(25000), cpcost::Money::from_units(100000), true};
  CHECK(format_mid(open, {"USD", false}) == "$62,500+");
  CHECK(format_mid(open, {"EUR", true}) == "EUR 62,500.00+");
}
