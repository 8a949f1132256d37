#include "report/csv.hpp"

namespace cpcost {

std::string csv_field(std::string_view field) {
  std::string text;
  append_csv_field(text, field);
  return text;
}

void append_csv_field(std::string& out, std::string_view field) {
  if (csv_plain(field)) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string record;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record += ',';
    record += csv_field(fields[i]);
  }
  record += "\r\n";
  return record;
}

}  // namespace cpcost
