#include "core/estimate.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace cpcost {

const Provenance kMealsTransportSplit{
    "m.tendoing.com, Guadalajara travel costs (meals 69, local transport 32 USD a day)", "", true,
    "meals are 68 % and local transport 32 % of a day's meals and local transport"};

namespace {

// The family's own adjustments: marked "yours", never cited as a source.
const Provenance kYourContingency{"--contingency", "", false, "", true};
const Provenance kYourFxFee{"--fx-fee", "", false, "", true};

[[noreturn, gnu::cold]] void refuse_outside(std::string_view what, int value, int low, int high) {
  throw Error(ErrorKind::usage, std::string(what) + " must be " + std::to_string(low) + " to " + std::to_string(high) +
                                    ", not " + std::to_string(value));
}

// Inline, the message apart: every estimate checks four counts.
inline void require_within(std::string_view what, int value, int low, int high) {
  if (value < low || value > high) refuse_outside(what, value, low, high);
}

// A figure as the estimate uses it: in the estimate's currency, with its provenance.
struct Figure {
  MoneyRange range;
  const Provenance* provenance = nullptr;
  bool quoted = false;
  std::optional<double> typical_at{};  // the data's typical value, as a share of the range
};

// Where typical lies in range: the mode of a PERT draw, independent of currency and quantity.
std::optional<double> share_of(const PriceFigure& figure) {
  const std::int64_t width = (figure.range.high - figure.range.low).cents();
  if (!figure.typical || width <= 0) return std::nullopt;
  return static_cast<double>((*figure.typical - figure.range.low).cents()) / static_cast<double>(width);
}

MoneyRange share(const MoneyRange& range, std::int64_t basis_points) {
  return {percent_of(range.low, basis_points), percent_of(range.high, basis_points), range.high_open};
}

MoneyRange minus(const MoneyRange& a, const MoneyRange& b) { return {a.low - b.low, a.high - b.high, a.high_open}; }

// Step 1: what was asked, checked against the catalog: the destination, the
// origin and the entry rules that concern it, the currency, the quote.
// found: the destination and the origin's slot when the caller found them
// already (LineTemplates::estimate, to choose its set of lines).
[[gnu::hot]] const Destination& understand_query(const Catalog& catalog, const Query& query, Estimate& result,
                                    LineTemplates* templates, const Destination* found = nullptr,
                                    std::optional<std::size_t> found_slot = std::nullopt) {
  const Destination& destination = found       ? *found
                                   : templates ? templates->destination(catalog, query.country)
                                               : find_destination(catalog, query.country);
  result.destination = &destination;
  const std::string_view origin = query.origin ? std::string_view(*query.origin) : kDefaultOrigin;
  const auto slot = found_slot ? found_slot : origin_slot(origin);
  if (!slot) {
    throw Error(ErrorKind::usage, "unknown origin '" + std::string(origin) + "'; known origins: " + known_origins());
  }
  result.origin_slot = *slot;
  result.origin = kOrigins[*slot];
  result.origin_from_query = query.origin.has_value();
  for (const EntryRule& rule : destination.entry_rules) {
    if (rule.applies_to(result.origin)) result.entry_rules.push_back(&rule);
  }
  // Most estimates are in US dollars: with templates, that rate without a lookup.
  result.rate = query.currency ? catalog.currencies.find(*query.currency)
                : templates    ? &templates->usd(catalog)
                               : &catalog.currencies.usd();
  if (!result.rate) {
    throw Error(ErrorKind::usage, "no exchange rate for currency '" + *query.currency +
                                      "'; the data has: " + catalog.currencies.codes());
  }
  result.currency = result.rate->code;
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
  return destination;
}

// The nights the protocol takes for the plan: each cycle's, and more for each extra infusion.
int protocol_nights(const Destination& destination, const Estimate& result) {
  return result.cycles *
         (destination.stay.nights_per_cycle + result.extra_infusions * destination.stay.extra_nights_per_extra_infusion);
}

// Step 2: the quantities: infusions, cycles, travelers, nights, days, rooms.
[[gnu::hot]] void count_quantities(const Destination& destination, const Query& query, Estimate& result) {
  result.infusions_included = result.quote ? result.quote->infusions_included : destination.infusions_included.value;
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
  result.nights = query.nights.value_or(protocol_nights(destination, result));
  result.days = result.nights + result.cycles;
  const int per_room = destination.travelers_per_room.value;
  result.rooms = (result.travelers + per_room - 1) / per_room;
}

// Step 2b: what the data says against the query (an entry rule's limit, the
// protocol's stay, a trip per cycle): priced as asked all the same, and carried for the report to say.
[[gnu::hot]] void find_contradictions(const Destination& destination, Estimate& result) {
  using enum Contradiction::Kind;
  for (const EntryRule* rule : result.entry_rules) {
    if (rule->max_companions && result.companions > *rule->max_companions) {
      result.contradictions.push_back({companions_over_entry_rule, result.companions, *rule->max_companions, rule});
    }
  }
  if (!result.nights_from_query) return;  // the protocol's own stay contradicts nothing
  if (const int protocol = protocol_nights(destination, result); result.nights < protocol) {
    result.contradictions.push_back({nights_under_protocol, result.nights, protocol});
  }
  if (result.nights < result.cycles) result.contradictions.push_back({cycles_over_nights, result.cycles, result.nights});
}

// Each count a line's factor may name, by Count's value: made once an
// estimate and looked up per factor (a switch per factor was an indirect jump
// whose target changes from factor to factor).
constexpr std::size_t kCountKinds = static_cast<std::size_t>(Count::days) + 1;
std::array<std::int64_t, kCountKinds> counts_of(const Estimate& result) {
  std::array<std::int64_t, kCountKinds> counts{};
  auto set = [&counts](Count count, std::int64_t value) { counts[static_cast<std::size_t>(count)] = value; };
  set(Count::cycles, result.cycles);
  set(Count::first_cycle, 1);
  set(Count::follow_ups, result.cycles - 1);
  set(Count::trips, result.cycles);
  set(Count::extra_infusions, result.extra_infusions);
  set(Count::travelers, result.travelers);
  set(Count::nights, result.nights);
  set(Count::rooms, result.rooms);
  set(Count::days, result.days);
  return counts;
}

// A figure the data leaves out, by its item's rule, from the first cycle's
// price as this estimate has it (the data's, or a quote's).
Figure derived_figure(const CostItem& item, const std::vector<LineItem>& lines, const Estimate& result) {
  if (item.derive == Derive::none || lines.empty() || lines.front().id != "treatment") {
    // The data layer derives only what has a rule, after the treatment; this guards a hand-built catalog.
    throw Error(ErrorKind::data, result.destination->source_path + ": no figure for '" + std::string(item.id) + "'");
  }
  return {derived_range(item.derive, lines.front().unit_cost, result.infusions_included), derived_provenance(item.derive),
          false};
}

// The figure a line is priced at: the family's own (an override), else the
// quote's where the item lets a quote set it, else the data's, converted once,
// or the item's rule where the data leaves it out.
Figure figure_for(const ItemFigures& figures, const Query& query, const ExchangeRate& usd,
                  const std::vector<LineItem>& lines, const Estimate& result) {
  const CostItem& item = *figures.item;
  if (const MoneyRange* yours = query.overrides.find(item.id)) return {*yours, &item.yours, false};
  const Quote* quote = result.quote;
  auto quoted = [&](const PriceFigure& price) {
    return Figure{convert(price.range, *result.quote_rate, *result.rate), &price.provenance, true};
  };
  if (quote && item.quote == QuoteRule::replaces) return quoted(quote->price);
  if (quote && item.quote == QuoteRule::may_replace && quote->extra_infusion) {
    Figure figure = quoted(*quote->extra_infusion);
    figure.quoted = false;  // the line's label stays the item's: only the treatment is "quoted"
    return figure;
  }
  if (figures.derived) return derived_figure(item, lines, result);
  const PriceFigure* data = figures.for_origin(result.origin_slot);
  if (!data) {
    // The data layer requires every origin; this guards a hand-built catalog.
    throw Error(ErrorKind::data, result.destination->source_path + ": no " + std::string(item.data_key) +
                                     " for origin '" + std::string(result.origin) + "'");
  }
  // Most estimates are in US dollars, as the data is: no conversion to make.
  const MoneyRange range = &usd == result.rate ? data->range : convert(data->range, usd, *result.rate);
  // Where typical lies matters only to the draws of likely ranges.
  return {range, &data->provenance, false, query.sampling ? share_of(*data) : std::nullopt};
}

// Step 3a: a line for each cost item the destination gives, as the catalog
// and the run's fixed choices set it out (its figure, words and unit), not yet
// counted. The same for every estimate of one destination and origin in a run
// (LineTemplates keeps them).
void set_out_lines(const Catalog& catalog, const Query& query, const Estimate& result, std::vector<LineItem>& lines) {
  lines.clear();
  lines.reserve(result.destination->items.size() + 2);
  const ExchangeRate& usd = catalog.currencies.usd();
  for (const ItemFigures& figures : result.destination->items) {
    const CostItem& item = *figures.item;
    const Figure figure = figure_for(figures, query, usd, lines, result);
    LineItem& line = lines.emplace_back();
    line.item = &item;
    line.id = item.id;
    line.name = item.words == Words::label && !figures.words.empty() ? std::string_view(figures.words) : item.label;
    if (item.words == Words::arrival) line.arrival = figures.words;
    line.quoted = figure.quoted;
    line.group = item.group;
    line.paid = item.paid;
    for (const Count count : item.factors.counts()) {
      line.factors.add({0, count});  // counted in step 3b
    }
    line.unit = item.unit;
    line.unit_cost = figure.range;
    line.provenance = figure.provenance;
    line.typical_at = figure.typical_at;
  }
}

// Step 3b: each line counted (its factors in its item's order) and priced at
// unit cost x quantity.
[[gnu::hot]] void count_lines(Estimate& result) {
  const auto counts = counts_of(result);
  for (LineItem& line : result.lines) line.cost = line.unit_cost.times(line.factors.count_from(counts));
  // What a package covers is step 4's to say. Lines counted again in place
  // (LineTemplates::estimate) hold the last estimate's; without a quote
  // nothing ever set it (a run's lines have one quote or none).
  if (result.quote) {
    for (LineItem& line : result.lines) {
      line.included = MoneyRange{};
      line.included_units = 0;
    }
  }
}

// Accommodation: a package's nights cover one room; more rooms are paid every night.
void deduct_nights(LineItem& room, const Quote& quote, const Estimate& result) {
  if (quote.nights_included <= 0) return;
  const std::int64_t covered = std::min<std::int64_t>(result.nights, std::int64_t{result.cycles} * quote.nights_included);
  room.included_units = covered;
  room.included = room.unit_cost.times(covered);
  room.cost = minus(room.cost, room.included);
}

// Meals and local transport: what is charged is the daily cost of each
// traveler-day, less the shares the package includes on the days it covers, in
// one exact weight so that there is one rounding (and never below zero):
// weight = days x travelers - package days x travelers x included share. A package with nights covers
// those nights' days (nights + 1 a cycle); days beyond them are paid in full.
// One without nights says nothing of its days: its inclusions cover the whole stay.
void deduct_days(LineItem& local, const Quote& quote, const Estimate& result) {
  const bool meals = quote.has(Inclusion::meals);
  const bool transport = quote.has(Inclusion::local_transport);
  const std::int64_t included_bp = (meals ? kMealsShareBp : 0) + (transport ? kLocalTransportShareBp : 0);
  const std::int64_t package_days =
      quote.nights_included > 0
          ? std::min<std::int64_t>(result.days, std::int64_t{result.cycles} * (quote.nights_included + 1))
          : result.days;
  const std::int64_t weight = local.quantity() * 10'000 - package_days * result.travelers * included_bp;
  const MoneyRange charged{percent_of(local.unit_cost.low, weight), percent_of(local.unit_cost.high, weight),
                           local.cost.high_open};
  local.included = minus(local.cost, charged);
  local.included.high_open = false;
  local.cost = charged;
}

// Step 4: what a quoted package already covers is not charged again.
void deduct_package(Estimate& result) {
  if (!result.quote) return;
  for (LineItem& line : result.lines) {
    if (line.item->quote == QuoteRule::covers_nights) deduct_nights(line, *result.quote, result);
    if (line.item->quote == QuoteRule::covers_days) deduct_days(line, *result.quote, result);
    if (line.item->quote == QuoteRule::covered && result.quote->has(line.item->inclusion)) {
      line.included = line.cost;  // the whole line, not charged again
      line.included.high_open = false;
      line.cost = MoneyRange{};
    }
  }
}

// An adjustment: basis points of base.
LineItem adjustment(std::string_view id, std::string_view name, std::int64_t basis_points, const MoneyRange& base,
                    const Provenance* provenance) {
  LineItem item;
  item.id = id;
  item.name = name;
  item.group = LineGroup::adjustment;
  item.unit = "share";
  item.cost = share(base, basis_points);
  item.provenance = provenance;
  item.percent_bp = basis_points;
  item.base = base;
  item.base.high_open = false;
  return item;
}

// Step 5: the subtotals, then the adjustments, each on the lines it names: fees
// on what is paid abroad, then a reserve on everything before it.
[[gnu::hot]] void add_up(const Query& query, Estimate& result) {
  for (const auto& item : result.lines) {
    if (item.group == LineGroup::treatment) {
      result.treatment += item.cost;
    } else {
      result.travel += item.cost;
    }
  }
  if (query.fx_fee_bp) {
    MoneyRange abroad{};
    for (const auto& item : result.lines) {
      if (item.paid == Paid::abroad) abroad += item.cost;
    }
    result.lines.push_back(adjustment("fx_fee", "Bank & card fees abroad", *query.fx_fee_bp, abroad, &kYourFxFee));
    result.adjustments += result.lines.back().cost;
  }
  if (query.contingency_bp) {
    const MoneyRange everything = result.treatment + result.travel + result.adjustments;
    result.lines.push_back(
        adjustment("contingency", "Contingency reserve", *query.contingency_bp, everything, &kYourContingency));
    result.adjustments += result.lines.back().cost;
  }
  result.total = result.treatment + result.travel + result.adjustments;
  result.budget = query.budget;
  if (query.budget) result.fit = fit_budget(result.total, *query.budget);
}

// An estimate the arithmetic cannot hold, and whose fault it is. Within
// QueryLimits, the data's bounded figures cannot overflow in US dollars: what
// can is the family's own figures (--flight 1e15) or rate (--rate), a usage
// error; else a rate in the data (its currencies.toml, or a quote's currency),
// a data error.
Error too_large(const Catalog& catalog, const Query& query, const Estimate& result) {
  const std::string what = "the estimate for '" + result.destination->id + "' is too large to compute";
  if (!query.overrides.empty()) {
    Query without = query;
    without.overrides = Overrides{};
    try {
      estimate(catalog, without);
      return Error(ErrorKind::usage, what + ": your own figures make an amount exceed the range of the arithmetic");
    } catch (const Error&) {
      // Too large without them too: the rate's doing, below.
    }
  }
  if (result.rate->provenance.yours) {
    return Error(ErrorKind::usage, what + " at your --rate of " + format_rate(result.rate->per_usd_micros) + " " +
                                       std::string(result.currency) + " per USD: an amount exceeds the range of the arithmetic");
  }
  std::string rates;
  for (const ExchangeRate* rate : {result.rate, result.quote_rate}) {
    if (!rate || rate->code == kBaseCurrency || rates.find(rate->code) != std::string::npos) continue;
    rates += (rates.empty() ? "" : ", ") + format_rate(rate->per_usd_micros) + " " + rate->code + " per USD";
  }
  if (rates.empty()) {
    // In US dollars the data layer's bounds keep every figure within reach: a catalog built past them.
    return Error(ErrorKind::data, what + ": the figures of " + result.destination->source_path +
                                      " make an amount exceed the range of the arithmetic");
  }
  return Error(ErrorKind::data, what + " in " + std::string(result.currency) + " at the data's exchange rates (" + rates +
                                    ", currencies.toml): an amount exceeds the range of the arithmetic; check the rate");
}

// A fresh estimate, but for the capacity of its vectors: taken out, emptied
// and put back, so that a batch's estimates allocate nothing once warm. The
// lines are left as they are for step 3 to replace: copied over lines that
// exist, a template is one block copy; into an empty vector, a line at a time.
[[gnu::hot]] void reset(Estimate& result) {
  std::vector<const EntryRule*> entry_rules = std::move(result.entry_rules);
  std::vector<LineItem> lines = std::move(result.lines);
  std::vector<Contradiction> contradictions = std::move(result.contradictions);
  entry_rules.clear();
  contradictions.clear();
  result = Estimate{};
  result.entry_rules = std::move(entry_rules);
  result.lines = std::move(lines);
  result.contradictions = std::move(contradictions);
}

// Steps 3b to 5, and the likely range: the lines set out, counted and added up.
[[gnu::hot]] void count_and_add_up(const Query& query, Estimate& result) {
  count_lines(result);
  deduct_package(result);
  add_up(query, result);
  if (query.sampling) result.simulation = simulate(result, *query.sampling);
}

}  // namespace

