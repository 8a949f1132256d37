#include "report/render.hpp"
#include "report/text_table.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include "core/test_catalog.hpp"
#include "report/json_document.hpp"
#include "report/wording.hpp"

using namespace cpcost;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string line_starting(const std::string& text, std::string_view prefix) {
  for (const auto& line : lines_of(text)) {
    if (line.starts_with(prefix)) return line;
  }
  FAIL("no line starts with " << prefix);
  return {};
}

// A table row's cells: the text between runs of two or more spaces.
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> result;
  std::size_t at = 0;
  while (at < row.size()) {
    const auto gap = row.find("  ", at);
    result.push_back(row.substr(at, gap - at));
    if (gap == std::string::npos) break;
    at = row.find_first_not_of(' ', gap);
  }
  return result;
}

RenderOptions options(bool color = false, bool quiet = false) {
  RenderOptions chosen;
  chosen.color = color;
  chosen.quiet = quiet;
  chosen.unicode = true;
  chosen.width = 1000;  // a terminal wide enough for every line: these tests read content, not layout
  return chosen;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

Estimate hand_computed(const Catalog& catalog) {
  Query query = testing::query_for("testland");
  query.infusions = 3;
  query.cycles = 2;
  query.companions = 2;
  query.origin = "europe";
  return estimate(catalog, query);
}

}  // namespace

TEST_CASE("table: the lines, subtotals and total, with amounts right-aligned under their headers") {
  const Catalog catalog = testing::test_catalog();
  const std::string table = render_table(hand_computed(catalog), options());
  CHECK(line_starting(table, "Stem cell treatment") ==
        "Stem cell treatment for cerebral palsy in Testland (Testville): estimated cost in USD");
  const std::string header = line_starting(table, "Item");
  const std::string treatment = line_starting(table, "Treatment, first cycle");
  const std::string follow_ups = line_starting(table, "Treatment, follow-up cycles");
  const std::string accommodation = line_starting(table, "Accommodation");
  const std::string total = line_starting(table, "Total  ");  // the table's row, not the summary's "Total:"
  CHECK(contains(treatment, "1 cycle"));
  CHECK(contains(treatment, "$10,000-$20,000  $10,000  $20,000  [1]"));
  // 52.63 % of 10,000 and 53.33 % of 20,000, for the second of 2 cycles.
  CHECK(contains(follow_ups, "1 cycle"));
  CHECK(contains(follow_ups, "$5,263-$10,666   $5,263  $10,666  [2]"));
  CHECK(contains(accommodation, "12 nights \u00d7 2 rooms"));
  CHECK(contains(line_starting(table, "Treatment subtotal"), "$17,263  $33,666"));
  CHECK(contains(line_starting(table, "Travel & stay subtotal"), "$8,880  $14,940"));
  // 26,143-48,606: the mid-point 37,374.50, shown in whole dollars rounded half to even.
  CHECK(contains(total, "mid-point $37,374  $26,143  $48,606"));
  // Right-aligned: each "High" amount ends where the header's "High" ends.
  const auto high_end = header.find("High") + 4;
  CHECK(treatment.substr(0, high_end).ends_with("$20,000"));
  CHECK(total.substr(0, high_end).ends_with("$48,606"));
  CHECK(total.size() == high_end);
}

TEST_CASE("assumptions: fewer infusions than a cycle includes cost the same, and the sentence says so") {
  const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");  // its cycle includes 2
  query.infusions = 1;
  CHECK(contains(assumptions_sentence(estimate(catalog, query)),
                 "; 1 infusion per cycle (a cycle includes 2, at the same price for fewer);"));
  query.infusions = 3;
  CHECK(contains(assumptions_sentence(estimate(catalog, query)), "; 3 infusions per cycle (2 included);"));
}

