/* scripts/asan/nodeepbind.c: preloaded (before the ASan runtime) into the PHP under test in the ASan run.
 * Debian's php dlopen()s extensions with RTLD_DEEPBIND, which the sanitizer runtime refuses ("incompatible
 * with sanitizer runtime", google/sanitizers#611): a php built with ASan leaves the flag out, and so does
 * this wrapper, which passes every dlopen() on to the next one (the ASan interceptor) without it. */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int flags)
{
    static void *(*next)(const char *, int);
    if (!next) {
        next = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
    }
    return next(file, flags & ~RTLD_DEEPBIND);
}