void Factors::too_many() { throw std::length_error("a line has at most ItemFactors::kMax factors"); }

std::string LineItem::label() const {
  std::string text(name);
  if (!arrival.empty()) {
    // "Flights, round trip" landing elsewhere: "Flights to Rzeszów, Poland, round trip".
    const auto comma = name.find(',');
    text = std::string(name.substr(0, comma)) + " to " + std::string(arrival) + std::string(name.substr(comma));
  }
  return quoted ? text + ", quoted" : text;
}

[[gnu::hot]] const std::vector<LineItem>& LineTemplates::lines_for(const Catalog& catalog, const Query& query, const Estimate& result) {
  // What a run holds fixed: when it changes (another quote, currency or figures of
  // the family's own), the templates made for the old are of no use.
  const bool same_run = catalog_ == &catalog && rate_ == result.rate && quote_ == result.quote &&
                        sampling_ == query.sampling.has_value() && overrides_ == query.overrides;
  if (!same_run) {
    catalog_ = &catalog;
    rate_ = result.rate;
    quote_ = result.quote;
    sampling_ = query.sampling.has_value();
    overrides_ = query.overrides;
    known_.assign(catalog.destinations.size() * kOrigins.size(), std::nullopt);
    ++generation_;
  }
  const auto destination = static_cast<std::size_t>(result.destination - catalog.destinations.data());
  auto& lines = known_[destination * kOrigins.size() + result.origin_slot];
  if (!lines) set_out_lines(catalog, query, result, lines.emplace());
  return *lines;
}