TEST_CASE("table: assumptions, advisories, numbered sources and the disclaimer") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  const std::string table = render_table(e, options());
  CHECK(line_starting(table, "Assumes") == assumptions_sentence(e));
  CHECK(contains(assumptions_sentence(e), "2 travelers: the patient and 1 companion (the default"));
  CHECK(contains(assumptions_sentence(e), "flights from north-america (the default)"));
  CHECK(contains(assumptions_sentence(e), "4 nights (the protocol's stay), 1 room (a room holds 2)"));
  // First, before the lines: the level where the treatment happens; under them, the advisory in full.
  CHECK(line_starting(table, "Advisory:") == "Advisory: Level 4: Do not travel (Test State Department)");
  CHECK(table.find("Advisory: Level 4") < table.find("Item"));
  CHECK(line_starting(table, "Advisory: Test") ==
        "Advisory: Test State Department: Level 4: Do not travel. Armed conflict. [9]");
  CHECK(line_starting(table, "[1]") == "[1] cycle source (2025-01-01)");
  CHECK(line_starting(table, "[9]") == "[9] advisory source (2023-05-22)");
  CHECK(contains(table, std::string(kDisclaimer)));
  CHECK(contains(line_starting(table, "Treatment, first cycle"), "$25,000-$100,000+  $25,000  $100,000+"));
  CHECK(contains(line_starting(table, "Train from Gateway City"), "$40-$60"));
}

TEST_CASE("table: --quiet drops the sources and their markers, never the advisory or the disclaimer") {
  const Catalog catalog = testing::test_catalog();
  const std::string table = render_table(estimate(catalog, testing::query_for("borderland")), options(false, true));
  CHECK_FALSE(contains(table, "Sources"));
  CHECK_FALSE(contains(table, "[1]"));
  CHECK(contains(table, std::string(kDisclaimer)));
  CHECK(line_starting(table, "Advisory: Test") ==
        "Advisory: Test State Department: Level 4: Do not travel. Armed conflict.");
  CHECK(line_starting(table, "Item").ends_with("High"));
}

TEST_CASE("table: colour only when asked for") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  CHECK_FALSE(contains(render_table(e, options(false, false)), "\x1b["));
  const std::string colored = render_table(e, options(true, false));
  CHECK(contains(colored, "\x1b[1mItem"));
  // Level 4 in red, beside its words (never colour alone).
  CHECK(contains(colored, "\x1b[31mAdvisory:\x1b[0m Level 4: Do not travel"));
  CHECK(contains(colored, "\x1b[31mAdvisory:\x1b[0m Test State Department: Level 4"));
}

TEST_CASE("table: fits the terminal: the unit cost goes first, long labels wrap in their cell") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  RenderOptions narrow = options();
  for (const int width : {120, 80, 60, 40}) {
    CAPTURE(width);
    narrow.width = width;
    const std::string table = render_table(e, narrow);
    for (const auto& line : lines_of(table)) {
      CAPTURE(line);
      CHECK(display_width(line) <= static_cast<std::size_t>(width));
    }
    // Whatever the width, the total's amounts stay whole on its row.
    CHECK(contains(line_starting(table, "Total  "), "$26,980"));
    CHECK(contains(table, "\nThis is an estimate"));
  }
  narrow.width = 1000;
  CHECK(contains(line_starting(render_table(e, narrow), "Item"), "Unit cost"));
  narrow.width = 60;
  CHECK_FALSE(contains(line_starting(render_table(e, narrow), "Item"), "Unit cost"));
}

TEST_CASE("table: cents appear in every amount when any amount has them") {
  Catalog catalog = testing::test_catalog();
  testing::figure(catalog.destinations[1], "visa", "asia").range = MoneyRange::exactly(Money::from_cents(2575));
  Query query = testing::query_for("testland");
  query.origin = "asia";
  const std::string table = render_table(estimate(catalog, query), options());
  CHECK(cells(line_starting(table, "Visa")) ==
        std::vector<std::string>{"Visa & entry fees", "2 travelers", "$25.75", "$51.50", "$51.50", "[7]"});
  CHECK(cells(line_starting(table, "Treatment, first cycle"))[2] == "$10,000.00-$20,000.00");
  CHECK(cells(line_starting(table, "Total  ")) ==
        std::vector<std::string>{"Total", "mid-point $17,701.50", "$11,951.50", "$23,451.50"});
}

