#include <fmt/format.h>

#include <algorithm>

#include "report/csv.hpp"
#include "report/format_money.hpp"
#include "report/html.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/range_chart.hpp"
#include "report/range_chart_svg.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "spec/sort_keys.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

// A chart narrower than this says little: it goes below the table instead.
constexpr std::size_t kMinChartBeside = 24;
constexpr std::size_t kMinChart = 10;

// Amounts in the comparison's currency, in whole units: a comparison is for seeing differences.
std::string currency_of(const Comparison& comparison) { return comparison.query.currency.value_or(std::string(kBaseCurrency)); }

std::string range_text(const Comparison& comparison, const MoneyRange& range) {
  return format_range(range, MoneyFormat{currency_of(comparison), false});
}

std::string mid_text(const Comparison& comparison, const MoneyRange& range) {
  return format_mid(range, MoneyFormat{currency_of(comparison), false});
}

bool likely(const Comparison& comparison) {
  return !comparison.rows.empty() && comparison.rows.front().simulation.has_value();
}

// The median where there are likely ranges, else the mid-point.
std::string center_text(const Comparison& comparison, const Estimate& row) {
  if (!row.simulation) return mid_text(comparison, row.total);
  return percentile_text(row.simulation->total, 50, MoneyFormat{currency_of(comparison), false});
}

// "$22,334-$38,357": P10 to P90.
std::string likely_text(const Comparison& comparison, const Estimate& row) {
  if (!row.simulation) return "";
  const std::string currency = currency_of(comparison);  // outlives the format's view of it
  const MoneyFormat money{currency, false};
  return percentile_text(row.simulation->total, 10, money) + "-" + percentile_text(row.simulation->total, 90, money);
}

// "may fit, 49 %": the fit, and the chance within the budget.
std::string fit_text(const Estimate& row) {
  std::string text(describe(*row.fit));
  if (row.simulation && row.simulation->probability_within) text += ", " + chance_text(*row.simulation->probability_within);
  return text;
}

std::string rounded(const Comparison& comparison, Money amount) {
  return format_money(amount, MoneyFormat{currency_of(comparison), false});
}

// "Mexico", or "Mexico, Clínica X's quote".
std::string row_name(const Estimate& row) {
  return row.quote ? row.destination->name + ", " + row.quote->clinic + "'s quote" : row.destination->name;
}


// What --only-fits left out, or nothing when it left nothing out: "Not shown
// (--only-fits): 2 that may fit and 5 over the budget; the lowest, Georgia, from $9,115."
// The lowest is named when no row is shown, so that "nothing fits" still says how far.
std::string hidden_sentence(const Comparison& comparison) {
  if (!comparison.hidden || !comparison.hidden->lowest) return "";
  const HiddenRows& hidden = *comparison.hidden;
  std::vector<std::string> parts;
  if (hidden.may_fit > 0) parts.push_back(fmt::format("{} that may fit", hidden.may_fit));
  if (hidden.over > 0) parts.push_back(fmt::format("{} over the budget", hidden.over));
  std::string text = fmt::format("Not shown (--only-fits): {}", fmt::join(parts, " and "));
  if (comparison.rows.empty()) {
    const Estimate& lowest = *hidden.lowest;
    const std::string level = short_advisory(*lowest.destination);
    text += fmt::format("; the lowest, {}{}, from {}", row_name(lowest), level.empty() ? "" : " (advisory: " + level + ")",
                        rounded(comparison, lowest.total.low));
  }
  return text + ".";
}

// When --only-fits leaves no row.
std::string nothing_fits_sentence(const Comparison& comparison) {
  return fmt::format("No destination fits a budget of {} (none has its high total within it).",
                     rounded(comparison, *comparison.budget));
}

