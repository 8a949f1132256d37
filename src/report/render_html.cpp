#include <fmt/format.h>

#include <algorithm>

#include "report/estimate_sheet.hpp"
#include "report/html.hpp"
#include "report/range_chart_svg.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

// "[3]" as a link to the third source; the marker as written when the list is left out.
std::string footnote_link(int number) {
  return fmt::format("<a href=\"#source-{0}\">[{0}]</a>", number);
}

// A source cell of the sheet ("[3]"), linked to its source.
std::string source_cell(const std::string& cell) {
  if (cell.size() < 3 || cell.front() != '[' || cell.back() != ']') return html_escape(cell);
  int number = 0;
  for (std::size_t i = 1; i + 1 < cell.size(); ++i) {
    if (cell[i] < '0' || cell[i] > '9') return html_escape(cell);
    number = number * 10 + (cell[i] - '0');
  }
  return footnote_link(number);
}

const SheetRow& total_row(const EstimateSheet& sheet) {
  const auto found = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                  [](const SheetRow& row) { return row.kind == SheetRow::Kind::total; });
  return found == sheet.rows.end() ? sheet.rows.back() : *found;
}

// The subtotals and the total on one scale from nothing, the total's likely range and median inside it.
std::string chart(const Estimate& estimate, const EstimateSheet& sheet) {
  std::vector<ChartBar> bars;
  Money from;
  Money to;
  for (const SheetRow& row : sheet.rows) {
    if (row.kind != SheetRow::Kind::subtotal && row.kind != SheetRow::Kind::total) continue;
    ChartBar bar{row.cells[0], row.cells[3] + "-" + row.cells[4], row.range, std::nullopt, std::nullopt};
    if (row.kind == SheetRow::Kind::total && estimate.simulation) {
      const Percentiles& total = estimate.simulation->total;
      bar.likely = MoneyRange{total.at(10), total.at(90), total.open_at(90)};
      bar.median = total.at(50);
    }
    from = std::min(from, row.range.low);
    to = std::max(to, row.range.high);
    bars.push_back(std::move(bar));
  }
  std::string legend = "Each bar runs from the low to the high total";
  if (estimate.simulation) legend += "; in the total's, the darker part is the likely range (80 % of outcomes), the tick the median";
  if (estimate.budget) legend += "; the dashed rule is the budget";
  legend += ".";
  return range_chart_svg(bars, from, to, estimate.budget, estimate.currency,
                         "Treatment, travel and total, low to high. " + legend) +
         "<p class=\"legend\">" + html_escape(legend) + "</p>\n";
}

// First, what a family looks for: the total, how likely, the budget, the advisory.
std::string summary(const Estimate& estimate, const EstimateSheet& sheet, const MoneyFormat& money) {
  const SheetRow& total = total_row(sheet);
  std::string out = "<section class=\"summary\" aria-label=\"Summary\">\n<dl>\n";
  out += fmt::format("<dt>Total</dt><dd><span class=\"total-range\">{} to {}</span> ({})</dd>\n", html_escape(total.cells[3]),
                     html_escape(total.cells[4]), html_escape(total.cells[2]));
  if (estimate.simulation) {
    const Percentiles& percentiles = estimate.simulation->total;
    out += fmt::format("<dt>Likely (80 % of outcomes)</dt><dd>{} to {}, median {}</dd>\n",
                       html_escape(percentile_text(percentiles, 10, money)),
                       html_escape(percentile_text(percentiles, 90, money)),
                       html_escape(percentile_text(percentiles, 50, money)));
  }
  if (estimate.budget && estimate.fit) {
    out += "<dt>Budget</dt><dd>" +
           html_escape(budget_sentence(*estimate.budget, *estimate.fit, money,
                                       estimate.simulation ? estimate.simulation->probability_within : std::nullopt)) +
           "</dd>\n";
  }
  // The advisory where the treatment happens, and the plan, in the words of every other format's summary.
  for (const SheetNote& note : sheet.summary) {
    if (note.label == "Advisory") {
      out += fmt::format("<dt>Travel advisory</dt><dd class=\"level-{}\">{}</dd>\n", note.level, html_escape(note.text));
    } else if (note.label == "Plan") {
      out += "<dt>Plan</dt><dd>" + html_escape(note.text) + "</dd>\n";
    } else if (note.label == "Warning") {
      out += "<dt>Warning</dt><dd class=\"warning\">" + html_escape(note.text) + "</dd>\n";
    }
  }
  return out + "</dl>\n" + chart(estimate, sheet) + "</section>\n";
}

std::string items_table(const EstimateSheet& sheet, bool quiet) {
  const std::size_t columns = quiet ? 5 : 6;  // without the sources, no column points into them
  const SheetRow& head = sheet.rows.front();
  const std::vector<std::string> header(head.cells.begin(), head.cells.begin() + static_cast<std::ptrdiff_t>(columns));
  std::vector<HtmlRow> rows;
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const SheetRow& row = sheet.rows[r];
    HtmlRow html{{}, row.kind == SheetRow::Kind::subtotal ? "subtotal" : row.kind == SheetRow::Kind::total ? "total" : ""};
    for (std::size_t c = 0; c < columns; ++c) html.cells.push_back(c == 5 ? source_cell(row.cells[c]) : html_escape(row.cells[c]));
    rows.push_back(std::move(html));
  }
  return html_table(header, {false, false, true, true, true, false}, rows);
}

std::string note_html(const SheetNote& note) {
  std::string text = html_escape(note.text);
  if (note.footnote) text += " " + footnote_link(note.footnote);
  if (!note.label.empty()) return "<strong>" + html_escape(note.label) + ":</strong> " + text;
  return note.strong ? "<strong>" + text + "</strong>" : text;
}

bool advice(const SheetNote& note) { return note.label == "Advisory" || note.label == "Entry"; }

}  // namespace

std::string render_html(const Estimate& estimate, const RenderOptions& options) {
  const EstimateSheet sheet = estimate_sheet(estimate, options);
  std::string body = summary(estimate, sheet, money_format(estimate));
  body += "<h2>Line items</h2>\n" + items_table(sheet, options.quiet);
  if (std::any_of(sheet.notes.begin(), sheet.notes.end(), advice)) {
    body += "<h2>Advisories and entry rules</h2>\n";
    for (const SheetNote& note : sheet.notes) {
      if (advice(note)) body += "<p class=\"advisory\">" + note_html(note) + "</p>\n";
    }
  }
  body += "<h2>Assumptions and notes</h2>\n";
  for (const SheetNote& note : sheet.notes) {
    if (!advice(note)) body += "<p>" + note_html(note) + "</p>\n";
  }
  if (!options.quiet) {
    body += "<h2>Sources</h2>\n<ol class=\"sources\">\n";
    const auto& notes = sheet.footnotes.notes();
    for (std::size_t i = 0; i < notes.size(); ++i) {
      body += fmt::format("<li id=\"source-{}\">{}</li>\n", i + 1, html_linked(describe_provenance(*notes[i])));
    }
    body += "</ol>\n";
  }
  body += fmt::format("<p class=\"made\">Estimated on {:04}-{:02}-{:02} by cpcost.</p>\n", options.today.year,
                      options.today.month, options.today.day);
  return html_page(sheet.title, body + html_disclaimer());
}

}  // namespace cpcost