TEST_CASE("csv: a header, one row per line and a total row, bare numbers, each line's date and age") {
  Catalog catalog = testing::test_catalog();
  testing::figure(catalog.destinations[1], "treatment").provenance.as_of = "2026-06-01";  // 6 months before today
  RenderOptions today = options();
  today.today = Date{2026, 11, 25};  // the other figures, 2025-01-01, are 22 months old
  const auto rows = lines_of(render_csv(hand_computed(catalog), today));
  REQUIRE(rows.size() == 9);
  CHECK(rows[0] == "destination,item,label,quantity,unit,unit_low,unit_high,low,mid,high,high_open,currency,source,"
                   "as_of,stale\r");
  CHECK(rows[1] == "testland,treatment,\"Treatment, first cycle\",1,cycle,10000.00,20000.00,10000.00,15000.00,"
                   "20000.00,false,USD,cycle source (2026-06-01),2026-06-01,false\r");
  // The second cycle, a follow-up round by the FTC ratio (dated 2018-10: old).
  CHECK(rows[2].starts_with("testland,follow_ups,\"Treatment, follow-up cycles\",1,cycle,5263.00,10666.00,5263.00,"
                            "7964.50,10666.00,false,USD,\"Assumption: Cycles after the first are follow-up rounds"));
  CHECK(rows[2].ends_with(",2018-10,true\r"));
  CHECK(rows[4] == "testland,flights,\"Flights, round trip\",6,round trip,700.00,1100.00,4200.00,5400.00,6600.00,false,"
                   "USD,fare source (2025-01-01),2025-01-01,true\r");
  CHECK(rows[8] == "testland,total,Total,,,,,26143.00,37374.50,48606.00,false,USD,,,\r");
}

TEST_CASE("stale figures: a batch's memo of each figure's age says what stale() says") {
  Catalog catalog = testing::test_catalog();
  testing::figure(catalog.destinations[1], "accommodation").provenance.as_of = "2016";
  testing::figure(catalog.destinations[1], "treatment").provenance.as_of = "2026-06-01";
  Query query = testing::query_for("testland");
  query.origin = "europe";
  const Estimate e = estimate(catalog, query);
  const Date today{2026, 11, 25};
  StaleFigures memo(today);
  int old = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the second pass answers from what the first worked out
    for (const LineItem& line : e.lines) {
      CAPTURE(line.id);
      CHECK(memo(line) == stale(line, today));
      old += memo(line) ? 1 : 0;
    }
  }
  // Accommodation (2016) and the fixture's 2025-01-01 flights, daily costs and visa are old; the treatment
  // (2026-06) is not, and the lines of no quantity (follow-ups, extra infusions) never are.
  CHECK(old == 2 * 4);
}

TEST_CASE("stale figures: the memo answers as stale() for more figures than its table holds, asked over and over") {
  // 5,000 figures, past the 3,072 the memo's table keeps: the rest are asked of its map.
  std::vector<Provenance> figures(5000);
  for (std::size_t i = 0; i < figures.size(); ++i) figures[i].as_of = i % 3 == 0 ? "2016" : "2026-06-01";
  const Date today{2026, 11, 25};
  StaleFigures memo(today);
  for (int pass = 0; pass < 3; ++pass) {
    int old = 0;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      LineItem line;  // no factors: a quantity of one, priced
      line.provenance = &figures[(i * 7919 + static_cast<std::size_t>(pass)) % figures.size()];
      CHECK(memo(line) == stale(line, today));
      old += memo(line) ? 1 : 0;
    }
    CHECK(old == 1667);  // every third of 5,000 (0, 3, ..., 4998), each asked once a pass
  }
}

TEST_CASE("stale figures: stale_lines gives, line by line, what stale() gives, as destinations, origins and figures change") {
  Catalog catalog = testing::test_catalog();
  testing::figure(catalog.destinations[1], "accommodation").provenance.as_of = "2016";
  testing::figure(catalog.destinations[1], "treatment").provenance.as_of = "2026-06-01";
  const Date today{2026, 11, 25};
  StaleFigures memo(today);
  auto expected = [&today](const Estimate& e) {
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < e.lines.size(); ++i) bits |= stale(e.lines[i], today) ? std::uint64_t{1} << i : 0;
    return bits;
  };
  int with_stale = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the second pass finds what the first kept
    for (const auto& destination : catalog.destinations) {
      for (const std::string origin : {"north-america", "europe"}) {
        for (const int cycles : {1, 2, 3}) {  // follow-ups priced or not: their figure's age counts only when priced
          Query query = testing::query_for(destination.id);
          query.origin = origin;
          query.cycles = cycles;
          const Estimate e = estimate(catalog, query);
          CAPTURE(destination.id);
          CAPTURE(origin);
          CAPTURE(cycles);
          CHECK(memo.stale_lines(e) == expected(e));
          with_stale += expected(e) != 0 ? 1 : 0;
        }
      }
    }
  }
  CHECK(with_stale > 0);
  // The same destination and origin with another figure (the family's own): the kept answer is not reused.
  Query query = testing::query_for("testland");
  query.origin = "europe";
  const Estimate before = estimate(catalog, query);
  query.overrides.set("accommodation", MoneyRange{Money::from_units(100), Money::from_units(120)});
  const Estimate after = estimate(catalog, query);
  CHECK(memo.stale_lines(before) == expected(before));
  CHECK(memo.stale_lines(after) == expected(after));
  CHECK(expected(before) != expected(after));  // the 2016 accommodation figure is no longer used
}

