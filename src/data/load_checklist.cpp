#include "data/load_checklist.hpp"

#include "data/table_reader.hpp"

namespace cpcost {

Checklist read_checklist(const DataFile& file, Problems& problems, std::optional<Date> today) {
  Checklist checklist;
  const auto root = parse_toml(file.path, file.text, problems);
  if (!root) return checklist;
  TableReader reader(*root, file.path, "", problems, today);
  checklist.title = reader.text("title", Need::required).value_or("");
  checklist.provenance.source = reader.text("source", Need::required).value_or("");
  checklist.provenance.as_of = reader.date("as_of", Need::required).value_or("");
  if (const toml::array* items = reader.array("items", Need::required)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      const toml::node& element = *items->get(i);
      const std::string name = "items[" + std::to_string(i) + "]";
      const auto* table = element.as_table();
      if (!table) {
        problems.push_back({position_of(file.path, element.source()),
                            name + ": expected a table, found " + std::string(describe(element))});
        continue;
      }
      TableReader item = reader.child(*table, name);
      ChecklistItem entry;
      entry.name = item.text("name", Need::required).value_or("");
      entry.detail = item.text("detail", Need::required).value_or("");
      item.reject_unknown_keys();
      checklist.items.push_back(std::move(entry));
    }
    if (items->empty()) reader.problem_at(*items, "items", "must list at least one item");
  }
  reader.reject_unknown_keys();
  return checklist;
}

}  // namespace cpcost
