#pragma once
// The one error type: a message, what kind of failure it is (which decides the
// exit code), and for files, where. Thrown up to main, printed once there.

#include <stdexcept>
#include <string>

namespace cpcost {

enum class ErrorKind {
  usage,   // a bad option value, an unknown country or origin: exit 2
  data,    // a data file missing, malformed or breaking the schema: exit 3
  output,  // the result could not be written: exit 4
};

// The documented exit code for each kind (README, "Exit codes").
int exit_code(ErrorKind kind);

struct SourcePosition {
  std::string path;
  long line = 0;    // 1-based; 0 when unknown
  long column = 0;  // 1-based; 0 when unknown
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message);
  // what() becomes "path:line:col: message".
  Error(ErrorKind kind, const SourcePosition& where, const std::string& message);

  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace cpcost
