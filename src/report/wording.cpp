#include "report/wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/format_money.hpp"

namespace cpcost {

namespace {

std::string counted(std::int64_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

}  // namespace

std::string destination_title(const Destination& destination) {
  const std::string& name = destination.name_in_text.empty() ? destination.name : destination.name_in_text;
  if (destination.cities.empty()) return name;
  return fmt::format("{} ({})", name, fmt::join(destination.cities, ", "));
}

std::string describe_quantity(const LineItem& line, bool unicode) {
  std::string text;
  for (const auto& factor : line.factors) {
    if (!text.empty()) text += unicode ? " \u00d7 " : " x ";
    const CountWords words = words_of(factor.of);
    text += counted(factor.count, words.singular, words.plural);
  }
  return text;
}

std::string assumptions_sentence(const Estimate& estimate) {
  std::string travelers = fmt::format("{}: the patient", counted(estimate.travelers, "traveler", "travelers"));
  if (estimate.companions > 0) travelers += " and " + counted(estimate.companions, "companion", "companions");
  if (!estimate.companions_from_query) travelers += " (the default: most patients travel with a caregiver)";

  std::string infusions = fmt::format("{} per cycle ({} included)",
                                      counted(estimate.infusions, "infusion", "infusions"), estimate.infusions_included);
  if (estimate.infusions < estimate.infusions_included) {
    // A cycle's price is for the whole cycle: asking for fewer infusions costs the same.
    infusions = fmt::format("{} per cycle (a cycle includes {}, at the same price for fewer)",
                            counted(estimate.infusions, "infusion", "infusions"), estimate.infusions_included);
  }

  const std::string nights = fmt::format(
      "{} ({}), {} (a room holds {})", counted(estimate.nights, "night", "nights"),
      estimate.nights_from_query ? "as given" : "the protocol's stay", counted(estimate.rooms, "room", "rooms"),
      estimate.destination->travelers_per_room.value);

  std::string origin = fmt::format("flights from {}", estimate.origin);
  if (!estimate.origin_from_query) origin += " (the default)";

  return fmt::format("Assumes {}; {}; {}; {}; {}. Change with --companions, --infusions, --cycles, --nights, --from.",
                     travelers, infusions, counted(estimate.cycles, "cycle", "cycles"), nights, origin);
}

std::string describe_advisory(const Advisory& advisory) {
  return fmt::format("{}: {}. {}", advisory.issuer, advisory.level, advisory.summary);
}

std::string rule_scope(const EntryRule& rule) {
  if (rule.origins.empty()) return "";
  return fmt::format(" (for travelers from {})", fmt::join(rule.origins, ", "));
}

bool stale(const Provenance& provenance, const Date& today) {
  return older_than_months(provenance.as_of, today, kStaleMonths);
}

bool stale(const LineItem& line, const Date& today) { return priced(line) && stale(*line.provenance, today); }

void StaleFigures::learn_lines(const Estimate& e, OldLines& known) {
  known.destination = e.destination;
  known.origin = e.origin_slot;
  known.figures.clear();
  known.old = 0;
  for (std::size_t i = 0; i < e.lines.size(); ++i) {
    const Provenance* figure = e.lines[i].provenance;
    known.figures.push_back(figure);
    if (i < 64 && figure && old(figure)) known.old |= std::uint64_t{1} << i;
  }
  // Past 64 lines the bits cannot say: such an estimate is never found again (stale_lines' callers ask line by line).
  if (e.lines.size() > 64) known.destination = nullptr;
}

bool StaleFigures::learn(const Provenance* provenance, std::size_t slot) {
  const auto [at, added] = known_.try_emplace(provenance, false);
  if (added) at->second = stale(*provenance, today_);
  if (filled_ < kSlots / 4 * 3) {
    slots_[slot] = {provenance, at->second};
    ++filled_;
  }
  return at->second;
}

bool any_stale(const Estimate& estimate, const Date& today) {
  for (const LineItem& line : estimate.lines) {
    if (stale(line, today)) return true;
  }
  return false;
}

std::string stale_ids(const Estimate& estimate, const Date& today) {
  std::string ids;
  for (const LineItem& line : estimate.lines) {
    if (!stale(line, today)) continue;
    if (!ids.empty()) ids += ';';
    ids += line.id;
  }
  return ids;
}

std::string stale_note(const Estimate& estimate, const Date& today) {
  std::vector<std::string> old;
  for (const LineItem& line : estimate.lines) {
    if (stale(line, today)) old.push_back(fmt::format("{} ({})", line.label(), line.provenance->as_of));
  }
  if (estimate.rate && stale(estimate.rate->provenance, today)) {
    old.push_back(fmt::format("the {} rate ({})", estimate.rate->code, estimate.rate->provenance.as_of));
  }
  if (old.empty()) return "";
  return fmt::format("*{} over {} months old: {}: check them before relying on the total.",
                     old.size() == 1 ? " A figure" : " Figures", kStaleMonths, fmt::join(old, ", "));
}

std::string age_warning(const Provenance& provenance, const Date& today) {
  if (!stale(provenance, today)) return "";
  return fmt::format(" (dated {}, over {} months ago: check the current advice)", provenance.as_of, kStaleMonths);
}

std::string not_included_sentence() {
  return fmt::format("Not included: {}.", fmt::join(kNotIncluded, "; "));
}

std::string chance_text(double probability) {
  if (probability > 0 && probability < 0.005) return "under 1 %";
  if (probability < 1 && probability > 0.995) return "over 99 %";
  return fmt::format("{} %", std::lround(probability * 100));
}

std::string percentile_text(const Percentiles& percentiles, int percentile, const MoneyFormat& money) {
  return format_money(round_to_units(percentiles.at(percentile)), {money.currency, false}) +
         (percentiles.open_at(percentile) ? "+" : "");
}

std::string total_summary(const Estimate& estimate, const MoneyFormat& money) {
  const MoneyFormat whole{money.currency, false};
  const std::string open = estimate.total.high_open ? "+" : "";
  const std::string bounds = format_money(round_to_units(estimate.total.low), whole) + "-" +
                             format_money(round_to_units(estimate.total.high), whole) + open;
  if (!estimate.simulation) {
    return fmt::format("{} (mid-point {}{})", bounds, format_money(round_to_units(estimate.total.mid()), whole), open);
  }
  const Percentiles& total = estimate.simulation->total;
  return fmt::format("likely {}-{} (80 % of outcomes), median {}; bounds {}", percentile_text(total, 10, money),
                     percentile_text(total, 90, money), percentile_text(total, 50, money), bounds);
}

std::string advisory_summary(const Destination& destination) {
  const std::optional<TreatmentAdvisory> found = treatment_advisory(destination);
  if (!found) return "";
  const Advisory& advisory = *found->advisory;
  std::string text = found->area ? fmt::format("Level {} where the treatment is ({}); the country {} ({})", found->level,
                                               advisory.treatment_area, advisory.level, advisory.issuer)
                                 : fmt::format("{} ({})", advisory.level, advisory.issuer);
  if (destination.advisories.size() > 1) {
    text += fmt::format("; {} more below", counted(static_cast<std::int64_t>(destination.advisories.size() - 1),
                                                  "advisory", "advisories"));
  }
  return text;
}

std::string short_advisory(const Destination& destination) {
  if (const auto advisory = treatment_advisory(destination)) return fmt::format("Level {}", advisory->level);
  if (destination.advisories.empty()) return "";
  const std::string& level = destination.advisories.front().level;
  return level.substr(0, level.find(':'));
}

std::string advisory_line(const Destination& destination) {
  if (const auto found = treatment_advisory(destination)) {
    const Advisory& advisory = *found->advisory;
    if (found->area) {
      return fmt::format("{}: Level {} in {}; the country {}", advisory.issuer, found->level, advisory.treatment_area,
                         advisory.level);
    }
    return advisory.issuer + ": " + advisory.level;
  }
  if (destination.advisories.empty()) return "";
  return destination.advisories.front().issuer + ": " + destination.advisories.front().level;
}

std::string plan_summary(const Estimate& estimate) {
  std::string people = "the patient";
  if (estimate.companions > 0) people += " and " + counted(estimate.companions, "companion", "companions");
  return fmt::format("{} of {}; {}, flights from {}; {}", counted(estimate.cycles, "cycle", "cycles"),
                     counted(estimate.infusions, "infusion", "infusions"), people, estimate.origin,
                     counted(estimate.nights, "night", "nights"));
}

std::string contradiction_sentence(const Contradiction& contradiction, const Destination& destination, int cycles,
                                   int infusions) {
  switch (contradiction.kind) {
    case Contradiction::Kind::companions_over_entry_rule: {
      const std::string& name = destination.name;
      return fmt::format("{}, but {}{} entry rule admits at most {}: the estimate prices the trip and visas of all {} "
                         "travelers as asked.",
                         counted(contradiction.asked, "companion", "companions"), name, name.ends_with('s') ? "'" : "'s",
                         contradiction.limit, contradiction.asked + 1);
    }
    case Contradiction::Kind::nights_under_protocol: {
      const std::string nights = counted(contradiction.asked, "night", "nights");
      return fmt::format("{}, fewer than the protocol's stay of {} ({} of {}): the treatment may not fit in the stay; "
                         "the estimate prices {} as asked.",
                         nights, contradiction.limit, counted(cycles, "cycle", "cycles"),
                         counted(infusions, "infusion", "infusions"), nights);
    }
    case Contradiction::Kind::cycles_over_nights:
      break;
  }
  const int without = contradiction.asked - contradiction.limit;
  const std::string nights = counted(contradiction.limit, "night", "nights");
  return fmt::format("{} in {}: each cycle is its own trip, so at least {} no night; the estimate prices {} as asked.",
                     counted(contradiction.asked, "cycle", "cycles"), nights,
                     without == 1 ? std::string("1 trip has") : fmt::format("{} trips have", without), nights);
}

std::string contradiction_sentence(const Contradiction& contradiction, const Estimate& estimate) {
  return contradiction_sentence(contradiction, *estimate.destination, estimate.cycles, estimate.infusions);
}

std::string_view contradiction_id(Contradiction::Kind kind) {
  switch (kind) {
    case Contradiction::Kind::companions_over_entry_rule:
      return "companions_over_entry_rule";
    case Contradiction::Kind::nights_under_protocol:
      return "nights_under_protocol";
    case Contradiction::Kind::cycles_over_nights:
      break;
  }
  return "cycles_over_nights";
}

std::string contradiction_rows_note(const std::vector<Contradiction::Kind>& kinds) {
  std::vector<std::string_view> what;
  for (const auto kind : {Contradiction::Kind::companions_over_entry_rule, Contradiction::Kind::nights_under_protocol,
                          Contradiction::Kind::cycles_over_nights}) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) continue;
    what.push_back(kind == Contradiction::Kind::companions_over_entry_rule ? "more companions than an entry rule admits"
                   : kind == Contradiction::Kind::nights_under_protocol    ? "fewer nights than the protocol's stay"
                                                                           : "more cycles than nights");
  }
  return fmt::format("! Asks what the data contradicts ({}): priced as asked; cpcost --country ID with the row's "
                     "options says how.",
                     fmt::join(what, "; "));
}

std::string contradiction_ids(const std::vector<Contradiction>& contradictions) {
  std::string ids;
  for (const Contradiction& contradiction : contradictions) {
    if (!ids.empty()) ids += ';';
    ids += contradiction_id(contradiction.kind);
  }
  return ids;
}

std::string contradiction_ids(const Estimate& estimate) { return contradiction_ids(estimate.contradictions); }

std::string budget_sentence(Money budget, BudgetFit fit, const MoneyFormat& money,
                            std::optional<double> probability_within) {
  std::string_view why;
  switch (fit) {
    case BudgetFit::fits:
      why = "even the high total is within it";
      break;
    case BudgetFit::may_fit:
      why = "the low total is within it, the high is not";
      break;
    case BudgetFit::over:
      why = "even the low total is over it";
      break;
  }
  // The budget as the family gave it: with its cents, if it has any.
  return fmt::format("Budget {}: {} ({}){}.",
                     format_money(budget, {money.currency, money.cents || budget.cents() % 100 != 0}), describe(fit), why,
                     probability_within ? "; chance within it: " + chance_text(*probability_within) : "");
}

}  // namespace cpcost
