#include "core/estimate.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace cpcost {

const Provenance kMealsTransportSplit{
    "m.tendoing.com, Guadalajara travel costs (meals 69, local transport 32 USD a day)", "", true,
    "meals are 68 % and local transport 32 % of a day's meals and local transport"};

namespace {

// The user's own figures: marked "yours", never cited as a source.
const Provenance kYourFlight{"--flight", "", false, "", true};
const Provenance kYourNightly{"--nightly", "", false, "", true};
const Provenance kYourDaily{"--daily", "", false, "", true};
const Provenance kYourVisa{"--visa", "", false, "", true};
const Provenance kYourExtraInfusion{"--extra-infusion", "", false, "", true};
const Provenance kYourContingency{"--contingency", "", false, "", true};
const Provenance kYourFxFee{"--fx-fee", "", false, "", true};

void require_within(std::string_view what, int value, int low, int high) {
  if (value < low || value > high) {
    throw Error(ErrorKind::usage, std::string(what) + " must be " + std::to_string(low) + " to " +
                                      std::to_string(high) + ", not " + std::to_string(value));
  }
}

// A figure as the estimate uses it: in the estimate's currency, with its provenance.
struct Figure {
  MoneyRange range;
  const Provenance* provenance;
};

LineItem line(std::string_view id, std::string_view name, LineGroup group, Factors factors, std::string_view unit,
              const Figure& figure) {
  LineItem item{id, name, {}, group, factors, unit, figure.range, {}, figure.provenance, {}, 0, 0, {}};
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

MoneyRange share(const MoneyRange& range, std::int64_t basis_points) {
  return {percent_of(range.low, basis_points), percent_of(range.high, basis_points), range.high_open};
}

MoneyRange minus(const MoneyRange& a, const MoneyRange& b) { return {a.low - b.low, a.high - b.high, a.high_open}; }

// An adjustment: basis points of the lines of base.
LineItem adjustment(std::string_view id, std::string_view name, std::int64_t basis_points, const MoneyRange& base,
                    const Provenance* provenance) {
  LineItem item{id, name, {}, LineGroup::adjustment, {}, "share", {}, share(base, basis_points), provenance, {},
                0, basis_points, base};
  item.base.high_open = false;
  return item;
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
  for (const EntryRule& rule : destination.entry_rules) {
    if (rule.applies_to(result.origin)) result.entry_rules.push_back(&rule);
  }
  result.currency = query.currency.value_or(std::string(kBaseCurrency));
  result.rate = catalog.currencies.find(result.currency);
  if (!result.rate) {
    throw Error(ErrorKind::usage, "no exchange rate for currency '" + result.currency +
                                      "'; the data has: " + catalog.currencies.codes());
  }
  const Quote* quote = query.quote;
  if (quote && quote->destination != destination.id) {
    throw Error(ErrorKind::usage, "the quote " + quote->path + " is for '" + quote->destination + "', not '" +
                                      destination.id + "'");
  }
  if (quote) {
    result.quote = quote;
    result.quote_rate = catalog.currencies.find(quote->currency);
    if (!result.quote_rate) {
      throw Error(ErrorKind::data, quote->path + ": no exchange rate for currency '" + quote->currency + "'");
    }
  }

  result.destination = &destination;
  result.infusions_included = quote ? quote->infusions_included : destination.infusions_included.value;
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
    const ExchangeRate& usd = catalog.currencies.usd();
    const ExchangeRate& into = *result.rate;
    // A data figure in the estimate's currency, converted once; or the user's, as given.
    auto figure = [&](const PriceFigure& data, const std::optional<MoneyRange>& yours, const Provenance& mark) {
      return yours ? Figure{*yours, &mark} : Figure{convert(data.range, usd, into), &data.provenance};
    };
    auto quoted = [&](const PriceFigure& price) {
      return Figure{convert(price.range, *result.quote_rate, into), &price.provenance};
    };

    auto& lines = result.lines;
    lines.reserve(9);
    lines.push_back(line("treatment", quote ? "Treatment cycle, quoted" : "Treatment cycle", LineGroup::treatment,
                         {{result.cycles, "cycle", "cycles"}}, "cycle",
                         quote ? quoted(quote->price) : figure(destination.cycle_price, std::nullopt, kYourFlight)));
    const Figure extra = query.overrides.extra_infusion ? Figure{*query.overrides.extra_infusion, &kYourExtraInfusion}
                         : quote && quote->extra_infusion ? quoted(*quote->extra_infusion)
                                                          : figure(destination.extra_infusion, std::nullopt, kYourFlight);
    lines.push_back(line("extra_infusions", "Extra infusions", LineGroup::treatment,
                         {{result.extra_infusions, "infusion", "infusions"}, {result.cycles, "cycle", "cycles"}},
                         "infusion", extra));
    lines.push_back(line("flights", "Flights, round trip", LineGroup::travel,
                         {{result.travelers, "traveler", "travelers"}, {result.cycles, "trip", "trips"}}, "round trip",
                         figure(for_origin(destination, destination.flights, "flights", result.origin),
                                query.overrides.flight, kYourFlight)));
    lines.back().arrival = destination.flight_arrival;
    if (destination.overland) {
      lines.push_back(line("overland", destination.overland->description, LineGroup::travel,
                           {{result.travelers, "traveler", "travelers"}, {result.cycles, "trip", "trips"}},
                           "round trip", figure(destination.overland->fare, std::nullopt, kYourFlight)));
    }

    // Accommodation: a package's nights cover one room; more rooms are paid every night.
    LineItem& room = lines.emplace_back(line("accommodation", "Accommodation", LineGroup::travel,
                                             {{result.nights, "night", "nights"}, {result.rooms, "room", "rooms"}},
                                             "room-night",
                                             figure(destination.accommodation, query.overrides.nightly, kYourNightly)));
    if (quote && quote->nights_included > 0) {
      const std::int64_t covered = std::min<std::int64_t>(result.nights, std::int64_t{result.cycles} * quote->nights_included);
      room.included_units = covered;
      room.included = room.unit_cost.times(covered);
      room.cost = minus(room.cost, room.included);
    }

    // Meals and local transport: what the package includes is taken off.
    LineItem& local = lines.emplace_back(line("local_costs", "Meals & local transport", LineGroup::travel,
                                              {{result.days, "day", "days"}, {result.travelers, "traveler", "travelers"}},
                                              "traveler-day",
                                              figure(destination.daily_costs, query.overrides.daily, kYourDaily)));
    if (quote) {
      // What is charged: the daily cost of each traveler-day, less the shares the package
      // includes on the days it covers, in one exact weight so that there is one rounding
      // (and never below zero): weight = days x travelers - package days x travelers x
      // included share - transfer days x travelers x transport share. A package with nights
      // covers those nights' days (nights + 1 a cycle); days beyond them are paid in full.
      // One without nights says nothing of its days: its inclusions cover the whole stay.
      const bool meals = quote->has(Inclusion::meals);
      const bool transport = quote->has(Inclusion::local_transport);
      const bool transfers = quote->has(Inclusion::airport_transfers) && !transport;
      const std::int64_t included_bp = (meals ? kMealsShareBp : 0) + (transport ? kLocalTransportShareBp : 0);
      const std::int64_t package_days =
          quote->nights_included > 0
              ? std::min<std::int64_t>(result.days, std::int64_t{result.cycles} * (quote->nights_included + 1))
              : result.days;
      const std::int64_t transfer_units =
          transfers ? std::min<std::int64_t>(result.days, std::int64_t{result.cycles} * kTransferDaysPerTrip) *
                          result.travelers
                    : 0;
      const std::int64_t weight = local.quantity() * 10'000 - package_days * result.travelers * included_bp -
                                  transfer_units * kLocalTransportShareBp;
      const MoneyRange charged{percent_of(local.unit_cost.low, weight), percent_of(local.unit_cost.high, weight),
                               local.cost.high_open};
      local.included = minus(local.cost, charged);
      local.included.high_open = false;
      local.cost = charged;
    }

    lines.push_back(line("visa", "Visa & entry fees", LineGroup::travel, {{result.travelers, "traveler", "travelers"}},
                         "traveler",
                         figure(for_origin(destination, destination.visa, "visa fees", result.origin),
                                query.overrides.visa, kYourVisa)));

    for (const auto& item : lines) {
      if (item.group == LineGroup::treatment) {
        result.treatment += item.cost;
      } else {
        result.travel += item.cost;
      }
    }

    // Adjustments, each on the lines it names: fees on what is spent abroad (all
    // but the flights, bought at home), then a reserve on everything before it.
    if (query.fx_fee_bp) {
      MoneyRange abroad{};
      for (const auto& item : lines) {
        if (item.id != "flights") abroad += item.cost;
      }
      lines.push_back(adjustment("fx_fee", "Bank & card fees abroad", *query.fx_fee_bp, abroad, &kYourFxFee));
      result.adjustments += lines.back().cost;
    }
    if (query.contingency_bp) {
      const MoneyRange everything = result.treatment + result.travel + result.adjustments;
      lines.push_back(adjustment("contingency", "Contingency reserve", *query.contingency_bp, everything,
                                 &kYourContingency));
      result.adjustments += lines.back().cost;
    }
    result.total = result.treatment + result.travel + result.adjustments;
    result.budget = query.budget;
    if (query.budget) result.fit = fit_budget(result.total, *query.budget);
  } catch (const MoneyOverflow&) {
    throw Error(ErrorKind::usage, "the estimate for '" + destination.id +
                                      "' is too large to compute: an amount exceeds the range of the arithmetic");
  }
  return result;
}

}  // namespace cpcost
