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
  // A word longer than a line is cut where the line ends.
  CHECK(wrap("unbreakable-long-word x", 5) == std::vector<std::string>{"unbre", "akabl", "e-lon", "g-wor", "d x"});
  CHECK(wrap("Rzeszów-Przemyśl", 7) == std::vector<std::string>{"Rzeszów", "-Przemy", "śl"});
  CHECK(wrap("", 10) == std::vector<std::string>{""});
}

TEST_CASE("styler: ANSI only when colour is on") {
  CHECK(Styler(false)(Styler::bold, "Total") == "Total");
  CHECK(Styler(true)(Styler::bold, "Total") == "\x1b[1mTotal\x1b[0m");
}

TEST_CASE("hanging: the label on the first line, the rest under the text") {
  CHECK(hanging("Advisory: ", "Level 3 where the treatment is", 20) == "Advisory: Level 3\n  where the\n  treatment is\n");
  CHECK(hanging(" [1] ", "a b", 80, 5) == " [1] a b\n");
}

TEST_CASE("text table: fits a width by wrapping, then by leaving out what can be spared") {
  TextTable table({{Align::left, 20, 4}, {Align::left, 0, 0, 1}, {Align::right}});
  table.add_row({"Item", "Unit", "Cost"});
  table.add_row({"Flights to Rzeszów, round trip", "round trip", "$1,500"});
  // Wide enough: one line a row, every column (30 + 2 + 10 + 2 + 6 = 50).
  CHECK(table.rows(100) == std::vector<std::vector<std::string>>{{"Item                            Unit          Cost"},
                                                                {"Flights to Rzeszów, round trip  round trip  $1,500"}});
  // 40: the label wraps to 20 columns, as far as is comfortable, and every column stays.
  CHECK(table.rows(40) == std::vector<std::vector<std::string>>{
                              {"Item                  Unit          Cost"},
                              {"Flights to Rzeszów,   round trip  $1,500", "round trip"}});
  // 38: wrapping to 20 is not enough with the unit (40), so the unit goes, and the label fits whole again.
  CHECK(table.rows(38) == std::vector<std::vector<std::string>>{{"Item                              Cost"},
                                                               {"Flights to Rzeszów, round trip  $1,500"}});
  // 20: the label wraps below its comfortable width, at its words.
  const auto narrow = table.rows(20);
  CHECK(narrow[1] == std::vector<std::string>{"Flights to    $1,500", "Rzeszów,", "round trip"});
  for (const auto& row : narrow) {
    for (const auto& line : row) CHECK(display_width(line) <= 20);
  }
}
