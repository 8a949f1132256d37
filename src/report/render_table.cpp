#include <fmt/format.h>

#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

std::string render_table(const Estimate& estimate, const RenderOptions& options) {
  const Footnotes footnotes(estimate);
  const bool cents = needs_cents(estimate);
  const Styler style(options.color);
  auto money = [&](Money amount) { return format_dollars(amount, cents); };
  auto high = [&](const MoneyRange& range) { return money(range.high) + (range.high_open ? "+" : ""); };
  // Footnote markers point at the sources list, which --quiet leaves out.
  auto marker = [&](const Provenance& provenance) {
    return options.quiet ? std::string() : fmt::format("[{}]", footnotes.number_of(provenance));
  };

  TextTable table({Align::left, Align::left, Align::right, Align::right, Align::right, Align::left});
  std::vector<bool> strong;
  auto add = [&](std::vector<std::string> cells, bool bold) {
    table.add_row(std::move(cells));
    strong.push_back(bold);
  };
  add({"Item", "Quantity", "Unit cost", "Low", "High", options.quiet ? "" : "Source"}, true);
  for (std::size_t i = 0; i < estimate.lines.size(); ++i) {
    const LineItem& line = estimate.lines[i];
    add({line.label(), describe_quantity(line, options.unicode), format_range(line.unit_cost, cents),
         money(line.cost.low), high(line.cost), marker(*line.provenance)},
        false);
    const bool last_of_group = i + 1 == estimate.lines.size() || estimate.lines[i + 1].group != line.group;
    if (last_of_group) {
      const bool treatment = line.group == LineGroup::treatment;
      const MoneyRange& subtotal = treatment ? estimate.treatment : estimate.travel;
      add({treatment ? "Treatment subtotal" : "Travel & stay subtotal", "", "", money(subtotal.low), high(subtotal), ""},
          true);
    }
  }
  // The mid-point sits in the total row's unit-cost cell: whole dollars unless the table shows cents.
  const Money mid = cents ? estimate.total.mid() : round_to_units(estimate.total.mid());
  add({"Total", "", "mid-point " + money(mid), money(estimate.total.low), high(estimate.total), ""}, true);

  std::string out = style(Styler::bold, fmt::format("Stem cell treatment for cerebral palsy in {}: estimated cost in USD",
                                                    destination_title(*estimate.destination)));
  out += "\n\n";
  const auto lines = table.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) out += (strong[i] ? style(Styler::bold, lines[i]) : lines[i]) + "\n";

  out += "\n" + assumptions_sentence(estimate) + "\n";
  if (estimate.budget && estimate.fit) out += budget_sentence(*estimate.budget, *estimate.fit, cents) + "\n";
  for (const auto& advisory : estimate.destination->advisories) {
    out += style(Styler::yellow, "Advisory: ") + describe_advisory(advisory);
    out += options.quiet ? "\n" : " " + marker(advisory.provenance) + "\n";
  }
  for (const auto& rule : estimate.destination->entry_rules) {
    out += "Entry: " + rule.summary;
    out += options.quiet ? "\n" : " " + marker(rule.provenance) + "\n";
  }

  if (!options.quiet) {
    out += "\n" + sources_section(footnotes, options.color);
    out += "\n" + std::string(kDisclaimer) + "\n";
  }
  return out;
}

}  // namespace cpcost
