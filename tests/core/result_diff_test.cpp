#include "core/result_diff.hpp"

#include <doctest/doctest.h>

#include "core/error.hpp"
#include "core/test_catalog.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

namespace {
SavedEntry entry(std::string key, std::int64_t low, std::int64_t high) {
  const MoneyRange range = dollars(low, high);
  return {key, key + " label", range, range.mid()};
}
}  // namespace

TEST_CASE("diff: changes in low, mid and high, added and removed entries") {
  const SavedResult before{"may.json", "estimate", "USD", "Mexico", {entry("treatment", 10000, 30000), entry("overland", 60, 200),
                                                                      entry("total", 11000, 32000)}};
  const SavedResult after{"june.json", "estimate", "USD", "Mexico", {entry("treatment", 12000, 30000), entry("visa", 0, 50),
                                                                      entry("total", 12500, 30100)}};
  const ResultDiff diff = diff_results(before, after);
  REQUIRE(diff.rows.size() == 4);
  CHECK(diff.rows[0].key == "treatment");
  CHECK(diff.rows[0].low_change == Money::from_units(2000));
  CHECK(diff.rows[0].mid_change == Money::from_units(1000));
  CHECK(diff.rows[0].high_change == Money::from_units(0));
  CHECK(diff.rows[1].key == "visa");
  CHECK_FALSE(diff.rows[1].before.has_value());
  CHECK(diff.rows[2].key == "total");
  CHECK(diff.rows[2].high_change == Money::from_units(-1900));
  CHECK(diff.rows[3].key == "overland");  // what the new one no longer has comes last
  CHECK_FALSE(diff.rows[3].after.has_value());
}

TEST_CASE("diff: only results of one kind") {
  CHECK_THROWS_WITH_AS(diff_results(SavedResult{"a.json", "estimate", "USD", "", {}}, SavedResult{"b.json", "compare", "USD", "", {}}),
                       "cannot compare a saved estimate with a saved compare", Error);
}

TEST_CASE("diff: only results in one currency, which the diff keeps") {
  const SavedResult dollars_saved{"us.json", "estimate", "USD", "Mexico", {entry("total", 11000, 32000)}};
  const SavedResult euros_saved{"eu.json", "estimate", "EUR", "Mexico", {entry("total", 9700, 28000)}};
  // Euros less dollars is no amount at all: refused, with how to make the two comparable.
  try {
    diff_results(dollars_saved, euros_saved);
    FAIL("a diff of dollars and euros");
  } catch (const Error& error) {
    CHECK(std::string(error.what()) == "diff: us.json is in USD, eu.json in EUR: save both with the same --currency");
    CHECK(error.kind() == ErrorKind::data);  // as every other saved-result problem: exit 3
  }
  SavedResult euros_later = euros_saved;
  euros_later.entries = {entry("total", 9800, 28000)};
  const ResultDiff diff = diff_results(euros_saved, euros_later);
  CHECK(diff.currency == "EUR");
  CHECK(diff.rows.at(0).low_change == Money::from_units(100));
}