const ExchangeRate& LineTemplates::usd(const Catalog& catalog) {
  if (usd_of_ != &catalog) {
    usd_of_ = &catalog;
    usd_ = &catalog.currencies.usd();
  }
  return *usd_;
}

const DestinationIndex& LineTemplates::index_of(const Catalog& catalog) {
  if (!index_ || &index_->catalog() != &catalog) index_.emplace(catalog);
  return *index_;
}

const Destination& LineTemplates::destination(const Catalog& catalog, std::string_view name) {
  if (const Destination* found = index_of(catalog).find(name)) return *found;
  return find_destination(catalog, name);  // not one: the error, with the closest names
}

Estimate estimate(const Catalog& catalog, const Query& query) {
  Estimate result;
  estimate_into(catalog, query, result);
  return result;
}

void estimate_into(const Catalog& catalog, const Query& query, Estimate& result, LineTemplates* templates) {
  if (templates) {
    templates->estimate_into(catalog, query, result, nullptr);
    return;
  }
  reset(result);
  const Destination& destination = understand_query(catalog, query, result, nullptr);
  count_quantities(destination, query, result);
  find_contradictions(destination, result);
  try {
    set_out_lines(catalog, query, result, result.lines);
    count_and_add_up(query, result);
  } catch (const MoneyOverflow&) {
    throw too_large(catalog, query, result);
  }
}

