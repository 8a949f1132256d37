#include "report/estimate_sheet.hpp"

#include <fmt/format.h>

#include "core/currency.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

std::string rate_text(const ExchangeRate& rate) {
  std::string text = fmt::format("1 USD = {} {}", format_rate(rate.per_usd_micros), rate.code);
  const std::string cited = describe_provenance(rate.provenance);
  return text + " (" + cited + ")";
}

std::string quantity_text(const LineItem& line, const MoneyFormat& money, bool unicode) {
  if (line.group == LineGroup::adjustment) {
    return fmt::format("{} of {}", format_percent(line.percent_bp), format_range(line.base, money));
  }
  std::string text = describe_quantity(line, unicode);
  if (line.included_units > 0) text += fmt::format(", {} in the package", line.included_units);
  else if (line.included != MoneyRange{} && line.cost == MoneyRange{}) text += ", in the package";
  else if (line.included != MoneyRange{}) text += ", less the package's share";
  return text;
}

// Whether a line of the estimate prices what a package's inclusion covers.
bool priced(Inclusion inclusion) {
  if (inclusion == Inclusion::meals || inclusion == Inclusion::local_transport) return true;
  for (const CostItem& item : kCostItems) {
    if (item.quote != QuoteRule::none && item.quote != QuoteRule::replaces && item.quote != QuoteRule::may_replace &&
        item.inclusion == inclusion) {
      return true;
    }
  }
  return false;
}

std::string_view subtotal_label(LineGroup group) {
  switch (group) {
    case LineGroup::treatment:
      return "Treatment subtotal";
    case LineGroup::travel:
      return "Travel & stay subtotal";
    case LineGroup::adjustment:
      break;
  }
  return "Adjustments subtotal";
}

}  // namespace

