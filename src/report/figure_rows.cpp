#include "report/figure_rows.hpp"

#include <algorithm>
#include <array>

namespace cpcost {

namespace {

// The rows of one cost item's figures: one, or one per origin in kOrigins' order;
// one the data leaves out, by its rule from the cycle price.
void add_item(std::vector<FigureRow>& rows, const ItemFigures& figures, const Destination& d) {
  const CostItem& item = *figures.item;
  if (figures.derived) {
    const MoneyRange range = derived_range(item.derive, d.figure("treatment").range, d.infusions_included.value);
    rows.push_back({std::string(item.data_key), std::string(item.shown_as), range, std::nullopt,
                    derived_provenance(item.derive)});
    return;
  }
  if (item.shape == Shape::one) {
    rows.push_back({std::string(item.data_key), std::string(item.shown_as), figures.figure.range, std::nullopt,
                    &figures.figure.provenance});
    return;
  }
  const std::string shown(item.shown_as);
  const auto slot = shown.find("{origin}");
  for (const auto origin : kOrigins) {
    const PriceFigure* found = figures.by_origin.find(origin);
    if (!found) continue;
    std::string label = shown;
    if (slot != std::string::npos) label.replace(slot, 8, origin);
    rows.push_back({std::string(item.data_key) + "." + std::string(origin), std::move(label), found->range,
                    std::nullopt, &found->provenance});
  }
}

}  // namespace

std::vector<FigureRow> figure_rows(const Destination& d) {
  std::vector<FigureRow> rows;
  std::vector<const ItemFigures*> listed;
  auto item = [&](std::string_view id) {
    if (const ItemFigures* figures = d.item(id)) {
      add_item(rows, *figures, d);
      listed.push_back(figures);
    }
  };
  auto count = [&](std::string key, std::string label, int value, const Provenance& provenance) {
    rows.push_back({std::move(key), std::move(label), std::nullopt, value, &provenance});
  };
  // As a destination file reads: the treatment and its counts, the stay, then the journey.
  item("treatment");
  item("follow_ups");
  count("infusions.included", "Infusions included per cycle", d.infusions_included.value,
        d.infusions_included.provenance);
  item("extra_infusions");
  count("stay.nights_per_cycle", "Nights per cycle", d.stay.nights_per_cycle, d.stay.provenance);
  count("stay.extra_nights_per_extra_infusion", "Extra nights per extra infusion",
        d.stay.extra_nights_per_extra_infusion, d.stay.provenance);
  item("accommodation");
  count("room.travelers", "Travelers per room", d.travelers_per_room.value, d.travelers_per_room.provenance);
  item("local_costs");
  item("flights");
  item("overland");
  item("visa");
  // Any other item, in the item table's order: a new item shows without a change here.
  for (const ItemFigures& figures : d.items) {
    if (std::find(listed.begin(), listed.end(), &figures) == listed.end()) add_item(rows, figures, d);
  }
  return rows;
}

}  // namespace cpcost