TEST_CASE("stale figures: marked in the table, named in one note, flagged in the JSON") {
  Catalog catalog = testing::test_catalog();
  for (auto& figures : catalog.destinations[1].items) figures.figure.provenance.as_of = "2026-06-01";
  testing::figure(catalog.destinations[1], "accommodation").provenance.as_of = "2016";
  RenderOptions today = options();
  today.today = Date{2026, 11, 25};
  Query query = testing::query_for("testland");
  query.origin = "europe";
  const Estimate e = estimate(catalog, query);
  const std::string table = render_table(e, today);
  CHECK(line_starting(table, "Accommodation *").size() > 0);
  CHECK(table.find("Treatment, first cycle *") == std::string::npos);
  // No follow-up cycle in this plan: its old ratio costs nothing and is not flagged.
  CHECK(table.find("Treatment, follow-up cycles *") == std::string::npos);
  // Flights and visa from Europe keep the fixture's 2025-01-01: 22 months old.
  CHECK(table.find("* Figures over 18 months old: Flights, round trip (2025-01-01), Accommodation (2016), Visa & entry "
                   "fees (2025-01-01): check them before relying on the total.") != std::string::npos);
  const auto json = nlohmann::json::parse(render_json(e, today));
  for (const auto& line : json["lines"]) {
    CAPTURE(line["id"]);
    const bool old = line["id"] == "accommodation" || line["id"] == "flights" || line["id"] == "visa";
    CHECK(line["stale"] == old);
  }
  CHECK(json["lines"][4]["as_of"] == "2016");
  today.today = Date{2026, 6, 1};  // 17 months after 2025-01-01: only the 2016 figure
  CHECK(render_table(e, today).find("* A figure over 18 months old: Accommodation (2016)") != std::string::npos);
}

TEST_CASE("markdown: a pipe table with escaped text, then notes and sources") {
  Catalog catalog = testing::test_catalog();
  catalog.destinations[1].cities = {"Pipe|Town"};
  const std::string markdown = render_markdown(hand_computed(catalog), options());
  CHECK(line_starting(markdown, "## ") ==
        "## Stem cell treatment for cerebral palsy in Testland (Pipe\\|Town): estimated cost in USD");
  CHECK(line_starting(markdown, "| Item") == "| Item | Quantity | Unit cost | Low | High | Source |");
  CHECK(line_starting(markdown, "|:--") == "|:-----|:---------|----------:|----:|-----:|:-------|");
  CHECK(line_starting(markdown, "| Treatment, first cycle") ==
        "| Treatment, first cycle | 1 cycle | \\$10,000-\\$20,000 | \\$10,000 | \\$20,000 | [1] |");
  CHECK(line_starting(markdown, "| **Total**") ==
        "| **Total** |  | mid-point \\$37,374 | **\\$26,143** | **\\$48,606** |  |");
  CHECK(line_starting(markdown, "1. ") == "1. cycle source (2025-01-01)");
  for (const auto& line : lines_of(markdown)) {
    if (!line.starts_with("|")) continue;
    // Seven unescaped pipes: six cells, none split by a pipe in the text.
    std::size_t pipes = 0;
    for (std::size_t i = 0; i < line.size(); ++i) pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
    CHECK(pipes == 7);
  }
}

TEST_CASE("markdown: --quiet drops the source column, the sources and the disclaimer") {
  const Catalog catalog = testing::test_catalog();
  const std::string markdown = render_markdown(estimate(catalog, testing::query_for("borderland")), options(false, true));
  CHECK(line_starting(markdown, "| Item") == "| Item | Quantity | Unit cost | Low | High |");
  CHECK_FALSE(contains(markdown, "Sources"));
  CHECK_FALSE(contains(markdown, "[1]"));
  CHECK(line_starting(markdown, "> **Advisory:**") ==
        "> **Advisory:** Test State Department: Level 4: Do not travel. Armed conflict.");
}

