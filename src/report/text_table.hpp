#pragma once
// Columns aligned for a terminal: each column as wide as its widest cell,
// two spaces between columns, amounts right-aligned, no trailing spaces; and,
// given a width, made to fit it: long cells wrapped inside their column,
// columns a narrow terminal can spare left out.

#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

enum class Align { left, right };

// How a column gives way when the table is wider than the terminal.
struct Column {
  Align align = Align::left;
  // Text that may wrap inside the column: first down to `comfortable`
  // columns, and, when leaving columns out was not enough, down to `least`.
  // 0: the column never wraps (amounts).
  std::size_t comfortable = 0;
  std::size_t least = 0;
  // Left out when the table still does not fit: the lowest number first; 0: never.
  int spare = 0;
};

// Terminal columns taken by UTF-8 text: one per code point (the data is in
// Latin script; fmt pads by the same count).
std::size_t display_width(std::string_view text);

class TextTable {
 public:
  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  explicit TextTable(const std::vector<Align>& aligns);

  void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

  // Each row's lines (more than one where a cell wraps), in the order added,
  // no wider than width where the columns can give way that far.
  std::vector<std::vector<std::string>> rows(std::size_t width) const;
  // One line per row, every column at its natural width.
  std::vector<std::string> lines() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// ANSI styles, applied only when colour is on.
class Styler {
 public:
  static constexpr std::string_view bold = "\x1b[1m";
  static constexpr std::string_view yellow = "\x1b[33m";
  static constexpr std::string_view red = "\x1b[31m";
  static constexpr std::string_view dim = "\x1b[2m";

  explicit Styler(bool color) : color_(color) {}
  // An advisory's colour by its numbered level, always beside its words:
  // Level 3 and 4 red, Level 2 yellow; empty for Level 1 or none.
  static constexpr std::string_view for_level(int level) { return level >= 3 ? red : level == 2 ? yellow : ""; }
  std::string operator()(std::string_view style, std::string_view text) const;

 private:
  bool color_;
};

// text broken at spaces into lines of at most width columns, each after
// indent; a word longer than a line is cut.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view indent = {});

// The width a report for people is laid out at: the terminal's, but at least
// 20 columns (narrower, a table cannot give way; prose still wraps).
inline std::size_t layout_width(int width) { return static_cast<std::size_t>(width < 20 ? 20 : width); }

// A paragraph that starts with its label ("Advisory: ...") and continues under
// the text, not the label: a hanging indent of indent columns. Each line ends in "\n".
std::string hanging(std::string_view label, std::string_view text, std::size_t width, std::size_t indent = 2);

}  // namespace cpcost
