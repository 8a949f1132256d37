// cpcost plan: each answer is checked with the estimate it stands for.

#include "core/plan.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"

using namespace cpcost;

namespace {

double chance(const Catalog& catalog, const std::string& country, int infusions, int cycles, Money budget) {
  Query query = testing::query_for(country);
  query.infusions = infusions;
  query.cycles = cycles;
  query.budget = budget;
  query.sampling = Sampling{};
  return *estimate(catalog, query).simulation->probability_within;
}

}  // namespace

TEST_CASE("plan: the most infusions and cycles within a budget, each re-checked by estimate") {
  const Catalog catalog = testing::test_catalog();
  PlanQuery query;
  query.budget = Money::from_units(60'000);
  query.query.sampling = Sampling{};
  const Plan result = plan(catalog, query);
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0].destination->name == "Borderland");  // by name
  for (const PlanRow& row : result.rows) {
    CAPTURE(row.destination->id);
    const std::string id = row.destination->id;
    if (!row.infusions) {
      // Not even one cycle of the included infusions: its chance is under 80 %.
      CHECK(chance(catalog, id, row.infusions_included, 1, query.budget) < 0.8);
      CHECK(row.short_by == row.smallest.total_at_confidence - query.budget);
      continue;
    }
    const int infusions = row.infusions->size;
    CHECK(chance(catalog, id, infusions, 1, query.budget) >= 0.8);
    CHECK(chance(catalog, id, infusions, 1, query.budget) == row.infusions->probability_within);
    if (infusions < QueryLimits::max_infusions) CHECK(chance(catalog, id, infusions + 1, 1, query.budget) < 0.8);
    const int cycles = row.cycles->size;
    CHECK(chance(catalog, id, row.infusions_included, cycles, query.budget) >= 0.8);
    if (cycles < QueryLimits::max_cycles) {
      CHECK(chance(catalog, id, row.infusions_included, cycles + 1, query.budget) < 0.8);
    }
    CHECK(row.infusions->total_at_confidence <= query.budget);
  }
  // Testland (10,000-20,000 a cycle, 2 infusions included, 1,000-1,500 each more) fits a few more infusions.
  CHECK(result.rows[1].infusions.has_value());
  CHECK(result.rows[1].infusions->size > 2);
}

TEST_CASE("plan: a budget below every plan says by how much, at the confidence asked") {
  const Catalog catalog = testing::test_catalog();
  PlanQuery query;
  query.budget = Money::from_units(1'000);
  query.confidence_bp = 5000;
  query.countries = {"tl"};
  const Plan result = plan(catalog, query);
  REQUIRE(result.rows.size() == 1);
  const PlanRow& row = result.rows[0];
  CHECK_FALSE(row.infusions.has_value());
  CHECK_FALSE(row.cycles.has_value());
  CHECK(row.smallest.probability_within == 0.0);
  // At 50 %: the median of 1 cycle of 2 infusions, above Testland's low of 11,900.
  CHECK(row.smallest.total_at_confidence > Money::from_units(11'900));
  CHECK(row.short_by == row.smallest.total_at_confidence - Money::from_units(1'000));
}

TEST_CASE("plan: an answer at the most a query may ask says so") {
  const Catalog catalog = testing::test_catalog();
  PlanQuery query;
  query.budget = Money::from_units(5'000'000);  // more than 20 cycles of 50 infusions cost
  query.countries = {"testland"};
  query.query.sampling = Sampling{500, 1};
  const PlanRow row = plan(catalog, query).rows.at(0);
  REQUIRE(row.infusions.has_value());
  CHECK(row.infusions->size == QueryLimits::max_infusions);
  CHECK(row.at_limit_infusions);
  CHECK(row.cycles->size == QueryLimits::max_cycles);
  CHECK(row.at_limit_cycles);
  CHECK(row.infusions->probability_within == 1.0);
}

TEST_CASE("plan: a row carries what the data contradicts in the query, as the estimate would") {
  Catalog catalog = testing::test_catalog();
  catalog.destinations[1].entry_rules.push_back(
      EntryRule{"At most two attendants get visas", {"visa rule", "2024-03-04", false, ""}, {}, 2});
  PlanQuery query;
  query.budget = Money::from_units(60'000);
  query.query.sampling = Sampling{100, 1};
  query.query.companions = 3;
  const Plan result = plan(catalog, query);
  REQUIRE(result.rows.size() == 2);
  CHECK(result.rows[0].contradictions.empty());  // Borderland: no such rule
  REQUIRE(result.rows[1].contradictions.size() == 1);
  CHECK(result.rows[1].contradictions[0] ==
        Contradiction{Contradiction::Kind::companions_over_entry_rule, 3, 2, &catalog.destinations[1].entry_rules[0]});
  query.query.companions = 2;
  CHECK(plan(catalog, query).rows[1].contradictions.empty());
}
