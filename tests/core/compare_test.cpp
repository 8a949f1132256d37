#include "core/compare.hpp"

#include <doctest/doctest.h>

#include "core/error.hpp"
#include "core/test_catalog.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

namespace {

// Testland and Tiedland cost the same (11,900-23,400); Zedland's treatment is
// cheaper and its flights dearer: 5,000-8,000 + 4,900-7,600 = 9,900-15,600.
Catalog three_destinations() {
  Destination tied = testing::testland();
  tied.id = "tiedland";
  tied.name = "Tiedland";
  tied.aliases = {"td"};
  Destination zed = testing::testland();
  zed.id = "zedland";
  zed.name = "Zedland";
  zed.aliases = {"zd"};
  testing::figure(zed, "treatment").range = dollars(5000, 8000);
  testing::figure(zed, "flights", "north-america").range = dollars(2000, 3000);
  Catalog catalog;
  catalog.destinations = {testing::testland(), tied, zed};
  return catalog;
}

std::vector<std::string> names(const Comparison& comparison) {
  std::vector<std::string> result;
  for (const auto& row : comparison.rows) result.push_back(row.destination->name);
  return result;
}

}  // namespace

TEST_CASE("compare: every destination, by total mid-point, ties by name") {
  const Catalog catalog = three_destinations();
  const Comparison comparison = compare(catalog, ComparisonQuery{});
  CHECK(names(comparison) == std::vector<std::string>{"Zedland", "Testland", "Tiedland"});
  CHECK(comparison.rows[0].total == dollars(9900, 15600));
  CHECK(comparison.rows[1].total == dollars(11900, 23400));
  CHECK(comparison.rows[0].total.mid() == Money::from_units(12750));
}

TEST_CASE("compare: each row is the estimate for that destination, from the same engine") {
  const Catalog catalog = three_destinations();
  ComparisonQuery query;
  query.query.infusions = 3;
  query.query.companions = 2;
  query.query.origin = "europe";
  for (const Estimate& row : compare(catalog, query).rows) {
    Query single = query.query;
    single.country = row.destination->id;
    const Estimate alone = estimate(catalog, single);
    CHECK(row.total == alone.total);
    CHECK(row.treatment == alone.treatment);
    CHECK(row.travel == alone.travel);
    CHECK(row.lines.size() == alone.lines.size());
  }
}

TEST_CASE("compare: sort keys") {
  const Catalog catalog = three_destinations();
  ComparisonQuery query;
  query.sort = SortKey::treatment;
  CHECK(names(compare(catalog, query)) == std::vector<std::string>{"Zedland", "Testland", "Tiedland"});
  query.sort = SortKey::travel;  // 2,650 mid for the twins, 6,250 for Zedland
  CHECK(names(compare(catalog, query)) == std::vector<std::string>{"Testland", "Tiedland", "Zedland"});
  query.sort = SortKey::name;
  CHECK(names(compare(catalog, query)) == std::vector<std::string>{"Testland", "Tiedland", "Zedland"});
}

TEST_CASE("compare: chosen countries, by id or alias, each once") {
  const Catalog catalog = three_destinations();
  ComparisonQuery query;
  query.countries = {"td", "ZEDLAND", "tiedland"};
  CHECK(names(compare(catalog, query)) == std::vector<std::string>{"Zedland", "Tiedland"});
  query.countries = {"testland", "atlantis"};
  CHECK_THROWS_AS(compare(catalog, query), Error);
}

TEST_CASE("compare: a budget classifies each row, and --only-fits keeps what fits") {
  const Catalog catalog = three_destinations();
  ComparisonQuery query;
  query.query.budget = Money::from_units(15600);
  Comparison comparison = compare(catalog, query);
  REQUIRE(comparison.budget == Money::from_units(15600));
  CHECK(comparison.rows[0].fit == BudgetFit::fits);  // Zedland: 15,600 high == budget
  CHECK(comparison.rows[1].fit == BudgetFit::may_fit);
  CHECK(comparison.rows[2].fit == BudgetFit::may_fit);

  query.query.budget = Money::from_units(11000);
  comparison = compare(catalog, query);
  CHECK(comparison.rows[0].fit == BudgetFit::may_fit);
  CHECK(comparison.rows[1].fit == BudgetFit::over);

  CHECK_FALSE(comparison.hidden);  // nothing hidden without --only-fits

  query.query.budget = Money::from_units(15600);
  query.only_fits = true;
  comparison = compare(catalog, query);
  CHECK(names(comparison) == std::vector<std::string>{"Zedland"});
  REQUIRE(comparison.hidden);
  CHECK((comparison.hidden->may_fit == 2 && comparison.hidden->over == 0));
  query.query.budget = Money::from_units(100);
  comparison = compare(catalog, query);
  CHECK(comparison.rows.empty());
  REQUIRE(comparison.hidden);
  CHECK((comparison.hidden->may_fit == 0 && comparison.hidden->over == 3));
  // The lowest low total of what was hidden: Zedland's 9,900.
  REQUIRE(comparison.hidden->lowest);
  CHECK(comparison.hidden->lowest->destination->name == "Zedland");
  CHECK(comparison.hidden->lowest->total.low == Money::from_units(9900));
  // Testland and Tiedland tie (11,900): the first by name is the lowest.
  query.countries = {"tiedland", "testland"};
  CHECK(compare(catalog, query).hidden->lowest->destination->name == "Testland");
}
