#pragma once
// Columns aligned for a terminal: each column as wide as its widest cell,
// two spaces between columns, amounts right-aligned, no trailing spaces.

#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

enum class Align { left, right };

// Terminal columns taken by UTF-8 text: one per code point (the data is in
// Latin script; fmt pads by the same count).
std::size_t display_width(std::string_view text);

class TextTable {
 public:
  explicit TextTable(std::vector<Align> aligns) : aligns_(std::move(aligns)) {}

  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

  // One line per row, in the order added.
  std::vector<std::string> lines() const;

 private:
  std::vector<Align> aligns_;
  std::vector<std::vector<std::string>> rows_;
};

// ANSI styles, applied only when colour is on.
class Styler {
 public:
  static constexpr std::string_view bold = "\x1b[1m";
  static constexpr std::string_view yellow = "\x1b[33m";
  static constexpr std::string_view dim = "\x1b[2m";

  explicit Styler(bool color) : color_(color) {}
  std::string operator()(std::string_view style, std::string_view text) const;

 private:
  bool color_;
};

// text broken at spaces into lines of at most width columns (a longer word
// stands alone), each after indent.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view indent = {});

}  // namespace cpcost
