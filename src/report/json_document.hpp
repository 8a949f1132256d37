#pragma once
// The pieces of cpcost's JSON documents, built as toml++ tables and written by
// toml++'s json_formatter, so that every string is escaped by a library.
// Keys come out in alphabetical order. Schemas: README, "JSON output". (A batch's
// summary rows are put together from strings escaped here, once each: json_rows.hpp.)

#include <toml++/toml.h>

#include <string>

#include "core/dates.hpp"
#include "core/estimate.hpp"

namespace cpcost {

// Every document carries it; a change that breaks readers raises it (2: an
// advisory's level is its number, its words are level_text).
inline constexpr int kJsonSchemaVersion = 2;

// A string that to_json writes as JSON's null: toml++, which writes cpcost's
// JSON, has no null of its own. Only a whole string value equal to it becomes
// null; inside a longer string its quotes are escaped and it stays text.
inline constexpr std::string_view kJsonNull = "cpcost:null";

// An advisory as every document gives it: issuer, level (its number, or null
// for an unnumbered one such as a closure order), level_text, summary, as_of,
// stale; and where the issuer rates the treatment area apart, treatment_level
// and treatment_area.
toml::table advisory_object(const Advisory& advisory, const Date& today);

// {low_cents, mid_cents, high_cents, high_open}: integer cents, exact.
toml::table amounts_object(const MoneyRange& range);

// The same with "percentiles" where the estimate has likely ranges (percentiles may be null).
toml::table likely_object(const MoneyRange& range, const Percentiles* percentiles);

// The query as understood: defaults filled in.
toml::table query_object(const Estimate& estimate);

// One estimate: destination, query, lines, subtotals, total, budget (when
// asked), advisories, entry_rules, warnings and its own numbered sources.
toml::table estimate_object(const Estimate& estimate, const Date& today);

// What the data contradicts in a query, as JSON: "warnings": [{kind, asked, limit, text}],
// each text as contradiction_sentence words it; empty when nothing is.
toml::array warnings_array(const std::vector<Contradiction>& contradictions, const Destination& destination, int cycles,
                           int infusions);
toml::array warnings_array(const Estimate& estimate);

// What no line prices (kNotIncluded), as JSON: "not_included".
toml::array not_included_array();

// {schema_version, kind, currency} and the given members.
toml::table json_document(std::string_view kind, toml::table members);

std::string to_json(const toml::table& document);
// The same JSON on one line (for JSON Lines), without a line break at the end.
std::string to_json_line(const toml::table& document);
// A string value as to_json_line writes it: quoted and escaped by toml++ (and
// kJsonNull as null). For writers that put a line together from pieces the
// library wrote (json_rows.hpp).
std::string json_string(std::string_view text);

}  // namespace cpcost
