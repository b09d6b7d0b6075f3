#pragma once
// Internal to the snapshot cache (snapshotcache*.cpp): the file layout.
//
//   FileHeader | SectionEntry × sectionCount | sections, each 64-byte aligned
//
// Parts are stored in visitSnapshotParts() order. An integer column is two
// sections: its values as narrow codes (snapshotcodec.h: the Codec is in the
// section's entry) or, when no code is narrower, as they are in memory; then
// positions. A column that is mostly the type's largest value (kNever: most
// leads never reach SQL) is sparse: the values are only the others, and the
// positions (coded as gaps) say where they go. A column of the two small
// structs (usage cells, product MRR) is one such column per field. Ids are two
// sections (offsets, coded as lengths, then the bytes); index lists three
// (offsets coded as list sizes, each list's first element, then the
// differences between neighbours within a list). The small parts (text pools,
// value lists, targets, spend per month, scalars) are one QDataStream blob or
// the scalar's bytes. The account-health matrix follows (visitHealthParts):
// its as_of, the settings' fingerprint, its sizes and one column per field;
// the potential MRR (a sum of medians of cents, so whole half cents) is stored
// as an integer column of half cents. Numbers are in the writer's byte order and sizes; the
// header's byte-order mark, ABI name and layout signature refuse a file from
// any other kind of machine or build.
#include "kpi/snapshotcodec.h"
#include "kpi/snapshotcolumns.h"

#include <cstddef>
#include <type_traits>

namespace ra::cachefmt {

constexpr char kMagic[8] = {'R', 'A', 'S', 'N', 'A', 'P', 'C', '\n'};
// Bump when the encoding changes in a way the layout signature cannot see.
// 2: narrow codes; 3: the default as_of of a store without dated events;
// 4: the account-health matrix of the default as_of after the snapshot's parts.
constexpr quint32 kFormatVersion = 4;
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
    quint64 offset, bytes, hash; // hash of the bytes as stored
    quint64 count;               // elements stored (coded sections)
    qint64 base;                 // Codec::base
    quint64 length;              // a column's values section: elements once decoded
    quint8 width;                // Codec::width; 0 = the bytes as they are in memory
    quint8 delta;                // Codec::delta
    quint8 sparse;               // a column's values section: only the non-kNever values
    quint8 reserved[5];
    Codec codec() const { return {width, delta != 0, base}; }
};
static_assert(std::is_trivially_copyable_v<SectionEntry> && sizeof(SectionEntry) == 56);

// A hash of every part's name, kind and element size, in order: any change to
// the list of parts or their types gives another signature.
quint64 layoutSignature();
// The checksum of a section: hash64 chained over kBlock-sized blocks.
quint64 sectionHash(const void *data, size_t bytes);
QByteArray abiName();
size_t alignUp(size_t n);

} // namespace ra::cachefmt