TEST_CASE("html: the summary first, then the line items, advisory, notes, linked sources and the disclaimer") {
  Catalog catalog = testing::test_catalog();
  catalog.destinations[0].cities = {"<Gate> & \"Town\""};
  testing::figure(catalog.destinations[0], "treatment").provenance.source = "Clinic's page, clinic.example.org/prices";
  const std::string html = render_html(estimate(catalog, testing::query_for("borderland")), options());
  CHECK(contains(html, "<h1>Stem cell treatment for cerebral palsy in Borderland (&lt;Gate&gt; &amp; &quot;Town&quot;): "
                       "estimated cost in USD</h1>"));
  CHECK(contains(html, "<dt>Travel advisory</dt><dd class=\"level-4\">Level 4: Do not travel (Test State Department)</dd>"));
  CHECK(contains(html, "<dt>Plan</dt><dd>1 cycle of 2 infusions;"));
  CHECK(contains(html, "<tr><td>Treatment, first cycle</td><td>1 cycle</td><td class=\"num\">$25,000-$100,000+</td>"
                       "<td class=\"num\">$25,000</td><td class=\"num\">$100,000+</td><td><a href=\"#source-1\">[1]</a>"
                       "</td></tr>"));
  CHECK(contains(html, "<p class=\"advisory\"><strong>Advisory:</strong> Test State Department: Level 4: Do not travel. "
                       "Armed conflict. <a href=\"#source-9\">[9]</a></p>"));
  CHECK(contains(html, "<li id=\"source-1\">Clinic&#39;s page, <a href=\"https://clinic.example.org/prices\">"
                       "clinic.example.org/prices</a> (2025-01-01)</li>"));
  CHECK(contains(html, "<li id=\"source-9\">advisory source (2023-05-22)</li>"));
  // In the order a family reads it.
  const auto at = [&](std::string_view part) { return html.find(part); };
  CHECK(at("class=\"summary\"") < at("<h2>Line items</h2>"));
  CHECK(at("<h2>Line items</h2>") < at("<h2>Advisories and entry rules</h2>"));
  CHECK(at("<h2>Advisories and entry rules</h2>") < at("<h2>Assumptions and notes</h2>"));
  CHECK(at("<h2>Assumptions and notes</h2>") < at("<h2>Sources</h2>"));
  CHECK(at("<h2>Sources</h2>") < at("<p class=\"disclaimer\">"));
  CHECK(contains(html, "<p class=\"disclaimer\">" + std::string(kDisclaimer) + "</p>"));
}

TEST_CASE("html: the total as a range, the likely range and median, the budget, on one chart") {
  const Catalog catalog = testing::test_catalog();
  Query query = testing::query_for("testland");
  query.infusions = 3;
  query.cycles = 2;
  query.companions = 2;
  query.origin = "europe";
  query.budget = Money::from_units(40000);
  query.sampling = Sampling{1000, 7};
  const Estimate e = estimate(catalog, query);
  REQUIRE(e.simulation.has_value());
  const std::string html = render_html(e, options());
  CHECK(contains(html, "<dt>Total</dt><dd><span class=\"total-range\">$26,143 to $48,606</span> (mid-point $37,374)</dd>"));
  const Percentiles& total = e.simulation->total;
  const MoneyFormat money{"USD", false};
  CHECK(contains(html, "<dt>Likely (80 % of outcomes)</dt><dd>" + percentile_text(total, 10, money) + " to " +
                           percentile_text(total, 90, money) + ", median " + percentile_text(total, 50, money) + "</dd>"));
  CHECK(contains(html, "<dt>Budget</dt><dd>Budget $40,000: may fit (the low total is within it, the high is not)"));
  CHECK(contains(html, "<svg class=\"chart\""));
  CHECK(contains(html, ">Treatment subtotal</text>"));
  CHECK(contains(html, ">$17,263-$33,666</text>"));
  CHECK(contains(html, ">Total</text>"));
  CHECK(contains(html, "budget $40,000</text>"));
  CHECK(contains(html, "<tr class=\"total\"><td>Total</td><td></td><td class=\"num\">mid-point $37,374</td>"));
}