// The destinations of the rows, each once, in row order: a quote's row and its
// destination's share one set of advisories, said once.
std::vector<const Destination*> destinations_of(const Comparison& comparison) {
  std::vector<const Destination*> result;
  for (const Estimate& row : comparison.rows) {
    if (std::find(result.begin(), result.end(), row.destination) == result.end()) result.push_back(row.destination);
  }
  return result;
}

std::string comparison_sentence(const Comparison& comparison) {
  const Query& query = comparison.query;
  const int companions = query.companions.value_or(kDefaultCompanions);
  const int travelers = 1 + companions;
  std::string text = fmt::format("Each destination for {} traveler{} (the patient and {} companion{}), {} cycle{}, ",
                                 travelers, travelers == 1 ? "" : "s", companions, companions == 1 ? "" : "s",
                                 query.cycles, query.cycles == 1 ? "" : "s");
  text += query.infusions ? fmt::format("{} infusion{} per cycle", *query.infusions, *query.infusions == 1 ? "" : "s")
                          : "the infusions its cycle includes";
  text += query.nights ? fmt::format(", {} nights", *query.nights) : ", its protocol's nights";
  text += fmt::format(", flights from {}. Sorted by {}{}.", query.origin.value_or(std::string(kDefaultOrigin)),
                      name_of(comparison.sort),
                      comparison.sort == SortKey::name ? ""
                      : likely(comparison)             ? " median, lowest first"
                                                       : " mid-point, lowest first");
  return text;
}

// When the rows are not the same plan (each destination's own protocol: Thailand's
// cycle is 8 infusions over 21 nights, most others 1 over 4-6), say so, and how to
// compare equal plans; empty when every row has the same infusions and nights.
std::string plans_sentence(const Comparison& comparison) {
  if (comparison.rows.empty()) return "";
  auto spread = [&](auto value) {
    auto low = value(comparison.rows.front()), high = low;
    for (const Estimate& row : comparison.rows) {
      low = std::min(low, value(row));
      high = std::max(high, value(row));
    }
    return std::pair{low, high};
  };
  const auto [fewest, most] = spread([](const Estimate& row) { return row.infusions; });
  const auto [shortest, longest] = spread([](const Estimate& row) { return row.nights; });
  std::vector<std::string> differ;
  if (fewest != most) differ.push_back(fmt::format("infusions per cycle from {} to {}", fewest, most));
  if (shortest != longest) differ.push_back(fmt::format("nights from {} to {}", shortest, longest));
  if (differ.empty()) return "";
  std::vector<std::string> options;
  if (fewest != most) options.emplace_back("--infusions N");
  if (shortest != longest) options.emplace_back("--nights N");
  return fmt::format("Not the same plan in every row: {} (each destination's own protocol). To compare equal plans, "
                     "give {}.",
                     fmt::join(differ, " and "), fmt::join(options, " and "));
}

// What the data says against the query, row by row: "India: 3 companions, but ...".
std::vector<std::string> warnings_of(const Comparison& comparison) {
  std::vector<std::string> warnings;
  for (const Estimate& row : comparison.rows) {
    for (const Contradiction& contradiction : row.contradictions) {
      warnings.push_back(row_name(row) + ": " + contradiction_sentence(contradiction, row));
    }
  }
  return warnings;
}

bool any_row_stale(const Comparison& comparison, const Date& today) {
  return std::any_of(comparison.rows.begin(), comparison.rows.end(),
                     [&](const Estimate& row) { return any_stale(row, today); });
}

// A row's name, marked when it rests on old figures.
std::string marked_name(const Estimate& row, const Date& today) {
  return row_name(row) + (any_stale(row, today) ? std::string(kStaleMark) : "");
}

// What fits, may fit and over mean.
std::string budget_legend(const Comparison& comparison) {
  return fmt::format("Budget {}: fits = even the high total is within it; may fit = the low total is; over = even the low "
                     "total is over it.",
                     rounded(comparison, *comparison.budget));
}

