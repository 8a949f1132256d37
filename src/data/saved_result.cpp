#include "data/saved_result.hpp"

#include "data/problem.hpp"

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "data/data_file.hpp"

namespace cpcost {

namespace {

using Json = nlohmann::json;


// What cpcost writes nests 5 levels and holds some 500 values per destination
// (4,044 for a compare of 8): far fewer than these. A file within the size limit
// could otherwise hold 8 million values and take gigabytes to parse. Counted by a
// first pass that builds nothing (nlohmann's parse callback would cost time
// growing with the square of an array's objects).
class Limits {
 public:
  static constexpr int kMaxDepth = 64;
  static constexpr std::size_t kMaxValues = 500'000;
  std::string passed;  // which limit, or empty

  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(Json::number_integer_t) { return value(); }
  bool number_unsigned(Json::number_unsigned_t) { return value(); }
  bool number_float(Json::number_float_t, const Json::string_t&) { return value(); }
  bool string(Json::string_t&) { return value(); }
  bool binary(Json::binary_t&) { return value(); }
  bool key(Json::string_t&) { return true; }
  bool start_object(std::size_t) { return open(); }
  bool start_array(std::size_t) { return open(); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  bool value() {
    if (++values_ <= kMaxValues) return true;
    passed = "more than " + group_thousands(kMaxValues) + " values";
    return false;
  }
  bool open() {
    if (!value()) return false;
    if (++depth_ <= kMaxDepth) return true;
    passed = "nested too deep (more than " + std::to_string(kMaxDepth) + " levels)";
    return false;
  }
  bool close() {
    --depth_;
    return true;
  }
  std::size_t values_ = 0;
  int depth_ = 0;
};

SavedEntry entry(const Json& amounts, std::string key, std::string label) {
  const auto cents = [&](const char* name) { return Money::from_cents(amounts.at(name).get<std::int64_t>()); };
  return {std::move(key), std::move(label),
          MoneyRange{cents("low_cents"), cents("high_cents"), amounts.at("high_open").get<bool>()}, cents("mid_cents")};
}

}  // namespace

SavedResult read_saved_result(const std::string& path) {
  const std::string text = read_data_file(path, kMaxSavedResult).text;

  Limits limits;
  Json::sax_parse(text, &limits);  // stops at the first limit passed, or at a syntax error reported below
  if (!limits.passed.empty()) throw Error(ErrorKind::data, path + ": not a saved cpcost result: " + limits.passed);

  Json document;
  try {
    document = Json::parse(text);
  } catch (const Json::parse_error& error) {
    // nlohmann's byte is 1-based, at the character that failed; its message, after the
    // "[json.exception...] parse error at line, column:" prefix, says what it expected.
    std::string why = error.what();
    why = why.substr(why.find(": ") + 2);
    why = why.substr(0, why.find("; last read"));
    throw Error(ErrorKind::data, position_at(path, text, error.byte > 0 ? error.byte - 1 : 0), "not JSON: " + why);
  }

  try {
    // Versions 1 and 2 give totals and lines alike (2 changed only the advisories): diff reads both.
    const int version = document.is_object() ? document.value("schema_version", 0) : 0;
    if (version != 1 && version != 2) {
      throw Error(ErrorKind::data, path + ": not a saved cpcost result (no schema_version 1 or 2)");
    }
    SavedResult result;
    result.path = path;
    result.kind = document.value("kind", "");

    if (result.kind == "estimate") {
      result.title = document.at("destination").at("name").get<std::string>();
      for (const auto& line : document.at("lines")) {
        result.entries.push_back(entry(line, line.at("id").get<std::string>(), line.at("label").get<std::string>()));
      }
      result.entries.push_back(entry(document.at("subtotals").at("treatment"), "treatment_subtotal", "Treatment subtotal"));
      result.entries.push_back(entry(document.at("subtotals").at("travel"), "travel_subtotal", "Travel & stay subtotal"));
      result.entries.push_back(entry(document.at("total"), "total", "Total"));
    } else if (result.kind == "compare") {
      result.title = std::to_string(document.at("rows").size()) + " destinations";
      for (const auto& row : document.at("rows")) {
        result.entries.push_back(entry(row.at("total"), row.at("destination").at("id").get<std::string>(),
                                       row.at("destination").at("name").get<std::string>()));
      }
    } else {
      throw Error(ErrorKind::data, path + ": cpcost diff reads a saved estimate or compare, not '" + result.kind + "'");
    }
    // Every saved estimate and compare names its currency: amounts without one cannot be compared.
    result.currency = document.at("currency").get<std::string>();
    return result;
  } catch (const Json::exception& error) {
    throw Error(ErrorKind::data, path + ": not a saved cpcost result: " +
                                     std::string(error.what()).substr(std::string(error.what()).find(' ') + 1));
  }
}

}  // namespace cpcost
