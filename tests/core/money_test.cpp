#include "core/money.hpp"

#include <doctest/doctest.h>

#include <limits>

using cpcost::Money;
using cpcost::MoneyOverflow;

namespace {
constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST_CASE("money: whole units become cents") {
  CHECK(Money::from_units(12400).cents() == 1240000);
  CHECK(Money::from_units(0).cents() == 0);
  CHECK_THROWS_AS(Money::from_units(kMax / 10), MoneyOverflow);
}

TEST_CASE("money: sums and products are exact") {
  CHECK((Money::from_cents(2575) + Money::from_cents(25)).cents() == 2600);
  CHECK((Money::from_cents(100) - Money::from_cents(250)).cents() == -150);
  CHECK(Money::from_cents(2575).times(3).cents() == 7725);
  CHECK(Money::from_cents(2575).times(0).cents() == 0);
}

TEST_CASE("money: an overflow throws instead of wrapping") {
  CHECK_THROWS_AS(Money::from_cents(kMax) + Money::from_cents(1), MoneyOverflow);
  CHECK_THROWS_AS(Money::from_cents(kMin) - Money::from_cents(1), MoneyOverflow);
  CHECK_THROWS_AS(Money::from_cents(kMax / 2 + 1).times(2), MoneyOverflow);
  CHECK_THROWS_AS(Money::from_cents(kMin).times(-1), MoneyOverflow);
  CHECK((Money::from_cents(kMax - 1) + Money::from_cents(1)).cents() == kMax);
  CHECK(Money::from_cents(kMax / 2).times(2).cents() == kMax - 1);
}

TEST_CASE("money: the mid-point rounds half a cent to the even cent") {
  CHECK(cpcost::midpoint(Money::from_cents(1000), Money::from_cents(3000)).cents() == 2000);
  CHECK(cpcost::midpoint(Money::from_cents(0), Money::from_cents(3)).cents() == 2);   // 1.5 -> 2
  CHECK(cpcost::midpoint(Money::from_cents(0), Money::from_cents(5)).cents() == 2);   // 2.5 -> 2
  CHECK(cpcost::midpoint(Money::from_cents(0), Money::from_cents(7)).cents() == 4);   // 3.5 -> 4
  CHECK(cpcost::midpoint(Money::from_cents(-3), Money::from_cents(0)).cents() == -2); // -1.5 -> -2
  CHECK(cpcost::midpoint(Money::from_cents(1), Money::from_cents(1)).cents() == 1);
  // Near the limits the halves are taken first, so nothing overflows.
  CHECK(cpcost::midpoint(Money::from_cents(kMax), Money::from_cents(kMax)).cents() == kMax);
  CHECK(cpcost::midpoint(Money::from_cents(kMax - 1), Money::from_cents(kMax)).cents() == kMax - 1);
}

TEST_CASE("money: amounts as people type them") {
  CHECK(cpcost::parse_amount("20000")->cents() == 2000000);
  CHECK(cpcost::parse_amount("20,000")->cents() == 2000000);
  CHECK(cpcost::parse_amount("$20,000")->cents() == 2000000);
  CHECK(cpcost::parse_amount("20k")->cents() == 2000000);
  CHECK(cpcost::parse_amount("20K")->cents() == 2000000);
  CHECK(cpcost::parse_amount("1.5k")->cents() == 150000);
  CHECK(cpcost::parse_amount("1.23456k")->cents() == 123456);
  CHECK(cpcost::parse_amount("1,234,567.89")->cents() == 123456789);
  CHECK(cpcost::parse_amount("0")->cents() == 0);
  for (const char* bad : {"", "k", "$", "20,00", "2,0000", ",000", "1,", "20kk", "1.234567k", "1.005", "-5", "20 k",
                          "twenty", "1e4", "20.", ".5", "99999999999999999999k"}) {
    CAPTURE(bad);
    CHECK_FALSE(cpcost::parse_amount(bad).has_value());
  }
}

TEST_CASE("money: decimal amounts parse exactly or not at all") {
  CHECK(cpcost::parse_decimal_amount("12400")->cents() == 1240000);
  CHECK(cpcost::parse_decimal_amount("25.75")->cents() == 2575);
  CHECK(cpcost::parse_decimal_amount("0.5")->cents() == 50);
  CHECK(cpcost::parse_decimal_amount("007.05")->cents() == 705);
  for (const char* bad : {"", ".", "1.", ".5", "1.234", "-5", "+5", "1,200", "1e3", "12a", " 1", "1 ", "0x10"}) {
    CAPTURE(bad);
    CHECK_FALSE(cpcost::parse_decimal_amount(bad).has_value());
  }
  CHECK(cpcost::parse_decimal_amount("92233720368547758.07")->cents() == kMax);
  CHECK_FALSE(cpcost::parse_decimal_amount("92233720368547758.08").has_value());
  CHECK_FALSE(cpcost::parse_decimal_amount("99999999999999999999").has_value());
}
