#include <fmt/format.h>

#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {


std::string render_markdown(const Estimate& estimate, const RenderOptions& options) {
  const Footnotes footnotes(estimate);
  const bool cents = needs_cents(estimate);
  auto money = [&](Money amount) { return markdown_escape(format_dollars(amount, cents)); };
  auto high = [&](const MoneyRange& range) { return money(range.high) + (range.high_open ? "+" : ""); };
  // Without the sources list (--quiet) there is nothing for a marker to point at.
  auto marker = [&](const Provenance& provenance) {
    return options.quiet ? std::string() : fmt::format(" [{}]", footnotes.number_of(provenance));
  };
  auto row = [&](std::vector<std::string> cells, const Provenance* provenance) {
    if (!options.quiet) cells.push_back(provenance ? marker(*provenance).substr(1) : "");
    return fmt::format("| {} |\n", fmt::join(cells, " | "));
  };
  auto bold = [](const std::string& text) { return "**" + text + "**"; };

  std::string out = fmt::format("## Stem cell treatment for cerebral palsy in {}: estimated cost in USD\n\n",
                                markdown_escape(destination_title(*estimate.destination)));
  out += options.quiet ? "| Item | Quantity | Unit cost | Low | High |\n|:-----|:---------|----------:|----:|-----:|\n"
                       : "| Item | Quantity | Unit cost | Low | High | Source |\n"
                         "|:-----|:---------|----------:|----:|-----:|:-------|\n";
  for (std::size_t i = 0; i < estimate.lines.size(); ++i) {
    const LineItem& line = estimate.lines[i];
    out += row({markdown_escape(line.label()), markdown_escape(describe_quantity(line, options.unicode)), markdown_escape(format_range(line.unit_cost, cents)),
                money(line.cost.low), high(line.cost)},
               line.provenance);
    const bool last_of_group = i + 1 == estimate.lines.size() || estimate.lines[i + 1].group != line.group;
    if (last_of_group) {
      const bool treatment = line.group == LineGroup::treatment;
      const MoneyRange& subtotal = treatment ? estimate.treatment : estimate.travel;
      out += row({bold(markdown_escape(treatment ? "Treatment subtotal" : "Travel & stay subtotal")), "", "",
                  bold(money(subtotal.low)), bold(high(subtotal))},
                 nullptr);
    }
  }
  const Money mid = cents ? estimate.total.mid() : round_to_units(estimate.total.mid());
  out += row({bold("Total"), "", "mid-point " + money(mid), bold(money(estimate.total.low)), bold(high(estimate.total))},
             nullptr);

  out += "\n" + markdown_escape(assumptions_sentence(estimate)) + "\n";
  if (estimate.budget && estimate.fit) {
    out += "\n**" + markdown_escape(budget_sentence(*estimate.budget, *estimate.fit, cents)) + "**\n";
  }
  for (const auto& advisory : estimate.destination->advisories) {
    out += fmt::format("\n> **Advisory:** {}{}\n", markdown_escape(describe_advisory(advisory)), marker(advisory.provenance));
  }
  for (const auto& rule : estimate.destination->entry_rules) {
    out += fmt::format("\n> **Entry:** {}{}\n", markdown_escape(rule.summary), marker(rule.provenance));
  }

  if (!options.quiet) {
    out += "\n" + markdown_sources_section(footnotes);
    out += fmt::format("\n*{}*\n", markdown_escape(kDisclaimer));
  }
  return out;
}

}  // namespace cpcost
