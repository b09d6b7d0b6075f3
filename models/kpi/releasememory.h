#pragma once
// Internal to the snapshot's load: frees what a vector (or any container)
// holds. `v = {}` on a std::vector picks the initializer-list assignment,
// which empties it but keeps its capacity; assigning a new empty value hands
// the memory back.
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ra::detail {

template<typename... T>
void releaseMemory(T &...containers)
{
    ((containers = T()), ...);
#ifdef __GLIBC__
    malloc_trim(0); // freed heap pages (not only the top of the heap) back to the system
#endif
}

} // namespace ra::detail
