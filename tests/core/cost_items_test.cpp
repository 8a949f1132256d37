// The item table is the one definition of a cost item: an item added to it is
// read from the data, priced, and shown in every format with no other change.

#include "core/cost_items.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <vector>

#include "core/estimate.hpp"
#include "data/load_catalog.hpp"
#include "data/read_data_dir.hpp"
#include "report/figure_rows.hpp"
#include "report/render.hpp"

using namespace cpcost;

namespace {

MoneyRange dollars(std::int64_t low, std::int64_t high) { return {Money::from_units(low), Money::from_units(high), false}; }

// The bundled items and one more: vaccinations, per traveler per trip, bought
// at home, in an optional [vaccinations] table of a destination file.
std::vector<CostItem> items_with_insurance() {
  std::vector<CostItem> items(kCostItems.begin(), kCostItems.end());
  items.push_back({"vaccinations", "Vaccinations", "traveler-trip", LineGroup::travel,
                   {Count::travelers, Count::trips}, Paid::at_home, "vaccinations", Shape::one, false, "", Words::none,
                   QuoteRule::none, Inclusion::consultation, Derive::none, "", "Vaccinations, one traveler, one trip",
                   {}});
  return items;
}

const std::string kVaccinations = "\n[vaccinations]\nlow = 40\nhigh = 95\nsource = \"Travel clinic price list\"\nas_of = 2026-01-15\n";

struct Loaded {
  std::vector<CostItem> items = items_with_insurance();
  Catalog with;     // the fixture's Testland with its [vaccinations] table, read with the longer table
  Catalog without;  // the fixture as it is, with the bundled items
};

Loaded load() {
  Loaded loaded;
  DataFiles files = read_data_dir(CPCOST_FIXTURES "/data");
  loaded.without = load_catalog(files, Date{2026, 11, 25});
  files.destinations.at(0).text += kVaccinations;
  loaded.with = load_catalog(files, Date{2026, 11, 25}, loaded.items);
  return loaded;
}

Query query() {
  Query q;
  q.country = "testland";
  q.companions = 2;  // 3 travelers
  q.cycles = 2;      // 2 trips
  q.fx_fee_bp = 1000;
  return q;
}

const LineItem* line(const Estimate& e, std::string_view id) {
  for (const auto& l : e.lines) {
    if (l.id == id) return &l;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("cost items: an item added to the table is priced in the estimate, after the items before it") {
  const Loaded loaded = load();
  const Estimate with = estimate(loaded.with, query());
  const Estimate without = estimate(loaded.without, query());
  const LineItem* added = line(with, "vaccinations");
  REQUIRE(added != nullptr);
  // By hand: 3 travelers x 2 trips x 40-95 = 240-570.
  CHECK(added->quantity() == 6);
  CHECK(added->unit_cost == dollars(40, 95));
  CHECK(added->cost == dollars(240, 570));
  CHECK(added->provenance->source == "Travel clinic price list");
  CHECK(with.travel == without.travel + dollars(240, 570));
  CHECK(with.treatment == without.treatment);
  // Bought at home: the fees on money spent abroad do not grow with it.
  CHECK(line(with, "fx_fee")->cost == line(without, "fx_fee")->cost);
  CHECK(with.lines.at(with.lines.size() - 2).id == "vaccinations");  // the last item, before the adjustment
  CHECK(line(without, "vaccinations") == nullptr);
}

TEST_CASE("cost items: an added item shows in the JSON, the table and cpcost show") {
  const Loaded loaded = load();
  const Estimate e = estimate(loaded.with, query());
  RenderOptions options;
  options.today = Date{2026, 11, 25};

  const auto json = nlohmann::json::parse(render_json(e, RenderOptions{}));
  const nlohmann::json* found = nullptr;
  for (const auto& item : json["lines"]) {
    if (item["id"] == "vaccinations") found = &item;
  }
  REQUIRE(found != nullptr);
  CHECK((*found)["label"] == "Vaccinations");
  CHECK((*found)["group"] == "travel");
  CHECK((*found)["quantity"] == 6);
  CHECK((*found)["low_cents"] == 24000);
  CHECK((*found)["high_cents"] == 57000);

  const std::string table = render_table(e, options);
  const auto at = table.find("Vaccinations");
  REQUIRE(at != std::string::npos);
  const std::string row = table.substr(at, table.find('\n', at) - at);
  CHECK(row.find("3 travelers") != std::string::npos);
  CHECK(row.find("2 trips") != std::string::npos);
  CHECK(row.find("$240") != std::string::npos);
  CHECK(row.find("$570") != std::string::npos);
  CHECK(table.find("Travel clinic price list") != std::string::npos);

  bool shown = false;
  for (const auto& figure : figure_rows(loaded.with.destinations.at(0))) {
    if (figure.key == "vaccinations") {
      shown = true;
      CHECK(figure.label == "Vaccinations, one traveler, one trip");
      CHECK(figure.range == dollars(40, 95));
    }
  }
  CHECK(shown);
}

TEST_CASE("cost items: each line's factors, unit and where it is paid come from its item") {
  const Loaded loaded = load();
  const Estimate e = estimate(loaded.without, query());
  for (const CostItem& item : kCostItems) {
    const LineItem* l = line(e, item.id);
    if (!l) continue;  // an optional item Testland has not
    CAPTURE(item.id);
    CHECK(l->item == &item);
    CHECK(l->unit == item.unit);
    CHECK(l->paid == item.paid);
    CHECK(l->factors.size() == item.factors.counts().size());
  }
  // Only the flights and the insurance are bought at home.
  for (const CostItem& item : kCostItems) {
    CHECK((item.paid == Paid::at_home) == (item.id == "flights" || item.id == "insurance"));
  }
}

TEST_CASE("cost items: an override option names an item, and the item names it back") {
  int overridden = 0;
  for (const CostItem& item : kCostItems) {
    if (item.override_option.empty()) continue;
    CAPTURE(item.id);
    CHECK(item.yours.yours);
    CHECK(item.yours.source == item.override_option);
    ++overridden;
  }
  CHECK(overridden == 8);
}

TEST_CASE("cost items: a line takes at most as many factors as an item can have") {
  Factors factors;
  factors.add({1, Count::travelers});
  factors.add({2, Count::trips});
  CHECK(factors.size() == ItemFactors::kMax);
  CHECK_THROWS_AS(factors.add({3, Count::nights}), std::length_error);
  CHECK(factors.size() == ItemFactors::kMax);
}

TEST_CASE("cost items: a line's factors are counted from the estimate's counts, each what it counts") {
  // Counts by Count's value, each a different prime: a product names its factors.
  std::array<std::int64_t, static_cast<std::size_t>(Count::days) + 1> counts{};
  for (std::size_t i = 0; i < counts.size(); ++i) counts[i] = std::array{2, 3, 5, 7, 11, 13, 17, 19, 23}.at(i);
  auto at = [&counts](Count count) { return counts[static_cast<std::size_t>(count)]; };
  auto seen = [](const Factors& factors) {
    std::vector<std::pair<std::int64_t, Count>> out;
    for (const Factor& factor : factors) out.emplace_back(factor.count, factor.of);
    return out;
  };

  Factors none;
  CHECK(none.count_from(counts) == 1);
  CHECK(none.product() == 1);
  CHECK(seen(none).empty());

  Factors one;
  one.add({0, Count::nights});
  CHECK(one.product() == 0);  // not counted yet
  CHECK(one.count_from(counts) == at(Count::nights));
  CHECK(one.product() == at(Count::nights));
  CHECK(seen(one) == std::vector<std::pair<std::int64_t, Count>>{{at(Count::nights), Count::nights}});

  Factors two;
  two.add({0, Count::travelers});
  two.add({0, Count::trips});
  CHECK(two.count_from(counts) == at(Count::travelers) * at(Count::trips));
  CHECK(two.product() == at(Count::travelers) * at(Count::trips));
  CHECK(seen(two) == std::vector<std::pair<std::int64_t, Count>>{{at(Count::travelers), Count::travelers},
                                                                   {at(Count::trips), Count::trips}});

  // Counted again with other counts (a batch's next row): the new counts, a zero making the line's quantity zero.
  counts[static_cast<std::size_t>(Count::trips)] = 0;
  CHECK(two.count_from(counts) == 0);
  CHECK(two.product() == 0);
  CHECK(seen(two).at(0).first == at(Count::travelers));
  CHECK(seen(one).size() == 1);
}

TEST_CASE("cost items: a hand-built destination without a figure is a data error naming its file") {
  Catalog catalog;
  Destination d;
  d.id = "bare";
  d.name = "Bare";
  d.source_path = "bare.toml";
  d.travelers_per_room = {2, {}};
  d.infusions_included = {1, {}};
  ItemFigures flights;
  flights.item = find_item(kCostItems, "flights");
  flights.by_origin["europe"] = {dollars(500, 900), {}};  // none from north-america, the default origin
  d.items.push_back(flights);
  catalog.destinations.push_back(d);
  Query q;
  q.country = "bare";
  CHECK_THROWS_WITH_AS(estimate(catalog, q), "bare.toml: no flights for origin 'north-america'", Error);
  q.origin = "europe";
  CHECK(estimate(catalog, q).total == dollars(1000, 1800));  // 2 travelers: the one line it has
  CHECK_THROWS_WITH_AS(catalog.destinations[0].figure("treatment"), "bare.toml: no figure for 'treatment'", Error);
  CHECK(catalog.destinations[0].words("overland").empty());
}

TEST_CASE("overrides: one figure an item, the last one given") {
  Overrides overrides;
  CHECK(overrides.empty());
  overrides.set("flights", dollars(500, 900));
  overrides.set("visa", dollars(20, 20));
  overrides.set("flights", dollars(600, 700));
  CHECK(*overrides.find("flights") == dollars(600, 700));
  CHECK(*overrides.find("visa") == dollars(20, 20));
  CHECK(overrides.find("accommodation") == nullptr);
}
