#include "report/text_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace cpcost {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

namespace {

// The byte length of text's first `columns` code points.
std::size_t prefix_bytes(std::string_view text, std::size_t columns) {
  std::size_t at = 0, seen = 0;
  while (at < text.size()) {
    const bool starts = (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    if (starts && seen++ == columns) break;
    ++at;
  }
  return at;
}

std::string padded(std::string_view cell, std::size_t width, Align align) {
  return align == Align::right ? fmt::format("{:>{}}", cell, width) : fmt::format("{:<{}}", cell, width);
}

}  // namespace

TextTable::TextTable(const std::vector<Align>& aligns) {
  for (const Align align : aligns) columns_.push_back({align});
}

std::vector<std::vector<std::string>> TextTable::rows(std::size_t width) const {
  const std::size_t count = columns_.size();
  std::vector<std::size_t> widths(count);
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size() && c < count; ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  const std::vector<std::size_t> natural = widths;
  std::vector<bool> shown(count, true);
  const auto total = [&] {
    std::size_t sum = 0, columns = 0;
    for (std::size_t c = 0; c < count; ++c) {
      if (!shown[c] || widths[c] == 0) continue;
      sum += widths[c];
      ++columns;
    }
    return sum + (columns > 1 ? 2 * (columns - 1) : 0);
  };
  // Narrow the wrapping columns, the widest first, down to a floor each.
  const auto narrow = [&](auto floor_of) {
    while (total() > width) {
      std::size_t widest = count;
      for (std::size_t c = 0; c < count; ++c) {
        if (!shown[c] || columns_[c].comfortable == 0 || widths[c] <= floor_of(columns_[c])) continue;
        if (widest == count || widths[c] > widths[widest]) widest = c;
      }
      if (widest == count) return;
      --widths[widest];
    }
  };
  const auto comfortable = [](const Column& column) { return column.comfortable; };
  // Wrap what may wrap, as far as is comfortable; if that is not enough, leave
  // out what a narrow terminal can spare, the most dispensable first, each time
  // from the natural widths (a column less may leave room to wrap nothing);
  // wrap harder only when nothing more can be left out.
  std::vector<std::size_t> spares;
  for (std::size_t c = 0; c < count; ++c) {
    if (columns_[c].spare > 0) spares.push_back(c);
  }
  std::stable_sort(spares.begin(), spares.end(),
                   [&](std::size_t a, std::size_t b) { return columns_[a].spare < columns_[b].spare; });
  narrow(comfortable);
  for (const std::size_t c : spares) {
    if (total() <= width) break;
    shown[c] = false;
    widths = natural;
    narrow(comfortable);
  }
  narrow([](const Column& column) { return std::max<std::size_t>(column.least, 1); });

  std::vector<std::vector<std::string>> result;
  for (const auto& row : rows_) {
    std::vector<std::vector<std::string>> cells(count);
    std::size_t height = 1;
    for (std::size_t c = 0; c < count; ++c) {
      const std::string_view cell = c < row.size() ? std::string_view(row[c]) : std::string_view();
      if (!shown[c]) continue;
      cells[c] = display_width(cell) <= widths[c] ? std::vector<std::string>{std::string(cell)} : wrap(cell, widths[c]);
      height = std::max(height, cells[c].size());
    }
    std::vector<std::string> lines;
    for (std::size_t l = 0; l < height; ++l) {
      std::string line;
      bool first = true;
      for (std::size_t c = 0; c < count; ++c) {
        if (!shown[c] || widths[c] == 0) continue;
        if (!first) line += "  ";
        first = false;
        const std::string_view text = l < cells[c].size() ? std::string_view(cells[c][l]) : std::string_view();
        line += padded(text, widths[c], columns_[c].align);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      lines.push_back(std::move(line));
    }
    result.push_back(std::move(lines));
  }
  return result;
}

std::vector<std::string> TextTable::lines() const {
  std::vector<std::string> lines;
  for (auto& row : rows(static_cast<std::size_t>(-1))) lines.push_back(std::move(row.front()));
  return lines;
}

std::string Styler::operator()(std::string_view style, std::string_view text) const {
  return color_ ? fmt::format("{}{}\x1b[0m", style, text) : std::string(text);
}

namespace {

// text broken at spaces: the first line after first_indent, the others after
// indent, none wider than width where a word allows.
std::vector<std::string> wrap_lines(std::string_view text, std::size_t width, std::string_view first_indent,
                                    std::string_view indent) {
  std::vector<std::string> lines;
  std::string line;
  const auto room = [&] {
    const std::size_t taken = display_width(lines.empty() ? first_indent : indent);
    return width > taken ? width - taken : 1;
  };
  const auto finish = [&] {
    lines.push_back(std::string(lines.empty() ? first_indent : indent) + line);
    line.clear();
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', at);
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    std::string_view word = text.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > room()) finish();
    // A word longer than a whole line (a URL) is cut where the line ends.
    while (line.empty() && display_width(word) > room()) {
      line = std::string(word.substr(0, prefix_bytes(word, room())));
      word.remove_prefix(line.size());
      finish();
    }
    if (!word.empty()) line += (line.empty() ? "" : " ") + std::string(word);
    at = end;
  }
  if (!line.empty() || lines.empty()) finish();
  return lines;
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view indent) {
  return wrap_lines(text, width, indent, indent);
}

std::string hanging(std::string_view label, std::string_view text, std::size_t width, std::size_t indent) {
  std::string out;
  for (const auto& line : wrap_lines(text, width, label, std::string(indent, ' '))) {
    out += line + "\n";
  }
  return out;
}

}  // namespace cpcost
