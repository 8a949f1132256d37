#include <fmt/format.h>

#include <algorithm>

#include "report/csv.hpp"
#include "report/footnotes.hpp"
#include "report/format_money.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator = ", ") {
  return fmt::format("{}", fmt::join(words, separator));
}

// Where the cycle prices come from, each source once (the bundled data: the seed guide).
std::vector<std::string> cycle_price_sources(const Catalog& catalog) {
  std::vector<std::string> sources;
  for (const auto& destination : catalog.destinations) {
    std::string source = describe_provenance(destination.figure("treatment").provenance);
    if (std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(std::move(source));
  }
  return sources;
}

std::string cycle_price(const Destination& destination) { return format_range(destination.figure("treatment").range, false); }

std::string render_countries_table(const Catalog& catalog, const RenderOptions& options) {
  const Styler style(options.color);
  const std::size_t width = layout_width(options.width);
  // Aliases wrap first, names after them; the price never does.
  TextTable table({{Align::left}, {Align::left, 14, 8}, {Align::left, 20, 8}, {Align::right}});
  table.add_row({"Id", "Name", "Aliases", "Cost per cycle"});
  for (const auto& destination : catalog.destinations) {
    table.add_row({destination.id, destination.name, joined(destination.aliases), cycle_price(destination)});
  }
  const auto rows = table.rows(width);

  std::string out;
  for (const auto& line : wrap("Destinations: cost per treatment cycle in USD, as the guide gives it", width)) {
    out += style(Styler::bold, line) + "\n";
  }
  out += "\n";
  for (const auto& line : rows[0]) out += style(Styler::bold, line) + "\n";
  for (std::size_t i = 0; i < catalog.destinations.size(); ++i) {
    const Destination& destination = catalog.destinations[i];
    for (const auto& line : rows[i + 1]) out += line + "\n";
    for (const auto& line : wrap(destination.key_considerations, width, "    ")) out += line + "\n";
    if (!destination.price_note.empty()) {
      for (const auto& line : wrap("Price: " + destination.price_note, width, "    ")) out += line + "\n";
    }
    for (const auto& advisory : destination.advisories) {
      for (const auto& line : wrap("Advisory: " + describe_advisory(advisory), width, "    ")) out += line + "\n";
    }
  }
  if (!options.quiet) {
    out += "\n";
    for (const auto& source : cycle_price_sources(catalog)) out += hanging("Cost per cycle: ", source, width);
    out += "Every figure with its source: cpcost show ID.\n";
  }
  return out;
}

toml::table country_object(const Destination& destination, const Date& today) {
    toml::array aliases, cities, advisories;
    for (const auto& alias : destination.aliases) aliases.push_back(alias);
    for (const auto& city : destination.cities) cities.push_back(city);
    for (const auto& advisory : destination.advisories) {
      toml::table object = advisory_object(advisory, today);
      object.insert("source", advisory.provenance.source);
      advisories.push_back(std::move(object));
    }
    toml::table cycle = amounts_object(destination.figure("treatment").range);
    cycle.insert("source", describe_provenance(destination.figure("treatment").provenance));
    return toml::table{{"id", destination.id},
                       {"name", destination.name},
                       {"aliases", std::move(aliases)},
                       {"cities", std::move(cities)},
                       {"cycle_price", std::move(cycle)},
                       {"key_considerations", destination.key_considerations},
                       {"price_note", destination.price_note},
                       {"advisories", std::move(advisories)}};
}

std::string render_countries_json(const Catalog& catalog, const Date& today) {
  toml::array countries;
  for (const auto& destination : catalog.destinations) countries.push_back(country_object(destination, today));
  return to_json(json_document("countries", toml::table{{"countries", std::move(countries)}}));
}

// JSON Lines: one destination a line.
std::string render_countries_json_lines(const Catalog& catalog, const Date& today) {
  std::string out;
  for (const auto& destination : catalog.destinations) out += to_json_line(country_object(destination, today)) + "\n";
  return out;
}

std::string render_countries_csv(const Catalog& catalog) {
  std::string out = csv_record({"id", "name", "aliases", "cities", "cycle_low", "cycle_high", "high_open", "currency",
                                "key_considerations", "advisories", "price_note"});
  for (const auto& destination : catalog.destinations) {
    std::vector<std::string> advisories;
    for (const auto& advisory : destination.advisories) advisories.push_back(describe_advisory(advisory));
    const MoneyRange& cycle = destination.figure("treatment").range;
    out += csv_record({destination.id, destination.name, joined(destination.aliases, "; "),
                       joined(destination.cities, "; "), plain_decimal(cycle.low), plain_decimal(cycle.high),
                       cycle.high_open ? "true" : "false", std::string(kBaseCurrency), destination.key_considerations,
                       joined(advisories, "; "), destination.price_note});
  }
  return out;
}

std::string render_countries_markdown(const Catalog& catalog, const RenderOptions& options) {
  std::string out = "## Destinations: cost per treatment cycle in USD, as the guide gives it\n\n";
  out += "| Id | Name | Aliases | Cost per cycle | Key considerations | Advisory |\n";
  out += "|:---|:-----|:--------|---------------:|:-------------------|:---------|\n";
  for (const auto& destination : catalog.destinations) {
    std::vector<std::string> advisories;
    for (const auto& advisory : destination.advisories) advisories.push_back(describe_advisory(advisory));
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_escape(destination.id),
                       markdown_escape(destination.name), markdown_escape(joined(destination.aliases)),
                       markdown_escape(cycle_price(destination)),
                       markdown_escape(destination.key_considerations +
                                       (destination.price_note.empty() ? "" : " Price: " + destination.price_note)),
                       markdown_escape(joined(advisories, "; ")));
  }
  if (!options.quiet) {
    out += "\n";
    for (const auto& source : cycle_price_sources(catalog)) out += "Cost per cycle: " + markdown_escape(source) + "\n\n";
  }
  return out;
}

}  // namespace

std::string render(const Catalog& catalog, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return render_countries_json(catalog, options.today);
    case Format::jsonl:
      return render_countries_json_lines(catalog, options.today);
    case Format::csv:
      return render_countries_csv(catalog);
    case Format::markdown:
      return render_countries_markdown(catalog, options);
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  return render_countries_table(catalog, options);
}

}  // namespace cpcost
