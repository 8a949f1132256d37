#include "report/html.hpp"

#include <algorithm>
#include <array>

#include "report/wording.hpp"

namespace cpcost {

namespace {

// The page's whole style. Phones: the body fills the width, tables scroll
// sideways in their wrapper. Paper (A4 or Letter, whichever the printer has):
// margins from @page, no backgrounds, no row split across pages.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 2rem; color: #1b1b1b; background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #c8c8c8; }
p { margin: .5rem 0; }
a { color: #0b57a4; overflow-wrap: anywhere; }
.summary { border: 1px solid #c8c8c8; border-radius: 6px; padding: .75rem 1rem; }
.summary dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0 0 .75rem; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; }
.total-range { font-size: 1.25rem; font-weight: 700; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid #dcdcdc; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid #1b1b1b; white-space: nowrap; }
.num { text-align: right; white-space: nowrap; }
tr.subtotal td { font-weight: 600; background: #f4f4f4; }
tr.total td { font-weight: 700; border-top: 2px solid #1b1b1b; border-bottom: 2px solid #1b1b1b; }
.advisory { border-left: 4px solid #b7791f; background: #fdf6e3; padding: .4rem .75rem; margin: .5rem 0; }
.level-3, .level-4, .warning { color: #9b1c1c; font-weight: 600; }
.level-2 { color: #8a5a00; }
.strong { font-weight: 600; }
svg.chart { display: block; width: 100%; max-width: 30rem; height: auto; margin-top: .5rem; }
svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1b1b1b; }
.legend, .made { font-size: .875rem; color: #4a4a4a; }
ol.sources li { margin: .25rem 0; }
.disclaimer { margin-top: 1.75rem; padding-top: .75rem; border-top: 1px solid #c8c8c8; font-style: italic; }
@media (max-width: 40rem) {
  body { padding: .75rem .75rem 1.5rem; font-size: 15px; }
  h1 { font-size: 1.25rem; }
  .summary dl { grid-template-columns: 1fr; gap: 0; }
  .summary dd { margin-bottom: .4rem; }
}
@page { margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, li, .advisory, .summary, svg.chart { break-inside: avoid; page-break-inside: avoid; }
  tr.subtotal td, .advisory { background: none; }
  a { color: inherit; text-decoration: none; }
}
)";

bool label_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// "placidway.com", "m.rediff.com": lowercase labels, the last of letters only,
// and not a file's extension ("currencies.toml" is a file, not a site).
bool web_host(std::string_view host) {
  static constexpr std::array<std::string_view, 12> kFileExtensions = {
      "toml", "csv", "json", "jsonl", "md", "txt", "html", "htm", "pdf", "png", "jpg", "py"};
  const auto dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view last = host.substr(dot + 1);
  if (last.size() < 2 || !std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  if (std::find(kFileExtensions.begin(), kFileExtensions.end(), last) != kFileExtensions.end()) return false;
  std::size_t start = 0;
  while (start <= host.size()) {
    const auto end = std::min(host.find('.', start), host.size());
    const std::string_view label = host.substr(start, end - start);
    if (label.empty() || !std::all_of(label.begin(), label.end(), label_char)) return false;
    start = end + 1;
  }
  return true;
}

// The address a word of cited text names, or nothing.
std::string address_of(std::string_view word) {
  if (word.starts_with("https://") || word.starts_with("http://")) {
    return word.size() > word.find("//") + 2 ? std::string(word) : std::string();
  }
  const std::string_view host = word.substr(0, word.find_first_of("/?#"));
  return web_host(host) ? "https://" + std::string(word) : std::string();
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_linked(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  constexpr std::string_view kOpening = "(\"'[";
  constexpr std::string_view kClosing = ".,;:)\"']!?";
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto start = text.find_first_not_of(kSpace, at);
    out += html_escape(text.substr(at, start == std::string_view::npos ? std::string_view::npos : start - at));
    if (start == std::string_view::npos) break;
    const auto end = std::min(text.find_first_of(kSpace, start), text.size());
    std::string_view word = text.substr(start, end - start);
    // Punctuation around an address is the sentence's, not the address's.
    const auto first = std::min(word.find_first_not_of(kOpening), word.size());
    const std::string_view before = word.substr(0, first);
    word.remove_prefix(first);
    std::size_t last = word.size();
    while (last > 0 && kClosing.find(word[last - 1]) != std::string_view::npos) --last;
    const std::string_view after = word.substr(last);
    word = word.substr(0, last);
    const std::string address = address_of(word);
    out += html_escape(before);
    out += address.empty() ? html_escape(word)
                           : "<a href=\"" + html_escape(address) + "\">" + html_escape(word) + "</a>";
    out += html_escape(after);
    at = end;
  }
  return out;
}

std::string html_table(const std::vector<std::string>& header, const std::vector<bool>& numeric,
                       const std::vector<HtmlRow>& rows) {
  auto attributes = [&](std::size_t column) {
    return column < numeric.size() && numeric[column] ? std::string(" class=\"num\"") : std::string();
  };
  std::string out = "<div class=\"table-wrap\"><table>\n<thead><tr>";
  for (std::size_t c = 0; c < header.size(); ++c) {
    out += "<th" + attributes(c) + " scope=\"col\">" + html_escape(header[c]) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const HtmlRow& row : rows) {
    out += row.kind.empty() ? "<tr>" : "<tr class=\"" + std::string(row.kind) + "\">";
    for (std::size_t c = 0; c < row.cells.size(); ++c) out += "<td" + attributes(c) + ">" + row.cells[c] + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table></div>\n";
}

std::string html_disclaimer() { return "<p class=\"disclaimer\">" + html_escape(kDisclaimer) + "</p>\n"; }

std::string html_page(std::string_view title, std::string_view body) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Nothing from anywhere: the page holds all it shows, and a browser enforces it.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"generator\" content=\"cpcost\">\n";
  out += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>" + html_escape(title) + "</h1>\n";
  out += body;
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace cpcost
