#include "core/cost_items.hpp"

#include <algorithm>

#include "core/currency.hpp"

namespace cpcost {

Provenance your_figure(std::string_view option) { return {std::string(option), "", false, "", true}; }

const Provenance kPerIncludedInfusion{
    "", "", true,
    "No price per application is published for this destination: each extra infusion at the first cycle's price "
    "divided by the infusions it includes, the same rule everywhere"};

const Provenance kFollowUpRatio{
    "beckershospitalreview.com, \"FTC fines 2 stem cell centers $3.3M\"", "2018-10", true,
    "Cycles after the first are follow-up rounds, at the ratio the FTC case gives: first round 9,500-15,000, "
    "follow-ups 5,000-8,000 each, so 52.63 % of the first cycle's low price and 53.33 % of its high"};

// Treatment, then the journey in the order it is made, then the stay, then what
// is bought before leaving. Inclusion::consultation stands for "none" where the
// rule is not QuoteRule::covered.
const std::array<CostItem, 11> kCostItems = {{
    {"treatment", "Treatment, first cycle", "cycle", LineGroup::treatment, {Count::first_cycle}, Paid::abroad,
     "cycle_price", Shape::one, true, "", Words::none, QuoteRule::replaces, Inclusion::consultation, Derive::none, "",
     "Treatment cycle", {}},
    {"follow_ups", "Treatment, follow-up cycles", "cycle", LineGroup::treatment, {Count::follow_ups}, Paid::abroad,
     "follow_up_cycle", Shape::one, false, "", Words::none, QuoteRule::none, Inclusion::consultation,
     Derive::follow_up_ratio, "", "Each follow-up cycle", {}},
    {"extra_infusions", "Extra infusions", "infusion", LineGroup::treatment, {Count::extra_infusions, Count::cycles},
     Paid::abroad, "extra_infusion", Shape::one, false, "", Words::none, QuoteRule::may_replace,
     Inclusion::consultation, Derive::per_included_infusion, "--extra-infusion", "Each extra infusion",
     your_figure("--extra-infusion")},
    {"tests", "Pre-treatment tests", "cycle", LineGroup::treatment, {Count::cycles}, Paid::abroad, "tests",
     Shape::one, true, "", Words::none, QuoteRule::covered, Inclusion::diagnostics, Derive::none, "--tests",
     "Pre-treatment tests (MRI, blood work), one cycle", your_figure("--tests")},
    {"flights", "Flights, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::at_home, "flights", Shape::per_origin, true, "arrival", Words::arrival, QuoteRule::none,
     Inclusion::consultation, Derive::none, "--flight", "Flight from {origin}, round trip", your_figure("--flight")},
    {"overland", "Overland leg, round trip", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::abroad, "overland", Shape::one, false, "description", Words::label, QuoteRule::none,
     Inclusion::consultation, Derive::none, "", "Overland leg, one traveler, round trip", {}},
    {"transfers", "Airport & border transfers", "round trip", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::abroad, "transfers", Shape::one, true, "", Words::none, QuoteRule::covered, Inclusion::airport_transfers,
     Derive::none, "--transfers", "Transfers, one traveler, both ways", your_figure("--transfers")},
    {"accommodation", "Accommodation", "room-night", LineGroup::travel, {Count::nights, Count::rooms}, Paid::abroad,
     "accommodation", Shape::one, true, "", Words::none, QuoteRule::covers_nights, Inclusion::accommodation,
     Derive::none, "--nightly", "Accommodation, one room, one night", your_figure("--nightly")},
    {"local_costs", "Meals & local transport", "traveler-day", LineGroup::travel, {Count::days, Count::travelers},
     Paid::abroad, "daily_costs", Shape::one, true, "", Words::none, QuoteRule::covers_days, Inclusion::meals,
     Derive::none, "--daily", "Meals & local transport, one traveler, one day", your_figure("--daily")},
    {"visa", "Visa & entry fees", "traveler", LineGroup::travel, {Count::travelers}, Paid::abroad, "visa",
     Shape::per_origin, true, "", Words::none, QuoteRule::none, Inclusion::consultation, Derive::none, "--visa",
     "Visa & entry from {origin}", your_figure("--visa")},
    {"insurance", "Travel & medical insurance", "policy", LineGroup::travel, {Count::travelers, Count::trips},
     Paid::at_home, "insurance", Shape::one, true, "", Words::none, QuoteRule::none, Inclusion::consultation,
     Derive::none, "--insurance", "Travel & medical insurance, one traveler, one trip", your_figure("--insurance")},
}};

const std::array<std::string_view, 5> kNotIncluded = {
    "rehabilitation at home after the trip (the guide: ongoing rehabilitation is key)",
    "follow-up imaging and visits",
    "treatment of complications beyond what insurance pays",
    "a caregiver's lost income",
    "passports",
};

namespace {

// amount / divisor, rounded half to even at the cent.
Money divided(Money amount, std::int64_t divisor) {
  const std::int64_t cents = amount.cents();
  std::int64_t quotient = cents / divisor;
  const std::int64_t twice_rest = 2 * (cents % divisor);
  if (twice_rest > divisor || (twice_rest == divisor && quotient % 2 != 0)) ++quotient;
  return Money::from_cents(quotient);
}

// To whole units, half to even: a rule's cents would be false precision, and
// would put cents in every amount of the table.
Money whole(Money amount) { return divided(amount, 100).times(100); }

}  // namespace

MoneyRange derived_range(Derive rule, const MoneyRange& first_cycle, int infusions_included) {
  switch (rule) {
    case Derive::per_included_infusion: {
      const std::int64_t included = std::max(infusions_included, 1);
      return {whole(divided(first_cycle.low, included)), whole(divided(first_cycle.high, included)),
              first_cycle.high_open};
    }
    case Derive::follow_up_ratio:
      return {whole(percent_of(first_cycle.low, kFollowUpLowBp)), whole(percent_of(first_cycle.high, kFollowUpHighBp)),
              first_cycle.high_open};
    case Derive::none:
      break;
  }
  return {};
}

const Provenance* derived_provenance(Derive rule) {
  switch (rule) {
    case Derive::per_included_infusion:
      return &kPerIncludedInfusion;
    case Derive::follow_up_ratio:
      return &kFollowUpRatio;
    case Derive::none:
      break;
  }
  return nullptr;
}

const CostItem* find_item(CostItems items, std::string_view id) {
  for (const auto& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace cpcost
