#include "core/suggest.hpp"

#include <doctest/doctest.h>

using cpcost::closest_matches;
using cpcost::edit_distance;

TEST_CASE("suggest: edit distance counts edits and adjacent swaps, ignoring case") {
  CHECK(edit_distance("mexico", "mexico") == 0);
  CHECK(edit_distance("MEXICO", "mexico") == 0);
  CHECK(edit_distance("mexco", "mexico") == 1);
  CHECK(edit_distance("mxeico", "mexico") == 1);
  CHECK(edit_distance("thialand", "thailand") == 1);
  CHECK(edit_distance("", "india") == 5);
  CHECK(edit_distance("panama", "") == 6);
}

TEST_CASE("suggest: close words and prefixes, nearest first") {
  const std::vector<std::string> ids{"georgia", "india", "mexico", "panama", "thailand", "united-states"};
  CHECK(closest_matches("mexco", ids) == std::vector<std::string>{"mexico"});
  CHECK(closest_matches("Thialand", ids) == std::vector<std::string>{"thailand"});
  CHECK(closest_matches("united", ids) == std::vector<std::string>{"united-states"});
  CHECK(closest_matches("zzz", ids).empty());
  CHECK(closest_matches("x", ids).empty());
}

TEST_CASE("suggest: a word far longer or shorter than every name matches none, without measuring each") {
  const std::vector<std::string> ids{"georgia", "india", "mexico", "panama", "thailand", "united-states"};
  CHECK(closest_matches(std::string(1 << 20, 'm'), ids).empty());
  CHECK(closest_matches("mexico" + std::string(2, 'x'), ids) == std::vector<std::string>{"mexico"});
  CHECK(closest_matches("mexico" + std::string(4, 'x'), ids).empty());
  CHECK(closest_matches("uni", ids) == std::vector<std::string>{"united-states"});  // a prefix, however far
}
