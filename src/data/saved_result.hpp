#pragma once
// Reads back a result cpcost saved as JSON (an estimate or a compare), with
// nlohmann/json: the document must be what cpcost writes (schema_version 1).

#include <string>

#include "core/result_diff.hpp"

namespace cpcost {

// Throws a data Error: "path:line:col: ..." for text that is not JSON,
// "path: ..." for JSON that is not a saved estimate or compare, for a file
// that is not a regular file or holds more than kMaxSavedResult bytes, and for
// JSON nested deeper or holding more values than cpcost ever writes.
SavedResult read_saved_result(const std::string& path);

}  // namespace cpcost
