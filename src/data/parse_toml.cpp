#include "data/parse_toml.hpp"

#include <algorithm>
#include <vector>

namespace cpcost {

namespace {

bool bare_key_character(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}


}  // namespace

std::optional<Problem> nested_too_deep(const std::string& path, std::string_view text) {
  enum class In { toml, comment, basic, literal, multiline_basic, multiline_literal };
  In in = In::toml;
  std::vector<int> brackets;  // the levels each open [ or { adds
  int levels = 0;             // theirs together
  int parts = 0;              // of the key (or header) being read
  int key_parts = 0;          // of the key just before '=', whose value may open a bracket
  bool dotted = false;        // a '.' came after the last part
  bool in_part = false;       // within a bare key (or number, or word)

  auto deeper_than_allowed = [&](std::size_t at) -> std::optional<Problem> {
    if (levels + parts <= kMaxTomlLevels) return std::nullopt;
    return Problem{position_at(path, text, at),
                   "nested too deep (more than " + std::to_string(kMaxTomlLevels) + " levels)"};
  };
  auto starts_here = [&](std::size_t at, std::string_view what) { return text.substr(at, what.size()) == what; };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (in) {
      case In::toml:
        break;
      case In::comment:
        if (c == '\n') break;  // read below, as the end of a line
        continue;
      case In::basic:
      case In::literal:
        if (c == '\n') break;  // never closed: toml++ reports it; read on from the next line
        if (in == In::basic && c == '\\') {
          ++i;
        } else if (c == (in == In::basic ? '"' : '\'')) {
          in = In::toml;
        }
        continue;
      case In::multiline_basic:
      case In::multiline_literal: {
        const char quote = in == In::multiline_basic ? '"' : '\'';
        if (in == In::multiline_basic && c == '\\') {
          ++i;
        } else if (starts_here(i, std::string(3, quote))) {
          // Up to two more quotes just before the closing three belong to the string.
          std::size_t end = i + 3;
          while (end < text.size() && end < i + 5 && text[end] == quote) ++end;
          i = end - 1;
          in = In::toml;
        }
        continue;
      }
    }
    in = In::toml;

    if (bare_key_character(c)) {
      if (!in_part) {
        parts = dotted ? parts + 1 : 1;
        dotted = false;
        key_parts = 0;
        if (auto problem = deeper_than_allowed(i)) return problem;
      }
      in_part = true;
      continue;
    }
    in_part = false;
    switch (c) {
      case ' ':
      case '\t':
        break;
      case '.':
        dotted = true;
        break;
      case '"':
      case '\'': {  // a quoted key part, or a string value
        parts = dotted ? parts + 1 : 1;
        dotted = false;
        key_parts = 0;
        if (auto problem = deeper_than_allowed(i)) return problem;
        const bool multiline = starts_here(i, std::string(3, c));
        if (multiline) i += 2;
        in = c == '"' ? (multiline ? In::multiline_basic : In::basic) : (multiline ? In::multiline_literal : In::literal);
        break;
      }
      case '=':
        key_parts = parts;
        parts = 0;
        dotted = false;
        break;
      case '[':
      case '{':
        brackets.push_back(1 + key_parts);
        levels += brackets.back();
        parts = key_parts = 0;
        dotted = false;
        if (auto problem = deeper_than_allowed(i)) return problem;
        break;
      case ']':
      case '}':
        if (!brackets.empty()) {
          levels -= brackets.back();
          brackets.pop_back();
        }
        parts = key_parts = 0;
        dotted = false;
        break;
      case '#':
        in = In::comment;
        parts = key_parts = 0;
        dotted = false;
        break;
      default:  // the end of a line, ',', and what is in values: ':' '+' ...
        parts = key_parts = 0;
        dotted = false;
        break;
    }
  }
  return std::nullopt;
}

std::optional<toml::table> parse_toml(const std::string& path, const std::string& text, Problems& problems) {
  if (auto too_deep = nested_too_deep(path, text)) {
    problems.push_back(std::move(*too_deep));
    return std::nullopt;
  }
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    problems.push_back({{path, std::max<long>(1, begin.line), std::max<long>(1, begin.column)},
                        std::string(error.description())});
    return std::nullopt;
  }
}

}  // namespace cpcost
