#pragma once
// Every TOML file cpcost reads is parsed here, behind a guard: toml++ recurses
// once per level of a document (each table, array or inline table a value sits
// in, and each part of a dotted key or table header), and some 30,000 levels
// overflow the stack. A cheap scan of the text, aware of strings and comments,
// refuses a document nested deeper than any data file needs before toml++ sees it.

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

#include "data/problem.hpp"

namespace cpcost {

// The deepest a TOML document may nest. cpcost's own files nest 3 levels
// ([flights.north-america] in a destination); 64 leaves room for any layout a
// person writes, and keeps toml++ far from the stack's end.
inline constexpr int kMaxTomlLevels = 64;

// "path:line:col: nested too deep (more than 64 levels)" at the first place the
// text goes deeper than kMaxTomlLevels, or nothing.
//
// The levels at a place: one per open [ or {, each plus the parts of the key it
// is the value of, plus the parts of the key or table header being read
// ([a.b.c] is 4 levels: the bracket and three parts). Conservative on purpose:
// toml++ nests dotted keys inside inline tables no deeper than this counts.
std::optional<Problem> nested_too_deep(const std::string& path, std::string_view text);

// The document, or empty after recording why not as a problem: nested too deep,
// or toml++'s syntax error (path:line:col).
std::optional<toml::table> parse_toml(const std::string& path, const std::string& text, Problems& problems);

}  // namespace cpcost
