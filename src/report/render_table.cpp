#include <fmt/format.h>

#include "report/estimate_sheet.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

std::string render_table(const Estimate& estimate, const RenderOptions& options) {
  const EstimateSheet sheet = estimate_sheet(estimate, options);
  const Styler style(options.color);

  TextTable table({Align::left, Align::left, Align::right, Align::right, Align::right, Align::left});
  for (const auto& row : sheet.rows) table.add_row({row.cells.begin(), row.cells.end()});
  const auto lines = table.lines();

  std::string out = style(Styler::bold, sheet.title) + "\n\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool strong = sheet.rows[i].kind != SheetRow::Kind::line;
    out += (strong ? style(Styler::bold, lines[i]) : lines[i]) + "\n";
  }
  out += "\n";
  for (const auto& note : sheet.notes) {
    if (!note.label.empty()) {
      out += note.label == "Advisory" ? style(Styler::yellow, "Advisory: ") : std::string(note.label) + ": ";
    }
    out += note.text + (note.footnote ? fmt::format(" [{}]", note.footnote) : "") + "\n";
  }
  if (!options.quiet) {
    out += "\n" + sources_section(sheet.footnotes, options.color);
    out += "\n" + std::string(kDisclaimer) + "\n";
  }
  return out;
}

}  // namespace cpcost
