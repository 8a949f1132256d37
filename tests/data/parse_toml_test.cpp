#include "data/parse_toml.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/test_catalog.hpp"
#include "data/load_catalog.hpp"
#include "data/load_checklist.hpp"
#include "data/load_config.hpp"
#include "data/load_currencies.hpp"
#include "data/load_quote.hpp"

using namespace cpcost;

namespace {

std::string dotted(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i) key += ".a";
  return key;
}

std::string repeated(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// "line:col: message" of the guard's problem, or "" when it lets the text through.
std::string guard(const std::string& text) {
  const auto problem = nested_too_deep("x.toml", text);
  if (!problem) return "";
  CHECK(problem->where.path == "x.toml");
  return std::to_string(problem->where.line) + ":" + std::to_string(problem->where.column) + ": " + problem->message;
}

const std::string kTooDeep = "nested too deep (more than 64 levels)";

}  // namespace

TEST_CASE("toml guard: a table header of 63 parts is 64 levels, and toml++ reads it, but 64 parts are refused") {
  const std::string deepest = "[" + dotted(63) + "]\nb = 1\n";
  CHECK(guard(deepest) == "");
  Problems problems;
  CHECK(parse_toml("x.toml", deepest, problems).has_value());
  CHECK(problems.empty());
  // The 64th part, at column 1 + 2 * 63 + 1.
  CHECK(guard("[" + dotted(64) + "]\n") == "1:128: " + kTooDeep);
  CHECK(guard("[[" + dotted(62) + "]]\n") == "");
  CHECK(guard("[[" + dotted(63) + "]]\n") == "1:127: " + kTooDeep);
}

TEST_CASE("toml guard: a dotted key of 64 parts, arrays and inline tables 64 levels deep") {
  CHECK(guard(dotted(64) + " = 1\n") == "");
  CHECK(guard(dotted(65) + " = 1\n") == "1:129: " + kTooDeep);
  // The key is a level, each bracket another.
  CHECK(guard("a = " + repeated("[", 63) + repeated("]", 63) + "\n") == "");
  CHECK(guard("a = " + repeated("[", 64) + repeated("]", 64) + "\n") == "1:68: " + kTooDeep);
  // Each inline table is two levels: its bracket and the key it is the value of.
  CHECK(guard("a = " + repeated("{b = ", 31) + "1" + repeated("}", 31) + "\n") == "");
  CHECK(guard("a = " + repeated("{b = ", 32) + "1" + repeated("}", 32) + "\n") == "1:161: " + kTooDeep);
  // Dotted keys inside inline tables count with them.
  CHECK(guard("a = {" + dotted(62) + " = 1}\n") == "");
  CHECK(guard("a = {" + dotted(63) + " = 1}\n") == "1:130: " + kTooDeep);
}

TEST_CASE("toml guard: levels close again, and what is wide is not deep") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "k" + std::to_string(i) + " = " + repeated("[", 60) + repeated("]", 60) + "\n";
  text += "many = [" + repeated("[1.5, 2.5], ", 10000) + "]\n";
  text += "[" + dotted(60) + "]\n" + dotted(60) + " = 1979-05-27T07:32:00.999\n";
  CHECK(guard(text) == "");
  CHECK(guard("a = [" + repeated("]", 100) + repeated("[", 63) + "\n") == "");  // unbalanced: toml++ says what is wrong
}

TEST_CASE("toml guard: brackets and dots in strings and comments do not count") {
  const std::string brackets = repeated("[{", 100);
  const std::string dots = dotted(100);
  CHECK(guard("a = \"" + brackets + dots + "\"\n") == "");
  CHECK(guard("a = '" + brackets + "\\'\n") == "");  // no escapes in a literal string
  CHECK(guard("a = \"\\\"" + brackets + "\"\n") == "");
  CHECK(guard("# " + brackets + dots + "\na = 1\n") == "");
  CHECK(guard("a = \"\"\"\n" + brackets + "\n\\\"\"\"" + dots + "\n\"\"\"\n") == "");
  CHECK(guard("a = '''\n" + brackets + "\n'''\n") == "");
  CHECK(guard("\"" + dots + "\" = 1\n") == "");  // a quoted key is one part
  CHECK(guard("\"" + dots + "\"." + dotted(63) + " = 1\n") == "");
  CHECK(guard("\"" + dots + "\"." + dotted(64) + " = 1\n") == "1:329: " + kTooDeep);
}

TEST_CASE("toml guard: after a string or comment, the text is read again") {
  const std::string deep = "b = " + repeated("[", 64) + "\n";
  CHECK(guard("a = \"x\"\n" + deep) == "2:68: " + kTooDeep);
  CHECK(guard("a = 'x' # [[\n" + deep) == "2:68: " + kTooDeep);
  // Up to two quotes just before the closing three belong to a multi-line string.
  CHECK(guard("a = \"\"\"x\"\"\"\"\"\n" + deep) == "2:68: " + kTooDeep);
  CHECK(guard("a = '''x''''\n" + deep) == "2:68: " + kTooDeep);
  // A string never closed ends with its line.
  CHECK(guard("a = \"x\n" + deep) == "2:68: " + kTooDeep);
  // Columns count characters, not bytes.
  CHECK(guard("\"é\" = " + repeated("[", 64)) == "1:70: " + kTooDeep);
}

TEST_CASE("toml guard: the stack overflow's input is refused before toml++ reads it") {
  // 40,000 parts overflowed an 8 MB stack inside toml++.
  Problems problems;
  CHECK_FALSE(parse_toml("deep.toml", "[" + dotted(40000) + "]\n", problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.line == 1);
  CHECK(problems[0].where.column == 128);
  CHECK(problems[0].message == kTooDeep);
}

TEST_CASE("toml guard: every reader of a TOML file goes through it") {
  const DataFile deep{"deep.toml", dotted(40000) + " = 1\n"};
  const std::string where = "deep.toml:1:129: " + kTooDeep;
  CHECK_THROWS_WITH_AS(load_catalog(DataFiles{{deep}, std::nullopt, std::nullopt}), where.c_str(), Error);
  auto first = [](const Problems& problems) {
    REQUIRE_FALSE(problems.empty());
    return std::to_string(problems[0].where.line) + ":" + std::to_string(problems[0].where.column) + ": " +
           problems[0].message;
  };
  Problems quote, config, checklist, currencies;
  read_quote(deep, testing::test_catalog(), quote);
  read_config(deep, config);
  read_checklist(deep, checklist);
  read_currencies(deep, currencies);
  for (const auto* problems : {&quote, &config, &checklist, &currencies}) CHECK(first(*problems) == "1:129: " + kTooDeep);
}
