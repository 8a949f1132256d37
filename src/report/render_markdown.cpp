#include <fmt/format.h>

#include "report/estimate_sheet.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {

std::string render_markdown(const Estimate& estimate, const RenderOptions& options) {
  const EstimateSheet sheet = estimate_sheet(estimate, options);
  std::string out = "## " + markdown_escape(sheet.title) + "\n\n";
  // What a parent reads first: the total, the budget, the advisory, the plan.
  for (const auto& note : sheet.summary) {
    out += note.label.empty() ? fmt::format("- **{}**\n", markdown_escape(note.text))
                              : fmt::format("- **{}:** {}\n", note.label, markdown_escape(note.text));
  }
  out += "\n";
  // Without the sources list (--quiet) there is no source column to point into it.
  const std::size_t columns = options.quiet ? 5 : 6;
  for (const auto& row : sheet.rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < columns; ++c) {
      // Footnote markers stay as written: [1] is not a link without a definition.
      std::string cell = c == 5 ? row.cells[c] : markdown_escape(row.cells[c]);
      const bool strong = (row.kind == SheetRow::Kind::subtotal || row.kind == SheetRow::Kind::total) &&
                          !cell.empty() && (c == 0 || c == 3 || c == 4);
      cells.push_back(strong ? "**" + cell + "**" : cell);
    }
    out += fmt::format("| {} |\n", fmt::join(cells, " | "));
    if (row.kind == SheetRow::Kind::header) {
      out += options.quiet ? "|:-----|:---------|----------:|----:|-----:|\n" : "|:-----|:---------|----------:|----:|-----:|:-------|\n";
    }
  }
  out += "\n";
  for (const auto& note : sheet.notes) {
    const std::string marker = note.footnote ? fmt::format(" [{}]", note.footnote) : "";
    if (note.label.empty()) {
      out += (note.strong ? "**" + markdown_escape(note.text) + "**" : markdown_escape(note.text)) + "\n\n";
    } else {
      out += fmt::format("> **{}:** {}{}\n\n", note.label, markdown_escape(note.text), marker);
    }
  }
  if (!options.quiet) out += markdown_sources_section(sheet.footnotes) + "\n";
  // The disclaimer stays with --quiet: it is what the numbers mean.
  out += fmt::format("*{}*\n", markdown_escape(kDisclaimer));
  return out;
}

}  // namespace cpcost
