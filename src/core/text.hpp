#pragma once
// Small text helpers shared by the layers. ASCII only on purpose: ids, aliases
// and options are ASCII, and locale-dependent case folding would make matching
// differ from machine to machine.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace cpcost {

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lowercase(std::string_view text);
std::string ascii_uppercase(std::string_view text);
bool equal_ignoring_case(std::string_view a, std::string_view b);

// a == b, inline for the short names a batch compares several times a row
// (ids, aliases, origins): two overlapping words from each end, where
// std::string_view's == calls memcmp.
inline bool same_text(std::string_view a, std::string_view b) {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  auto words_at = [&](std::size_t at, auto word) {
    decltype(word) x = 0, y = 0;
    std::memcpy(&x, a.data() + at, sizeof x);
    std::memcpy(&y, b.data() + at, sizeof y);
    return x ^ y;
  };
  if (size >= 8 && size <= 16) return (words_at(0, std::uint64_t{}) | words_at(size - 8, std::uint64_t{})) == 0;
  if (size >= 4 && size < 8) return (words_at(0, std::uint32_t{}) | words_at(size - 4, std::uint32_t{})) == 0;
  return a == b;  // shorter or longer: rare
}
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix);

// text with control characters written as escapes ("\n", "\x1b"), so that a
// message naming what a user wrote stays on one line and never drives a terminal.
std::string one_line(std::string_view text);

// text, or its first max characters (UTF-8 code points) and "..." when it is longer.
std::string excerpt(std::string_view text, std::size_t max);

// How much of what a user wrote a message quotes, and how long one may be at all.
inline constexpr std::size_t kMaxQuoted = 100;
inline constexpr std::size_t kMaxMessage = 1000;

// A message as printed: each quoted piece ('...' or "...": what a user wrote)
// cut to kMaxQuoted characters, the whole to kMaxMessage, then one_line. A
// message names the input it is about; it never echoes a whole file or argument.
std::string message_line(std::string_view text);

// "12,400": digits grouped by three with commas.
std::string group_thousands(std::uint64_t value);

}  // namespace cpcost