[[gnu::hot]] void LineTemplates::estimate_into(const Catalog& catalog, const Query& query, Estimate& result,
                                  std::uint64_t* lines_made, const Destination* destination_found,
                                  std::optional<std::size_t> origin_found) {
  const std::uint64_t made = lines_made ? std::exchange(*lines_made, 0) : 0;  // 0 until made again: a throw leaves it unknown
  reset(result);
  const Destination& destination = understand_query(catalog, query, result, this, destination_found, origin_found);
  count_quantities(destination, query, result);
  find_contradictions(destination, result);
  try {
    const std::vector<LineItem>& set_out = lines_for(catalog, query, result);
    if (made != 0 && made == generation_) {
      result.lines.resize(set_out.size());  // the set already, but for the last estimate's adjustments
    } else {
      result.lines = set_out;
    }
    count_and_add_up(query, result);
  } catch (const MoneyOverflow&) {
    throw too_large(catalog, query, result);
  }
  if (lines_made) *lines_made = generation_;
}

[[gnu::hot]] const Estimate& LineTemplates::estimate(const Catalog& catalog, const Query& query) {
  // The set of lines the estimate will use: its destination and origin, found
  // as understand_query finds them. A query without one is estimated apart, to throw its error.
  const Destination* destination = index_of(catalog).find(query.country);
  const auto slot = origin_slot(query.origin ? std::string_view(*query.origin) : kDefaultOrigin);
  if (!destination || !slot) {
    estimate_into(catalog, query, unplaced_, nullptr);
    return unplaced_;
  }
  const std::size_t sets = catalog.destinations.size() * kOrigins.size();
  if (made_.size() != sets) {
    made_.clear();
    made_.resize(sets);
    made_from_.assign(sets, 0);
  }
  const auto place = static_cast<std::size_t>(destination - catalog.destinations.data()) * kOrigins.size() + *slot;
  if (!made_[place]) made_[place] = std::make_unique<Estimate>();
  estimate_into(catalog, query, *made_[place], &made_from_[place], destination, slot);
  return *made_[place];
}

}  // namespace cpcost