std::string render_comparison_table(const Comparison& comparison, const RenderOptions& options) {
  const Styler style(options.color);
  const std::size_t width = layout_width(options.width);
  std::string out;
  for (const auto& line : wrap("Stem cell treatment for cerebral palsy: destinations compared, in " +
                                   currency_of(comparison), width)) {
    out += style(Styler::bold, line) + "\n";
  }
  out += "\n";
  // A paragraph wrapped at the terminal's width, continued under its text.
  const auto paragraph = [&](std::string_view label, std::string_view text) { out += hanging(label, text, width); };
  const auto disclaimer = [&] {
    for (const auto& line : wrap(kDisclaimer, width)) out += line + "\n";
  };
  if (comparison.rows.empty()) {
    paragraph("", nothing_fits_sentence(comparison));
    if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) paragraph("", hidden);
    out += "\n";
    disclaimer();
    return out;
  }

  const bool budget = comparison.budget.has_value();
  // A narrow terminal loses the subtotals first (travel, then treatment), then the bounds (the likely
  // range and median stay), then the plan's counts; names wrap.
  std::vector<Column> columns{{Align::left, 14, 8},          {Align::right, 0, 0, 5}, {Align::right, 0, 0, 4},
                              {Align::right, 0, 0, 2},       {Align::right, 0, 0, 1},
                              {Align::right, 0, 0, likely(comparison) ? 3 : 0}};
  std::vector<std::string> header{"Destination", "Inf", "Nights", "Treatment", "Travel & stay", "Total"};
  if (likely(comparison)) {
    columns.push_back({Align::right});
    header.emplace_back("Likely (80 %)");
  }
  columns.push_back({Align::right});
  header.emplace_back(likely(comparison) ? "Median" : "Mid");
  if (budget) {
    columns.push_back({Align::left});
    header.push_back("Budget");
  }
  columns.push_back({Align::left});
  header.push_back("Advisory");
  TextTable table(columns);
  table.add_row(header);
  for (const Estimate& row : comparison.rows) {
    std::vector<std::string> cells{marked_name(row, options.today), std::to_string(row.infusions),
                                   std::to_string(row.nights), range_text(comparison, row.treatment),
                                   range_text(comparison, row.travel),
                                   range_text(comparison, row.total)};
    if (likely(comparison)) cells.push_back(likely_text(comparison, row));
    cells.push_back(center_text(comparison, row));
    if (budget) cells.push_back(fit_text(row));
    cells.push_back(short_advisory(*row.destination));
    table.add_row(std::move(cells));
  }
  const auto rows = table.rows(width);
  // A row's lines, its advisory level coloured (the words stay).
  std::vector<std::string> lines;
  std::vector<std::size_t> first_line_of;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    first_line_of.push_back(lines.size());
    for (std::string line : rows[r]) {
      if (r > 0 && options.color) {
        const std::string level = short_advisory(*comparison.rows[r - 1].destination);
        const auto advisory = treatment_advisory(*comparison.rows[r - 1].destination);
        const std::size_t at = level.empty() ? std::string::npos : line.rfind(level);
        if (at != std::string::npos && advisory && !Styler::for_level(advisory->level).empty()) {
          line = line.substr(0, at) + style(Styler::for_level(advisory->level), level) + line.substr(at + level.size());
        }
        // Over the budget: red, beside its word.
        const Estimate& row = comparison.rows[r - 1];
        if (row.fit == BudgetFit::over) {
          const std::string fit = fit_text(row);
          if (const std::size_t where = line.find("  " + fit); where != std::string::npos) {
            line = line.substr(0, where + 2) + style(Styler::red, fit) + line.substr(where + 2 + fit.size());
          }
        }
      }
      lines.push_back(std::move(line));
    }
  }

  // The chart's scale: from the cheapest low to the dearest high.
  Money from = comparison.rows.front().total.low;
  Money to = comparison.rows.front().total.high;
  for (const Estimate& row : comparison.rows) {
    from = std::min(from, row.total.low);
    to = std::max(to, row.total.high);
  }
  std::size_t table_width = 0;
  for (const auto& row : rows) {
    for (const auto& line : row) table_width = std::max(table_width, display_width(line));
  }
  const bool beside = width > table_width + 3 + kMinChartBeside;

  paragraph("", comparison_sentence(comparison));
  out += "\n";
  const std::size_t header_lines = first_line_of.size() > 1 ? first_line_of[1] : lines.size();
  if (beside) {
    // Each bar on its row's first line, after a gap, as wide as the terminal allows.
    const RangeChart chart(from, to, width - table_width - 3, options.unicode, comparison.budget, currency_of(comparison));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto row = std::find(first_line_of.begin(), first_line_of.end(), i);
      const std::size_t r = static_cast<std::size_t>(row - first_line_of.begin());
      std::string text = lines[i];
      if (i >= header_lines && row != first_line_of.end()) {
        const std::size_t shown = display_width(rows[r].front());
        text += std::string(table_width - shown, ' ') + "   " + chart.bar(comparison.rows[r - 1].total);
      }
      out += (i < header_lines ? style(Styler::bold, text) : text) + "\n";
    }
    for (const auto& axis : chart.axis()) out += std::string(table_width + 3, ' ') + axis + "\n";
  } else {
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i < header_lines ? style(Styler::bold, lines[i]) : lines[i]) + "\n";
    // Below the table: names, then bars, within the terminal's width.
    std::size_t name_width = 0;
    for (const Estimate& row : comparison.rows) name_width = std::max(name_width, display_width(row_name(row)));
    if (width >= name_width + 2 + kMinChart) {
      const RangeChart chart(from, to, width - name_width - 2, options.unicode, comparison.budget, currency_of(comparison));
      out += "\nTotal, low to high:\n";
      for (const Estimate& row : comparison.rows) {
        out += fmt::format("{:<{}}  {}\n", row_name(row), name_width, chart.bar(row.total));
      }
      for (const auto& axis : chart.axis()) out += std::string(name_width + 2, ' ') + axis + "\n";
    }
  }

  out += "\n";
  if (const std::string plans = plans_sentence(comparison); !plans.empty()) paragraph("", plans);
  if (any_row_stale(comparison, options.today)) paragraph("", kStaleRowsNote);
  // A labelled paragraph, the label styled once the text is wrapped.
  const auto labelled = [&](std::string_view label, std::string_view how, const std::string& text) {
    const std::string wrapped = hanging(std::string(label) + " ", text, width);
    out += style(how, label) + wrapped.substr(label.size());
  };
  for (const std::string& warning : warnings_of(comparison)) labelled("Warning:", Styler::red, warning);
  for (const Destination* destination : destinations_of(comparison)) {
    if (!destination->price_note.empty()) labelled("Price:", Styler::bold, destination->name + ": " + destination->price_note);
  }
  paragraph("", not_included_sentence());
  if (budget) paragraph("", budget_legend(comparison));
  if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) paragraph("", hidden);
  for (const Destination* destination : destinations_of(comparison)) {
    for (const auto& advisory : destination->advisories) {
      const std::string_view how = Styler::for_level(advisory.level_number().value_or(0));
      labelled("Advisory:", how.empty() ? Styler::bold : how,
               destination->name + ": " + describe_advisory(advisory) + age_warning(advisory.provenance, options.today));
    }
  }
  out += "\n";
  if (!options.quiet) paragraph("", "Every figure's source: cpcost --country ID (line by line) or cpcost show ID.");
  disclaimer();
  return out;
}

