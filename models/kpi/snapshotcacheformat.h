#pragma once
// Internal to the snapshot cache (snapshotcache*.cpp): the file layout.
//
//   FileHeader | SectionEntry × sectionCount | sections, each 64-byte aligned
//
// Parts are stored in visitSnapshotParts() order. A number column is one
// section holding the vector's bytes as they are in memory; ids and index
// lists are two (quint64 offsets, then the bytes or ints); the small parts
// (text pools, value lists, targets, spend per month, scalars) are one
// QDataStream blob or the scalar's bytes. Numbers are in the writer's byte
// order and sizes; the header's byte-order mark, ABI name and layout
// signature refuse a file from any other kind of machine or build.
#include "kpi/snapshotcolumns.h"

#include <cstddef>
#include <type_traits>

namespace ra::cachefmt {

constexpr char kMagic[8] = {'R', 'A', 'S', 'N', 'A', 'P', 'C', '\n'};
// Bump when the encoding changes in a way the layout signature cannot see.
constexpr quint32 kFormatVersion = 1;
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr size_t kAlign = 64;
constexpr size_t kBlock = size_t(1) << 20; // checksums chain over blocks of this size

struct FileHeader {
    char magic[8];
    quint32 formatVersion;
    quint32 byteOrder;
    quint64 layout;        // layoutSignature()
    char appVersion[32];   // RA_VERSION_STRING
    char abi[64];          // QSysInfo::buildAbi()
    qint64 schemaVersion;
    qint64 dataVersion;
    qint64 dataStamp;
    qint64 writtenAt;      // epoch seconds
    quint64 fileSize;
    quint64 sectionCount;
    quint64 tableHash;     // of the section entries
    quint64 headerHash;    // of every byte above
};
static_assert(std::is_trivially_copyable_v<FileHeader> && sizeof(FileHeader) == 184);

struct SectionEntry {
    quint64 offset, bytes, hash;
};

// A hash of every part's name, kind and element size, in order: any change to
// the list of parts or their types gives another signature.
quint64 layoutSignature();
// The checksum of a section: hash64 chained over kBlock-sized blocks.
quint64 sectionHash(const void *data, size_t bytes);
QByteArray abiName();
size_t alignUp(size_t n);

} // namespace ra::cachefmt
