#include "data/saved_result.hpp"

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/text.hpp"
#include "data/data_file.hpp"

namespace cpcost {

namespace {

using Json = nlohmann::json;

// line:col of a byte offset, for the message of a parse error.
SourcePosition position_at(const std::string& path, const std::string& text, std::size_t offset) {
  SourcePosition where{path, 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

SavedEntry entry(const Json& amounts, std::string key, std::string label) {
  const auto cents = [&](const char* name) { return Money::from_cents(amounts.at(name).get<std::int64_t>()); };
  return {std::move(key), std::move(label),
          MoneyRange{cents("low_cents"), cents("high_cents"), amounts.at("high_open").get<bool>()}, cents("mid_cents")};
}

}  // namespace

SavedResult read_saved_result(const std::string& path) {
  const std::string text = read_data_file(path, kMaxSavedResult).text;

  // What cpcost writes nests 5 levels and holds some 500 values per destination
  // (4,044 for a compare of 8): far fewer than these. A file within the size
  // limit could otherwise hold 8 million values and take gigabytes to parse.
  constexpr int kMaxDepth = 64;
  constexpr std::size_t kMaxValues = 500'000;
  std::size_t values = 0;
  const auto within_limits = [&](int depth, Json::parse_event_t event, Json&) {
    if (depth >= kMaxDepth) {
      throw Error(ErrorKind::data, path + ": not a saved cpcost result: nested too deep (more than " +
                                       std::to_string(kMaxDepth) + " levels)");
    }
    if ((event == Json::parse_event_t::value || event == Json::parse_event_t::object_start ||
         event == Json::parse_event_t::array_start) &&
        ++values > kMaxValues) {
      throw Error(ErrorKind::data, path + ": not a saved cpcost result: more than " + group_thousands(kMaxValues) +
                                       " values");
    }
    return true;
  };

  Json document;
  try {
    document = Json::parse(text, within_limits);
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
    return result;
  } catch (const Json::exception& error) {
    throw Error(ErrorKind::data, path + ": not a saved cpcost result: " +
                                     std::string(error.what()).substr(std::string(error.what()).find(' ') + 1));
  }
}

}  // namespace cpcost