toml::table comparison_row(const Comparison& comparison, std::size_t i, const Date& today) {
  toml::table row = estimate_object(comparison.rows[i], today);
  row.insert("rank", static_cast<std::int64_t>(i + 1));
  return row;
}

// JSON Lines: one row a line, each as in the JSON document.
std::string render_comparison_json_lines(const Comparison& comparison, const Date& today) {
  std::string out;
  for (std::size_t i = 0; i < comparison.rows.size(); ++i) out += to_json_line(comparison_row(comparison, i, today)) + "\n";
  return out;
}

std::string render_comparison_json(const Comparison& comparison, const Date& today) {
  toml::array rows;
  for (std::size_t i = 0; i < comparison.rows.size(); ++i) rows.push_back(comparison_row(comparison, i, today));
  toml::table members{{"sort", name_of(comparison.sort)},
                      {"rows", std::move(rows)},
                      {"not_included", not_included_array()},
                      {"disclaimer", kDisclaimer},
                      {"currency", currency_of(comparison)}};
  if (comparison.budget) members.insert("budget_cents", comparison.budget->cents());
  if (comparison.hidden) {
    members.insert("hidden", toml::table{{"may_fit", static_cast<std::int64_t>(comparison.hidden->may_fit)},
                                         {"over", static_cast<std::int64_t>(comparison.hidden->over)}});
  }
  return to_json(json_document("compare", std::move(members)));
}

