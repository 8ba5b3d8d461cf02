#define _GNU_SOURCE
#include "CTextWidth.h"
#include <locale.h>
#include <pthread.h>
#include <wchar.h>

static locale_t g_utf8 = (locale_t)0;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void make_locale(void) {
    g_utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (g_utf8 == (locale_t)0) g_utf8 = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
}

int ctw_scalar_width(unsigned int scalar) {
    pthread_once(&g_once, make_locale);
    if (g_utf8 == (locale_t)0) return scalar < 0x7f && scalar >= 0x20 ? 1 : -1;
    locale_t old = uselocale(g_utf8);
    int w = wcwidth((wchar_t)scalar);
    uselocale(old);
    return w;
}
