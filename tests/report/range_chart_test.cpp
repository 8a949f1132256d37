#include "report/range_chart.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"
#include "report/text_table.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

TEST_CASE("range chart: the scale's ends are the first and last columns") {
  const RangeChart chart(Money::from_units(10000), Money::from_units(30000), 21, false);
  CHECK(chart.column_of(Money::from_units(10000)) == 0);
  CHECK(chart.column_of(Money::from_units(30000)) == 20);
  CHECK(chart.column_of(Money::from_units(20000)) == 10);
  CHECK(chart.column_of(Money::from_units(5000)) == 0);    // below the scale: at its start
  CHECK(chart.column_of(Money::from_units(99999)) == 20);  // above: at its end
  CHECK(chart.column_of(Money::from_units(10499)) == 0);   // nearest column
  CHECK(chart.column_of(Money::from_units(10500)) == 1);
}

TEST_CASE("range chart: bars from low to high, in ASCII or Unicode blocks") {
  const RangeChart ascii(Money::from_units(10000), Money::from_units(30000), 21, false);
  CHECK(ascii.bar(dollars(10000, 20000)) == "###########");
  CHECK(ascii.bar(dollars(20000, 30000)) == "          ###########");
  CHECK(ascii.bar(dollars(15000, 15000)) == "     #");
  const RangeChart unicode(Money::from_units(10000), Money::from_units(30000), 5, true);
  CHECK(unicode.bar(dollars(10000, 30000)) == "\u2588\u2588\u2588\u2588\u2588");
}

TEST_CASE("range chart: an open high ends in a plus, inside the width") {
  const RangeChart chart(Money::from_units(0), Money::from_units(100), 11, false);
  CHECK(chart.bar(dollars(0, 50, true)) == "######+");
  CHECK(chart.bar(dollars(50, 100, true)) == "     #####+");
  CHECK(display_width(chart.bar(dollars(50, 100, true))) == 11);
}

TEST_CASE("range chart: a budget is a rule across the empty cells and labelled on the axis") {
  const RangeChart chart(Money::from_units(0), Money::from_units(100), 11, false, Money::from_units(50));
  CHECK(chart.bar(dollars(0, 20)) == "###  |");
  CHECK(chart.bar(dollars(40, 60)) == "    ###");
  const auto axis = chart.axis();
  REQUIRE(axis.size() == 2);
  CHECK(axis[0] == "|----+----|");
  CHECK(axis[1] == "$0     $100");  // 11 columns: the budget label has no room between them
  const RangeChart wide(Money::from_units(0), Money::from_units(100), 41, true, Money::from_units(50));
  const auto wide_axis = wide.axis();
  CHECK(wide_axis[0] == "\u251c" + [] { std::string s; for (int i = 0; i < 19; ++i) s += "\u2500"; return s; }() +
                            "\u253c" + [] { std::string s; for (int i = 0; i < 19; ++i) s += "\u2500"; return s; }() +
                            "\u2524");
  CHECK(wide_axis[1] == "$0             budget $50            $100");  // 41 columns, budget under its rule
}

TEST_CASE("range chart: a budget off the scale draws no rule (one at an edge would mislead)") {
  for (const int budget : {-1, 101, 1000}) {
    CAPTURE(budget);
    const RangeChart chart(Money::from_units(0), Money::from_units(100), 11, false, Money::from_units(budget));
    CHECK(chart.bar(dollars(0, 20)) == "###");
    CHECK(chart.axis()[0] == "|---------|");
  }
  const RangeChart at_edge(Money::from_units(0), Money::from_units(100), 11, false, Money::from_units(100));
  CHECK(at_edge.bar(dollars(0, 20)) == "###       |");  // on the scale, at its end: drawn
}

TEST_CASE("range chart: the axis is labelled in the amounts' currency") {
  const RangeChart chart(Money::from_units(0), Money::from_units(100), 41, false, Money::from_units(50), "EUR");
  CHECK(chart.axis()[1] == "EUR 0         budget EUR 50       EUR 100");  // the budget centred under its rule
}

TEST_CASE("range chart: nothing is wider than the chart") {
  for (std::size_t width : {2UL, 3UL, 10UL, 37UL, 120UL}) {
    CAPTURE(width);
    const RangeChart chart(Money::from_units(9900), Money::from_units(104766), width, true, Money::from_units(25000));
    CHECK(display_width(chart.bar(dollars(9900, 104766, true))) <= width);
    CHECK(display_width(chart.bar(dollars(27380, 104766, true))) <= width);
    for (const auto& line : chart.axis()) CHECK(display_width(line) <= width);
  }
}