std::string percentile_cell(const Estimate& row, int percentile) {
  return row.simulation ? plain_decimal(row.simulation->total.at(percentile)) : "";
}

std::string probability_cell(const Estimate& row) {
  return row.simulation && row.simulation->probability_within ? fmt::format("{:.4f}", *row.simulation->probability_within)
                                                              : "";
}

std::string render_comparison_csv(const Comparison& comparison, const Date& today) {
  std::string out = csv_record({"rank", "destination", "name", "treatment_low", "treatment_mid", "treatment_high",
                                "travel_low", "travel_mid", "travel_high", "total_low", "total_mid", "total_high",
                                "high_open", "budget", "fit", "currency", "advisory_level", "advisory", "infusions",
                                "nights", "stale",
                                "price_note", "total_p10", "total_p50", "total_p90", "probability_within", "warnings"});
  for (std::size_t i = 0; i < comparison.rows.size(); ++i) {
    const Estimate& row = comparison.rows[i];
    // The advisory where the treatment happens: its level, empty where none is numbered, and its words
    // (every advisory in full is in the JSON: a list joined in one cell could not be split again).
    const auto advisory = treatment_advisory(*row.destination);
    out += csv_record({std::to_string(i + 1), row.destination->id, row.destination->name,
                       plain_decimal(row.treatment.low), plain_decimal(row.treatment.mid()),
                       plain_decimal(row.treatment.high), plain_decimal(row.travel.low), plain_decimal(row.travel.mid()),
                       plain_decimal(row.travel.high), plain_decimal(row.total.low), plain_decimal(row.total.mid()),
                       plain_decimal(row.total.high), row.total.high_open ? "true" : "false",
                       comparison.budget ? plain_decimal(*comparison.budget) : "",
                       row.fit ? std::string(describe(*row.fit)) : "", std::string(row.currency),
                       advisory ? std::to_string(advisory->level) : "", advisory_line(*row.destination),
                       std::to_string(row.infusions), std::to_string(row.nights), stale_ids(row, today),
                       row.destination->price_note, percentile_cell(row, 10), percentile_cell(row, 50),
                       percentile_cell(row, 90), probability_cell(row), contradiction_ids(row)});
  }
  return out;
}

