#include "core/text.hpp"

#include <algorithm>

namespace cpcost {

std::string ascii_lowercase(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), ascii_lower);
  return result;
}

std::string ascii_uppercase(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; });
  return result;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && starts_with_ignoring_case(a, b);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  return prefix.size() <= text.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (byte < 0x20 || byte == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    } else {
      out += c;
    }
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t max) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // within a character
    if (characters++ == max) return std::string(text.substr(0, i)) + "...";
  }
  return std::string(text);
}

namespace {

bool letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

// Each quoted piece cut to kMaxQuoted characters. A quote opens after what is
// not a letter or digit and closes before it ('it's' is one piece): what users
// write may hold quotes, and a piece misread stays within kMaxMessage all the same.
std::string cut_quoted(std::string_view text) {
  std::string out;
  bool unclosed[2] = {false, false};  // no closing ' or " is left: stop looking (linear time)
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool quote = c == '\'' || c == '"';
    if (quote && !unclosed[c == '"'] && (i == 0 || !letter_or_digit(text[i - 1]))) {
      std::size_t close = i + 1;
      while (close < text.size() &&
             !(text[close] == c && (close + 1 == text.size() || !letter_or_digit(text[close + 1])))) {
        ++close;
      }
      if (close < text.size()) {
        out += c;
        out += excerpt(text.substr(i + 1, close - i - 1), kMaxQuoted);
        out += c;
        i = close + 1;
        continue;
      }
      unclosed[c == '"'] = true;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace

std::string message_line(std::string_view text) { return one_line(excerpt(cut_quoted(text), kMaxMessage)); }

std::string group_thousands(std::uint64_t value) {
  std::string digits = std::to_string(value);
  for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<std::size_t>(at), ",");
  }
  return digits;
}

}  // namespace cpcost
