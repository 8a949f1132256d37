#include <fmt/format.h>

#include "core/text.hpp"
#include "report/csv.hpp"
#include "report/format_money.hpp"
#include "report/html.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

std::string currency_of(const Plan& plan) { return plan.query.currency.value_or(std::string(kBaseCurrency)); }

std::string amount(const Plan& plan, Money value, bool open = false) {
  return format_money(round_to_units(value), MoneyFormat{currency_of(plan), false}) + (open ? "+" : "");
}

std::string percent(const Plan& plan) { return fmt::format("{} %", plan.confidence_bp / 100); }

std::string title(const Plan& plan) {
  return fmt::format("What a budget of {} buys at each destination, in {} of drawn trips (in {})",
                     amount(plan, plan.budget), percent(plan), currency_of(plan));
}

std::string plan_sentence(const Plan& plan) {
  const int companions = plan.query.companions.value_or(kDefaultCompanions);
  const std::uint64_t draws = plan.query.sampling ? plan.query.sampling->draws : Sampling{}.draws;
  return fmt::format(
      "For {} traveler{} (the patient and {} companion{}), flights from {}. Infusions: the most in one cycle; "
      "cycles: the most of the infusions a cycle includes, each its own trip. Each plan is an estimate drawn "
      "{} times; its total at {} is the amount {} of drawn trips stay within.",
      1 + companions, companions == 0 ? "" : "s", companions, companions == 1 ? "" : "s",
      plan.query.origin.value_or(std::string(kDefaultOrigin)), group_thousands(draws), percent(plan), percent(plan));
}

std::string size_text(const PlanStep& step, bool at_limit) {
  return std::to_string(step.size) + (at_limit ? " (limit)" : "");
}

// "Western Europe: even 1 cycle of 1 infusion needs $12,345 more at 80 %."
std::vector<std::string> short_sentences(const Plan& plan) {
  std::vector<std::string> out;
  for (const PlanRow& row : plan.rows) {
    if (row.infusions) continue;
    out.push_back(fmt::format("{}: even 1 cycle of {} infusion{} needs {} more ({} at {}; chance within the budget: {}).",
                              row.destination->name, row.infusions_included, row.infusions_included == 1 ? "" : "s",
                              amount(plan, row.short_by), amount(plan, row.smallest.total_at_confidence, row.smallest.open),
                              percent(plan), chance_text(row.smallest.probability_within)));
  }
  return out;
}

// "India: 3 companions, but India's entry rule admits at most 2: ...": what the data contradicts, row by row.
std::vector<std::string> warning_sentences(const Plan& plan) {
  std::vector<std::string> out;
  for (const PlanRow& row : plan.rows) {
    for (const Contradiction& contradiction : row.contradictions) {
      out.push_back(row.destination->name + ": " +
                    contradiction_sentence(contradiction, *row.destination, 1, row.infusions_included));
    }
  }
  return out;
}

std::vector<std::string> cells(const Plan& plan, const PlanRow& row) {
  if (!row.infusions) return {row.destination->name, "none", "", "", "none", "", ""};
  return {row.destination->name,
          size_text(*row.infusions, row.at_limit_infusions),
          chance_text(row.infusions->probability_within),
          amount(plan, row.infusions->total_at_confidence, row.infusions->open),
          size_text(*row.cycles, row.at_limit_cycles),
          chance_text(row.cycles->probability_within),
          amount(plan, row.cycles->total_at_confidence, row.cycles->open)};
}


std::vector<std::string> header(const Plan& plan) {
  const std::string at = "At " + percent(plan);
  return {"Destination", "Infusions", "Chance", at, "Cycles", "Chance", at};
}

std::string render_plan_table(const Plan& plan, const RenderOptions& options) {
  const Styler style(options.color);
  const std::size_t width = layout_width(options.width);
  std::string out;
  for (const auto& line : wrap(title(plan), width)) out += style(Styler::bold, line) + "\n";
  out += "\n" + hanging("", plan_sentence(plan), width) + "\n";
  TextTable table({{Align::left, 14, 8},
                   {Align::right},
                   {Align::right},
                   {Align::right},
                   {Align::right},
                   {Align::right},
                   {Align::right},
                   {Align::left}});
  std::vector<std::string> head = header(plan);
  head.emplace_back("Advisory");
  table.add_row(std::move(head));
  for (const PlanRow& row : plan.rows) {
    std::vector<std::string> row_cells = cells(plan, row);
    row_cells.push_back(short_advisory(*row.destination));
    table.add_row(std::move(row_cells));
  }
  const auto rows = table.rows(width);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (const auto& line : rows[i]) out += (i == 0 ? style(Styler::bold, line) : line) + "\n";
  }
  out += "\n";
  for (const auto& sentence : warning_sentences(plan)) {
    const std::string wrapped = hanging("Warning: ", sentence, width);
    out += style(Styler::red, "Warning:") + wrapped.substr(8);
  }
  for (const auto& sentence : short_sentences(plan)) out += hanging("", sentence, width);
  out += hanging("", not_included_sentence(), width);
  out += "\n";
  for (const auto& line : wrap(kDisclaimer, width)) out += line + "\n";
  return out;
}

