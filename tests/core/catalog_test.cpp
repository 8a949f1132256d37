#include "core/catalog.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/test_catalog.hpp"

using cpcost::Error;
using cpcost::ErrorKind;
using cpcost::find_destination;
using cpcost::testing::test_catalog;

TEST_CASE("catalog: ids and aliases match in any case") {
  const auto catalog = test_catalog();
  CHECK(find_destination(catalog, "testland").id == "testland");
  CHECK(find_destination(catalog, "TestLand").id == "testland");
  CHECK(find_destination(catalog, "TL").id == "testland");
  CHECK(find_destination(catalog, "test land").id == "testland");
  CHECK(find_destination(catalog, "bl").id == "borderland");
}

TEST_CASE("catalog: an unknown country is a usage error with suggestions and the valid ids") {
  const auto catalog = test_catalog();
  try {
    find_destination(catalog, "testlnd");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(std::string(error.what()) ==
          "unknown country 'testlnd'; did you mean 'testland'? Known countries: 'borderland', 'testland'");
  }
  CHECK_THROWS_WITH(find_destination(catalog, "atlantis"),
                    "unknown country 'atlantis'. Known countries: 'borderland', 'testland'");
}

TEST_CASE("catalog: an alias close to the word suggests its destination's id") {
  const auto catalog = test_catalog();
  CHECK_THROWS_WITH(find_destination(catalog, "test lan"),
                    "unknown country 'test lan'; did you mean 'testland'? Known countries: 'borderland', 'testland'");
}

TEST_CASE("catalog: an unknown country lists ten known ids, not hundreds") {
  auto catalog = test_catalog();
  const auto model = catalog.destinations.front();
  catalog.destinations.clear();
  for (int i = 0; i < 300; ++i) {
    auto destination = model;
    destination.id = "place-" + std::to_string(1000 + i);
    destination.aliases.clear();
    catalog.destinations.push_back(destination);
  }
  CHECK_THROWS_WITH(find_destination(catalog, "atlantis"),
                    "unknown country 'atlantis'. Known countries: 'place-1000', 'place-1001', 'place-1002', 'place-1003', "
                    "'place-1004', 'place-1005', 'place-1006', 'place-1007', 'place-1008', 'place-1009' and 290 more "
                    "(cpcost countries lists them all)");
  // At most three suggestions.
  CHECK_THROWS_WITH(find_destination(catalog, "place-10"),
                    "unknown country 'place-10'; did you mean 'place-1000', 'place-1001', 'place-1002'? Known countries: "
                    "'place-1000', 'place-1001', 'place-1002', 'place-1003', 'place-1004', 'place-1005', 'place-1006', "
                    "'place-1007', 'place-1008', 'place-1009' and 290 more (cpcost countries lists them all)");
}

TEST_CASE("catalog: known origins") {
  CHECK(cpcost::is_known_origin("north-america"));
  CHECK(cpcost::is_known_origin("latin-america"));
  CHECK_FALSE(cpcost::is_known_origin("North-America"));
  CHECK_FALSE(cpcost::is_known_origin("oceania"));
  CHECK(cpcost::known_origins() == "north-america, europe, asia, middle-east, latin-america");
}

TEST_CASE("origin figures: one slot per origin, found by name or by place") {
  using namespace cpcost;
  OriginFigures figures;
  CHECK(figures.size() == 0);
  CHECK(figures.find("europe") == nullptr);
  figures["europe"] = PriceFigure{MoneyRange{Money::from_cents(500), Money::from_cents(900)}, {}};
  figures["north-america"].range.high = Money::from_cents(300);
  CHECK(figures.size() == 2);
  REQUIRE(figures.find("europe") != nullptr);
  CHECK(figures.find("europe")->range.low == Money::from_cents(500));
  CHECK(figures.find(*origin_slot("europe")) == figures.find("europe"));
  CHECK(figures.find(*origin_slot("asia")) == nullptr);
  CHECK(figures.at("north-america").range.high == Money::from_cents(300));
  CHECK_THROWS_AS(figures.at("asia"), std::out_of_range);
  CHECK_THROWS_AS(figures["atlantis"], std::out_of_range);
  CHECK(figures.find("atlantis") == nullptr);
  std::vector<std::string_view> seen;
  figures.for_each([&](std::string_view origin, const PriceFigure&) { seen.push_back(origin); });
  CHECK(seen == std::vector<std::string_view>{"north-america", "europe"});  // kOrigins' order
  CHECK(origin_slot("latin-america") == 4);
  CHECK_FALSE(origin_slot("Europe").has_value());  // as written: the estimate's origins are ids
}
