#pragma once
// Checks on a raw bundle field before it is parsed or stored: what no rule of
// docs/bundle-format.md should ever see (bytes that are not UTF-8, NUL bytes, fields
// far larger than any real value). The row is rejected naming the column.
#include <QString>
#include <optional>
#include <string_view>

namespace ra {

// Longest field we store: far above any real name or comment, far below what
// would make a row a memory problem.
constexpr std::size_t kMaxFieldBytes = 64 * 1024;
// Longest record the CSV reader buffers before it gives up on the file: a
// "line" this long is not a bundle row (wrong file, binary, no line ends).
constexpr qint64 kMaxRecordBytes = 16 * 1024 * 1024;

// The reason the field cannot be taken, or nullopt when it is fine.
std::optional<QString> fieldProblem(std::string_view field);

// True when the bytes are well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF); offset gets the first bad byte.
bool isValidUtf8(std::string_view bytes, std::size_t *offset = nullptr);

} // namespace ra
