#include <fmt/format.h>

#include "core/dates.hpp"
#include "report/csv.hpp"
#include "report/figure_rows.hpp"
#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

// Everything show prints, gathered once for every format.
struct Shown {
  std::vector<FigureRow> figures;
  Footnotes footnotes;
  std::vector<std::string> warnings;  // one per figure, advisory or rule older than kStaleMonths
};

std::string date_text(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

Shown gather(const Destination& destination, const Date& today) {
  Shown shown;
  shown.figures = figure_rows(destination);
  auto warn = [&](const std::string& what, const Provenance& provenance) {
    if (stale(provenance, today)) {
      shown.warnings.push_back(fmt::format("Warning: {} is dated {}, more than {} months before {}: check it again.",
                                           what, provenance.as_of, kStaleMonths, date_text(today)));
    }
  };
  for (const auto& row : shown.figures) {
    shown.footnotes.add(*row.provenance);
    warn(row.label, *row.provenance);
  }
  for (const auto& advisory : destination.advisories) {
    shown.footnotes.add(advisory.provenance);
    warn("the advisory of " + advisory.issuer, advisory.provenance);
  }
  for (const auto& rule : destination.entry_rules) {
    shown.footnotes.add(rule.provenance);
    warn("the entry rule \"" + rule.summary + "\"", rule.provenance);
  }
  return shown;
}

std::string value_text(const FigureRow& row) {
  return row.range ? format_range(*row.range, row.range->low.cents() % 100 != 0 || row.range->high.cents() % 100 != 0)
                   : std::to_string(*row.count);
}

std::string basis_text(const Provenance& provenance) { return provenance.assumption ? "assumption" : "published"; }

std::string heading(const Destination& destination) {
  return fmt::format("{} ({}): every figure the data holds, in USD", destination.name, destination.id);
}

std::string render_show_table(const Destination& destination, const RenderOptions& options) {
  const Shown shown = gather(destination, options.today);
  const Styler style(options.color);
  const std::size_t width = layout_width(options.width);
  std::string out;
  for (const auto& line : wrap(heading(destination), width)) out += style(Styler::bold, line) + "\n";
  out += "\n";
  const auto paragraph = [&](std::string_view label, const std::string& text) { out += hanging(label, text, width); };
  paragraph("Aliases: ", fmt::format("{}", fmt::join(destination.aliases, ", ")));
  paragraph("Cities: ", fmt::format("{}", fmt::join(destination.cities, ", ")));
  paragraph("Key considerations: ", destination.key_considerations);
  if (!destination.price_note.empty()) paragraph("Price: ", destination.price_note);
  if (!destination.words("flights").empty()) paragraph("Flights land in: ", std::string(destination.words("flights")));
  if (!destination.words("overland").empty()) paragraph("Overland leg: ", std::string(destination.words("overland")));
  out += "\n";

  // A long figure name (an overland leg's words) wraps in its cell.
  TextTable table({{Align::left, 24, 10}, {Align::right}, {Align::left}, {Align::left}, {Align::left}});
  table.add_row({"Figure", "Value", "Basis", "As of", options.quiet ? "" : "Source"});
  for (const auto& row : shown.figures) {
    table.add_row({row.label, value_text(row), basis_text(*row.provenance), row.provenance->as_of,
                   options.quiet ? "" : fmt::format("[{}]", shown.footnotes.number_of(*row.provenance))});
  }
  const auto rows = table.rows(width);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (const auto& line : rows[i]) out += (i == 0 ? style(Styler::bold, line) : line) + "\n";
  }

  out += "\n";
  auto marker = [&](const Provenance& provenance) {
    return options.quiet ? std::string() : fmt::format(" [{}]", shown.footnotes.number_of(provenance));
  };
  for (const auto& advisory : destination.advisories) {
    const int level = advisory.level_number().value_or(0);
    const std::string wrapped = hanging("Advisory: ", describe_advisory(advisory) + " (" + advisory.provenance.as_of + ")" +
                                                          marker(advisory.provenance), width);
    // Coloured by level beside its words: Level 3 and 4 red, Level 2 yellow.
    const std::string_view how = Styler::for_level(level);
    out += style(how.empty() ? Styler::bold : how, "Advisory:") + wrapped.substr(9);
  }
  for (const auto& rule : destination.entry_rules) {
    paragraph("Entry: ", rule.summary + rule_scope(rule) + " (" + rule.provenance.as_of + ")" + marker(rule.provenance));
  }
  if (!shown.warnings.empty()) out += "\n";
  for (const auto& warning : shown.warnings) {
    for (const auto& line : wrap(warning, width)) out += style(Styler::yellow, line) + "\n";
  }

  if (!options.quiet) out += "\n" + sources_section(shown.footnotes, options.color, width);
  return out;
}

toml::table provenance_fields(const Provenance& provenance, const Date& today) {
  toml::table fields{{"basis", basis_text(provenance)},
                     {"source", provenance.source},
                     {"as_of", provenance.as_of},
                     {"stale", stale(provenance, today)}};
  if (provenance.assumption) fields.insert("reason", provenance.reason);
  return fields;
}

