#include "core/estimate.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace cpcost {

namespace {

void require_within(std::string_view what, int value, int low, int high) {
  if (value < low || value > high) {
    throw Error(ErrorKind::usage, std::string(what) + " must be " + std::to_string(low) + " to " +
                                      std::to_string(high) + ", not " + std::to_string(value));
  }
}

LineItem line(std::string_view id, std::string_view name, LineGroup group, Factors factors, std::string_view unit,
              const PriceFigure& figure) {
  LineItem item{id, name, {}, group, factors, unit, figure.range, {}, &figure.provenance};
  item.cost = figure.range.times(item.quantity());
  return item;
}

const PriceFigure& for_origin(const Destination& destination,
                              const std::map<std::string, PriceFigure, std::less<>>& figures,
                              std::string_view what, const std::string& origin) {
  const auto found = figures.find(origin);
  if (found == figures.end()) {
    // The data layer requires every origin; this guards a hand-built catalog.
    throw Error(ErrorKind::data, destination.source_path + ": no " + std::string(what) + " for origin '" + origin + "'");
  }
  return found->second;
}

}  // namespace

std::string LineItem::label() const {
  if (arrival.empty()) return std::string(name);
  // "Flights, round trip" landing elsewhere: "Flights to Rzeszów, Poland, round trip".
  const auto comma = name.find(',');
  return std::string(name.substr(0, comma)) + " to " + std::string(arrival) + std::string(name.substr(comma));
}

std::int64_t LineItem::quantity() const {
  std::int64_t product = 1;
  for (const auto& factor : factors) product *= factor.count;  // bounded by QueryLimits: cannot overflow
  return product;
}

Estimate estimate(const Catalog& catalog, const Query& query) {
  const Destination& destination = find_destination(catalog, query.country);
  Estimate result;
  result.origin = query.origin.value_or(std::string(kDefaultOrigin));
  result.origin_from_query = query.origin.has_value();
  if (!is_known_origin(result.origin)) {
    throw Error(ErrorKind::usage, "unknown origin '" + result.origin + "'; known origins: " + known_origins());
  }

  result.destination = &destination;
  result.infusions_included = destination.infusions_included.value;
  result.infusions = query.infusions.value_or(result.infusions_included);
  result.cycles = query.cycles;
  result.companions = query.companions.value_or(kDefaultCompanions);
  result.companions_from_query = query.companions.has_value();
  require_within("infusions per cycle", result.infusions, 1, QueryLimits::max_infusions);
  require_within("cycles", result.cycles, 1, QueryLimits::max_cycles);
  require_within("companions", result.companions, 0, QueryLimits::max_companions);
  if (query.nights) require_within("nights", *query.nights, 0, QueryLimits::max_nights);

  result.extra_infusions = std::max(0, result.infusions - result.infusions_included);
  result.travelers = 1 + result.companions;
  result.nights_from_query = query.nights.has_value();
  result.nights = query.nights.value_or(
      result.cycles * (destination.stay.nights_per_cycle +
                       result.extra_infusions * destination.stay.extra_nights_per_extra_infusion));
  result.days = result.nights + result.cycles;
  const int per_room = destination.travelers_per_room.value;
  result.rooms = (result.travelers + per_room - 1) / per_room;

  try {
    auto& lines = result.lines;
    lines.reserve(7);
    lines.push_back(line("treatment", "Treatment cycle", LineGroup::treatment,
                         {{result.cycles, "cycle", "cycles"}}, "cycle", destination.cycle_price));
    lines.push_back(line("extra_infusions", "Extra infusions", LineGroup::treatment,
                         {{result.extra_infusions, "infusion", "infusions"}, {result.cycles, "cycle", "cycles"}},
                         "infusion", destination.extra_infusion));
    lines.push_back(line("flights", "Flights, round trip", LineGroup::travel,
                         {{result.travelers, "traveler", "travelers"}, {result.cycles, "trip", "trips"}},
                         "round trip", for_origin(destination, destination.flights, "flights", result.origin)));
    lines.back().arrival = destination.flight_arrival;
    if (destination.overland) {
      lines.push_back(line("overland", destination.overland->description, LineGroup::travel,
                           {{result.travelers, "traveler", "travelers"}, {result.cycles, "trip", "trips"}},
                           "round trip", destination.overland->fare));
    }
    lines.push_back(line("accommodation", "Accommodation", LineGroup::travel,
                         {{result.nights, "night", "nights"}, {result.rooms, "room", "rooms"}}, "room-night",
                         destination.accommodation));
    lines.push_back(line("local_costs", "Meals & local transport", LineGroup::travel,
                         {{result.days, "day", "days"}, {result.travelers, "traveler", "travelers"}},
                         "traveler-day", destination.daily_costs));
    lines.push_back(line("visa", "Visa & entry fees", LineGroup::travel,
                         {{result.travelers, "traveler", "travelers"}}, "traveler",
                         for_origin(destination, destination.visa, "visa fees", result.origin)));

    for (const auto& item : lines) {
      (item.group == LineGroup::treatment ? result.treatment : result.travel) += item.cost;
    }
    result.total = result.treatment + result.travel;
    result.budget = query.budget;
    if (query.budget) result.fit = fit_budget(result.total, *query.budget);
  } catch (const MoneyOverflow&) {
    throw Error(ErrorKind::usage, "the estimate for '" + destination.id +
                                      "' is too large to compute: an amount exceeds the range of the arithmetic");
  }
  return result;
}

}  // namespace cpcost
