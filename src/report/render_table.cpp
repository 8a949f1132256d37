#include <fmt/format.h>

#include "report/estimate_sheet.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

// "Label: text", wrapped at width under the text, the label styled.
std::string labelled(const SheetNote& note, const Styler& style, std::size_t width) {
  const std::string label = note.label.empty() ? "" : std::string(note.label) + ": ";
  const std::string text = note.text + (note.footnote ? fmt::format(" [{}]", note.footnote) : "");
  std::string out = hanging(label, text, width);
  if (note.alarm) {
    // Over the budget: red, its words saying it too.
    std::string styled;
    for (std::size_t at = 0; at < out.size();) {
      const std::size_t end = out.find('\n', at);
      styled += style(Styler::red, out.substr(at, end - at)) + "\n";
      at = end + 1;
    }
    return styled;
  }
  if (!label.empty()) {
    const std::string_view how = note.label == "Advisory" && !Styler::for_level(note.level).empty() ? Styler::for_level(note.level) : Styler::bold;
    out = style(how, label.substr(0, label.size() - 1)) + out.substr(label.size() - 1);
  }
  return out;
}

}  // namespace

std::string render_table(const Estimate& estimate, const RenderOptions& options) {
  const EstimateSheet sheet = estimate_sheet(estimate, options);
  const Styler style(options.color);
  const std::size_t width = layout_width(options.width);

  std::string out;
  for (const auto& line : wrap(sheet.title, width)) out += style(Styler::bold, line) + "\n";
  out += "\n";
  // What a parent reads first: the total, the budget, the advisory, the plan.
  for (const auto& note : sheet.summary) out += labelled(note, style, width);
  out += "\n";

  // A narrow terminal loses the unit cost (the low and high say what is paid)
  // before any label is cut, and the quantity only when even wrapping cannot
  // make room (the assumptions say it in words); long labels wrap in their cells.
  TextTable table({{Align::left, 24, 12},
                   {Align::left, 22, 8, 2},
                   {Align::right, 0, 0, 1},
                   {Align::right},
                   {Align::right},
                   {Align::left}});
  for (const auto& row : sheet.rows) table.add_row({row.cells.begin(), row.cells.end()});
  const auto rows = table.rows(width);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const bool strong = sheet.rows[i].kind != SheetRow::Kind::line;
    for (const auto& line : rows[i]) out += (strong ? style(Styler::bold, line) : line) + "\n";
  }
  out += "\n";
  for (const auto& note : sheet.notes) out += labelled(note, style, width);
  if (!options.quiet) out += "\n" + sources_section(sheet.footnotes, options.color, width);
  // The disclaimer stays with --quiet: it is what the numbers mean.
  out += "\n";
  for (const auto& line : wrap(kDisclaimer, width)) out += line + "\n";
  return out;
}

}  // namespace cpcost
