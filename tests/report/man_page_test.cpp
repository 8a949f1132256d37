// The man page and the completion scripts: what the end-to-end tests cannot
// reach through the bundled data (tests/e2e/test_generate.py has the rest).

#include "report/man_page.hpp"

#include <doctest/doctest.h>

#include "report/completions.hpp"

using namespace cpcost;

TEST_CASE("man page: text is escaped for roff") {
  CHECK(roff_text("--output FILE") == "\\-\\-output FILE");
  CHECK(roff_text(".hidden") == "\\&.hidden");  // else a request
  CHECK(roff_text("'quoted") == "\\&'quoted");
  CHECK(roff_text("not.at.start 'here'") == "not.at.start 'here'");
  CHECK(roff_text("C:\\data") == "C:\\edata");
  CHECK(roff_text("two\nlines") == "two lines");
  CHECK(roff_text("2 \xc3\x97 3 \xe2\x80\x93 4") == "2 \\[u00D7] 3 \\[u2013] 4");
  CHECK(roff_text("\xf0\x9f\x98\x80") == "\\[u1F600]");
  CHECK(roff_text("bad \xff byte, cut \xe2\x80") == "bad \\[uFFFD] byte, cut \\[uFFFD]\\[uFFFD]");
}

TEST_CASE("man page: every line of text is text, and the page names its version") {
  const std::string page = man_page("9.8.7");
  CHECK(page.find(".TH CPCOST 1 \"\" \"cpcost 9.8.7\" \"User Commands\"\n") != std::string::npos);
  CHECK(page.find("\n\n") == std::string::npos);  // a blank line is a request too
  CHECK(page.ends_with("\n"));
}

TEST_CASE("completions: aliases a shell would need quoted are left out") {
  Catalog catalog;
  Destination destination;
  destination.id = "testland";
  destination.aliases = {"tl", "test land", "it's"};
  catalog.destinations.push_back(destination);
  for (const std::string& script : {bash_completion(catalog), zsh_completion(catalog), fish_completion(catalog)}) {
    CHECK(script.find("testland tl all") != std::string::npos);
    CHECK(script.find("test land") == std::string::npos);
    CHECK(script.find("it's") == std::string::npos);
  }
}