std::string render_comparison_markdown(const Comparison& comparison, const RenderOptions& options) {
  const bool budget = comparison.budget.has_value();
  std::string out = "## Stem cell treatment for cerebral palsy: destinations compared, in " + currency_of(comparison) + "\n\n";
  if (comparison.rows.empty()) {
    out += markdown_escape(nothing_fits_sentence(comparison)) + "\n";
    if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) out += "\n" + markdown_escape(hidden) + "\n";
    if (!options.quiet) out += fmt::format("\n*{}*\n", markdown_escape(kDisclaimer));
    return out;
  }
  out += markdown_escape(comparison_sentence(comparison)) + "\n\n";
  out += std::string("| Destination | Inf | Nights | Treatment | Travel & stay | Total | ") +
         (likely(comparison) ? "Likely (80 %) | Median | " : "Mid | ") + (budget ? "Budget | " : "") + "Advisory |\n";
  out += std::string("|:------------|----:|-------:|----------:|--------------:|------:|") +
         (likely(comparison) ? "----:|----:|" : "----:|") + (budget ? ":-------|" : "") + ":---------|\n";
  for (const Estimate& row : comparison.rows) {
    std::vector<std::string> cells{markdown_escape(marked_name(row, options.today)), std::to_string(row.infusions),
                                   std::to_string(row.nights),
                                   markdown_escape(range_text(comparison, row.treatment)),
                                   markdown_escape(range_text(comparison, row.travel)), markdown_escape(range_text(comparison, row.total))};
    if (likely(comparison)) cells.push_back(markdown_escape(likely_text(comparison, row)));
    cells.push_back(markdown_escape(center_text(comparison, row)));
    if (budget) cells.push_back(fit_text(row));
    cells.push_back(markdown_escape(short_advisory(*row.destination)));
    out += fmt::format("| {} |\n", fmt::join(cells, " | "));
  }
  out += "\n";
  if (const std::string plans = plans_sentence(comparison); !plans.empty()) out += markdown_escape(plans) + "\n\n";
  for (const std::string& warning : warnings_of(comparison)) out += "**Warning:** " + markdown_escape(warning) + "\n\n";
  if (any_row_stale(comparison, options.today)) out += markdown_escape(kStaleRowsNote) + "\n\n";
  for (const Destination* destination : destinations_of(comparison)) {
    if (!destination->price_note.empty()) {
      out += fmt::format("**Price, {}:** {}\n\n", markdown_escape(destination->name), markdown_escape(destination->price_note));
    }
  }
  if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) out += markdown_escape(hidden) + "\n\n";
  out += markdown_escape(not_included_sentence()) + "\n\n";
  for (const Destination* destination : destinations_of(comparison)) {
    for (const auto& advisory : destination->advisories) {
      out += fmt::format("> **Advisory, {}:** {}\n>\n", markdown_escape(destination->name),
                         markdown_escape(describe_advisory(advisory) + age_warning(advisory.provenance, options.today)));
    }
  }
  if (!options.quiet) out += fmt::format("\n*{}*\n", markdown_escape(kDisclaimer));
  return out;
}

// Each destination's total on one scale, as the table's chart, with its likely range and median.
std::string comparison_chart(const Comparison& comparison) {
  std::vector<ChartBar> bars;
  Money from = comparison.rows.front().total.low;
  Money to = comparison.rows.front().total.high;
  for (const Estimate& row : comparison.rows) {
    ChartBar bar{row_name(row), range_text(comparison, row.total), row.total, std::nullopt, std::nullopt};
    if (row.simulation) {
      const Percentiles& total = row.simulation->total;
      bar.likely = MoneyRange{total.at(10), total.at(90), total.open_at(90)};
      bar.median = total.at(50);
    }
    from = std::min(from, row.total.low);
    to = std::max(to, row.total.high);
    bars.push_back(std::move(bar));
  }
  std::string legend = "Each bar runs from the low to the high total";
  if (likely(comparison)) legend += "; the darker part is the likely range (80 % of outcomes), the tick the median";
  if (comparison.budget) legend += "; the dashed rule is the budget";
  legend += ".";
  return range_chart_svg(bars, from, to, comparison.budget, currency_of(comparison), "Total, low to high. " + legend) +
         "<p class=\"legend\">" + html_escape(legend) + "</p>\n";
}

