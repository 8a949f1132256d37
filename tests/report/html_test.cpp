#include "report/html.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"
#include "report/range_chart_svg.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("html: the five characters that could end text or an attribute are entities") {
  CHECK(html_escape("Tom & Jerry's <b>\"quoted\"</b>") ==
        "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;");
  CHECK(html_escape("Rzeszów, 2 travelers × 1 trip") == "Rzeszów, 2 travelers × 1 trip");
  CHECK(html_escape("") == "");
}

TEST_CASE("html: a cited web address becomes a link, the rest of the citation stays text") {
  CHECK(html_linked("PlacidWay, \"Guide\", placidway.com (2025-11-21)") ==
        "PlacidWay, &quot;Guide&quot;, <a href=\"https://placidway.com\">placidway.com</a> (2025-11-21)");
  // The sentence's punctuation stays outside the link.
  CHECK(html_linked("(novastem.mx/the-procedure, no date).") ==
        "(<a href=\"https://novastem.mx/the-procedure\">novastem.mx/the-procedure</a>, no date).");
  // A full address as written; its & escaped inside the attribute.
  CHECK(html_linked("see https://example.org/a?b=1&c=2;") ==
        "see <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>;");
  CHECK(html_linked("http://old.example.net") ==
        "<a href=\"http://old.example.net\">http://old.example.net</a>");
}

TEST_CASE("html: what only looks like an address is not linked") {
  CHECK(html_linked("18.4997 MXN per USD, data/currencies.toml") == "18.4997 MXN per USD, data/currencies.toml");
  CHECK(html_linked("e.g. the U.S. rate, v1.2") == "e.g. the U.S. rate, v1.2");
  CHECK(html_linked("PlacidWay.Com") == "PlacidWay.Com");
  CHECK(html_linked("javascript:alert(1) <script>") == "javascript:alert(1) &lt;script&gt;");
  CHECK(html_linked("https://") == "https://");
}

TEST_CASE("html: a table right-aligns its numeric columns and marks subtotals and totals") {
  const std::string table =
      html_table({"Item", "Low & high"}, {false, true}, {{{"a", "$1"}, ""}, {{"Total", "$2"}, "total"}});
  CHECK(contains(table, "<div class=\"table-wrap\"><table>"));
  CHECK(contains(table, "<th scope=\"col\">Item</th><th class=\"num\" scope=\"col\">Low &amp; high</th>"));
  CHECK(contains(table, "<tr><td>a</td><td class=\"num\">$1</td></tr>"));
  CHECK(contains(table, "<tr class=\"total\"><td>Total</td><td class=\"num\">$2</td></tr>"));
}

TEST_CASE("html: a page stands alone: its own style, a phone's viewport, print rules, no script") {
  const std::string page = html_page("A <title>", "<p>body</p>\n");
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(contains(page, "<meta charset=\"utf-8\">"));
  CHECK(contains(page, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
  CHECK(contains(page, "<title>A &lt;title&gt;</title>"));
  CHECK(contains(page, "<h1>A &lt;title&gt;</h1>\n<p>body</p>\n</main>"));
  CHECK(contains(page, "@media print"));
  CHECK(contains(page, "@page"));
  CHECK_FALSE(contains(page, "<script"));
  CHECK_FALSE(contains(page, "<link"));
  CHECK_FALSE(contains(page, "://"));  // nothing from anywhere
  CHECK(contains(page, "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
  CHECK(html_disclaimer().starts_with("<p class=\"disclaimer\">This is an estimate for an experimental therapy"));
}

TEST_CASE("svg chart: the range chart's columns as x, a unit each, after an 8-unit margin") {
  // From $0 to $384: 385 columns over the 400 units between the margins, one dollar a column.
  const std::vector<ChartBar> bars{
      {"Low <one>", "$100-$200", dollars(100, 200), std::nullopt, std::nullopt},
      {"Total", "$0-$384", dollars(0, 384), dollars(120, 300), Money::from_units(210)}};
  const std::string svg =
      range_chart_svg(bars, Money{}, Money::from_units(384), Money::from_units(192), "USD", "Totals & ranges");
  CHECK(svg.starts_with("<svg class=\"chart\" viewBox=\"0 0 400 130\" role=\"img\" aria-label=\"Totals &amp; ranges\">"));
  CHECK(contains(svg, "<text x=\"8\" y=\"34\">Low &lt;one&gt;</text>"));
  CHECK(contains(svg, "<text x=\"392\" y=\"34\" text-anchor=\"end\">$100-$200</text>"));
  CHECK(contains(svg, "<rect x=\"108\" y=\"40\" width=\"100\" height=\"14\""));
  CHECK(contains(svg, "<rect x=\"8\" y=\"80\" width=\"384\" height=\"14\""));   // the whole scale
  CHECK(contains(svg, "<rect x=\"128\" y=\"80\" width=\"180\" height=\"14\""));  // likely: 120 to 300
  CHECK(contains(svg, "<rect x=\"217\" y=\"77\" width=\"2\" height=\"20\""));    // the median's tick at 210
  CHECK(contains(svg, "<path d=\"M200 16V110\""));                                 // the budget's rule at 192
  CHECK(contains(svg, "text-anchor=\"middle\">budget $192</text>"));
  CHECK(contains(svg, ">$0</text>"));
  CHECK(contains(svg, "text-anchor=\"end\">$384</text>"));
  CHECK(svg.ends_with("</svg>\n"));
}

TEST_CASE("svg chart: a budget off the scale draws no rule, and an empty range is still seen") {
  const std::vector<ChartBar> bars{{"Nothing", "$0", dollars(0, 0), std::nullopt, std::nullopt}};
  const std::string svg = range_chart_svg(bars, Money{}, Money::from_units(100), Money::from_units(500), "EUR", "x");
  CHECK_FALSE(contains(svg, "budget"));
  CHECK(contains(svg, "viewBox=\"0 0 400 70\""));
  CHECK(contains(svg, "<rect x=\"8\" y=\"20\" width=\"2\" height=\"14\""));
  CHECK(contains(svg, ">EUR 0</text>"));
  CHECK(contains(svg, "text-anchor=\"end\">EUR 100</text>"));
}
