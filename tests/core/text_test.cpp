#include "core/text.hpp"

#include "core/error.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

TEST_CASE("text: ASCII case folding, nothing else") {
  CHECK(ascii_lowercase("United-States") == "united-states");
  CHECK(ascii_lowercase("Łódź") == "Łódź");
  CHECK(equal_ignoring_case("USA", "usa"));
  CHECK_FALSE(equal_ignoring_case("usa", "us"));
  CHECK(starts_with_ignoring_case("United-States", "UNITED"));
  CHECK_FALSE(starts_with_ignoring_case("us", "usa"));
}

TEST_CASE("text: thousands grouped by commas") {
  CHECK(group_thousands(0) == "0");
  CHECK(group_thousands(999) == "999");
  CHECK(group_thousands(1000) == "1,000");
  CHECK(group_thousands(10000000) == "10,000,000");
  CHECK(group_thousands(18446744073709551615ULL) == "18,446,744,073,709,551,615");
}

TEST_CASE("text: control characters written as escapes, for one-line messages") {
  CHECK(one_line("expected 'false', saw 'fals\n'") == "expected 'false', saw 'fals\\n'");
  CHECK(one_line("a\r\tb") == "a\\r\\tb");
  CHECK(one_line(std::string("\x1b[31mred\x7f") + '\0') == "\\x1b[31mred\\x7f\\x00");
  CHECK(one_line("Łódź, plain") == "Łódź, plain");
}

TEST_CASE("text: an error's message is one line, whatever it quotes") {
  const cpcost::Error error(cpcost::ErrorKind::usage, "unknown country 'a\nb'");
  CHECK(std::string(error.what()) == "unknown country 'a\\nb'");
}
