#include "core/range.hpp"

#include <doctest/doctest.h>

#include <limits>

using cpcost::Money;
using cpcost::MoneyRange;

namespace {
MoneyRange dollars(std::int64_t low, std::int64_t high, bool open = false) {
  return {Money::from_units(low), Money::from_units(high), open};
}
}  // namespace

TEST_CASE("range: sums add lows and highs") {
  CHECK(dollars(100, 200) + dollars(10, 20) == dollars(110, 220));
}

TEST_CASE("range: an open high stays open through sums and products") {
  CHECK((dollars(25000, 100000, true) + dollars(10, 20)).high_open);
  CHECK(dollars(25000, 100000, true).times(2) == dollars(50000, 200000, true));
  CHECK_FALSE(dollars(25000, 100000, true).times(0).high_open);
}

TEST_CASE("range: scaling by a count") {
  CHECK(dollars(300, 750).times(4) == dollars(1200, 3000));
  CHECK(dollars(300, 750).times(0) == dollars(0, 0));
}

TEST_CASE("range: mid-point") {
  CHECK(dollars(10000, 30000).mid() == Money::from_units(20000));
  CHECK(dollars(1, 2).mid() == Money::from_cents(150));
}

TEST_CASE("range: overflow throws") {
  const MoneyRange huge{Money::from_cents(1), Money::from_cents(std::numeric_limits<std::int64_t>::max()), false};
  CHECK_THROWS_AS(huge.times(2), cpcost::MoneyOverflow);
  CHECK_THROWS_AS(huge + dollars(0, 1), cpcost::MoneyOverflow);
}