toml::table show_document(const Destination& destination, const RenderOptions& options) {
  const Shown shown = gather(destination, options.today);
  toml::array aliases, cities, figures, advisories, entry_rules, warnings;
  for (const auto& alias : destination.aliases) aliases.push_back(alias);
  for (const auto& city : destination.cities) cities.push_back(city);
  for (const auto& row : shown.figures) {
    toml::table figure = provenance_fields(*row.provenance, options.today);
    figure.insert("key", row.key);
    figure.insert("label", row.label);
    if (row.range) {
      figure.insert("low_cents", row.range->low.cents());
      figure.insert("high_cents", row.range->high.cents());
      figure.insert("high_open", row.range->high_open);
    } else {
      figure.insert("count", *row.count);
    }
    figures.push_back(std::move(figure));
  }
  for (const auto& advisory : destination.advisories) {
    toml::table entry = provenance_fields(advisory.provenance, options.today);
    for (auto&& [key, value] : advisory_object(advisory, options.today)) entry.insert_or_assign(key, value);
    advisories.push_back(std::move(entry));
  }
  for (const auto& rule : destination.entry_rules) {
    toml::table entry = provenance_fields(rule.provenance, options.today);
    entry.insert("summary", rule.summary);
    toml::array origins;
    for (const auto& origin : rule.origins) origins.push_back(origin);
    entry.insert("origins", std::move(origins));  // empty: everyone
    if (rule.max_companions) entry.insert("max_companions", *rule.max_companions);
    else entry.insert("max_companions", kJsonNull);
    entry_rules.push_back(std::move(entry));
  }
  for (const auto& warning : shown.warnings) warnings.push_back(warning);
  toml::table members{
      {"destination", toml::table{{"id", destination.id},
                                  {"name", destination.name},
                                  {"aliases", std::move(aliases)},
                                  {"cities", std::move(cities)},
                                  {"key_considerations", destination.key_considerations},
                                  {"price_note", destination.price_note},
                                  {"flights_arrive", destination.words("flights")},
                                  {"overland", destination.words("overland")}}},
      {"figures", std::move(figures)},
      {"advisories", std::move(advisories)},
      {"entry_rules", std::move(entry_rules)},
      {"today", date_text(options.today)},
      {"stale_after_months", kStaleMonths},
      {"warnings", std::move(warnings)},
  };
  return json_document("destination", std::move(members));
}

std::string render_show_csv(const Destination& destination, const RenderOptions& options) {
  std::string out = csv_record({"destination", "key", "label", "low", "high", "high_open", "count", "currency", "basis",
                                "source", "as_of", "reason", "stale"});
  for (const auto& row : figure_rows(destination)) {
    const Provenance& provenance = *row.provenance;
    out += csv_record({destination.id, row.key, row.label, row.range ? plain_decimal(row.range->low) : "",
                       row.range ? plain_decimal(row.range->high) : "",
                       row.range ? (row.range->high_open ? "true" : "false") : "",
                       row.count ? std::to_string(*row.count) : "", row.range ? std::string(kBaseCurrency) : "", basis_text(provenance),
                       provenance.source, provenance.as_of, provenance.reason,
                       stale(provenance, options.today) ? "true" : "false"});
  }
  return out;
}

std::string render_show_markdown(const Destination& destination, const RenderOptions& options) {
  const Shown shown = gather(destination, options.today);
  std::string out = "## " + markdown_escape(heading(destination)) + "\n\n";
  out += "- **Aliases:** " + markdown_escape(fmt::format("{}", fmt::join(destination.aliases, ", "))) + "\n";
  out += "- **Cities:** " + markdown_escape(fmt::format("{}", fmt::join(destination.cities, ", "))) + "\n";
  out += "- **Key considerations:** " + markdown_escape(destination.key_considerations) + "\n";
  if (!destination.price_note.empty()) out += "- **Price:** " + markdown_escape(destination.price_note) + "\n";
  if (!destination.words("flights").empty()) {
    out += "- **Flights land in:** " + markdown_escape(destination.words("flights")) + "\n";
  }
  if (!destination.words("overland").empty()) {
    out += "- **Overland leg:** " + markdown_escape(destination.words("overland")) + "\n";
  }
  out += "\n";
  out += "| Figure | Value | Basis | As of | Source |\n|:-------|------:|:------|:------|:-------|\n";
  for (const auto& row : shown.figures) {
    out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_escape(row.label), markdown_escape(value_text(row)),
                       basis_text(*row.provenance), markdown_escape(row.provenance->as_of),
                       shown.footnotes.number_of(*row.provenance));
  }
  out += "\n";
  for (const auto& advisory : destination.advisories) {
    out += "> **Advisory:** " + markdown_escape(describe_advisory(advisory)) + " (" +
           markdown_escape(advisory.provenance.as_of) + ")\n>\n";
  }
  for (const auto& rule : destination.entry_rules) {
    out += "> **Entry:** " + markdown_escape(rule.summary + rule_scope(rule)) + " (" + markdown_escape(rule.provenance.as_of) +
           ")\n>\n";
  }
  for (const auto& warning : shown.warnings) out += "\n**" + markdown_escape(warning) + "**\n";
  if (!options.quiet) {
    out += "\n" + markdown_sources_section(shown.footnotes);
  }
  return out;
}

}  // namespace

std::string render(const Destination& destination, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return to_json(show_document(destination, options));
    case Format::jsonl:
      return to_json_line(show_document(destination, options)) + "\n";
    case Format::csv:
      return render_show_csv(destination, options);
    case Format::markdown:
      return render_show_markdown(destination, options);
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  return render_show_table(destination, options);
}

}  // namespace cpcost
