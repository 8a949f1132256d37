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

TEST_CASE("text: an excerpt keeps whole characters") {
  CHECK(excerpt("abc", 3) == "abc");
  CHECK(excerpt("abcd", 3) == "abc...");
  CHECK(excerpt("Łódź", 2) == "Łó...");
  CHECK(excerpt("", 0) == "");
}

TEST_CASE("text: a message quotes at most 100 characters of each input") {
  const std::string input(5000, 'x');
  const std::string cut = std::string(100, 'x') + "...";
  CHECK(message_line("unknown country '" + input + "'. Known countries: 'a', 'b'") ==
        "unknown country '" + cut + "'. Known countries: 'a', 'b'");
  CHECK(message_line("expected an amount, found \"" + input + "\"") == "expected an amount, found \"" + cut + "\"");
  CHECK(message_line("'" + std::string(100, 'x') + "' fits") == "'" + std::string(100, 'x') + "' fits");
  // A quote within a word does not close it; control characters count as one, then are escaped.
  CHECK(message_line("name 'it's " + input + "' and more") == "name 'it's " + std::string(95, 'x') + "...' and more");
  CHECK(message_line("'" + std::string(99, '\n') + "\n\n'") == "'" + [] {
          std::string escaped;
          for (int i = 0; i < 100; ++i) escaped += "\\n";
          return escaped;
        }() + "...'");
  // A path is not quoted, and stays whole.
  const std::string path = "/" + std::string(300, 'd') + "/x.toml";
  CHECK(message_line(path + ":1:2: missing key 'id'") == path + ":1:2: missing key 'id'");
}

TEST_CASE("text: a message is at most 1,000 characters, whatever it holds") {
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "'a' 'it's ";
  const std::string line = message_line("unknown: " + many);
  CHECK(line.size() == 1003);
  CHECK(line.ends_with("..."));
  std::string unclosed;  // each quote opens, none closes: still linear time
  for (int i = 0; i < 100000; ++i) unclosed += " 'b";
  CHECK(message_line(unclosed).size() == 1003);
}

TEST_CASE("text: an error's message is bounded the same way") {
  const cpcost::Error error(cpcost::ErrorKind::usage, {"q.toml", 1, 2}, "currency: no rate for '" + std::string(500, 'Q') + "'");
  CHECK(std::string(error.what()) == "q.toml:1:2: currency: no rate for '" + std::string(100, 'Q') + "...'");
}
