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

TEST_CASE("catalog: origin_slot finds each origin as written, and nothing else") {
  using cpcost::kOrigins;
  using cpcost::origin_slot;
  for (std::size_t slot = 0; slot < kOrigins.size(); ++slot) {
    CHECK(origin_slot(kOrigins[slot]) == slot);
    const std::string_view origin = kOrigins[slot];
    // The first character right, the rest not: a near miss is no origin.
    for (const std::string& near : {std::string(origin.substr(0, 1)), std::string(origin) + "x",
                                    std::string(origin.substr(0, origin.size() - 1)) + "x"}) {
      CAPTURE(near);
      CHECK_FALSE(origin_slot(near).has_value());
    }
  }
  CHECK_FALSE(origin_slot("").has_value());
  CHECK_FALSE(origin_slot("antarctica").has_value());
}

TEST_CASE("catalog: a destination index finds what lookup_destination finds, for every name") {
  auto catalog = test_catalog();
  // Names that fill more of the index than the fixture's: several sharing a slot, and an alias.
  for (int i = 0; i < 300; ++i) {
    cpcost::Destination extra = catalog.destinations.front();
    extra.id = "place-" + std::to_string(i);
    extra.aliases = {"alias-" + std::to_string(i)};
    catalog.destinations.push_back(extra);
  }
  const cpcost::DestinationIndex index(catalog);
  std::vector<std::string> names{"", "x", "atlantis", "testland", "TESTLAND", "Place-7", "place-299", "place-300"};
  for (const auto& destination : catalog.destinations) {
    names.push_back(destination.id);
    for (const auto& alias : destination.aliases) names.push_back(alias);
  }
  int found = 0;
  for (const auto& name : names) {
    CAPTURE(name);
    const cpcost::Destination* expected = cpcost::lookup_destination(catalog, name);
    CHECK(index.find(name) == expected);
    found += expected ? 1 : 0;
  }
  // Every id and alias (over 600), and the names in another case ("TESTLAND", "Place-7").
  CHECK(found > 600);
  CHECK(index.find("alias-42") == &catalog.destinations[catalog.destinations.size() - 300 + 42]);
}
