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

// Treatment, then the journey in the order it is made, then the stay, then what
// is bought before leaving. Inclusion::consultation stands for "none" where the
// rule is not QuoteRule::covered.
const std::array<CostItem, 10> kCostItems = {{
    {"treatment", "Treatment cycle", "cycle", LineGroup::treatment, {Count::cycles}, Paid::abroad, "cycle_price",
     Shape::one, true, "", Words::none, QuoteRule::replaces, Inclusion::consultation, "", "Treatment cycle", {}},
    {"extra_infusions", "Extra infusions", "infusion", LineGroup::treatment, {Count::extra_infusions, Count::cycles},
     Paid::abroad, "extra_infusion", Shape::one, true, "", Words::none, QuoteRule::may_replace,
     Inclusion::consultation, "--extra-infusion", "Each extra infusion", your_figure("--extra-infusion")},
    {"tests", "Pre-treatment tests", "cycle", LineGroup::treatment, {Count::cycles}, Paid::abroad, "tests",
     Shape::one, true, "", Words::none, QuoteRule::covered, Inclusion::diagnostics, "--tests",
     "Pre-treatment tests (MRI, blood work), one cycle", your_figure("--tests")},
    {"flights", "Flights, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::at_home, "flights", Shape::per_origin, true, "arrival", Words::arrival, QuoteRule::none,
     Inclusion::consultation, "--flight", "Flight from {origin}, round trip", your_figure("--flight")},
    {"overland", "Overland leg, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::abroad, "overland", Shape::one, false, "description", Words::label, QuoteRule::none,
     Inclusion::consultation, "", "Overland leg, one traveler, round trip", {}},
    {"transfers", "Airport & border transfers", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::abroad, "transfers", Shape::one, true, "", Words::none, QuoteRule::covered, Inclusion::airport_transfers,
     "--transfers", "Transfers, one traveler, both ways", your_figure("--transfers")},
    {"accommodation", "Accommodation", "room-night", LineGroup::travel, {Count::nights, Count::rooms}, Paid::abroad,
     "accommodation", Shape::one, true, "", Words::none, QuoteRule::covers_nights, Inclusion::accommodation,
     "--nightly", "Accommodation, one room, one night", your_figure("--nightly")},
    {"local_costs", "Meals & local transport", "traveler-day", LineGroup::travel, {Count::days, Count::travelers},
     Paid::abroad, "daily_costs", Shape::one, true, "", Words::none, QuoteRule::covers_days, Inclusion::meals,
     "--daily", "Meals & local transport, one traveler, one day", your_figure("--daily")},
    {"visa", "Visa & entry fees", "traveler", LineGroup::travel, {Count::travelers}, Paid::abroad, "visa",
     Shape::per_origin, true, "", Words::none, QuoteRule::none, Inclusion::consultation, "--visa",
     "Visa & entry from {origin}", your_figure("--visa")},
    {"insurance", "Travel & medical insurance", "policy", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::at_home, "insurance", Shape::one, true, "", Words::none, QuoteRule::none, Inclusion::consultation,
     "--insurance", "Travel & medical insurance, one traveler, one trip", your_figure("--insurance")},
}};

const std::array<std::string_view, 5> kNotIncluded = {
    "rehabilitation at home after the trip (the guide: ongoing rehabilitation is key)",
    "follow-up imaging and visits",
    "treatment of complications beyond what insurance pays",
    "a caregiver's lost income",
    "passports",
};

const CostItem* find_item(CostItems items, std::string_view id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace cpcost
