#include "core/sweep.hpp"

#include <doctest/doctest.h>

#include <limits>

#include "core/test_catalog.hpp"

using namespace cpcost;

TEST_CASE("sweep: one query when nothing sweeps") {
  QuerySweep sweep;
  sweep.countries = {"mexico"};
  CHECK(sweep.size() == 1);
  CHECK_FALSE(sweep.is_sweep());
  const Query query = sweep.at(0);
  CHECK(query.country == "mexico");
  CHECK_FALSE(query.infusions.has_value());
  CHECK(query.cycles == 1);
  CHECK_FALSE(query.companions.has_value());
  CHECK_FALSE(query.origin.has_value());
  CHECK_FALSE(query.nights.has_value());
}

TEST_CASE("sweep: the cartesian product, country slowest and nights fastest") {
  QuerySweep sweep;
  sweep.countries = {"a", "b"};
  sweep.infusions = {1, 2, 3};
  sweep.companions = {0, 2};
  sweep.nights = {std::nullopt, 5};
  sweep.budget = Money::from_units(100);
  CHECK(sweep.size() == 24);
  CHECK(sweep.is_sweep());
  std::vector<std::string> order;
  for (std::uint64_t i = 0; i < sweep.size(); ++i) {
    const Query q = sweep.at(i);
    CHECK(q.budget == Money::from_units(100));
    order.push_back(q.country + std::to_string(*q.infusions) + std::to_string(*q.companions) +
                    (q.nights ? std::to_string(*q.nights) : "-"));
  }
  CHECK(order.front() == "a10-");
  CHECK(order[1] == "a105");
  CHECK(order[2] == "a12-");
  CHECK(order[4] == "a20-");
  CHECK(order[12] == "b10-");
  CHECK(order.back() == "b325");
}

TEST_CASE("sweep: all destinations, and no country at all") {
  QuerySweep sweep;
  sweep.countries = {"all"};
  CHECK(sweep.is_sweep());
  expand_all_countries(sweep, testing::test_catalog());
  CHECK(sweep.countries == std::vector<std::string>{"borderland", "testland"});
  QuerySweep none;
  none.cycles = {1, 2};
  CHECK(none.size() == 2);
  CHECK(none.at(1).country.empty());
  CHECK(none.at(1).cycles == 2);
}

TEST_CASE("sweep: its factors in words, and more rows than allowed refused with how to allow them") {
  QuerySweep sweep;
  CHECK(sweep.describe_size().empty());
  // The sweep: all,1..50,1..20,0..10,all,0..1000 = 8 x 50 x 20 x 11 x 5 x 1,001 = 440,440,000 rows.
  sweep.countries = std::vector<std::string>(8, "x");
  sweep.infusions = std::vector<std::optional<int>>(50, 1);
  sweep.cycles = std::vector<int>(20, 1);
  sweep.companions = std::vector<std::optional<int>>(11, 1);
  sweep.origins = std::vector<std::optional<std::string>>(5, "europe");
  sweep.nights = std::vector<std::optional<int>>(1001, 1);
  CHECK(sweep.size() == 440'440'000);
  CHECK(sweep.describe_size() == "8 destinations x 50 infusions x 20 cycles x 11 companions x 5 origins x 1,001 nights");
  CHECK(too_many_rows("the sweep", sweep.size(), 10'000'000, 1'000'000'000, sweep.describe_size()) ==
        "the sweep means 440,440,000 rows (8 destinations x 50 infusions x 20 cycles x 11 companions x 5 origins x "
        "1,001 nights), more than --max-rows allows (10,000,000): narrow it, or give --max-rows 440440000");
  CHECK(too_many_rows("the sweep", 10'000'000, 10'000'000, 1'000'000'000, "").empty());  // at the limit: allowed
  CHECK(too_many_rows("the run", 10'000'001, 10'000'000, 1'000'000'000, "") ==
        "the run means 10,000,001 rows, more than --max-rows allows (10,000,000): narrow it, or give --max-rows 10000001");
  // Beyond what --max-rows may allow: no such advice.
  CHECK(too_many_rows("the sweep", 2'000'000'000, 10'000'000, 1'000'000'000, "") ==
        "the sweep means 2,000,000,000 rows, more than --max-rows allows (10,000,000): narrow it");
}

TEST_CASE("sweep: a size too large to count saturates") {
  QuerySweep sweep;
  sweep.countries = std::vector<std::string>(1 << 16, "x");
  sweep.infusions = std::vector<std::optional<int>>(1 << 16, 1);
  sweep.cycles = std::vector<int>(1 << 16, 1);
  sweep.nights = std::vector<std::optional<int>>(1 << 16, 1);
  sweep.companions = std::vector<std::optional<int>>(2, 1);
  CHECK(sweep.size() == std::numeric_limits<std::uint64_t>::max());
}

TEST_CASE("sweep: a query given the fixed part once, then each query's own values, is each query whole") {
  // What batch and sweep loops do (fixed_into once, varying_at a row): the
  // same queries as at(), field by field, in a query reused throughout.
  QuerySweep sweep;
  sweep.countries = {"a", "b"};
  sweep.infusions = {std::nullopt, 2};
  sweep.cycles = {1, 3};
  sweep.companions = {0, std::nullopt};
  sweep.origins = {std::nullopt, std::string("europe")};
  sweep.nights = {4, std::nullopt};
  sweep.budget = Money::from_units(25000);
  sweep.currency = "EUR";
  sweep.overrides.set("flight", MoneyRange{Money::from_units(300), Money::from_units(900)});
  sweep.contingency_bp = 1000;
  sweep.fx_fee_bp = 200;
  sweep.draws = 500;
  sweep.seed = 9;
  Query reused;
  sweep.fixed_into(reused);
  for (std::uint64_t i = 0; i < sweep.size(); ++i) {
    CAPTURE(i);
    sweep.varying_at(i, reused);
    const Query whole = sweep.at(i);
    CHECK(reused.country == whole.country);
    CHECK(reused.infusions == whole.infusions);
    CHECK(reused.cycles == whole.cycles);
    CHECK(reused.companions == whole.companions);
    CHECK(reused.origin == whole.origin);
    CHECK(reused.nights == whole.nights);
    CHECK(reused.budget == Money::from_units(25000));
    CHECK(reused.currency == std::optional<std::string>("EUR"));
    CHECK(reused.overrides == whole.overrides);
    CHECK_FALSE(reused.overrides.empty());
    CHECK(reused.contingency_bp == std::optional<std::int64_t>(1000));
    CHECK(reused.fx_fee_bp == std::optional<std::int64_t>(200));
    REQUIRE(reused.sampling.has_value());
    CHECK(reused.sampling->draws == 500);
    CHECK(reused.sampling->seed == 9);
  }
  CHECK(sweep.size() == 64);
}

TEST_CASE("sweep: one value in each factor is one query, whatever the values") {
  QuerySweep sweep;
  CHECK(sweep.size() == 1);  // no country: still one query
  sweep.countries = {"a"};
  sweep.nights = {std::nullopt};
  CHECK(sweep.size() == 1);
  sweep.nights = {};  // a factor with no value: no query
  CHECK(sweep.size() == 0);
  sweep.nights = {1};
  sweep.origins = {std::nullopt, std::nullopt, std::nullopt};
  CHECK(sweep.size() == 3);
}