std::string render_comparison_html(const Comparison& comparison, const RenderOptions& options) {
  const std::string title = "Stem cell treatment for cerebral palsy: destinations compared, in " + currency_of(comparison);
  auto paragraph = [](const std::string& text) { return "<p>" + html_escape(text) + "</p>\n"; };
  std::string body;
  if (comparison.rows.empty()) {
    body += paragraph(nothing_fits_sentence(comparison));
    if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) body += paragraph(hidden);
    return html_page(title, body + html_disclaimer());
  }
  const bool budget = comparison.budget.has_value();
  body += paragraph(comparison_sentence(comparison));
  std::vector<std::string> header{"Destination", "Inf", "Nights", "Treatment", "Travel & stay", "Total"};
  std::vector<bool> numeric{false, true, true, true, true, true};
  if (likely(comparison)) {
    header.emplace_back("Likely (80 %)");
    numeric.push_back(true);
  }
  header.emplace_back(likely(comparison) ? "Median" : "Mid");
  numeric.push_back(true);
  if (budget) {
    header.emplace_back("Budget");
    numeric.push_back(false);
  }
  header.emplace_back("Advisory");
  numeric.push_back(false);
  std::vector<HtmlRow> rows;
  for (const Estimate& row : comparison.rows) {
    std::vector<std::string> cells{marked_name(row, options.today), std::to_string(row.infusions),
                                   std::to_string(row.nights), range_text(comparison, row.treatment),
                                   range_text(comparison, row.travel), range_text(comparison, row.total)};
    if (likely(comparison)) cells.push_back(likely_text(comparison, row));
    cells.push_back(center_text(comparison, row));
    if (budget) cells.push_back(fit_text(row));
    cells.push_back(short_advisory(*row.destination));
    HtmlRow html;
    for (const auto& cell : cells) html.cells.push_back(html_escape(cell));
    rows.push_back(std::move(html));
  }
  body += html_table(header, numeric, rows);
  body += comparison_chart(comparison);

  body += "<h2>Notes</h2>\n";
  if (const std::string plans = plans_sentence(comparison); !plans.empty()) body += paragraph(plans);
  for (const std::string& warning : warnings_of(comparison)) {
    body += "<p class=\"warning\"><strong>Warning:</strong> " + html_escape(warning) + "</p>\n";
  }
  if (any_row_stale(comparison, options.today)) body += paragraph(std::string(kStaleRowsNote));
  for (const Destination* destination : destinations_of(comparison)) {
    if (!destination->price_note.empty()) {
      body += "<p><strong>Price, " + html_escape(destination->name) + ":</strong> " + html_escape(destination->price_note) +
              "</p>\n";
    }
  }
  if (const std::string hidden = hidden_sentence(comparison); !hidden.empty()) body += paragraph(hidden);
  body += paragraph(not_included_sentence());
  if (budget) body += paragraph(budget_legend(comparison));
  std::string advisories;
  for (const Destination* destination : destinations_of(comparison)) {
    for (const auto& advisory : destination->advisories) {
      advisories += "<p class=\"advisory\"><strong>Advisory, " + html_escape(destination->name) + ":</strong> " +
                    html_escape(describe_advisory(advisory) + age_warning(advisory.provenance, options.today)) + "</p>\n";
    }
  }
  if (!advisories.empty()) body += "<h2>Advisories</h2>\n" + advisories;
  if (!options.quiet) body += paragraph("Every figure's source: cpcost --country ID (line by line) or cpcost show ID.");
  return html_page(title, body + html_disclaimer());
}

}  // namespace

std::string render(const Comparison& comparison, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return render_comparison_json(comparison, options.today);
    case Format::jsonl:
      return render_comparison_json_lines(comparison, options.today);
    case Format::csv:
      return render_comparison_csv(comparison, options.today);
    case Format::markdown:
      return render_comparison_markdown(comparison, options);
    case Format::html:
      return render_comparison_html(comparison, options);
    case Format::table:
      break;
  }
  return render_comparison_table(comparison, options);
}

}  // namespace cpcost
