#pragma once
// RFC 4180 output: the one place CSV text is made.

#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

// A field that needs no quotes: no comma, double quote, CR or LF.
constexpr bool csv_plain(std::string_view field) {
  for (const char c : field) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return false;
  }
  return true;
}

// A field as RFC 4180 writes it: quoted when it holds a comma, a double
// quote, CR or LF, with each double quote doubled; unchanged otherwise.
std::string csv_field(std::string_view field);
// The same appended to out, without a temporary: for rows made by the million.
void append_csv_field(std::string& out, std::string_view field);

// Fields joined by commas, ended by CRLF (RFC 4180, section 2.1).
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace cpcost
