#pragma once
// RFC 4180 output: the one place CSV text is made.

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

// The characters that make a field need quotes: a comma, a double quote, CR, LF.
inline constexpr auto kCsvSpecial = [] {
  std::array<bool, 256> special{};
  for (const char c : {',', '"', '\r', '\n'}) special[static_cast<unsigned char>(c)] = true;
  return special;
}();

// A field that needs no quotes. One lookup a character: batch rows ask it of every key.
constexpr bool csv_plain(std::string_view field) {
  for (const char c : field) {
    if (kCsvSpecial[static_cast<unsigned char>(c)]) return false;
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
