#include "core/error.hpp"

#include "core/text.hpp"

namespace cpcost {

int exit_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage:
      return 2;
    case ErrorKind::data:
      return 3;
    case ErrorKind::output:
      return 4;
  }
  return 4;
}

namespace {

std::string located(const SourcePosition& where, const std::string& message) {
  std::string text = where.path;
  if (where.line > 0) {
    text += ':' + std::to_string(where.line);
    if (where.column > 0) text += ':' + std::to_string(where.column);
  }
  return text + ": " + message;
}

}  // namespace

// Every message is one line of bounded length, whatever a file or an argument held.
Error::Error(ErrorKind kind, const std::string& message) : std::runtime_error(message_line(message)), kind_(kind) {}

Error::Error(ErrorKind kind, const SourcePosition& where, const std::string& message)
    : std::runtime_error(message_line(located(where, message))), kind_(kind) {}

}  // namespace cpcost
