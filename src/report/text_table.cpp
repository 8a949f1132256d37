#include "report/text_table.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace cpcost {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::vector<std::string> TextTable::lines() const {
  std::vector<std::size_t> widths(aligns_.size());
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  }
  std::vector<std::string> lines;
  for (const auto& row : rows_) {
    std::string line;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::string_view cell = c < row.size() ? std::string_view(row[c]) : std::string_view();
      if (c > 0) line += "  ";
      line += aligns_[c] == Align::right ? fmt::format("{:>{}}", cell, widths[c]) : fmt::format("{:<{}}", cell, widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string Styler::operator()(std::string_view style, std::string_view text) const {
  return color_ ? fmt::format("{}{}\x1b[0m", style, text) : std::string(text);
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::vector<std::string> lines;
  std::string line;
  const std::size_t room = width > display_width(indent) ? width - display_width(indent) : 1;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', at);
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > room) {
      lines.push_back(std::string(indent) + line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + std::string(word);
    at = end;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::string(indent) + line);
  return lines;
}

}  // namespace cpcost
