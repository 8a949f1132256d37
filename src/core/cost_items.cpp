#include "core/cost_items.hpp"

namespace cpcost {

CountWords words_of(Count count) {
  switch (count) {
    case Count::cycles:
      return {"cycle", "cycles"};
    case Count::trips:
      return {"trip", "trips"};
    case Count::extra_infusions:
      return {"infusion", "infusions"};
    case Count::travelers:
      return {"traveler", "travelers"};
    case Count::nights:
      return {"night", "nights"};
    case Count::rooms:
      return {"room", "rooms"};
    case Count::days:
      break;
  }
  return {"day", "days"};
}

Provenance your_figure(std::string_view option) { return {std::string(option), "", false, "", true}; }

const std::array<CostItem, 7> kCostItems = {{
    {"treatment", "Treatment cycle", "cycle", LineGroup::treatment, {Count::cycles}, Paid::abroad, "cycle_price",
     Shape::one, true, "", Words::none, QuoteRule::replaces, "", "Treatment cycle", {}},
    {"extra_infusions", "Extra infusions", "infusion", LineGroup::treatment, {Count::extra_infusions, Count::cycles},
     Paid::abroad, "extra_infusion", Shape::one, true, "", Words::none, QuoteRule::may_replace, "--extra-infusion",
     "Each extra infusion", your_figure("--extra-infusion")},
    {"flights", "Flights, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::at_home, "flights", Shape::per_origin, true, "arrival", Words::arrival, QuoteRule::none, "--flight",
     "Flight from {origin}, round trip", your_figure("--flight")},
    {"overland", "Overland leg, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::abroad, "overland", Shape::one, false, "description", Words::label, QuoteRule::none, "",
     "Overland leg, one traveler, round trip", {}},
    {"accommodation", "Accommodation", "room-night", LineGroup::travel, {Count::nights, Count::rooms}, Paid::abroad,
     "accommodation", Shape::one, true, "", Words::none, QuoteRule::covers_nights, "--nightly",
     "Accommodation, one room, one night", your_figure("--nightly")},
    {"local_costs", "Meals & local transport", "traveler-day", LineGroup::travel, {Count::days, Count::travelers},
     Paid::abroad, "daily_costs", Shape::one, true, "", Words::none, QuoteRule::covers_days, "--daily",
     "Meals & local transport, one traveler, one day", your_figure("--daily")},
    {"visa", "Visa & entry fees", "traveler", LineGroup::travel, {Count::travelers}, Paid::abroad, "visa",
     Shape::per_origin, true, "", Words::none, QuoteRule::none, "--visa", "Visa & entry from {origin}",
     your_figure("--visa")},
}};

const CostItem* find_item(CostItems items, std::string_view id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace cpcost