std::string render_plan_markdown(const Plan& plan) {
  std::string out = "## " + markdown_escape(title(plan)) + "\n\n" + markdown_escape(plan_sentence(plan)) + "\n\n";
  std::vector<std::string> head;
  for (const auto& cell : header(plan)) head.push_back(markdown_escape(cell));
  head.emplace_back("Advisory");
  out += fmt::format("| {} |\n|:--|--:|--:|--:|--:|--:|--:|:--|\n", fmt::join(head, " | "));
  for (const PlanRow& row : plan.rows) {
    std::vector<std::string> row_cells;
    for (const auto& cell : cells(plan, row)) row_cells.push_back(markdown_escape(cell));
    row_cells.push_back(short_advisory(*row.destination));
    out += fmt::format("| {} |\n", fmt::join(row_cells, " | "));
  }
  out += "\n";
  for (const auto& sentence : warning_sentences(plan)) out += "**Warning:** " + markdown_escape(sentence) + "\n\n";
  for (const auto& sentence : short_sentences(plan)) out += markdown_escape(sentence) + "\n\n";
  out += markdown_escape(not_included_sentence()) + "\n";
  out += fmt::format("\n*{}*\n", markdown_escape(kDisclaimer));
  return out;
}

std::string render_plan_html(const Plan& plan, const RenderOptions&) {
  std::string body = "<p>" + html_escape(plan_sentence(plan)) + "</p>\n";
  std::vector<HtmlRow> rows;
  for (const PlanRow& row : plan.rows) {
    HtmlRow html;
    for (const auto& cell : cells(plan, row)) html.cells.push_back(html_escape(cell));
    rows.push_back(std::move(html));
  }
  body += html_table(header(plan), {false, true, true, true, true, true, true}, rows);
  body += "<h2>Notes</h2>\n";
  for (const auto& sentence : warning_sentences(plan)) {
    body += "<p class=\"warning\"><strong>Warning:</strong> " + html_escape(sentence) + "</p>\n";
  }
  for (const auto& sentence : short_sentences(plan)) body += "<p>" + html_escape(sentence) + "</p>\n";
  body += "<p>" + html_escape(not_included_sentence()) + "</p>\n";
  // The disclaimer even with --quiet: a page may be printed and passed on.
  return html_page(title(plan), body + html_disclaimer());
}

toml::table step_object(const PlanStep& step, bool at_limit) {
  return toml::table{{"most", step.size},
                     {"probability_within", step.probability_within},
                     {"total_at_confidence_cents", step.total_at_confidence.cents()},
                     {"open", step.open},
                     {"at_limit", at_limit}};
}

std::string render_plan_json(const Plan& plan, bool lines) {
  toml::array rows;
  for (const PlanRow& row : plan.rows) {
    toml::table object{{"destination", toml::table{{"id", row.destination->id}, {"name", row.destination->name}}},
                       {"infusions_included", row.infusions_included},
                       {"fits", row.infusions.has_value()},
                       {"smallest", step_object(row.smallest, false)}};
    if (row.infusions) {
      object.insert("infusions", step_object(*row.infusions, row.at_limit_infusions));
      object.insert("cycles", step_object(*row.cycles, row.at_limit_cycles));
    } else {
      object.insert("short_by_cents", row.short_by.cents());
    }
    object.insert("warnings", warnings_array(row.contradictions, *row.destination, 1, row.infusions_included));
    rows.push_back(std::move(object));
  }
  if (lines) {
    std::string out;
    for (const auto& row : rows) out += to_json_line(*row.as_table()) + "\n";
    return out;
  }
  const Sampling sampling = plan.query.sampling.value_or(Sampling{});
  toml::table members{{"budget_cents", plan.budget.cents()},
                      {"confidence", static_cast<double>(plan.confidence_bp) / 10'000.0},
                      {"companions", plan.query.companions.value_or(kDefaultCompanions)},
                      {"from", plan.query.origin.value_or(std::string(kDefaultOrigin))},
                      {"draws", static_cast<std::int64_t>(sampling.draws)},
                      {"seed", static_cast<std::int64_t>(sampling.seed)},
                      {"currency", currency_of(plan)},
                      {"rows", std::move(rows)},
                      {"not_included", not_included_array()},
                      {"disclaimer", kDisclaimer}};
  return to_json(json_document("plan", std::move(members)));
}

std::string render_plan_csv(const Plan& plan) {
  std::string out = csv_record({"destination", "name", "infusions_included", "fits", "most_infusions",
                                "infusions_probability_within", "infusions_total_at_confidence", "most_cycles",
                                "cycles_probability_within", "cycles_total_at_confidence", "short_by", "confidence",
                                "budget", "currency", "warnings"});
  for (const PlanRow& row : plan.rows) {
    auto step = [](const std::optional<PlanStep>& s) -> std::array<std::string, 3> {
      if (!s) return {"", "", ""};
      return {std::to_string(s->size), fmt::format("{:.4f}", s->probability_within), plain_decimal(s->total_at_confidence)};
    };
    const auto infusions = step(row.infusions);
    const auto cycles = step(row.cycles);
    out += csv_record({row.destination->id, row.destination->name, std::to_string(row.infusions_included),
                       row.infusions ? "true" : "false", infusions[0], infusions[1], infusions[2], cycles[0], cycles[1],
                       cycles[2], row.infusions ? "" : plain_decimal(row.short_by),
                       fmt::format("{:.2f}", static_cast<double>(plan.confidence_bp) / 10'000.0),
                       plain_decimal(plan.budget), currency_of(plan), contradiction_ids(row.contradictions)});
  }
  return out;
}

}  // namespace

std::string render(const Plan& plan, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return render_plan_json(plan, false);
    case Format::jsonl:
      return render_plan_json(plan, true);
    case Format::csv:
      return render_plan_csv(plan);
    case Format::markdown:
      return render_plan_markdown(plan);
    case Format::html:
      return render_plan_html(plan, options);
    case Format::table:
      break;
  }
  return render_plan_table(plan, options);
}

}  // namespace cpcost