TEST_CASE("html: --quiet leaves out the sources and their markers, never the disclaimer, and never a colour code") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  const std::string quiet = render_html(e, options(true, true));
  CHECK_FALSE(contains(quiet, "Sources"));
  CHECK_FALSE(contains(quiet, "[1]"));
  CHECK_FALSE(contains(quiet, "<th scope=\"col\">Source</th>"));
  CHECK(contains(quiet, "<p class=\"disclaimer\">" + std::string(kDisclaimer) + "</p>"));
  CHECK(contains(quiet, "<strong>Advisory:</strong> Test State Department: Level 4: Do not travel. Armed conflict.</p>"));
  CHECK_FALSE(contains(quiet, "\x1b"));
  CHECK_FALSE(contains(render_html(e, options(true, false)), "\x1b"));
}

TEST_CASE("contradictions: a warning under the plan in every format, priced as asked") {
  Catalog catalog = testing::test_catalog();
  catalog.destinations[1].entry_rules.push_back(
      EntryRule{"At most two attendants get visas", {"visa rule", "2024-03-04", false, ""}, {}, 2});
  Query query = testing::query_for("testland");
  query.companions = 3;
  query.nights = 2;  // the protocol: 4
  const Estimate e = estimate(catalog, query);
  const std::string companions =
      "3 companions, but Testland's entry rule admits at most 2: the estimate prices the trip and visas of all 4 "
      "travelers as asked.";
  const std::string nights =
      "2 nights, fewer than the protocol's stay of 4 (1 cycle of 2 infusions): the treatment may not fit in the stay; "
      "the estimate prices 2 nights as asked.";
  // The table: right under the plan it contradicts, in red on a terminal, its words saying it too.
  const auto table = lines_of(render_table(e, options()));
  const auto plan = std::find_if(table.begin(), table.end(), [](const std::string& l) { return l.starts_with("Plan: "); });
  REQUIRE(plan + 2 < table.end());
  CHECK(*(plan + 1) == "Warning: " + companions);
  CHECK(*(plan + 2) == "Warning: " + nights);
  CHECK(contains(render_table(e, options(true)), "\x1b[31mWarning: " + companions));
  CHECK(contains(render_markdown(e, options()), "- **Warning:** 2 nights, fewer than the protocol's stay of 4"));
  CHECK(contains(render_html(e, options()), "<dt>Warning</dt><dd class=\"warning\">3 companions, but Testland"));
  const auto json = nlohmann::json::parse(render_json(e, options()));
  REQUIRE(json["warnings"].size() == 2);
  CHECK(json["warnings"][0] == nlohmann::json{{"kind", "companions_over_entry_rule"}, {"asked", 3}, {"limit", 2},
                                              {"text", companions}});
  CHECK(json["warnings"][1]["kind"] == "nights_under_protocol");
  const auto csv = lines_of(render_csv(e, options()));
  CHECK(csv[csv.size() - 2] == "testland,warning,\"" + companions + "\",,,,,,,,,USD,,,\r");
  CHECK(csv.back().starts_with("testland,warning,\"2 nights, fewer than"));
  // Nothing contradicted, nothing said.
  const Estimate plain = estimate(catalog, testing::query_for("testland"));
  CHECK_FALSE(contains(render_table(plain, options()), "Warning"));
  CHECK(nlohmann::json::parse(render_json(plain, options()))["warnings"].empty());
  CHECK(lines_of(render_csv(plain, options())).back().starts_with("testland,total,"));
}

TEST_CASE("render: dispatches on the format") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("testland"));
  CHECK(render(e, Format::table, options()) == render_table(e, options()));
  CHECK(render(e, Format::csv, options()) == render_csv(e, options()));
  CHECK(render(e, Format::markdown, options()) == render_markdown(e, options()));
  CHECK(render(e, Format::html, options()) == render_html(e, options()));
  CHECK(render(e, Format::json, options()) == render_json(e, RenderOptions{}));
  CHECK(render_json(e, RenderOptions{}).starts_with("{\n"));
}

TEST_CASE("json: the null marker is null only as a whole value, never the end of a longer string") {
  const toml::table document{{"a", "say \"cpcost:null"}, {"b", kJsonNull}, {"c", "\"cpcost:null\""}};
  CHECK(to_json_line(document) == R"({"a" : "say \"cpcost:null","b" : null,"c" : "\"cpcost:null\""})");
}
