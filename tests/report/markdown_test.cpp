#include "report/markdown.hpp"

#include <doctest/doctest.h>

using cpcost::markdown_escape;

TEST_CASE("markdown: plain text stays as it is") {
  CHECK(markdown_escape("Mexico (Tijuana, Guadalajara)") == "Mexico (Tijuana, Guadalajara)");
  CHECK(markdown_escape("Rzeszów") == "Rzeszów");
  CHECK(markdown_escape("") == "");
}

TEST_CASE("markdown: characters that would format or break a table are escaped") {
  CHECK(markdown_escape("$10,000") == "\\$10,000");  // $ starts maths in some renderers
  CHECK(markdown_escape("a|b") == "a\\|b");          // a cell boundary
  CHECK(markdown_escape("*not* _emphasis_") == "\\*not\\* \\_emphasis\\_");
  CHECK(markdown_escape("[1] <b> `code` #3 back\\slash") == "\\[1\\] \\<b\\> \\`code\\` \\#3 back\\\\slash");
}

TEST_CASE("markdown: a line break inside a data string stays on its line (a table row, a list item)") {
  CHECK(markdown_escape("two\nlines") == "two lines");
  CHECK(markdown_escape("windows\r\nline") == "windows  line");
}
