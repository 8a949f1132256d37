#pragma once
// A small catalog with round figures, so that tests can state by hand what
// an estimate must come to.

#include "core/catalog.hpp"
#include "core/cost_items.hpp"
#include "core/query.hpp"

namespace cpcost::testing {

inline MoneyRange dollars(std::int64_t low, std::int64_t high, bool open = false) {
  return {Money::from_units(low), Money::from_units(high), open};
}

inline PriceFigure price(std::int64_t low, std::int64_t high, const std::string& source) {
  return {dollars(low, high), {source, "2025-01-01", false, ""}};
}

// A destination's figures for the item with this id (kCostItems, or items),
// added in the item table's order when it has none yet.
inline ItemFigures& figures(Destination& d, std::string_view id, CostItems items = kCostItems) {
  if (ItemFigures* existing = d.item(id)) return *existing;
  const CostItem* item = find_item(items, id);
  auto rank = [&](const ItemFigures& f) { return f.item - items.data(); };
  auto at = d.items.begin();
  while (at != d.items.end() && rank(*at) < item - items.data()) ++at;
  ItemFigures added;
  added.item = item;
  return *d.items.insert(at, std::move(added));
}

// The one figure of an item ("treatment"), and the figure of a per-origin item for an origin.
inline PriceFigure& figure(Destination& d, std::string_view id) { return figures(d, id).figure; }
inline PriceFigure& figure(Destination& d, std::string_view id, std::string_view origin) {
  return figures(d, id).by_origin[std::string(origin)];
}

// Testland: cycle 10,000-20,000 with 2 infusions included, follow-up cycles
// 5,263-10,666 (the rule), extra infusions 1,000-1,500, 4 nights plus 2 per extra infusion, rooms for 2 at 100-200,
// 50-80 a day, flights 500-900 from North America and 700-1,100 from Europe,
// visa free from North America and 60 from Europe.
inline Destination testland() {
  Destination d;
  d.id = "testland";
  d.name = "Testland";
  d.aliases = {"tl", "Test Land"};
  d.cities = {"Testville"};
  d.key_considerations = "For tests.";
  d.source_path = "testland.toml";
  figure(d, "treatment") = price(10000, 20000, "cycle source");
  d.infusions_included = {2, {"", "", true, "two per cycle"}};
  figures(d, "follow_ups").derived = true;  // at the FTC ratio: 52.63 % of 10,000 and 53.33 % of 20,000
  figure(d, "extra_infusions") = price(1000, 1500, "infusion source");
  d.stay = {4, 2, {"", "", true, "four nights"}};
  figure(d, "accommodation") = price(100, 200, "hotel source");
  d.travelers_per_room = {2, {"", "", true, "a double room"}};
  figure(d, "local_costs") = price(50, 80, "daily source");
  for (auto origin : kOrigins) {
    figure(d, "flights", origin) = price(500, 900, "fare source");
    figure(d, "visa", origin) = price(0, 0, "visa source");
  }
  figure(d, "flights", "europe") = price(700, 1100, "fare source");
  figure(d, "visa", "europe") = price(60, 60, "visa source");
  return d;
}

// Borderland: no flights in; an overland leg of 40-60 per traveler per trip,
// and an open-ended cycle price of 25,000-100,000+.
inline Destination borderland() {
  Destination d = testland();
  d.id = "borderland";
  d.name = "Borderland";
  d.aliases = {"bl"};
  figures(d, "flights").words = "Gateway City";
  figure(d, "treatment").range = dollars(25000, 100000, true);
  figure(d, "overland") = price(40, 60, "rail source");
  figures(d, "overland").words = "Train from Gateway City, round trip";
  d.advisories = {{"Test State Department", "Level 4: Do not travel", "Armed conflict.", {"advisory source", "2023-05-22", false, ""}, std::nullopt, ""}};
  return d;
}

inline Query query_for(std::string country) {
  Query query;
  query.country = std::move(country);
  return query;
}

inline Catalog test_catalog() {
  Catalog catalog;
  catalog.destinations = {borderland(), testland()};
  return catalog;
}

}  // namespace cpcost::testing
