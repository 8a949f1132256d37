#include "report/figure_rows.hpp"

namespace cpcost {

std::vector<FigureRow> figure_rows(const Destination& d) {
  std::vector<FigureRow> rows;
  auto price = [&](std::string key, std::string label, const PriceFigure& figure) {
    rows.push_back({std::move(key), std::move(label), figure.range, std::nullopt, &figure.provenance});
  };
  auto count = [&](std::string key, std::string label, int value, const Provenance& provenance) {
    rows.push_back({std::move(key), std::move(label), std::nullopt, value, &provenance});
  };
  price("cycle_price", "Treatment cycle", d.cycle_price);
  count("infusions.included", "Infusions included per cycle", d.infusions_included.value,
        d.infusions_included.provenance);
  price("extra_infusion", "Each extra infusion", d.extra_infusion);
  count("stay.nights_per_cycle", "Nights per cycle", d.stay.nights_per_cycle, d.stay.provenance);
  count("stay.extra_nights_per_extra_infusion", "Extra nights per extra infusion",
        d.stay.extra_nights_per_extra_infusion, d.stay.provenance);
  price("accommodation", "Accommodation, one room, one night", d.accommodation);
  count("room.travelers", "Travelers per room", d.travelers_per_room.value, d.travelers_per_room.provenance);
  price("daily_costs", "Meals & local transport, one traveler, one day", d.daily_costs);
  for (const auto origin : kOrigins) {
    const auto found = d.flights.find(origin);
    if (found != d.flights.end()) {
      price("flights." + std::string(origin), "Flight from " + std::string(origin) + ", round trip", found->second);
    }
  }
  if (d.overland) price("overland", "Overland leg, one traveler, round trip", d.overland->fare);
  for (const auto origin : kOrigins) {
    const auto found = d.visa.find(origin);
    if (found != d.visa.end()) price("visa." + std::string(origin), "Visa & entry from " + std::string(origin), found->second);
  }
  return rows;
}

}  // namespace cpcost
