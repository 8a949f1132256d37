#include "report/text_table.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

TEST_CASE("text table: columns as wide as their widest cell, amounts to the right") {
  TextTable table({Align::left, Align::right});
  table.add_row({"Item", "Cost"});
  table.add_row({"Flights × 2", "$1,500"});
  table.add_row({"Visa", "$0"});
  CHECK(table.lines() == std::vector<std::string>{"Item           Cost", "Flights × 2  $1,500", "Visa             $0"});
}

TEST_CASE("text table: display width counts code points") {
  CHECK(display_width("Rzeszów") == 7);
  CHECK(display_width("\u2588\u2588") == 2);
  CHECK(display_width("") == 0);
}

TEST_CASE("wrap: at spaces, within the width, after an indent") {
  CHECK(wrap("one two three four", 9) == std::vector<std::string>{"one two", "three", "four"});
  CHECK(wrap("one two three", 12, "  ") == std::vector<std::string>{"  one two", "  three"});
  CHECK(wrap("unbreakable-long-word x", 5) == std::vector<std::string>{"unbreakable-long-word", "x"});
  CHECK(wrap("", 10) == std::vector<std::string>{""});
}

TEST_CASE("styler: ANSI only when colour is on") {
  CHECK(Styler(false)(Styler::bold, "Total") == "Total");
  CHECK(Styler(true)(Styler::bold, "Total") == "\x1b[1mTotal\x1b[0m");
}
