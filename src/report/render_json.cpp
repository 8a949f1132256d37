#include <sstream>

#include "core/currency.hpp"
#include "report/footnotes.hpp"
#include "report/json_document.hpp"
#include "report/render.hpp"
#include "report/wording.hpp"

namespace cpcost {

namespace {

toml::array strings(const std::vector<std::string>& values) {
  toml::array array;
  for (const auto& value : values) array.push_back(value);
  return array;
}

toml::array source_ids(const Footnotes& footnotes, const Provenance& provenance) {
  return toml::array{footnotes.number_of(provenance)};
}

}  // namespace

toml::table amounts_object(const MoneyRange& range) {
  return toml::table{{"low_cents", range.low.cents()},
                     {"mid_cents", range.mid().cents()},
                     {"high_cents", range.high.cents()},
                     {"high_open", range.high_open}};
}

// {"p10": cents, ..., "p90": cents, "open": ["p90"]}: the percentiles that
// reach an open-ended figure's stated high are floors.
toml::table percentiles_object(const Percentiles& percentiles) {
  toml::table object;
  toml::array open;
  for (std::size_t i = 0; i < kPercentiles.size(); ++i) {
    const std::string key = "p" + std::to_string(kPercentiles[i]);
    object.insert(key, percentiles.values[i].cents());
    if (percentiles.open[i]) open.push_back(key);
  }
  object.insert("open", std::move(open));
  return object;
}

// An amount object, with its percentiles where the estimate has likely ranges.
toml::table advisory_object(const Advisory& advisory, const Date& today) {
  toml::table object{{"issuer", advisory.issuer},
                     {"level_text", advisory.level},
                     {"summary", advisory.summary},
                     {"as_of", advisory.provenance.as_of},
                     {"stale", stale(advisory.provenance, today)}};
  if (const auto level = advisory.level_number()) object.insert("level", *level);
  else object.insert("level", kJsonNull);
  if (advisory.treatment_level) {
    object.insert("treatment_level", *advisory.treatment_level);
    object.insert("treatment_area", advisory.treatment_area);
  }
  return object;
}

toml::table likely_object(const MoneyRange& range, const Percentiles* percentiles) {
  toml::table object = amounts_object(range);
  if (percentiles) object.insert("percentiles", percentiles_object(*percentiles));
  return object;
}

toml::table query_object(const Estimate& estimate) {
  toml::table query{
      {"country", estimate.destination->id},
      {"infusions", estimate.infusions},
      {"infusions_included", estimate.infusions_included},
      {"extra_infusions", estimate.extra_infusions},
      {"cycles", estimate.cycles},
      {"companions", estimate.companions},
      {"companions_default", !estimate.companions_from_query},
      {"travelers", estimate.travelers},
      {"from", estimate.origin},
      {"from_default", !estimate.origin_from_query},
      {"nights", estimate.nights},
      {"nights_from", estimate.nights_from_query ? "query" : "protocol"},
      {"days", estimate.days},
      {"rooms", estimate.rooms},
  };
  if (estimate.simulation) {
    query.insert("draws", static_cast<std::int64_t>(estimate.simulation->sampling.draws));
    query.insert("seed", static_cast<std::int64_t>(estimate.simulation->sampling.seed));
  }
  return query;
}

toml::array warnings_array(const std::vector<Contradiction>& contradictions, const Destination& destination, int cycles,
                           int infusions) {
  toml::array warnings;
  for (const Contradiction& contradiction : contradictions) {
    warnings.push_back(toml::table{{"kind", contradiction_id(contradiction.kind)},
                                   {"asked", contradiction.asked},
                                   {"limit", contradiction.limit},
                                   {"text", contradiction_sentence(contradiction, destination, cycles, infusions)}});
  }
  return warnings;
}

toml::array warnings_array(const Estimate& estimate) {
  return warnings_array(estimate.contradictions, *estimate.destination, estimate.cycles, estimate.infusions);
}

toml::array not_included_array() {
  toml::array items;
  for (const std::string_view item : kNotIncluded) items.push_back(item);
  return items;
}

toml::table estimate_object(const Estimate& estimate, const Date& today) {
  const Destination& destination = *estimate.destination;
  const Footnotes footnotes(estimate);
  toml::table query = query_object(estimate);
  const Simulation* likely = estimate.simulation ? &*estimate.simulation : nullptr;

  toml::array lines;
  for (const auto& line : estimate.lines) {
    toml::array factors;
    for (const auto& factor : line.factors) {
      const CountWords words = words_of(factor.of);
      factors.push_back(toml::table{{"count", factor.count}, {"unit", factor.count == 1 ? words.singular : words.plural}});
    }
    toml::table item = amounts_object(line.cost);
    item.insert("id", line.id);
    item.insert("label", line.label());
    item.insert("group", line.group == LineGroup::treatment ? "treatment"
                         : line.group == LineGroup::travel  ? "travel"
                                                            : "adjustment");
    item.insert("quantity", line.quantity());
    item.insert("unit", line.unit);
    item.insert("factors", std::move(factors));
    item.insert("unit_cost", amounts_object(line.unit_cost));
    item.insert("included", amounts_object(line.included));
    if (line.group == LineGroup::adjustment) {
      item.insert("percent_bp", line.percent_bp);
      item.insert("base", amounts_object(line.base));
    }
    item.insert("sources", source_ids(footnotes, *line.provenance));
    item.insert("as_of", line.provenance->as_of);
    item.insert("stale", stale(line, today));
    lines.push_back(std::move(item));
  }

  toml::array advisories;
  for (const auto& advisory : destination.advisories) {
    toml::table object = advisory_object(advisory, today);
    object.insert("sources", source_ids(footnotes, advisory.provenance));
    advisories.push_back(std::move(object));
  }
  toml::array entry_rules;
  for (const EntryRule* rule : estimate.entry_rules) {
    entry_rules.push_back(toml::table{{"summary", rule->summary}, {"sources", source_ids(footnotes, rule->provenance)}});
  }

  toml::array sources;
  const auto& notes = footnotes.notes();
  for (std::size_t i = 0; i < notes.size(); ++i) {
    toml::table source{{"id", static_cast<std::int64_t>(i + 1)},
                       {"basis", notes[i]->yours ? "yours" : notes[i]->assumption ? "assumption" : "published"},
                       {"source", notes[i]->source},
                       {"as_of", notes[i]->as_of},
                       {"text", describe_provenance(*notes[i])}};
    if (notes[i]->assumption) source.insert("reason", notes[i]->reason);
    sources.push_back(std::move(source));
  }

  toml::table object{
      {"destination", toml::table{{"id", destination.id},
                                  {"name", destination.name},
                                  {"cities", strings(destination.cities)},
                                  {"key_considerations", destination.key_considerations},
                                  {"price_note", destination.price_note}}},
      {"query", std::move(query)},
      {"lines", std::move(lines)},
      {"subtotals", toml::table{{"treatment", likely_object(estimate.treatment, likely ? &likely->treatment : nullptr)},
                                {"travel", likely_object(estimate.travel, likely ? &likely->travel : nullptr)},
                                {"adjustments",
                                 likely_object(estimate.adjustments, likely ? &likely->adjustments : nullptr)}}},
      {"currency", estimate.currency},
      {"rate", toml::table{{"code", estimate.rate->code},
                           {"per_usd", format_rate(estimate.rate->per_usd_micros)},
                           {"source", describe_provenance(estimate.rate->provenance)},
                           {"as_of", estimate.rate->provenance.as_of},
                           {"stale", stale(estimate.rate->provenance, today)},
                           {"yours", estimate.rate->provenance.yours}}},
      {"total", likely_object(estimate.total, likely ? &likely->total : nullptr)},
      {"advisories", std::move(advisories)},
      {"entry_rules", std::move(entry_rules)},
      {"sources", std::move(sources)},
      {"not_included", not_included_array()},
      {"warnings", warnings_array(estimate)},
  };
  if (const Quote* quote = estimate.quote) {
    toml::array includes;
    for (const Inclusion inclusion : quote->includes) includes.push_back(name_of(inclusion));
    toml::table quoted{{"clinic", quote->clinic},
                       {"city", quote->city},
                       {"file", quote->path},
                       {"currency", quote->currency},
                       {"price", amounts_object(quote->price.range)},
                       {"infusions_included", quote->infusions_included},
                       {"nights_included", quote->nights_included},
                       {"includes", std::move(includes)},
                       {"as_of", quote->price.provenance.as_of}};
    if (estimate.quote_rate) quoted.insert("per_usd", format_rate(estimate.quote_rate->per_usd_micros));
    object.insert("quote", std::move(quoted));
  }
  if (estimate.budget && estimate.fit) {
    toml::table budget{{"amount_cents", estimate.budget->cents()}, {"fit", describe(*estimate.fit)}};
    if (likely && likely->probability_within) budget.insert("probability_within", *likely->probability_within);
    object.insert("budget", std::move(budget));
  }
  return object;
}

toml::table json_document(std::string_view kind, toml::table members) {
  members.insert("schema_version", kJsonSchemaVersion);
  members.insert("kind", kind);
  members.insert("currency", std::string(kBaseCurrency));  // unless the members say otherwise (insert keeps what is there)
  return members;
}

namespace {

// kJsonNull's string values, as JSON's null. A marker whose first quote is
// escaped is the end of a longer string ("say \"cpcost:null"): left as text.
std::string with_nulls(std::string json) {
  const std::string marker = "\"" + std::string(kJsonNull) + "\"";
  for (std::size_t at = json.find(marker); at != std::string::npos; at = json.find(marker, at)) {
    if (at > 0 && json[at - 1] == '\\') {
      at += marker.size();
      continue;
    }
    json.replace(at, marker.size(), "null");
  }
  return json;
}

}  // namespace

std::string to_json(const toml::table& document) {
  std::ostringstream out;
  out << toml::json_formatter{document} << '\n';
  return with_nulls(std::move(out).str());
}

namespace {

std::string one_line(const toml::node& node) {
  // toml++ writes JSON over several lines. Outside strings, where a line break
  // is always escaped, those breaks are only layout: without them it is the
  // same document, on one line.
  std::ostringstream out;
  out << toml::json_formatter{node, toml::format_flags::none};
  std::string line = std::move(out).str();
  std::erase(line, '\n');
  return with_nulls(std::move(line));
}

}  // namespace

std::string to_json_line(const toml::table& document) { return one_line(document); }

std::string json_string(std::string_view text) { return one_line(toml::value<std::string>(std::string(text))); }

namespace {

toml::table estimate_document(const Estimate& estimate, const Date& today) {
  toml::table members = estimate_object(estimate, today);
  members.insert("disclaimer", kDisclaimer);
  return json_document("estimate", std::move(members));
}

}  // namespace

std::string render_json(const Estimate& estimate, const RenderOptions& options) {
  return to_json(estimate_document(estimate, options.today));
}

std::string render_json_line(const Estimate& estimate, const RenderOptions& options) {
  return to_json_line(estimate_document(estimate, options.today)) + "\n";
}

}  // namespace cpcost
