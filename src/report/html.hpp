#pragma once
// The pieces of an HTML page shared by the reports that have one: escaping,
// links in cited text, a table, and the self-contained page around them
// (inline CSS, nothing loaded from anywhere, readable on a phone, printable).

#include <string>
#include <string_view>
#include <vector>

namespace cpcost {

// &, <, >, " and ' as entities: safe in text and in quoted attribute values.
std::string html_escape(std::string_view text);

// Escaped, with each web address in it a link: "https://..." as written, and a
// bare "placidway.com/page" (as the data cites its sources) as https://.
std::string html_linked(std::string_view text);

struct HtmlRow {
  std::vector<std::string> cells;  // HTML, escaped already
  std::string_view kind;           // "", "subtotal" or "total": drawn stronger
};

// A table in a wrapper that scrolls sideways on a narrow screen; numeric[i]
// right-aligns column i. The header is plain text.
std::string html_table(const std::vector<std::string>& header, const std::vector<bool>& numeric,
                       const std::vector<HtmlRow>& rows);

// The disclaimer, as the last paragraph of every page, --quiet or not.
std::string html_disclaimer();

// The whole document: title (plain text) and body (HTML).
std::string html_page(std::string_view title, std::string_view body);

}  // namespace cpcost