EstimateSheet estimate_sheet(const Estimate& estimate, const RenderOptions& options) {
  EstimateSheet sheet{{}, {}, {}, {}, Footnotes(estimate)};
  const MoneyFormat money = money_format(estimate);
  auto amount = [&](Money value) { return format_money(value, money); };
  auto high = [&](const MoneyRange& range) { return amount(range.high) + (range.high_open ? "+" : ""); };
  // Footnote markers point at the sources list, which --quiet leaves out.
  auto marker = [&](const Provenance& provenance) {
    return options.quiet ? std::string() : fmt::format("[{}]", sheet.footnotes.number_of(provenance));
  };

  sheet.title = fmt::format("Stem cell treatment for cerebral palsy in {}: estimated cost in {}",
                            destination_title(*estimate.destination), estimate.currency);
  sheet.rows.push_back({{"Item", "Quantity", "Unit cost", "Low", "High", options.quiet ? "" : "Source"},
                        SheetRow::Kind::header});
  for (std::size_t i = 0; i < estimate.lines.size(); ++i) {
    const LineItem& line = estimate.lines[i];
    const bool adjustment = line.group == LineGroup::adjustment;
    const std::string mark = stale(line, options.today) ? std::string(kStaleMark) : "";
    sheet.rows.push_back({{line.label() + mark, quantity_text(line, money, options.unicode),
                           adjustment ? "" : format_range(line.unit_cost, money), amount(line.cost.low),
                           high(line.cost), marker(*line.provenance)},
                          SheetRow::Kind::line, line.cost});
    const bool last_of_group = i + 1 == estimate.lines.size() || estimate.lines[i + 1].group != line.group;
    if (last_of_group) {
      const MoneyRange& subtotal = line.group == LineGroup::treatment ? estimate.treatment
                                   : line.group == LineGroup::travel  ? estimate.travel
                                                                      : estimate.adjustments;
      sheet.rows.push_back({{std::string(subtotal_label(line.group)), "", "", amount(subtotal.low), high(subtotal), ""},
                            SheetRow::Kind::subtotal, subtotal});
    }
  }
  // The mid-point sits in the total row's unit-cost cell: whole units unless the sheet shows cents.
  const Money mid = money.cents ? estimate.total.mid() : round_to_units(estimate.total.mid());
  const std::string open = estimate.total.high_open ? "+" : "";
  sheet.rows.push_back({{"Total", "", "mid-point " + amount(mid) + open, amount(estimate.total.low), high(estimate.total), ""},
                        SheetRow::Kind::total, estimate.total});

  sheet.summary.push_back({"Total", total_summary(estimate, money), 0, true});
  if (estimate.budget && estimate.fit) {
    sheet.summary.push_back({"", budget_sentence(*estimate.budget, *estimate.fit, money,
                                                 estimate.simulation ? estimate.simulation->probability_within
                                                                     : std::nullopt),
                             0, true, 0, *estimate.fit == BudgetFit::over});
  }
  if (const auto advisory = treatment_advisory(*estimate.destination)) {
    sheet.summary.push_back({"Advisory", advisory_summary(*estimate.destination), 0, true, advisory->level});
  }
  sheet.summary.push_back({"Plan", plan_summary(estimate)});
  // Under the plan, what the data says against it: priced as asked all the same.
  for (const Contradiction& contradiction : estimate.contradictions) {
    sheet.summary.push_back({"Warning", contradiction_sentence(contradiction, estimate), 0, true, 0, true});
  }

  auto note = [&](std::string text) { sheet.notes.push_back({"", std::move(text), 0}); };
  if (!estimate.destination->price_note.empty()) {
    sheet.notes.push_back({"Price", estimate.destination->price_note, 0, true});
  }
  note(assumptions_sentence(estimate));
  if (const Quote* quote = estimate.quote) {
    const MoneyFormat quoted{quote->currency, quote->price.range.low.cents() % 100 != 0 ||
                                                  quote->price.range.high.cents() % 100 != 0};
    note(fmt::format("Treatment from your quote: {}{}, {} a cycle with {} infusion{} included{}.", quote->clinic,
                     quote->city.empty() ? "" : " (" + quote->city + ")", format_range(quote->price.range, quoted),
                     quote->infusions_included, quote->infusions_included == 1 ? "" : "s",
                     quote->currency == estimate.currency ? ""
                                                          : fmt::format(", converted once from {} to {}",
                                                                        quote->currency, estimate.currency)));
    std::vector<std::string> taken_off;
    std::vector<std::string> not_estimated;
    for (const LineItem& line : estimate.lines) {
      if (line.included == MoneyRange{}) continue;
      taken_off.push_back(fmt::format("{} {}", line.label(), format_range(line.included, money)));
    }
    for (const Inclusion inclusion : quote->includes) {
      if (!priced(inclusion)) not_estimated.emplace_back(name_of(inclusion));
    }
    std::string included;
    for (const Inclusion inclusion : quote->includes) {
      included += (included.empty() ? "" : ", ") + std::string(name_of(inclusion));
    }
    if (!included.empty()) {
      std::string text = "The package includes " + included + ": not charged again";
      if (!taken_off.empty()) text += fmt::format(" (taken off: {})", fmt::join(taken_off, "; "));
      if (quote->has(Inclusion::meals) || quote->has(Inclusion::local_transport)) {
        text += "; meals are taken as 68 % and local transport as 32 % of a day's costs";
        if (quote->nights_included > 0) {
          text += fmt::format(", on the package's days (up to {} a cycle: its nights and 1)", quote->nights_included + 1);
        }
      }
      note(text + ".");
    }
  }
  if (estimate.currency != kBaseCurrency) {
    note(fmt::format("Amounts in {}: {}; each figure converted once, rounded half to even to the cent.",
                     estimate.currency, rate_text(*estimate.rate)));
  }
  if (const std::string old = stale_note(estimate, options.today); !old.empty()) note(old);
  note(not_included_sentence());
  if (estimate.quote && estimate.quote->currency != estimate.currency && estimate.quote->currency != kBaseCurrency) {
    note(fmt::format("The quote's currency: {}.", rate_text(*estimate.quote_rate)));
  }
  for (const auto& advisory : estimate.destination->advisories) {
    sheet.notes.push_back({"Advisory", describe_advisory(advisory) + age_warning(advisory.provenance, options.today),
                           options.quiet ? 0 : sheet.footnotes.number_of(advisory.provenance), false,
                           advisory.level_number().value_or(0)});
  }
  for (const EntryRule* rule : estimate.entry_rules) {
    sheet.notes.push_back({"Entry", rule->summary + age_warning(rule->provenance, options.today),
                           options.quiet ? 0 : sheet.footnotes.number_of(rule->provenance)});
  }
  return sheet;
}

}  // namespace cpcost
